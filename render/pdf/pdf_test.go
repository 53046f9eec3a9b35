package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

func TestDeterministic(t *testing.T) {
	for _, name := range testplans.Names {
		t.Run(name, func(t *testing.T) {
			first := render(t, load(t, name))
			// A plan read again, rendered at the same time as others: the
			// same bytes.
			var wg sync.WaitGroup
			outs := make([][]byte, 4)
			for i := range outs {
				wg.Go(func() {
					var buf bytes.Buffer
					if err := Write(&buf, load(t, name)); err == nil {
						outs[i] = buf.Bytes()
					}
				})
			}
			wg.Wait()
			for _, out := range outs {
				assert.True(t, bytes.Equal(first, out), "the same plan gives the same bytes")
			}
		})
	}
}

// TestMetadata checks the document information that needs no reader;
// TestPoppler reads the title and author back with pdfinfo.
func TestMetadata(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	out := render(t, p)
	assert.True(t, bytes.HasPrefix(out, []byte("%PDF-1.")), "a PDF header")
	assertHas(t, out, "/Lang (vi-VN)")
	assertHas(t, out, "/CreationDate (D:20211101000000)") // the plan's date: November 2021, the day blank
	assertHas(t, out, "/ModDate (D:20211101000000)")

	stamp := time.Date(2024, 2, 29, 13, 45, 10, 0, time.FixedZone("ICT", 7*3600))
	assertHas(t, render(t, p, WithTime(stamp)), "/CreationDate (D:20240229064510)") // WithTime, in UTC

	p.Date = plan.Date{}
	assertHas(t, render(t, p), "/CreationDate (D:20000101000000)") // no date: a fixed one
}

// assertHas checks that a PDF holds s, without printing the PDF.
func assertHas(t *testing.T, pdf []byte, s string) {
	t.Helper()
	assert.True(t, bytes.Contains(pdf, []byte(s)), "the PDF holds %q", s)
}

func TestOnlyUsedStylesEmbedded(t *testing.T) {
	fonts := func(out []byte) []string {
		var names []string
		for _, s := range allStyles {
			if bytes.Contains(out, []byte("/BaseFont /utf8liberationserif"+fontStyle(s)+"\n")) {
				names = append(names, templates.FontFile(s.Bold, s.Italic))
			}
		}
		return names
	}
	p := load(t, "ke-hoach-004.md")
	out := render(t, p)
	assert.Len(t, fonts(out), 4, "“Nơi nhận:” is bold italic")
	assert.Equal(t, 4, bytes.Count(out, []byte("/FontFile2")))

	p.Recipients, p.Archive = nil, ""
	out = render(t, p)
	assert.Equal(t, []string{"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"}, fonts(out))
	assert.Equal(t, 3, bytes.Count(out, []byte("/FontFile2")), "no bold italic without recipients")

	// A style that only a footnote uses is embedded too.
	note := plan.Span{Note: &plan.Footnote{Text: plan.Text(nil).BoldItalic("Chú thích in đậm nghiêng")}}
	p.Preamble = append(p.Preamble, plan.ParaText(append(plan.Plain("Xem chú thích"), note)))
	out = render(t, p)
	assert.Len(t, fonts(out), 4, "the footnote's bold italic")
}

func TestInvalidInputWritesNothing(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, &plan.Plan{})
	require.Error(t, err)
	assert.NotNil(t, plan.AsErrors(err), "a validation error: %v", err)
	assert.Zero(t, buf.Len())

	l := layout.Default()
	l.Margins.Left = layout.MM(10)
	err = Write(&buf, load(t, "ke-hoach-004.md"), WithLayout(l))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "left margin")
	assert.Zero(t, buf.Len())
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterError(t *testing.T) {
	err := Write(failingWriter{}, load(t, "ke-hoach-004.md"))
	assert.EqualError(t, err, "disk full")
}

