package pdf

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/layout"
)

// TestFallbackLinesLikeLibreOffice prints plans of eighty items, each
// with a character the text font lacks ("✓" from DejaVu Sans; "中文" from
// WenQuanYi Zen Hei, added as a fallback), as our PDF and as LibreOffice
// prints our DOCX: a line holding such a run is as tall in both (every
// item's baseline within 0.5 pt), so the pages break alike; and under 1.5
// line spacing too.
func TestFallbackLinesLikeLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext", "pdfinfo")
	spaced := layout.Default()
	spaced.LineSpacing = 1.5
	cjk := layout.DefaultFonts().WithFallbacks(fonttest.CJK(t))
	cases := []struct {
		name  string
		extra string
		l     layout.Layout
		fonts *layout.Fonts
	}{
		{"symbols", "đạt ✓", layout.Default(), nil},
		{"symbols-spaced", "đạt ✓", spaced, nil},
		{"cjk", "tên 中文", layout.Default(), cjk},
	}
	dir := t.TempDir()
	var docs, ours []string
	for _, c := range cases {
		p := itemsPlan(c.extra)
		var doc, pdf bytes.Buffer
		docOpts, pdfOpts := []docx.Option{docx.WithLayout(c.l)}, []Option{WithLayout(c.l)}
		if c.fonts != nil {
			docOpts, pdfOpts = append(docOpts, docx.WithFonts(c.fonts)), append(pdfOpts, WithFonts(c.fonts))
		}
		require.NoError(t, docx.Write(&doc, p, docOpts...))
		require.NoError(t, Write(&pdf, p, pdfOpts...))
		path := filepath.Join(dir, c.name+".docx")
		require.NoError(t, os.WriteFile(path, doc.Bytes(), 0o644))
		docs = append(docs, path)
		path = filepath.Join(dir, c.name+".kehoach.pdf")
		require.NoError(t, os.WriteFile(path, pdf.Bytes(), 0o644))
		ours = append(ours, path)
	}
	theirs := pdfcheck.ConvertDocx(t, dir, docs...)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lo, kh := itemBaselines(pdfcheck.Read(t, theirs[i]), pdfcheck.LibreOffice), itemBaselines(pdfcheck.Read(t, ours[i]), fontMetrics())
			assert.Equal(t, pdfcheck.PageCount(t, theirs[i]), pdfcheck.PageCount(t, ours[i]), "as many pages as LibreOffice prints")
			require.Len(t, kh, 80, "every item found in our PDF")
			require.Len(t, lo, 80, "every item found in LibreOffice's")
			worst := 0.0
			for n := 1; n <= 80; n++ {
				if !assert.Equal(t, lo[n].page, kh[n].page, "item %d on the same page", n) {
					continue
				}
				d := kh[n].baseline - lo[n].baseline
				worst = max(worst, math.Abs(d))
				assert.InDelta(t, lo[n].baseline, kh[n].baseline, 0.5, "item %d's baseline", n)
			}
			t.Logf("%s: items' baselines within %.2f pt of LibreOffice's", c.name, worst)
		})
	}
}

// itemsPlan returns a plan of eighty dash items "Nhiệm vụ n …", each
// with extra in it.
func itemsPlan(extra string) *plan.Plan {
	p := &plan.Plan{
		Issuer: []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"}, Symbol: "KH-STTTT", Place: "Vĩnh Phúc",
		Date: plan.Date{Year: 2026, Month: 3, Day: 5}, Subject: "Theo dõi tiến độ các nhiệm vụ năm 2026",
		Signer:     plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Nguyễn Bá Hiến"},
		Recipients: []string{"UBND tỉnh (B/c)"}, Archive: "VT, VP",
	}
	var items plan.Nodes
	for n := 1; n <= 80; n++ {
		items = append(items, plan.Dash(fmt.Sprintf("Nhiệm vụ %d %s đúng hạn.", n, extra)))
	}
	p.Sections = []*plan.Section{plan.NewPart("KẾT QUẢ", items...)}
	return p
}

// itemLine is where an item's line prints: its page (from 1) and baseline.
type itemLine struct {
	page     int
	baseline float64
}

// itemBaselines returns, by number, where the line of each item "Nhiệm
// vụ n" prints, from the box of the word "vụ" (in the text font) as
// poppler boxes it with m.
func itemBaselines(pages []pdfcheck.Page, m pdfcheck.Metrics) map[int]itemLine {
	out := map[int]itemLine{}
	for i, pg := range pages {
		words := pg.Words()
		for k := 0; k+1 < len(words); k++ {
			if words[k].Text != "vụ" {
				continue
			}
			if n, err := strconv.Atoi(words[k+1].Text); err == nil {
				out[n] = itemLine{i + 1, m.Baseline(words[k])}
			}
		}
	}
	return out
}
