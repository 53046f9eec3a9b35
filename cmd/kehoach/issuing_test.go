package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testpictures"
)

// issuingFiles writes the test images and a plan with an appendix into
// dir.
func issuingFiles(t *testing.T, dir string) (planPath string) {
	t.Helper()
	for name, data := range map[string][]byte{
		"sig.png": testpictures.Signature(), "seal.png": testpictures.Seal(),
		"red.png": testpictures.RedSignature(), "blue-seal.png": testpictures.BlueSeal(),
		"opaque.png": testpictures.OpaqueSignature(), "fake.png": testpictures.JPEG(),
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return write(t, dir, "plan.md", strings.Replace(validPlan, "- Thi đua.\n", "- Thi đua.\n\n# Phụ lục: DANH SÁCH\n\nNội dung phụ lục.\n", 1))
}

// TestRenderSignedWithAppendixFiles: the images, the appendix files and
// the record are written with the documents, every path printed.
func TestRenderSignedWithAppendixFiles(t *testing.T) {
	dir := t.TempDir()
	plan := issuingFiles(t, dir)
	out := filepath.Join(dir, "out")
	status, stdout, stderr := runKehoach("render", "-f", "pdf,docx,record,edxml", "-o", out,
		"-signature", filepath.Join(dir, "sig.png"), "-seal", filepath.Join(dir, "seal.png"),
		"-appendix-files", "-signed-at", "2026-04-23T08:51:02+07:00", plan)
	require.Equal(t, 0, status, stderr)
	assert.NotContains(t, stderr, ".png", "images as the decree asks: no warning about them")
	for _, name := range []string{"plan.pdf", "plan.docx", "plan.record.json", "plan.edxml", "plan.phu-luc-1.pdf", "plan.phu-luc-1.docx"} {
		path := filepath.Join(out, name)
		assert.FileExists(t, path)
		assert.Contains(t, stdout, path+"\n")
	}
	var doc struct {
		Record        map[string]any   `json:"record"`
		AppendixFiles []map[string]any `json:"appendixFiles"`
	}
	data, err := os.ReadFile(filepath.Join(out, "plan.record.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &doc))
	assert.Equal(t, "KH-STTTT", doc.Record["CodeNotation"])
	require.Len(t, doc.AppendixFiles, 1)
	assert.EqualValues(t, 1, doc.AppendixFiles[0]["appendix"])
}

// TestImageWarningsAndErrors: what the decree would object to in an
// image is a warning, in the language asked for; a JPEG renamed .png
// stops the render, in both languages, and nothing is written.
func TestImageWarningsAndErrors(t *testing.T) {
	dir := t.TempDir()
	plan := issuingFiles(t, dir)
	for _, c := range []struct {
		flag, file string
		vi, en     string
	}{
		{"-signature", "red.png", "màu chủ đạo đỏ", "is mostly red"},
		{"-signature", "opaque.png", "nền trong suốt", "transparent background"},
		{"-seal", "blue-seal.png", "màu chủ đạo xanh", "is mostly blue"},
	} {
		for lang, want := range map[string]string{"vi": "cảnh báo: ", "en": "warning: "} {
			status, _, stderr := runKehoach("render", "-f", "pdf", "-o", filepath.Join(dir, "out-"+lang), "-lang", lang, c.flag, filepath.Join(dir, c.file), plan)
			assert.Equal(t, 0, status, "%s %s: a warning, not an error: %s", c.flag, c.file, stderr)
			assert.Contains(t, stderr, want)
			assert.Contains(t, stderr, map[string]string{"vi": c.vi, "en": c.en}[lang])
		}
	}
	out := filepath.Join(dir, "none")
	for lang, want := range map[string]string{"vi": "là tệp JPEG, không phải PNG", "en": "is a JPEG file, not a PNG"} {
		status, stdout, stderr := runKehoach("render", "-o", out, "-lang", lang, "-signature", filepath.Join(dir, "fake.png"), plan)
		assert.Equal(t, exitUsage, status)
		assert.Contains(t, stderr, want)
		assert.Empty(t, stdout)
	}
	assert.NoDirExists(t, out, "nothing written")
	status, _, stderr := runKehoach("render", "-f", "docx", "-o", out, "-template", "../../examples/agency-template.docx", "-seal", filepath.Join(dir, "seal.png"), plan)
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "-template")
}
