package compose

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestPages checks the page structure without outside tools: page counts,
// numbers from the second page of each section, appendices numbered from
// 1 again, and every text inside the page.
func TestPages(t *testing.T) {
	for _, c := range []struct {
		name  string
		pages []int // the numbers printed, 0 for none
	}{
		{"ke-hoach-004.md", []int{0, 2, 3}},
		{"plan-09.md", []int{0, 2, 0}},
		{"plan-10.md", []int{0, 2, 3, 0, 0, 2}}, // two appendices, the second on two pages
	} {
		t.Run(c.name, func(t *testing.T) {
			l := layout.Default()
			pages := layOut(testplans.Load(t, c.name), &l)
			var numbers []int
			for _, pg := range pages {
				n := 0
				if pg.Number > 1 {
					n = pg.Number
				}
				numbers = append(numbers, n)
				for _, tx := range pg.Texts {
					assert.GreaterOrEqual(t, tx.X, pg.l.Margins.Left-0.01, "%q inside the left margin", tx.Text)
					w := layout.FontMetrics(tx.Style).Width(tx.Text, tx.Size)
					assert.LessOrEqual(t, tx.X+w, pg.l.PageWidth-pg.l.Margins.Right+0.05, "%q inside the right margin", tx.Text)
					assert.LessOrEqual(t, tx.Y, pg.l.PageHeight-pg.l.Margins.Bottom, "%q above the bottom margin", tx.Text)
				}
			}
			assert.Equal(t, c.pages, numbers)
			// Each appendix ends with "./." (contract §6): the lowest body
			// line of the page before the next appendix, and of the last.
			section := 0 // 0: the plan, then each appendix
			for i := range pages {
				if i > 0 && pages[i].Number == 1 {
					section++
				}
				if section == 0 || i+1 < len(pages) && pages[i+1].Number != 1 {
					continue // not the last page of an appendix
				}
				lowest := Text{}
				for _, tx := range pages[i].Texts {
					if tx.Size == l.BodySize && tx.Y >= lowest.Y {
						lowest = tx
					}
				}
				assert.True(t, strings.HasSuffix(lowest.Text, "./."), "page %d ends its appendix with ./.: %q", i+1, lowest.Text)
			}
		})
	}
}

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"Kế hoạch số 05":              "Kế hoạch số 05", // untouched, no copy
		"a\tb":                        "a b",
		"a\x00b\x1fc\x7fd\u0085e":     "abcde",
		"Wörter\u00adtrennung":        "Wörtertrennung",
		"zero\u200bwidth\u2060\ufeff": "zerowidth",
		"\u202bphải\u202c":            "phải",
		"bad \xff byte":               "bad \ufffd byte",
		"emoji 😀 🇻🇳":                  "emoji \ufffd \ufffd\ufffd",
		"line\nbreak":                 "line\nbreak",
		"中文 עברית":                    "中文 עברית",
	} {
		assert.Equal(t, want, Printable(in), "%q", in)
	}
}

// TestTablePlacement: a paragraph over a table keeps Layout.TableSpacing
// above the table's border, and a table's header row never stands alone
// at the foot of a page: whatever text comes before the table, the page
// that shows the header row shows a data row too.
func TestTablePlacement(t *testing.T) {
	l := layout.Default()
	headers, spaced := 0, 0
	for extra := 0; extra < 40; extra++ {
		p := testplans.Load(t, "ke-hoach-004.md")
		part := p.Sections[2]
		filler := []plan.Node{}
		for range extra {
			filler = append(filler, plan.Para("Các đơn vị báo cáo kết quả về Văn phòng Sở."))
		}
		table := plan.NewTable([]string{"Cột một", "Cột hai"}, []string{"Hàng một", "a"}, []string{"Hàng hai", "b"}, []string{"Hàng ba", "c"})
		part.Content = append(append(filler, table), part.Content...)
		pages := layOut(p, &l)
		for i, pg := range pages {
			header, row := -1.0, false
			for _, tx := range pg.Texts {
				switch {
				case strings.HasPrefix(tx.Text, "Cột"):
					header = tx.Y
				case strings.HasPrefix(tx.Text, "Hàng"):
					row = true
				}
			}
			if header < 0 {
				continue
			}
			headers++
			assert.True(t, row, "extra %d, page %d: the header row with a data row", extra, i+1)
			// The border above the header: the rule at the table's top.
			top := 1e9
			for _, r := range pg.Rules {
				if r.Y1 == r.Y2 && r.Y1 < header && header-r.Y1 < 2*l.TableSize {
					top = min(top, r.Y1)
				}
			}
			above := 0.0 // the bottom of the line box above the table
			for _, tx := range pg.Texts {
				if tx.Y < top && tx.Y > l.Margins.Top && tx.Size == l.BodySize { // not the page number
					above = max(above, tx.Y-baseline(layout.DefaultFonts(), tx.Size)+layout.LineHeight(tx.Size))
				}
			}
			if above > 0 && top < 1e9 && extra > 0 {
				spaced++
				assert.InDelta(t, l.TableSpacing, top-above, 0.05, "extra %d, page %d: space above the table", extra, i+1)
			}
		}
	}
	assert.GreaterOrEqual(t, headers, 40, "header rows seen")
	assert.Greater(t, spaced, 20, "tables under a paragraph seen")
}

