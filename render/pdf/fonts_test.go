package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/layout"
)

// fontNames returns the fonts pdffonts lists in a PDF.
func fontNames(t *testing.T, path string) []string {
	t.Helper()
	out, ok := pdfcheck.Run(t, "pdffonts", path)
	require.True(t, ok, out)
	var names []string
	for _, line := range strings.Split(out, "\n")[2:] {
		if f := strings.Fields(line); len(f) > 0 {
			names = append(names, f[0])
		}
	}
	return names
}

// symbolsPlan is the seed plan with a paragraph of symbols: some the text
// font has (→ ≥ №), some only the fallback (✓), in plain and bold text.
func symbolsPlan(t *testing.T, extra string) *plan.Plan {
	p := load(t, "ke-hoach-004.md")
	para := plan.Text{{Text: "Kết quả: đạt → ≥ 95% ✓, hồ sơ № 12 ✓ " + extra}, {Text: "Hoàn thành ✓", Bold: true}}
	p.Sections[0].Content = append(plan.Nodes{&plan.Paragraph{Text: para}}, p.Sections[0].Content...)
	return p
}

// TestFallbackFont: characters Liberation Serif lacks print from DejaVu
// Sans, embedded, and read back; with a CJK font added, Chinese too.
func TestFallbackFont(t *testing.T) {
	pdfcheck.Require(t, "pdftotext", "pdffonts")
	dir := t.TempDir()
	path := filepath.Join(dir, "symbols.pdf")
	require.NoError(t, os.WriteFile(path, render(t, symbolsPlan(t, "")), 0o644))
	names := fontNames(t, path)
	assert.Contains(t, names, "utf8dejavusans", "the fallback's regular style")
	assert.Contains(t, names, "utf8dejavusansB", "and its bold")
	assert.Contains(t, names, "utf8liberationserif")
	text := pdfcheck.Read(t, path)[0]
	line := text.LineWith("95%")
	require.NotNil(t, line)
	assert.Contains(t, line.Text(), "→ ≥ 95% ✓, hồ sơ № 12 ✓")
	assert.NotNil(t, text.Find("✓"))

	// The runs say which font prints them, for a page-based writer.
	pages, err := compose.Pages(symbolsPlan(t, ""), layout.Default())
	require.NoError(t, err)
	checks := 0
	for _, tx := range pages[0].Texts {
		switch {
		case strings.Contains(tx.Text, "✓"):
			assert.Equal(t, "✓", tx.Text, "a run of its own")
			assert.Equal(t, "DejaVu Sans", tx.Font)
			assert.InDelta(t, layout.DefaultFonts().Fallbacks()[0].Font(tx.Style).Metrics.Width("✓", tx.Size), tx.Width, 1e-9)
			checks++
		case strings.ContainsAny(tx.Text, "→≥№"):
			assert.Empty(t, tx.Font, "%q: the text font's", tx.Text)
		}
	}
	assert.Equal(t, 3, checks)

	// A plan without such characters embeds no fallback.
	plain := filepath.Join(dir, "plain.pdf")
	require.NoError(t, os.WriteFile(plain, render(t, load(t, "ke-hoach-004.md")), 0o644))
	for _, n := range fontNames(t, plain) {
		assert.NotContains(t, n, "dejavu")
	}

	// Chinese prints from a CJK font the caller adds.
	family := fonttest.CJK(t)
	withCJK := layout.DefaultFonts().WithFallbacks(family)
	path = filepath.Join(dir, "cjk.pdf")
	require.NoError(t, os.WriteFile(path, render(t, symbolsPlan(t, "tên 中文"), WithFonts(withCJK)), 0o644))
	assert.Contains(t, fontNames(t, path), "utf8wenquanyizenhei")
	assert.Contains(t, pdfcheck.Read(t, path)[0].LineWith("95%").Text(), "tên 中文")

	// The DOCX names the fallbacks for those runs; LibreOffice prints
	// them from there.
	pdfcheck.Require(t, "soffice")
	var doc strings.Builder
	require.NoError(t, docx.Write(&doc, symbolsPlan(t, "tên 中文"), docx.WithFonts(withCJK)))
	docPath := filepath.Join(dir, "cjk-lo.docx")
	require.NoError(t, os.WriteFile(docPath, []byte(doc.String()), 0o644))
	lo := pdfcheck.ConvertDocx(t, dir, docPath)[0]
	loNames := strings.Join(fontNames(t, lo), " ")
	assert.Contains(t, loNames, "DejaVuSans")
	assert.Contains(t, loNames, "WenQuanYiZenHei")
	assert.Contains(t, pdfcheck.Read(t, lo)[0].LineWith("95%").Text(), "✓, hồ sơ № 12 ✓ tên 中文")
}