// TestMalformedFont feeds the font registration broken fonts: each is an
// error that says what is wrong, never a panic, and nothing is printed
// (fpdf's own parser prints its complaints on standard output).
func TestMalformedFont(t *testing.T) {
	good := templates.Font(false, false)
	tables, err := layout.ParseTables(good)
	require.NoError(t, err)
	// patch returns a copy of the font with bytes of one table replaced.
	patch := func(tag string, off int, b ...byte) []byte {
		out := bytes.Clone(good)
		copy(out[tableOffset(t, good, tag)+off:], b)
		return out
	}
	cases := []struct {
		name string
		data []byte
		want string
		// fpdfPrints: fpdf, given the font alone, prints on standard
		// output (what the check prevents).
		fpdfPrints bool
	}{
		{"empty", nil, "too short", false},
		{"text", []byte("this is not a font, only some text"), "not a TrueType file", true},
		{"OpenType CFF", append([]byte("OTTO"), good[4:]...), "not a TrueType file", false},
		{"truncated directory", good[:40], "table directory truncated", false},
		{"truncated file", good[:len(good)/2], "outside the file", false},
		{"name format", patch("name", 0, 0, 7), "\"name\" table format 7", true},
		{"glyph data format", patch("head", 52, 0, 1), "glyph data format 1", true},
		{"loca format", patch("head", 50, 0, 3), "\"loca\" format 3", false}, // fpdf prints it when it writes the file
		{"metric data format", patch("hhea", 32, 0, 2), "horizontal metric data format 2", true},
		{"embedding forbidden", patch("OS/2", 8, 0, 2), "forbids embedding", true},
		{"no metrics", patch("hhea", 34, 0, 0), "no horizontal metrics", false},
		{"no Unicode cmap", patch("cmap", 2, 0, 0), "cmap", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			printed := captureStdout(t, func() {
				doc := fpdf.New("P", "pt", "A4", "")
				err := addFont(doc, layout.Regular, c.data)
				require.Error(t, err)
				assert.Contains(t, err.Error(), "LiberationSerif-Regular.ttf")
				assert.Contains(t, err.Error(), c.want)
			})
			assert.Empty(t, printed, "nothing on standard output")
			if c.fpdfPrints {
				printed := captureStdout(t, func() {
					defer func() { _ = recover() }()
					fpdf.New("P", "pt", "A4", "").AddUTF8FontFromBytes(fontFamily, "", c.data)
				})
				assert.NotEmpty(t, printed, "fpdf alone prints its complaint")
			}
		})
	}
	t.Run("the embedded fonts pass", func(t *testing.T) {
		for _, s := range allStyles {
			assert.NoError(t, checkFont(templates.Font(s.Bold, s.Italic)))
		}
	})
	t.Run("a bad glyph offset", func(t *testing.T) {
		head := tables["head"]
		require.Equal(t, uint16(1), binary.BigEndian.Uint16(head[50:]), "long loca offsets")
		bad := patch("loca", 8, 0x7f, 0xff, 0xff, 0xff)
		err := checkFont(bad)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "glyph 2 lies outside")
	})
}

// tableOffset returns where a table starts in a TrueType file.
func tableOffset(t *testing.T, font []byte, tag string) int {
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) == tag {
			return int(binary.BigEndian.Uint32(rec[8:]))
		}
	}
	t.Fatalf("no %q table", tag)
	return 0
}

// captureStdout runs fn and returns what it printed on standard output.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	saved := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	func() {
		defer func() { os.Stdout = saved }()
		fn()
	}()
	w.Close()
	return <-done
}

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
			pages := layOut(load(t, c.name), &l)
			var numbers []int
			for _, pg := range pages {
				n := 0
				if !pg.first {
					n = pg.number
				}
				numbers = append(numbers, n)
				for _, tx := range pg.texts {
					assert.GreaterOrEqual(t, tx.x, pg.l.Margins.Left-0.01, "%q inside the left margin", tx.text)
					w := layout.FontMetrics(tx.style).Width(tx.text, tx.size)
					assert.LessOrEqual(t, tx.x+w, pg.l.PageWidth-pg.l.Margins.Right+0.05, "%q inside the right margin", tx.text)
					assert.LessOrEqual(t, tx.y, pg.l.PageHeight-pg.l.Margins.Bottom, "%q above the bottom margin", tx.text)
				}
			}
			assert.Equal(t, c.pages, numbers)
			// Each appendix ends with "./." (contract §6): the lowest body
			// line of the page before the next appendix, and of the last.
			section := 0 // 0: the plan, then each appendix
			for i := range pages {
				if i > 0 && pages[i].first {
					section++
				}
				if section == 0 || i+1 < len(pages) && !pages[i+1].first {
					continue // not the last page of an appendix
				}
				lowest := textItem{}
				for _, tx := range pages[i].texts {
					if tx.size == l.BodySize && tx.y >= lowest.y {
						lowest = tx
					}
				}
				assert.True(t, strings.HasSuffix(lowest.text, "./."), "page %d ends its appendix with ./.: %q", i+1, lowest.text)
			}
		})
	}
}

