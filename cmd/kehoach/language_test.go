package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/langcheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// badInputs returns every bad input of the test suite as a file: the
// corpus in testdata/bad (the inputs of the tests of this command, of the
// readers, of the plan's validation and JSON, and of the checker, the
// plans those build in Go written as JSON) and the seed corpora of the
// readers' fuzz tests.
func badInputs(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/bad/*")
	require.NoError(t, err)
	files = slices.DeleteFunc(files, func(f string) bool { return filepath.Base(f) == "README.md" })
	dir := t.TempDir()
	for pattern, ext := range map[string]string{
		"../../read/markdown/testdata/fuzz/FuzzParseMarkdown/*": ".md",
		"../../plan/testdata/fuzz/FuzzParseJSON/*":              ".json",
	} {
		seeds, err := filepath.Glob(pattern)
		require.NoError(t, err)
		require.NotEmpty(t, seeds, pattern)
		for _, seed := range seeds {
			b, err := os.ReadFile(seed)
			require.NoError(t, err)
			_, value, ok := strings.Cut(strings.TrimSpace(string(b)), "\n[]byte(")
			require.True(t, ok, seed)
			src, err := strconv.Unquote(strings.TrimSuffix(value, ")"))
			require.NoError(t, err, seed)
			files = append(files, write(t, dir, "fuzz-"+filepath.Base(seed)+ext, src))
		}
	}
	return files
}

// usageErrors are the command lines of the usage tests, each a line of
// arguments; PLAN is a valid plan, DIR a directory.
var usageErrors = []string{
	"", "draw", "render", "check", "render -x PLAN", "render -o", "render -force=maybe PLAN",
	"render -f odt PLAN", "render -f , PLAN", "render -f pdf -template ../../examples/agency-template.docx PLAN",
	"render -template DIR/missing.docx PLAN", "render -template DIR/plan.txt PLAN", "render DIR/missing.md",
	"render DIR", "check DIR", "render -", "check -", "render -o DIR/plan.txt PLAN", "check -json DIR/missing.md",
	"render -o DIR PLAN DIR/other/plan.md", "help", "render -h", "check -h",
	"render -profile DIR/bad.yaml PLAN", "check -profile DIR/bad.yaml PLAN", "render -profile DIR/broken.yaml PLAN",
	"check -profile DIR/missing.yaml PLAN", "render -profile DIR PLAN",
	"render -f md -o DIR/out -signature DIR/red.png -seal DIR/blue-seal.png PLAN", "render -signature DIR/fake.png PLAN",
	"render -signature DIR/missing.png PLAN", "render -copy Sở -copy-form photo PLAN", "render -signed-at tomorrow PLAN",
	"render -f docx -template ../../examples/agency-template.docx -appendix-files PLAN",
}

// TestMessagesInOneLanguage runs the command on every bad input of the
// test suite, and every usage error, with -lang vi and -lang en: what it
// prints in Vietnamese holds no English sentence, and what it prints in
// English no Vietnamese one (quoted input, key names, rule IDs and paths
// aside; see package langcheck). kehoach check -json gives both messages
// of every finding: each is in its own language.
func TestMessagesInOneLanguage(t *testing.T) {
	inputs := badInputs(t)
	t.Logf("%d bad inputs, %d usage errors", len(inputs), len(usageErrors))
	out := t.TempDir()
	printed := 0
	judge := func(lang, what, text string) {
		t.Helper()
		printed += strings.Count(text, "\n")
		if lang == "en" {
			assert.Empty(t, langcheck.Vietnamese(text), "%s: Vietnamese in English", what)
		} else {
			assert.Empty(t, langcheck.English(text), "%s: English in Vietnamese", what)
		}
	}
	for _, in := range inputs {
		for _, lang := range []string{"vi", "en"} {
			_, stdout, stderr := runKehoach("check", "-lang", lang, in)
			judge(lang, "check "+in, stdout+stderr)
			_, _, stderr = runKehoach("render", "-f", "md", "-o", out, "-lang", lang, in)
			judge(lang, "render "+in, stderr) // stdout: the paths written
		}
		_, stdout, _ := runKehoach("check", "-json", in)
		var found []map[string]any
		require.NoError(t, json.Unmarshal([]byte(stdout), &found), in)
		for _, f := range found {
			judge("vi", "check -json "+in, f["message_vi"].(string)+"\n")
			judge("en", "check -json "+in, f["message_en"].(string)+"\n")
			if f["rule"] == "KEHOACH-INVALID" || f["rule"] == ruleUnreadable {
				assert.NotEmpty(t, f["code"], "%s: %v", in, f)
			}
		}
	}

	dir := t.TempDir()
	plan := write(t, dir, "plan.md", validPlan)
	write(t, dir, "plan.txt", validPlan)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "other"), 0o755))
	write(t, filepath.Join(dir, "other"), "plan.md", validPlan)
	write(t, dir, "bad.yaml", badProfile+"body_size_pt: mười bốn\nroom_to_sign_mm: 5\nline_spacing: exactly 20\nfirst_line_indent_mm: 9\n")
	write(t, dir, "broken.yaml", "margin_top_mm: 20\n  body_size_pt: 14\n")
	issuingFiles(t, dir) // the images, and a plan.md that replaces the valid plan written above
	for _, line := range usageErrors {
		line = strings.NewReplacer("PLAN", plan, "DIR", dir).Replace(line)
		for _, lang := range []string{"vi", "en"} {
			args := strings.Fields(line)
			if line != "render -o" {
				args = append(args, "-lang", lang)
			} else if lang == "en" {
				args = []string{"render", "-lang", "en", "-o"}
			}
			_, stdout, stderr := runKehoach(args...)
			judge(lang, strings.Join(args, " "), stdout+stderr)
		}
	}
	t.Logf("%d lines judged", printed)
}
