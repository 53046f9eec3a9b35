package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/render/layout"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badProfile holds a problem on each line: an unknown key, a value
// outside the decree's range, a line spacing of no known form, and
// paragraphs 3 pt apart.
const badProfile = `margin_left_mm: 25
font_size: 14
line_spacing: double
space_before_pt: 3
space_after_pt: 3
`

// TestRenderWithProfile: -profile lays the documents out with the
// agency's profile: the DOCX says "exactly 17 pt" in its Normal style.
func TestRenderWithProfile(t *testing.T) {
	dir := t.TempDir()
	plan := write(t, dir, "plan.md", validPlan)
	out := filepath.Join(dir, "out")
	status, stdout, stderr := runKehoach("render", "-f", "docx,pdf", "-o", out, "-profile", "../../examples/profiles/lao-cai.yaml", plan)
	require.Equal(t, exitOK, status, stderr)
	assert.Contains(t, stdout, filepath.Join(out, "plan.docx"))
	styles := docxPart(t, filepath.Join(out, "plan.docx"), "word/styles.xml")
	assert.Contains(t, styles, `<w:spacing w:before="60" w:after="120" w:line="340" w:lineRule="exact"/>`)

	status, _, stderr = runKehoach("check", "-profile", "../../examples/profiles/default.yaml", plan)
	assert.Equal(t, exitOK, status, stderr)
}

// TestProfileErrors: a profile with problems stops render and check
// before any plan is read (exit status 2), each problem on its line, in
// the language asked for.
func TestProfileErrors(t *testing.T) {
	dir := t.TempDir()
	plan := write(t, dir, "plan.md", validPlan)
	profile := write(t, dir, "bad.yaml", badProfile)
	out := filepath.Join(dir, "out")
	for _, command := range []string{"render", "check"} {
		args := []string{command, "-profile", profile, plan}
		if command == "render" {
			args = append(args, "-o", out)
		}
		status, stdout, stderr := runKehoach(append(args, "-lang", "en")...)
		assert.Equal(t, exitUsage, status, stderr)
		assert.Empty(t, stdout)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		require.Len(t, lines, 4, stderr)
		prefix := "kehoach " + command + ": " + profile
		assert.Equal(t, prefix+":1: margin_left_mm: 25 mm is outside the decree's range 30–35 mm", lines[0])
		assert.Equal(t, prefix+`:2: unknown profile key "font_size"; the keys are `+strings.Join(layout.ProfileKeys(), ", "), lines[1])
		assert.Equal(t, prefix+`:3: line_spacing: cannot read "double": write single, a multiple of single spacing such as 1.15 or 1.5, or exactly 17 (every line exactly 17 pt)`, lines[2])
		assert.True(t, strings.HasPrefix(lines[3], prefix+":5: space_before_pt 3 pt and space_after_pt 3 pt: Word and LibreOffice leave the larger of the two"), lines[3])

		_, _, stderr = runKehoach(args...)
		assert.Contains(t, stderr, "kehoach "+command+": "+profile+":1: margin_left_mm: 25 mm nằm ngoài khoảng Nghị định 30 cho phép (30–35 mm)")
	}
	_, err := os.Stat(out)
	assert.True(t, os.IsNotExist(err), "nothing written")

	missing := filepath.Join(dir, "missing.yaml")
	status, _, stderr := runKehoach("render", "-profile", missing, plan)
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "kehoach render: -profile: "+missing+": không tìm thấy tệp hoặc thư mục này")
	big := write(t, dir, "big.yaml", strings.Repeat("# …\n", 20000))
	_, _, stderr = runKehoach("check", "-profile", big, "-lang", "en", plan)
	assert.Contains(t, stderr, "kehoach check: -profile: "+big+" is more than 117.2 KiB, past the limit of 64 KiB (MaxProfileSize)")
}

// docxPart returns a part of a DOCX file.
func docxPart(t *testing.T, path, name string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	f, err := z.Open(name)
	require.NoError(t, err)
	defer f.Close()
	b, err := io.ReadAll(f)
	require.NoError(t, err)
	return string(b)
}
