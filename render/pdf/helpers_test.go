package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/stretchr/testify/require"
)

// load reads an example plan.
func load(t testing.TB, name string) *plan.Plan { return testplans.Load(t, name) }

// render writes a plan as PDF.
func render(t testing.TB, p *plan.Plan, opts ...Option) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, p, opts...))
	return buf.Bytes()
}

// save writes a plan as PDF into dir and returns the file's path.
func save(t testing.TB, dir, name string, p *plan.Plan) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, render(t, p), 0o644))
	return path
}

// fontMetrics is how poppler boxes the words of our PDFs: with the
// ascent and descent that fpdf writes in the font descriptors, those of
// the font's hhea table.
func fontMetrics() pdfcheck.Metrics {
	m := layout.FontMetrics(layout.Regular)
	return pdfcheck.Metrics{Ascent: m.AscentAt(1), Descent: m.DescentAt(1)}
}

// stress returns a plan that exercises pagination: the seed plan's body
// twice, footnotes on its first pages, and a table of sixty rows that
// runs over a page.
func stress(t testing.TB) *plan.Plan {
	t.Helper()
	p := testplans.Long(t, 2)
	preamble := p.Preamble[0].(*plan.Paragraph)
	preamble.Text = preamble.Text.Note("Chú thích thứ nhất: căn cứ Quyết định số 1234/QĐ-UBND ngày 05 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh.")
	item := p.Sections[1].Content[1].(*plan.Numbered)
	item.Text = item.Text.Note("Chú thích thứ hai: danh sách các phong trào thi đua do Thủ tướng Chính phủ phát động.")
	last := p.Sections[4]
	var rows [][]string
	for i := 1; i <= 60; i++ {
		rows = append(rows, []string{fmt.Sprint(i), fmt.Sprintf("Nhiệm vụ số %d của kế hoạch", i), "Sở Thông tin và Truyền thông", "Quý " + plan.Roman(1+i%4)})
	}
	table := plan.NewTable([]string{"TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"}, rows...)
	last.Content = append(plan.Nodes{table}, last.Content...)
	return p
}

// onThePage checks paginated pages (before finish adds numbers and notes):
// every piece of text lies in the text area and above the page's
// footnotes, and no page is empty.
func onThePage(pages []*page, b *builder) error {
	for i, pg := range pages {
		pb := &pager{b: b, l: pg.l}
		floor := pg.l.PageHeight - pg.l.Margins.Bottom - pb.notesHeight(pg.notes)
		for _, tx := range pg.texts {
			m := layout.FontMetrics(tx.style)
			w := m.Width(tx.text, tx.size)
			switch {
			case tx.x < pg.l.Margins.Left-0.01, tx.x+w > pg.l.PageWidth-pg.l.Margins.Right+0.05:
				return fmt.Errorf("page %d: %q at x %.2f–%.2f is outside the margins", i+1, tx.text, tx.x, tx.x+w)
			case tx.y < pg.l.Margins.Top:
				return fmt.Errorf("page %d: %q at y %.2f is in the top margin", i+1, tx.text, tx.y)
			case tx.y+m.DescentAt(tx.size) > floor+0.05:
				return fmt.Errorf("page %d: %q at y %.2f runs into the footnotes or the bottom margin (%.2f)", i+1, tx.text, tx.y, floor)
			}
		}
		if len(pg.texts) == 0 && len(pg.notes) == 0 {
			return fmt.Errorf("page %d is empty", i+1)
		}
	}
	return nil
}