// TestHeaderRules: page 1 draws the three rules of the header block, with
// the lengths the layout computes from the font metrics, centred under
// their text: the issuer's in the left column, the Tiêu ngữ's in the
// right, the subject's on the text width.
func TestHeaderRules(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	l := layout.Default()
	head := l.Head(p)
	first := layOut(p, &l)[0]
	left := l.Margins.Left
	want := []struct {
		name           string
		length, centre float64
	}{
		{"issuer", head.IssuerRule, left + head.LeftWidth/2},
		{"Tiêu ngữ", head.MottoRule, left + head.LeftWidth + head.RightWidth/2},
		{"subject", head.SubjectRule, left + l.TextWidth()/2},
	}
	require.Len(t, first.Rules, len(want), "page 1 has exactly the header's rules")
	for i, w := range want {
		r := first.Rules[i]
		assert.Equal(t, r.Y1, r.Y2, "%s: horizontal", w.name)
		assert.InDelta(t, w.length, r.X2-r.X1, 0.01, "%s: length", w.name)
		assert.InDelta(t, w.centre, (r.X1+r.X2)/2, 0.01, "%s: centred", w.name)
		assert.Equal(t, l.RuleWidth, r.Width, "%s: stroke", w.name)
	}
	assert.Greater(t, first.Rules[0].Y1, first.Rules[1].Y1, "the issuer's two lines put its rule below the Tiêu ngữ's")
}

// TestUrgencyStamp checks the độ khẩn stamp (Phụ lục I, mục II.10.b): a
// box of its level's width, 8 mm tall, in bright red like its text, the
// text inside it; the draft mark stays black.
func TestUrgencyStamp(t *testing.T) {
	l := layout.Default()
	p := testplans.Load(t, "ke-hoach-004.md")
	p.Urgency, p.Draft = plan.UrgencyVeryUrgent, true
	first := layOut(p, &l)[0]
	require.Len(t, first.Boxes, 1, "the stamp's box")
	box := first.Boxes[0]
	assert.Equal(t, l.StampColor, box.Color, "in the stamp's red")
	assert.Equal(t, l.RuleWidth, box.Stroke)
	top, bottom, left, right := box.Y, box.Y+box.Height, box.X, box.X+box.Width
	assert.InDelta(t, 8, layout.ToMM(bottom-top), 0.01, "8 mm tall")
	assert.InDelta(t, 40, layout.ToMM(right-left), 0.01, "Thượng khẩn: 40 mm wide")
	var stamp, draft *Text
	for i, tx := range first.Texts {
		switch tx.Text {
		case "THƯỢNG", "THƯỢNG KHẨN":
			stamp = &first.Texts[i]
		case plan.DraftMark:
			draft = &first.Texts[i]
		}
	}
	require.NotNil(t, stamp)
	assert.Equal(t, l.StampColor, stamp.Color, "the stamp's text is red")
	assert.Greater(t, stamp.Y, top)
	assert.Less(t, stamp.Y, bottom)
	require.NotNil(t, draft)
	assert.Equal(t, layout.RGB{}, draft.Color, "the draft mark is black")
}

// TestRepeatedNote: a note referred to twice is printed once, and both
// references print its number.
func TestRepeatedNote(t *testing.T) {
	p := testplans.Minimal()
	note := &plan.Footnote{Text: plan.Plain("Ghi chú chung.")}
	p.Sections[0].Content = plan.Nodes{plan.ParaText(plan.Text{{Text: "Một"}, {Note: note}, {Text: " và hai"}, {Note: note}, {Text: "."}})}
	l := layout.Default()
	notes, marks := 0, 0
	for _, pg := range layOut(p, &l) {
		for _, tx := range pg.Texts {
			if strings.Contains(tx.Text, "Ghi chú chung.") {
				notes++
			}
			if tx.Text == "1" && tx.Size < l.BodySize {
				marks++
			}
		}
	}
	assert.Equal(t, 1, notes, "the note once")
	assert.Equal(t, 3, marks, "its number at both references and before the note")

	// A span with text and a note (JSON, Go): the text, then the mark.
	p.Sections[0].Content = plan.Nodes{plan.ParaText(plan.Text{{Text: "Thực hiện "}, {Text: "Chỉ thị số 19/CT-TTg", Bold: true, Note: note}, {Text: "."}})}
	var all []string
	for _, pg := range layOut(p, &l) {
		for _, tx := range pg.Texts {
			all = append(all, tx.Text)
		}
	}
	assert.Contains(t, strings.Join(all, "|"), "Chỉ thị số 19/CT-TTg|1|.", "the bold text, its mark, the rest")
}

// Two tables that touch are kept apart by the tiny paragraph the DOCX
// writer puts between them (Word would join them), so the PDF takes the
// same room.
func TestTablesThatTouch(t *testing.T) {
	l := layout.Default()
	p := testplans.Load(t, "ke-hoach-004.md")
	one := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "A"})
	two := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "B"})
	p.Preamble, p.Sections = plan.Blocks{one, two, plan.Para("Đoạn.")}, nil
	body := func() []block {
		blocks := newBuilder(p, &l).sections()[0].blocks
		return blocks[5 : len(blocks)-2] // after the opening, before the signature and the section's end
	}
	blocks := body()
	require.Len(t, blocks, 4)
	assert.IsType(t, &table{}, blocks[0])
	sep, ok := blocks[1].(*para)
	require.True(t, ok, "a paragraph between the tables")
	assert.Equal(t, l.HairlineSize, sep.size)
	assert.IsType(t, &table{}, blocks[2])

	// A table after a section that ends with a table touches it too.
	p.Preamble = nil
	p.Sections = []*plan.Section{plan.NewPart("Một", plan.NewSection("Mục", one), two)}
	require.NoError(t, p.Validate())
	blocks = body()
	require.Len(t, blocks, 6, "heading, heading, table, the tiny paragraph, table, ./.")
	assert.IsType(t, &table{}, blocks[2])
	assert.IsType(t, &para{}, blocks[3])
	assert.IsType(t, &table{}, blocks[4])
}
