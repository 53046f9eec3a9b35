package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/templates"
)

// pdfLines returns the text lines of a PDF, as pdftotext lays them out.
func pdfLines(t *testing.T, path string) []string {
	t.Helper()
	var lines []string
	for _, pg := range pdfcheck.Read(t, path) {
		for _, l := range pg.Lines {
			lines = append(lines, l.Text())
		}
	}
	return lines
}

// TestFontDir: -font embeds an agency's family in its four styles and
// lays the plan out with its widths; a font without a Vietnamese letter
// is refused, by name.
func TestFontDir(t *testing.T) {
	pdfcheck.Require(t, "pdffonts", "pdftotext")
	fonts := t.TempDir()
	for _, name := range fonttest.DejaVuSerifFiles {
		src := filepath.Join(pdfcheck.DejaVuDir, name)
		pdfcheck.RequireFile(t, src)
		data, err := os.ReadFile(src)
		require.NoError(t, err)
		write(t, fonts, name, string(data))
	}
	in := filepath.Join("..", "..", "examples", "ke-hoach-004.md")
	plain, agency := t.TempDir(), t.TempDir()
	status, _, stderr := runKehoach("render", "-f", "pdf,docx,html", "-o", plain, in)
	require.Equal(t, exitOK, status, stderr)
	status, _, stderr = runKehoach("render", "-f", "pdf,docx,html", "-font", fonts, "-o", agency, in)
	require.Equal(t, exitOK, status, stderr)

	out, ok := pdfcheck.Run(t, "pdffonts", filepath.Join(agency, "ke-hoach-004.pdf"))
	require.True(t, ok, out)
	for _, name := range []string{"utf8dejavuserif ", "utf8dejavuserifB ", "utf8dejavuserifI ", "utf8dejavuserifBI "} {
		assert.Contains(t, out, name)
	}
	assert.NotContains(t, out, "liberation")
	// DejaVu Serif is wider than Liberation Serif: the same words on more
	// lines, broken elsewhere.
	before, after := pdfLines(t, filepath.Join(plain, "ke-hoach-004.pdf")), pdfLines(t, filepath.Join(agency, "ke-hoach-004.pdf"))
	assert.Greater(t, len(after), len(before))
	// The DOCX keeps naming Times New Roman and breaking as it prints.
	d1, err := os.ReadFile(filepath.Join(plain, "ke-hoach-004.docx"))
	require.NoError(t, err)
	d2, err := os.ReadFile(filepath.Join(agency, "ke-hoach-004.docx"))
	require.NoError(t, err)
	assert.Equal(t, d1, d2, "the DOCX does not change")
	// The HTML prints in the PDF's fonts: DejaVu Serif's four styles,
	// embedded, and no Liberation Serif.
	page, err := os.ReadFile(filepath.Join(agency, "ke-hoach-004.html"))
	require.NoError(t, err)
	assert.Equal(t, 4, strings.Count(string(page), "@font-face{font-family:kehoach-DejaVuSerif;"), "its four styles")
	assert.NotContains(t, string(page), "font-family:kehoach-serif;")
	plainPage, err := os.ReadFile(filepath.Join(plain, "ke-hoach-004.html"))
	require.NoError(t, err)
	assert.Contains(t, string(plainPage), "@font-face{font-family:kehoach-serif;")

	// A family whose italic lacks "ự" is refused, naming the file and the
	// letter, in both languages.
	bad := t.TempDir()
	for _, bold := range []bool{false, true} {
		for _, italic := range []bool{false, true} {
			data := templates.Font(bold, italic)
			if italic && !bold {
				data = fonttest.Without(data, 'ự', 'Ự')
			}
			write(t, bad, templates.FontFile(bold, italic), string(data))
		}
	}
	status, _, stderr = runKehoach("render", "-lang", "en", "-font", bad, "-o", t.TempDir(), in)
	assert.Equal(t, exitUsage, status)
	assert.Equal(t, "kehoach render: -font "+bad+": the font LiberationSerif-Italic.ttf lacks the Vietnamese letter 'ự' (U+1EF1): it cannot print a plan\n", stderr)
	_, _, stderr = runKehoach("render", "-font", bad, "-o", t.TempDir(), in)
	assert.Contains(t, stderr, "thiếu chữ 'ự' (U+1EF1)")

	// A folder of several families names them.
	status, _, stderr = runKehoach("render", "-lang", "en", "-font", pdfcheck.DejaVuDir, "-o", t.TempDir(), in)
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "several families")
}

// TestFontFallback: -font-fallback adds a CJK font, and the checker then
// no longer reports the Chinese it prints.
func TestFontFallback(t *testing.T) {
	cjk := fonttest.CJKFile
	pdfcheck.RequireFile(t, cjk)
	pdfcheck.Require(t, "pdftotext")
	dir := t.TempDir()
	in := write(t, dir, "zh.md", validPlan+"\nTên đối tác: 中文, dấu ✓.\n")
	status, _, stderr := runKehoach("render", "-f", "pdf", "-o", dir, in)
	assert.Equal(t, exitOK, status)
	assert.Contains(t, stderr, "KEHOACH-GLYPH-MISSING")
	assert.Contains(t, stderr, "中")
	assert.NotContains(t, stderr, "✓", "the embedded fallback prints it")

	status, _, stderr = runKehoach("render", "-f", "pdf,html", "-font-fallback", cjk, "-o", dir, in)
	assert.Equal(t, exitOK, status)
	assert.NotContains(t, stderr, "KEHOACH-GLYPH-MISSING")
	text := strings.Join(pdfLines(t, filepath.Join(dir, "zh.pdf")), "\n")
	assert.Contains(t, text, "中文, dấu ✓.")
	// The HTML draws the Chinese in the CJK font, embedded, and ✓ in
	// DejaVu Sans.
	page, err := os.ReadFile(filepath.Join(dir, "zh.html"))
	require.NoError(t, err)
	assert.Regexp(t, `<span class="kh-WenQuanYiZenHei-r14">中文</span>|<div class="kh-WenQuanYiZenHei-r14"[^>]*>中文</div>`, string(page))
	assert.Equal(t, 1, strings.Count(string(page), "@font-face{font-family:kehoach-WenQuanYiZenHei;"))
	assert.Equal(t, 1, strings.Count(string(page), "@font-face{font-family:kehoach-DejaVuSans;"))
}
