package html

import (
	"image"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// justified makes a paragraph long enough to be justified over two lines
// or more, holding what at its start.
func justified(what string) string {
	return what + " một đoạn văn đủ dài để căn đều hai bên cho đến cuối dòng thứ nhất và sang dòng hai của đoạn văn này."
}

// unusualCharacters are texts of characters a font may lack, or a
// browser may draw otherwise than a PDF: bidi isolates and the Arabic
// letter mark, the line and paragraph separators, Chinese (in no font of
// the default set), an emoji (beyond the Basic Multilingual Plane), and
// default-ignorable characters a browser draws without width.
var unusualCharacters = map[string]string{
	"isolates":   justified("Tên \u2067fed\u2069 và \u2066abc\u2069 và \u2068xyz\u2069 rồi \u061cdấu"),
	"separators": justified("Dòng một\u2028dòng hai và đoạn\u2029tiếp theo"),
	"cjk":        justified("Tên tiếng Trung 中文 của đối tác, và tên 中国 khác,"),
	"emoji":      justified("Biểu tượng 😀 và ❤\ufe0f trong"),
	"ignorable":  justified("Nối\u034fchữ, chọn\ufe00dạng, Mông\u180eCổ và"),
}

// TestUnusualCharactersPrintAsInPDF prints, with Chromium, plans whose
// paragraphs hold unusual characters, in running text, in bold (a
// heading's title) and in a table: every word stands where the PDF puts
// it (TestPrintMatchesPDF's tolerance), as the same word, so that no
// character the browser would draw in a font of its own, or without the
// width the PDF gives it, moves the words after it; and no word of the
// PDF runs past the right margin or joins two words the text separates.
// Chinese is printed in the embedded fonts (Liberation Serif's .notdef
// is blank) and in an agency's DejaVu Serif (whose .notdef is a box):
// the words of characters no font has hold as much ink in both PDFs.
func TestUnusualCharactersPrintAsInPDF(t *testing.T) {
	pdfcheck.Require(t, "pdftotext", "pdfinfo", "pdftoppm")
	b := useBrowser(t)
	dir := t.TempDir()
	agency := layout.Default()
	agency.Fonts = agencyFonts(t)
	var samples []sample
	for name, text := range unusualCharacters {
		p := testplans.Minimal()
		p.Sections[0].Content = append(p.Sections[0].Content,
			plan.Para(text),
			plan.NewSection(strings.Join(strings.Fields(text)[:5], " "), plan.Para(text)),
			plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", text}))
		samples = append(samples, sample{"chars-" + name, p, layout.Default()})
		if name == "cjk" {
			samples = append(samples, sample{"chars-cjk-agency-font", p, agency})
		}
	}
	for _, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			printMatchesPDF(t, b, dir, s)
			ours := filepath.Join(dir, s.name+".pdf")
			right := s.l.PageWidth - s.l.Margins.Right
			inked := 0
			for i, pg := range pdfcheck.Read(t, ours) {
				ink, printedInk := rasterize(t, ours)[i], rasterize(t, filepath.Join(dir, s.name+".chromium.pdf"))[i]
				for _, w := range pg.Words() {
					assert.LessOrEqual(t, w.XMax, right+0.01, "page %d: %q past the right margin", i+1, w.Text)
					assert.NotContains(t, w.Text, "mộtdòng", "page %d: the words around a line separator joined", i+1)
					assert.NotContains(t, w.Text, "đoạntiếp", "page %d: the words around a paragraph separator joined", i+1)
					if strings.ContainsAny(w.Text, "中文国") {
						want, got := inkIn(ink, w), inkIn(printedInk, w)
						assert.InDelta(t, want, got, 0.25*float64(want)+2, "page %d: %q: the pixels inked", i+1, w.Text)
						inked += want
					}
				}
			}
			if strings.HasSuffix(s.name, "agency-font") {
				assert.Positive(t, inked, "DejaVu Serif's .notdef is a box")
			}
		})
	}
}

// inkIn returns how many pixels of a page rendered at 72 dpi (a pixel a
// point) are black, thresholded, inside a word's box.
func inkIn(img image.Image, w pdfcheck.Word) int {
	b := img.Bounds()
	black := thresholded(img, b.Dx(), b.Dy())
	n := 0
	for y := int(w.YMin); y < int(math.Ceil(w.YMax)) && y < b.Dy(); y++ {
		for x := int(w.XMin); x < int(math.Ceil(w.XMax)) && x < b.Dx(); x++ {
			if black[y*b.Dx()+x] {
				n++
			}
		}
	}
	return n
}
