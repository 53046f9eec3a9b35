package html

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/render/layout"
)

// fontSamples are plans printed in fonts other than Liberation Serif
// alone: symbols from the embedded fallback, the seed plan and the
// symbols in an agency's DejaVu Serif, and Chinese from a CJK font the
// caller adds.
func fontSamples(t *testing.T) []sample {
	withFonts := func(f *layout.Fonts) layout.Layout {
		l := layout.Default()
		l.Fonts = f
		return l
	}
	agency := agencyFonts(t)
	return []sample{
		{"symbols", symbolsPlan(t, ""), layout.Default()},
		{"agency-font", symbolsPlan(t, ""), withFonts(agency)},
		{"agency-font-spaced", symbolsPlan(t, ""), func() layout.Layout { l := withFonts(agency); l.LineSpacing = 1.5; return l }()},
		{"cjk", symbolsPlan(t, "tên 中文"), withFonts(layout.DefaultFonts().WithFallbacks(fonttest.CJK(t)))},
	}
}

// TestPrintMatchesPDFInOwnFonts prints the font samples with Chromium as
// TestPrintMatchesPDF prints the others: the same pages, every word
// within 1 pt of the PDF's (set in the same fonts), under 1% of the
// pixels different; and Chromium's PDF embeds the fonts of the families
// and styles ours embeds, so that no run printed in a font of the
// reader's machine.
func TestPrintMatchesPDFInOwnFonts(t *testing.T) {
	pdfcheck.Require(t, "pdftotext", "pdfinfo", "pdftoppm", "pdffonts")
	samples := fontSamples(t)
	b := useBrowser(t)
	dir := t.TempDir()
	if *pngDir != "" {
		dir = *pngDir
		require.NoError(t, os.MkdirAll(dir, 0o755))
	}
	worst := 0.0
	for _, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			worst = math.Max(worst, printMatchesPDF(t, b, dir, s))
			ours, printed := embeddedFonts(t, filepath.Join(dir, s.name+".pdf")), embeddedFonts(t, filepath.Join(dir, s.name+".chromium.pdf"))
			assert.Equal(t, ours, printed, "the fonts embedded")
			t.Logf("%s: %v", s.name, printed)
		})
	}
	t.Logf("every font sample: words at most %.3f pt from the PDF's", worst)
}

// TestOwnFontsInChromium opens pages in an agency's font with a CJK
// fallback, their fonts linked beside the document (the files FontFiles
// gives): Chromium loads every font the page declares, and draws each
// line and span in the family its class names.
func TestOwnFontsInChromium(t *testing.T) {
	fonts := agencyFonts(t).WithFallbacks(fonttest.CJK(t))
	b := useBrowser(t)
	dir := t.TempDir()
	for name, data := range FontFiles(fonts) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	page := filepath.Join(dir, "cjk.html")
	writeFile(t, page, func(w *bytes.Buffer) error {
		return Write(w, symbolsPlan(t, "tên 中文"), WithFonts(fonts), WithFontURL(""))
	})
	b.open(page)
	var loaded [][2]string
	b.decode([]byte(b.eval(`JSON.stringify([...document.fonts].map(f => [f.family + " " + f.weight + " " + f.style, f.status]))`)), &loaded)
	assert.Len(t, loaded, 7, "DejaVu Serif's four styles, DejaVu Sans' two, WenQuanYi Zen Hei")
	for _, f := range loaded {
		assert.Equal(t, "loaded", f[1], "%s", f[0])
	}
	var runs [][2]string
	b.decode([]byte(b.eval(`JSON.stringify([...document.querySelectorAll(".kh-page div, .kh-page span")].map(e => [e.className, getComputedStyle(e).fontFamily]))`)), &runs)
	require.NotEmpty(t, runs)
	families := map[string]int{}
	for _, r := range runs {
		family, _, _ := fontOf(t, r[0])
		assert.Equal(t, familyPrefix+family+", serif", r[1], "%s", r[0])
		families[family]++
	}
	assert.Len(t, families, 3, "the three families print: %v", families)
}

// embeddedFonts returns the fonts a PDF embeds as "family style", sorted,
// whether fpdf named them ("utf8dejavuserifBI") or Chromium did
// ("FAAAAA+DejaVuSerif-BoldItalic").
func embeddedFonts(t *testing.T, path string) []string {
	t.Helper()
	out, ok := pdfcheck.Run(t, "pdffonts", path)
	require.True(t, ok, out)
	var fonts []string
	for _, line := range strings.Split(out, "\n")[2:] {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		name := f[0]
		if _, sub, ok := strings.Cut(name, "+"); ok { // Chromium's subset
			family, style, _ := strings.Cut(sub, "-")
			name = strings.ToLower(family) + " " + map[string]string{"": "r", "Bold": "b", "Italic": "i", "BoldItalic": "bi"}[style]
		} else { // fpdf's: "utf8", the family in lower case, B and I
			name = strings.TrimPrefix(name, "utf8")
			family := strings.TrimRight(name, "BI")
			style := strings.ToLower(strings.TrimPrefix(name, family))
			if style == "" {
				style = "r"
			}
			name = family + " " + style
		}
		fonts = append(fonts, name)
	}
	sort.Strings(fonts)
	return fonts
}
