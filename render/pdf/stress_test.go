package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestFootnotesAtTheFoot checks each footnote is printed at the foot of
// the page that refers to it, in its size, under the reference's raised
// number.
func TestFootnotesAtTheFoot(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	l := layout.Default()
	m := fontMetrics()
	pages := pdfcheck.Read(t, save(t, t.TempDir(), "stress.pdf", testplans.Stress(t)))
	for ref, note := range []string{"Chú thích thứ nhất:", "Chú thích thứ hai:"} {
		number := strconv.Itoa(ref + 1)
		found := false
		for i, pg := range pages {
			line := findWords(pg, note, false)
			if line == nil {
				continue
			}
			found = true
			// The note's number, raised, at the left margin before it.
			words := pg.Words()
			var mark, call *pdfcheck.Word
			for k := range words {
				w := &words[k]
				if w.Text != number || m.Size(*w) > 0.7*l.BodySize {
					continue
				}
				if near(w.XMin, l.Margins.Left) {
					mark = w
				} else if call == nil {
					call = w
				}
			}
			require.NotNil(t, mark, "page %d: the note's number", i+1)
			require.NotNil(t, call, "page %d: the reference in the text, on the note's page", i+1)
			assert.InDelta(t, l.FootnoteSize, m.Size(line.Words[0]), 0.05, "the note's size")
			// At the foot: below every other word, down to the margin.
			for _, w := range words {
				if w.YMin < line.YMin-1 {
					assert.Less(t, w.YMax, line.YMin, "page %d: %q above the note", i+1, w.Text)
				}
			}
			bottom := 0.0
			for _, w := range words {
				bottom = max(bottom, w.YMax)
			}
			assert.InDelta(t, l.PageHeight-l.Margins.Bottom, bottom, 0.5, "page %d: the notes end at the bottom margin", i+1)
			// The reference is raised above its line's baseline.
			before := wordBefore(pg, *call)
			require.NotNil(t, before, "the word the reference follows")
			assert.Less(t, m.Baseline(*call), m.Baseline(*before)-2, "the reference's number is raised")
		}
		assert.True(t, found, "note %d printed", ref+1)
	}
}

// TestTableAcrossPages checks a table of sixty rows: every row printed
// once, in order, never split; the header row repeated at the top of each
// page the table runs onto.
func TestTableAcrossPages(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	l := layout.Default()
	pages := pdfcheck.Read(t, save(t, t.TempDir(), "stress.pdf", testplans.Stress(t)))
	var rows []int
	tablePages := 0
	for i, pg := range pages {
		var first, header *pdfcheck.Line
		for k, line := range pg.Lines {
			text := line.Text()
			if strings.Contains(text, "Nhiệm vụ số") {
				f := strings.Fields(text[strings.Index(text, "Nhiệm vụ số"):])
				n, err := strconv.Atoi(f[3])
				require.NoError(t, err, text)
				rows = append(rows, n)
				if first == nil {
					first = &pg.Lines[k]
				}
				// The row's other cells beside it: never split.
				y := line.YMin
				for _, cell := range []string{strconv.Itoa(n), "Truyền", "Quý"} {
					beside := false
					for _, w := range pg.Words() {
						beside = beside || (w.Text == cell && near(w.YMin, y))
					}
					assert.True(t, beside, "page %d: row %d: %q beside", i+1, n, cell)
				}
			}
			if header == nil && phrase(pg, "Nội dung công việc") != nil && strings.Contains(text, "Nội dung công việc") {
				header = &pg.Lines[k]
			}
		}
		if first == nil {
			continue
		}
		tablePages++
		require.NotNil(t, header, "page %d: the header row", i+1)
		assert.Less(t, header.YMax, first.YMin, "page %d: the header above the first row", i+1)
		if tablePages > 1 {
			assert.Less(t, header.YMin, l.Margins.Top+l.TableSize, "page %d: the repeated header at the top", i+1)
		}
	}
	want := make([]int, 60)
	for i := range want {
		want[i] = i + 1
	}
	assert.Equal(t, want, rows, "every row once, in order")
	assert.GreaterOrEqual(t, tablePages, 2, "the table runs over pages")
}

// TestSignatureKeepsBodyLines grows the plan's last paragraph line by line
// through a whole page: wherever the signature falls, it is printed whole
// on one page, with at least two lines of the body above it.
func TestSignatureKeepsBodyLines(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	l := layout.Default()
	dir := t.TempDir()
	sentence := " Các đơn vị báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 15 tháng 12 hằng năm."
	moved := 0
	for extra := 0; extra < 45; extra++ {
		p := testplans.Long(t, 1)
		last := p.LastBodyNode().(*plan.Numbered)
		last.Text = plan.Plain(strings.TrimSuffix(last.Text.String(), "./") + strings.Repeat(sentence, extra))
		pages := pdfcheck.Read(t, save(t, dir, fmt.Sprintf("grow-%02d.pdf", extra), p))
		var sig int
		var label *pdfcheck.Word
		for i, pg := range pages {
			if label = pg.Find("nhận:"); label != nil {
				sig = i
				break
			}
		}
		require.NotNil(t, label, "extra %d: Nơi nhận", extra)
		pg := pages[sig]
		assert.NotNil(t, pg.Find(p.Signer.Name[strings.LastIndex(p.Signer.Name, " ")+1:]), "extra %d: the signer's name on the signature's page", extra)
		assert.NotNil(t, pg.Find("VT,"), "extra %d: the last recipient on the signature's page", extra)
		body := 0
		for _, line := range pg.Lines {
			if line.YMin >= l.Margins.Top && line.YMax < label.YMin-1 && line.XMin < l.Margins.Left+l.FirstIndent+1 {
				body++
			}
		}
		assert.GreaterOrEqual(t, body, 2, "extra %d: body lines above the signature on page %d", extra, sig+1)
		if body == 2 && sig > 0 {
			moved++
		}
	}
	assert.Positive(t, moved, "at least one case moves the signature to a new page with two body lines")
}

// wordBefore returns the word before w on its line, or nil.
func wordBefore(p pdfcheck.Page, w pdfcheck.Word) *pdfcheck.Word {
	for _, l := range p.Lines {
		for i := 1; i < len(l.Words); i++ {
			if l.Words[i] == w {
				return &l.Words[i-1]
			}
		}
	}
	return nil
}

// near reports whether two positions agree within a tenth of a point.
func near(a, b float64) bool { return a-b < 0.1 && b-a < 0.1 }
