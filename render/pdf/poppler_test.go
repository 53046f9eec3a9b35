package pdf

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestPoppler writes every example plan as PDF and reads it back with
// poppler and qpdf: the file is sound, the fonts are embedded, and each
// page shows what the decree asks for, where the layout puts it.
func TestPoppler(t *testing.T) {
	pdfcheck.Require(t, "pdftotext", "pdfinfo", "pdffonts", "qpdf")
	dir := t.TempDir()
	l := layout.Default()
	left, right := l.Margins.Left, l.PageWidth-l.Margins.Right
	centre := left + l.TextWidth()/2
	m := fontMetrics()
	for _, name := range testplans.Names {
		t.Run(name, func(t *testing.T) {
			p := load(t, name)
			head := l.Head(p)
			path := save(t, dir, strings.TrimSuffix(name, ".md")+".pdf", p)

			out, ok := pdfcheck.Run(t, "qpdf", "--check", path)
			assert.True(t, ok, "qpdf --check: %s", out)
			assert.Contains(t, out, "No syntax or stream encoding errors")

			info := pdfcheck.Info(t, path)
			assert.Contains(t, info["Page size"], "(A4)")
			assert.Equal(t, strings.Join(strings.Fields(p.Subject), " "), info["Title"])
			assert.Equal(t, p.Name(), info["Author"])

			fonts, _ := pdfcheck.Run(t, "pdffonts", path)
			rows := strings.Split(strings.TrimSpace(fonts), "\n")[2:]
			require.NotEmpty(t, rows)
			for _, row := range rows {
				f := strings.Fields(row)
				assert.Equal(t, "yes", f[len(f)-5], "embedded: %s", row)
				assert.Equal(t, "yes", f[len(f)-3], "with a Unicode map, for copying text: %s", row)
			}

			pages := pdfcheck.Read(t, path)
			require.Equal(t, pdfcheck.PageCount(t, path), len(pages))
			for i, pg := range pages {
				size := []float64{pg.Width, pg.Height}
				if pg.Width > pg.Height {
					size = []float64{pg.Height, pg.Width} // a landscape appendix
				}
				assert.InDelta(t, 595.28, size[0], 0.01, "page %d: A4", i+1)
				assert.InDelta(t, 841.89, size[1], 0.01, "page %d: A4", i+1)
			}
			first := pages[0]

			// Quốc hiệu: one line, centred in the right column.
			qh := phrase(first, plan.NationalName)
			require.NotNil(t, qh, "the Quốc hiệu on one line")
			assert.GreaterOrEqual(t, qh.XMin, left+head.LeftWidth)
			assert.LessOrEqual(t, qh.XMax, right)
			assert.InDelta(t, left+head.LeftWidth+head.RightWidth/2, (qh.XMin+qh.XMax)/2, 0.5, "centred in the right column")

			// The agency: each line centred in the left column.
			for _, issuer := range head.Issuer {
				for _, text := range strings.Split(issuer, "\n") {
					line := phrase(first, text)
					if assert.NotNil(t, line, "issuer line %q", text) {
						assert.InDelta(t, left+head.LeftWidth/2, (line.XMin+line.XMax)/2, 0.5, "%q centred in the left column", text)
					}
				}
			}

			// "Số:" and the date on one baseline.
			so := first.Find("Số:")
			require.NotNil(t, so)
			var date *pdfcheck.Word
			for _, w := range first.Words() {
				if w.Text == strings.Fields(p.Place)[0] && w.XMin > left+head.LeftWidth && date == nil {
					date = &w
				}
			}
			require.NotNil(t, date, "the date line")
			assert.InDelta(t, m.Baseline(*so), m.Baseline(*date), 0.05, "Số: and the date share a baseline")
			assert.InDelta(t, l.NumberSize, m.Size(*so), 0.05)
			assert.InDelta(t, head.DateSize, m.Size(*date), 0.05)
			assert.Less(t, so.XMax, left+head.LeftWidth, "Số: in the left column")

			// The title centred on the text width.
			title := phrase(first, p.Title())
			require.NotNil(t, title)
			assert.InDelta(t, centre, (title.XMin+title.XMax)/2, 0.5)
			assert.InDelta(t, l.TitleSize, m.Size(title.Words[0]), 0.05)

			// Justified: a paragraph of several lines starts at the
			// first-line indent and its first line ends at the right margin.
			justified := 0
			for _, words := range pdfcheck.BodyParagraphs(p) {
				text := strings.Join(words, " ")
				if layout.FontMetrics(layout.Regular).Width(text, l.BodySize) < 1.2*l.TextWidth() {
					continue // may fit on one line
				}
				line := lineStarting(pages, words[:min(4, len(words))])
				if line == nil {
					continue // inside a table, or starting on a line of its own
				}
				justified++
				assert.InDelta(t, left+l.FirstIndent, line.XMin, 0.05, "%q starts at the indent", line.Text())
				assert.InDelta(t, right, line.XMax, 0.05, "%q ends at the right margin", line.Text())
			}
			assert.GreaterOrEqual(t, justified, 3, "justified paragraphs checked")

			// No number on page 1; "2" centred in the top margin of page 2.
			for _, w := range first.Words() {
				assert.GreaterOrEqual(t, w.YMin, l.Margins.Top-1, "page 1 has nothing in its top margin, found %q", w.Text)
			}
			top := topWord(pages[1])
			require.NotNil(t, top)
			assert.Equal(t, "2", top.Text)
			assert.Less(t, top.YMax, l.Margins.Top, "in the top margin")
			assert.InDelta(t, centre, (top.XMin+top.XMax)/2, 0.05, "centred")
			assert.InDelta(t, l.PageNumberSize, m.Size(*top), 0.05)

			// "Nơi nhận:" level with the first line of the signature.
			label, signer := pdfcheck.Signature(pages, p, left+l.SignatureLeft())
			require.NotNil(t, label, "Nơi nhận:")
			require.NotNil(t, signer, "the signer's first line")
			assert.InDelta(t, m.Baseline(*label), m.Baseline(*signer), 0.05)
			assert.InDelta(t, l.RecipientsLabelSize, m.Size(*label), 0.05)
			assert.InDelta(t, l.SignerSize, m.Size(*signer), 0.05)

			// Every body word, in order.
			var printed []string
			for _, pg := range pages {
				for _, w := range pg.Words() {
					printed = append(printed, pdfcheck.SplitWords(w.Text)...)
				}
			}
			assert.NoError(t, pdfcheck.Subsequence(printed, pdfcheck.BodyWords(p)))
		})
	}
}

