package compose

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestOddPlansStayOnThePage lays the odd plans out and checks that every
// piece of body text lies in the text area, above the page's footnotes,
// and that nothing is lost.
func TestOddPlansStayOnThePage(t *testing.T) {
	for name, p := range testplans.Odd() {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, p.Validate())
			l := layout.Default()
			pages, b := paginate(p, &l)
			if err := onThePage(pages, b); err != nil {
				t.Fatal(err)
			}
			finish(pages, b)
			var all []string
			for _, pg := range pages {
				for _, tx := range pg.Texts {
					all = append(all, strings.Fields(tx.Text)...)
				}
			}
			text := " " + strings.Join(all, " ") + " "
			count := func(word string) (n int) {
				for _, w := range all {
					if w == word {
						n++
					}
				}
				return n
			}
			switch name {
			case "tall row":
				assert.Equal(t, 1500, count("nội"), "every word of the tall cell")
				assert.Contains(t, text, " cuối ")
			case "60 recipients":
				for i := 1; i <= 60; i++ {
					assert.Contains(t, text, fmt.Sprintf(" số %d; ", i))
				}
				assert.Contains(t, text, " Trần Văn B ")
			case testplans.OddNearlyPage: // it starts under the body's end and runs on
				last := p.LastBodyNode().(*plan.Paragraph).Text.String()
				assert.Equal(t, pageOf(pages, strings.Fields(last)[0]), pageOf(pages, "Nơi"), "the signature starts on the body's last page")
				assert.Equal(t, pageOf(pages, "Nơi"), pageOf(pages, p.Signer.Name[strings.LastIndex(p.Signer.Name, " ")+1:]), "the signer's name with it")
				assert.Equal(t, pageOf(pages, "Nơi")+1, pageOf(pages, "50;"), "the recipients run onto the next page")
			case "long note":
				assert.Equal(t, 900, count("chú"), "every word of the long note")
				assert.Contains(t, text, " hết ")
			case testplans.OddTallMerge:
				assert.Equal(t, 400, count("rất"), "every word of the merged cell")
				assert.Contains(t, text, " cuối ")
				assert.Contains(t, text, " Ba Bốn ")
			case testplans.OddTallHeader:
				assert.GreaterOrEqual(t, count("tiêu"), 700, "every word of the header, at least once")
				assert.Contains(t, text, " 30 Hàng ")
			case "noted header":
				assert.Equal(t, 1, strings.Count(text, "Ghi chú của tiêu đề"), "the header's note printed once")
			case testplans.OddIntro:
				assert.Equal(t, 2, pageOf(pages, "giới"), "the paragraph goes to page 2 with its table")
				assert.Equal(t, 2, pageOf(pages, "Hàng1"))
				assert.Equal(t, 1, pageOf(pages, "13"), "the paragraph above it stays on page 1")
			}
		})
	}
}

// pageOf returns the number of the first laid-out page that prints word,
// or 0.
func pageOf(pages []*page, word string) int {
	for i, pg := range pages {
		for _, tx := range pg.Texts {
			if slices.Contains(strings.Fields(tx.Text), word) {
				return i + 1
			}
		}
	}
	return 0
}

// onThePage is the layout's oracle, which FuzzLayout asks of every plan:
// on paginated pages (before finish adds numbers and notes) every piece of
// text lies in the text area and above the page's footnotes, and no page
// is empty.
func onThePage(pages []*page, b *builder) error {
	for i, pg := range pages {
		pb := &pager{b: b, l: pg.l}
		floor := pg.l.PageHeight - pg.l.Margins.Bottom - pb.notesHeight(pg.notes)
		for _, tx := range pg.Texts {
			m := layout.FontMetrics(tx.Style)
			w := m.Width(tx.Text, tx.Size)
			switch {
			case tx.X < pg.l.Margins.Left-0.01, tx.X+w > pg.l.PageWidth-pg.l.Margins.Right+0.05:
				return fmt.Errorf("page %d: %q at x %.2f–%.2f is outside the margins", i+1, tx.Text, tx.X, tx.X+w)
			case tx.Y < pg.l.Margins.Top:
				return fmt.Errorf("page %d: %q at y %.2f is in the top margin", i+1, tx.Text, tx.Y)
			case tx.Y+m.DescentAt(tx.Size) > floor+0.05:
				return fmt.Errorf("page %d: %q at y %.2f runs into the footnotes or the bottom margin (%.2f)", i+1, tx.Text, tx.Y, floor)
			}
		}
		if len(pg.Texts) == 0 && len(pg.notes) == 0 {
			return fmt.Errorf("page %d is empty", i+1)
		}
	}
	return nil
}

// TestOnThePageFails: the oracle is not blind. Pages laid out right pass
// it; the same pages broken on purpose fail it, each with its reason.
func TestOnThePageFails(t *testing.T) {
	l := layout.Default()
	p := testplans.Stress(t)
	fresh := func() ([]*page, *builder) {
		pages, b := paginate(p, &l)
		require.NoError(t, onThePage(pages, b), "laid out right")
		return pages, b
	}
	noted := func(pages []*page) *page { // a page with footnotes at its foot
		for _, pg := range pages {
			if len(pg.notes) > 0 {
				return pg
			}
		}
		t.Fatal("the stress plan has footnotes")
		return nil
	}
	for _, c := range []struct {
		name, want string
		breakIt    func(pages []*page) []*page
	}{
		{"a word in the left margin", "outside the margins", func(pages []*page) []*page {
			pages[1].Texts[3].X = l.Margins.Left - 5
			return pages
		}},
		{"a line past the right margin", "outside the margins", func(pages []*page) []*page {
			pages[1].Texts[3].X = l.PageWidth - l.Margins.Right - 1
			return pages
		}},
		{"a line in the top margin", "in the top margin", func(pages []*page) []*page {
			pages[2].Texts[0].Y = l.Margins.Top / 2
			return pages
		}},
		{"a line over the footnotes", "runs into the footnotes", func(pages []*page) []*page {
			pg := noted(pages)
			pg.Texts[len(pg.Texts)-1].Y = l.PageHeight - l.Margins.Bottom - 5
			return pages
		}},
		{"a line in the bottom margin", "runs into the footnotes or the bottom margin", func(pages []*page) []*page {
			pages[len(pages)-1].Texts[0].Y = l.PageHeight - 10
			return pages
		}},
		{"an empty page", "is empty", func(pages []*page) []*page {
			return slices.Insert(pages, 1, &page{l: l})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			pages, b := fresh()
			assert.ErrorContains(t, onThePage(c.breakIt(pages), b), c.want)
		})
	}
}