func TestCleanText(t *testing.T) {
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
		assert.Equal(t, want, cleanText(in), "%q", in)
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
		p := load(t, "ke-hoach-004.md")
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
			for _, tx := range pg.texts {
				switch {
				case strings.HasPrefix(tx.text, "Cột"):
					header = tx.y
				case strings.HasPrefix(tx.text, "Hàng"):
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
			for _, r := range pg.rules {
				if r.y1 == r.y2 && r.y1 < header && header-r.y1 < 2*l.TableSize {
					top = min(top, r.y1)
				}
			}
			above := 0.0 // the bottom of the line box above the table
			for _, tx := range pg.texts {
				if tx.y < top && tx.y > l.Margins.Top && tx.size == l.BodySize { // not the page number
					above = max(above, tx.y-baseline(tx.size)+layout.LineHeight(tx.size))
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
	p := load(t, "ke-hoach-004.md")
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
	require.Len(t, first.rules, len(want), "page 1 has exactly the header's rules")
	for i, w := range want {
		r := first.rules[i]
		assert.Equal(t, r.y1, r.y2, "%s: horizontal", w.name)
		assert.InDelta(t, w.length, r.x2-r.x1, 0.01, "%s: length", w.name)
		assert.InDelta(t, w.centre, (r.x1+r.x2)/2, 0.01, "%s: centred", w.name)
		assert.Equal(t, l.RuleWidth, r.width, "%s: stroke", w.name)
	}
	assert.Greater(t, first.rules[0].y1, first.rules[1].y1, "the issuer's two lines put its rule below the Tiêu ngữ's")
}

// TestUrgencyStamp checks the độ khẩn stamp (Phụ lục I, mục II.10.b): a
// box of its level's width, 8 mm tall, in bright red like its text, the
// text inside it; the draft mark stays black.
func TestUrgencyStamp(t *testing.T) {
	l := layout.Default()
	p := load(t, "ke-hoach-004.md")
	p.Urgency, p.Draft = plan.UrgencyVeryUrgent, true
	first := layOut(p, &l)[0]
	var red []ruleItem
	for _, r := range first.rules {
		if r.color == l.StampColor {
			red = append(red, r)
		}
	}
	require.Len(t, red, 4, "the box's four sides")
	top, bottom, left, right := red[0].y1, red[0].y1, red[0].x1, red[0].x1
	for _, r := range red {
		top, bottom = min(top, r.y1, r.y2), max(bottom, r.y1, r.y2)
		left, right = min(left, r.x1, r.x2), max(right, r.x1, r.x2)
	}
	assert.InDelta(t, 8, layout.ToMM(bottom-top), 0.01, "8 mm tall")
	assert.InDelta(t, 40, layout.ToMM(right-left), 0.01, "Thượng khẩn: 40 mm wide")
	var stamp, draft *textItem
	for i, tx := range first.texts {
		switch tx.text {
		case "THƯỢNG", "THƯỢNG KHẨN":
			stamp = &first.texts[i]
		case plan.DraftMark:
			draft = &first.texts[i]
		}
	}
	require.NotNil(t, stamp)
	assert.Equal(t, l.StampColor, stamp.color, "the stamp's text is red")
	assert.Greater(t, stamp.y, top)
	assert.Less(t, stamp.y, bottom)
	require.NotNil(t, draft)
	assert.Equal(t, layout.RGB{}, draft.color, "the draft mark is black")
}

// TestRepeatedNote: a note referred to twice is printed once, and both
// references print its number.
func TestRepeatedNote(t *testing.T) {
	p := minimal()
	note := &plan.Footnote{Text: plan.Plain("Ghi chú chung.")}
	p.Sections[0].Content = plan.Nodes{plan.ParaText(plan.Text{{Text: "Một"}, {Note: note}, {Text: " và hai"}, {Note: note}, {Text: "."}})}
	l := layout.Default()
	notes, marks := 0, 0
	for _, pg := range layOut(p, &l) {
		for _, tx := range pg.texts {
			if strings.Contains(tx.text, "Ghi chú chung.") {
				notes++
			}
			if tx.text == "1" && tx.size < l.BodySize {
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
		for _, tx := range pg.texts {
			all = append(all, tx.text)
		}
	}
	assert.Contains(t, strings.Join(all, "|"), "Chỉ thị số 19/CT-TTg|1|.", "the bold text, its mark, the rest")
}

// Two tables that touch are kept apart by the tiny paragraph the DOCX
// writer puts between them (Word would join them), so the PDF takes the
// same room.
func TestTablesThatTouch(t *testing.T) {
	l := layout.Default()
	p := load(t, "ke-hoach-004.md")
	one := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "A"})
	two := plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "B"})
	p.Preamble, p.Sections = plan.Blocks{one, two, plan.Para("Đoạn.")}, nil
	b := newBuilder(p, &l)
	blocks := b.content(p.Elements(), l.TextWidth())
	require.Len(t, blocks, 4)
	assert.IsType(t, &table{}, blocks[0])
	sep, ok := blocks[1].(*para)
	require.True(t, ok, "a paragraph between the tables")
	assert.Equal(t, l.HairlineSize, sep.size)
	assert.IsType(t, &table{}, blocks[2])
}

// addFont checks one style of the text font and registers it, as Write
// does with the embedded fonts (checked once per process); a malformed
// font is an error, never a panic or text on standard output.
func addFont(doc *fpdf.Fpdf, style layout.Style, data []byte) error {
	if err := checkFont(data); err != nil {
		return fmt.Errorf("pdf: %s: %w", templates.FontFile(style.Bold, style.Italic), err)
	}
	return registerFont(doc, style, data)
}