// phrase returns the words of a page that print s, in a row on one line
// and set apart from the line's other words (poppler may join text of two
// columns on one baseline into one line), as a line of their own; or nil.
func phrase(p pdfcheck.Page, s string) *pdfcheck.Line { return findWords(p, s, true) }

// findWords returns the words of a page that print s in a row on one
// line, as a line of their own, or nil; apart asks for a gap wider than a
// space on each side.
func findWords(p pdfcheck.Page, s string, apart bool) *pdfcheck.Line {
	want := strings.Fields(s)
	for _, l := range p.Lines {
		for i := 0; i+len(want) <= len(l.Words); i++ {
			ws := l.Words[i : i+len(want)]
			match := true
			for k, w := range ws {
				match = match && w.Text == want[k]
			}
			space := func(a, b pdfcheck.Word) float64 { return b.XMin - a.XMax }
			gap := 0.3 * ws[0].Height() // more than a word space
			alone := (i == 0 || space(l.Words[i-1], ws[0]) > gap) &&
				(i+len(ws) == len(l.Words) || space(ws[len(ws)-1], l.Words[i+len(ws)]) > gap)
			if match && (alone || !apart) {
				return &pdfcheck.Line{Words: ws, XMin: ws[0].XMin, XMax: ws[len(ws)-1].XMax, YMin: ws[0].YMin, YMax: ws[0].YMax}
			}
		}
	}
	return nil
}

// lineStarting returns the first line of any page that starts with the
// given words, or nil.
func lineStarting(pages []pdfcheck.Page, words []string) *pdfcheck.Line {
	for _, p := range pages {
		for i, l := range p.Lines {
			var have []string
			for _, w := range l.Words {
				have = append(have, pdfcheck.SplitWords(w.Text)...)
			}
			if len(have) >= len(words) && strings.Join(have[:len(words)], " ") == strings.Join(words, " ") {
				return &p.Lines[i]
			}
		}
	}
	return nil
}

// topWord returns the highest word of a page.
func topWord(p pdfcheck.Page) *pdfcheck.Word {
	var top *pdfcheck.Word
	for _, w := range p.Words() {
		if top == nil || w.YMin < top.YMin {
			top = &w
		}
	}
	return top
}
