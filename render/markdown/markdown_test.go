package markdown

import (
	"bytes"
	"flag"
	"html"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/read/markdown"

	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var gfm = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote))

func load(t testing.TB, name string) *plan.Plan {
	t.Helper()
	path := filepath.Join("../../examples", name)
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	p, err := markdown.Read(src, path)
	require.NoError(t, err)
	return p
}

func render(t testing.TB, p *plan.Plan) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, p))
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, name := range testplans.Names {
		t.Run(name, func(t *testing.T) {
			got := render(t, load(t, name))
			golden := filepath.Join("../../testdata/golden/markdown", name)
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./render/markdown -update to create the golden file")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// toHTML renders Markdown as any GFM viewer would.
func toHTML(t testing.TB, md []byte) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, gfm.Convert(md, &buf))
	return buf.String()
}

// visible returns the text a viewer shows for an HTML fragment: tags
// dropped, <br> as a line break, entities resolved, no-break spaces as
// spaces.
func visible(fragment string) string {
	fragment = regexp.MustCompile(`<br ?/?>\n?`).ReplaceAllString(fragment, "\n")
	fragment = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(fragment, "")
	return strings.ReplaceAll(html.UnescapeString(fragment), "\u00a0", " ")
}

// The seed plan's document parses back into the structure of the printed
// plan: header table, title, subject, numbered headings, paragraphs in
// order, signature table.
func TestStructure(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	out := render(t, p)
	doc := gfm.Parser().Parse(text.NewReader(out))

	var kinds []string
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		kinds = append(kinds, n.Kind().String())
	}
	assert.Equal(t, "Table", kinds[0], "the header table comes first")
	assert.Equal(t, "Heading", kinds[1], "then the title")
	assert.Equal(t, "Table", kinds[len(kinds)-1], "the signature table comes last")

	header := doc.FirstChild().(*east.Table)
	cells := tableCells(header, out)
	assert.Equal(t, [][]string{
		{"UBND TỈNH VĨNH PHÚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Độc lập - Tự do - Hạnh phúc"},
		{"Số:      /KH-STTTT", "Vĩnh Phúc, ngày      tháng 11 năm 2021"},
	}, cells)

	var headings []string
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*gast.Heading); ok {
			headings = append(headings, strings.Repeat("#", h.Level)+" "+inlineText(h, out))
		}
	}
	assert.Equal(t, []string{
		"# KẾ HOẠCH",
		"## I. MỤC ĐÍCH, YÊU CẦU", "### 1. Mục đích", "### 2. Yêu cầu",
		"## II. NỘI DUNG THI ĐUA", "## III. TỔ CHỨC THỰC HIỆN",
	}, headings)

	page := visible(toHTML(t, out))
	subject := "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm"
	assert.Contains(t, toHTML(t, out), "<p><strong>"+subject)
	// Every paragraph of the plan, in order, with its mark.
	var want []string
	for _, b := range p.Preamble {
		want = append(want, plan.BlockText(b).String())
	}
	var walk func(nodes plan.Nodes)
	walk = func(nodes plan.Nodes) {
		for _, n := range nodes {
			switch n := n.(type) {
			case *plan.Section:
				walk(n.Content)
			case *plan.Bullet:
				want = append(want, "- "+n.Text.String())
			case *plan.Numbered:
				want = append(want, itoa(n.Number)+". "+n.Text.String())
			}
		}
	}
	for _, s := range p.Sections {
		walk(s.Content)
	}
	pos := 0
	for _, w := range want {
		i := strings.Index(page[pos:], w)
		require.GreaterOrEqual(t, i, 0, "missing or out of order: %.60s", w)
		pos += i + len(w)
	}
	assert.Contains(t, page, "theo quy định./.", "the body ends with the end mark")

	sig := tableCells(doc.LastChild().(*east.Table), out)
	assert.Equal(t, []string{"Nơi nhận:", "GIÁM ĐỐC"}, sig[0], "Nơi nhận level with the first signer line")
	assert.Equal(t, []string{"- Lưu: VT, VP.", "Nguyễn Bá Hiến"}, sig[len(sig)-1])
	assert.Equal(t, "- Bộ TT&TT (B/c);", sig[1][0])
	assert.Contains(t, toHTML(t, out), "<em><strong>Nơi nhận:</strong></em>", "bold italic")
}

func tableCells(table *east.Table, src []byte) [][]string {
	var rows [][]string
	for r := table.FirstChild(); r != nil; r = r.NextSibling() {
		var row []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			row = append(row, inlineText(c, src))
		}
		rows = append(rows, row)
	}
	return rows
}

// inlineText renders a node's inline content and returns what shows.
func inlineText(n gast.Node, src []byte) string {
	var buf bytes.Buffer
	r := gfm.Renderer()
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		_ = r.Render(&buf, src, c)
	}
	return visible(buf.String())
}

func TestAppendicesAndFootnotes(t *testing.T) {
	p := load(t, "plan-10.md")
	p.Preamble[0].(*plan.Paragraph).Text = p.Preamble[0].(*plan.Paragraph).Text.Note("Quyết định số 1050/QĐ-SCT.\nDòng hai.")
	out := render(t, p)
	h := toHTML(t, out)
	assert.Contains(t, h, "<h1>Phụ lục I</h1>")
	assert.Contains(t, h, "<h1>Phụ lục II</h1>")
	assert.Contains(t, h, "<p><strong>KẾ HOẠCH KIỂM TRA</strong></p>")
	assert.Contains(t, h, "<p><em>(Kèm theo Kế hoạch số 1105/KH-ĐKT ngày 10 tháng 3 năm 2026 của Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT)</em></p>")
	assert.Contains(t, h, `<h4>đ) Hoạt động chính của Công ty:</h4>`)
	assert.Contains(t, h, "<th style=\"text-align:center\">TT</th>")
	assert.Regexp(t, `<sup id="fnref:1"><a href="#fn:1"`, h, "a footnote reference")
	assert.Regexp(t, `(?s)<li id="fn:1">\s*<p>Quyết định số 1050/QĐ-SCT.<br>\s*Dòng hai.`, h, "the note, with its line break, at the end")
	assert.Equal(t, 3, strings.Count(h, "<hr>"), "one rule before each appendix, one before the footnotes")

	// A note referred to twice is defined once and called twice.
	note := &plan.Footnote{Text: plan.Plain("Ghi chú chung.")}
	text := &p.Preamble[0].(*plan.Paragraph).Text
	*text = append(*text, plan.Span{Note: note}, plan.Span{Text: " và "}, plan.Span{Note: note})
	out = render(t, p)
	assert.Equal(t, 3, strings.Count(string(out), "[^2]"), "called twice, defined once")
	assert.Equal(t, 1, strings.Count(string(out), "[^2]: Ghi chú chung."), "defined once")
	assert.NotContains(t, string(out), "[^3]")

	// A span with text and a note (JSON, Go): the text, then the mark.
	*text = plan.Text{{Text: "Thực hiện "}, {Text: "Chỉ thị số 19/CT-TTg", Bold: true, Note: note}}
	assert.Contains(t, string(render(t, p)), "Thực hiện **Chỉ thị số 19/CT-TTg**[^")

	// A note inside a note is refused, by every writer alike
	// (validation): it has nowhere to go on a page.
	note.Text = plan.Plain("Ghi chú chung").Note("Lồng.")
	var buf bytes.Buffer
	err := Write(&buf, p)
	require.Error(t, err)
	assert.Equal(t, plan.CodeFootnotePlace, plan.AsErrors(err)[0].Code)
	assert.Zero(t, buf.Len())
}

// Whatever the text, the document shows it as written: every special
// character of CommonMark and GFM is escaped.
func TestEscaping(t *testing.T) {
	nasty := []string{
		"# không phải tiêu đề", "- không phải danh sách", "+ cũng không", "1. không đánh số", "2) nữa",
		"*sao* _gạch_ **đậm** `mã` ~~gạch~~", "<b>thẻ</b> & &amp; &#273; &copy;", "[liên kết](http://x) ![ảnh](y)",
		"a | b | c", "\\ gạch chéo \\*", "> trích", "=== dưới", "---", "    thụt lề", "Số:      /KH-STTTT",
		"dòng một\ndòng hai", "kết thúc bằng dấu cách ", "Chỉ thị[^1] giả", "1\\. đã thoát", "123456789012. số dài",
		"😀 🇻🇳 chữ Việt: ắ ằ ẳ ẵ ặ ơ ư đ", "<!-- chú thích -->", "]]> <![CDATA[", "https://a.vn/x_y_z",
	}
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("ab #-+*_`~[]()<>!&;|\\=.:1)đẫ \n")
	for i := 0; i < 300; i++ {
		n := 1 + rng.Intn(14)
		rs := make([]rune, n)
		for j := range rs {
			rs[j] = alphabet[rng.Intn(len(alphabet))]
		}
		nasty = append(nasty, string(rs))
	}
	for _, s := range nasty {
		want := strings.TrimSpace(s)
		if want == "" {
			continue
		}
		for _, style := range []plan.Text{plan.Plain(want), plan.Text(nil).Bold(want), plan.Text(nil).Italic(want), plan.Plain("x ").BoldItalic(want).Plain(" y")} {
			p := &plan.Plan{Issuer: []string{"A"}, Symbol: "KH-A", Place: "P", Subject: "S",
				Preamble: plan.Blocks{plan.ParaText(style), plan.Para("mốc")}}
			out := render(t, p)
			h := toHTML(t, out)
			paras := regexp.MustCompile(`(?s)<p>(.*?)</p>`).FindAllStringSubmatch(h, -1)
			require.GreaterOrEqual(t, len(paras), 3, "%q\n%s", s, out)
			// paragraphs: subject, the text, the end-marked "mốc./."
			got := visible(paras[1][1])
			wantShown := strings.ReplaceAll(style.String(), "\u00a0", " ")
			require.Equal(t, wantShown, got, "input %q\nmarkdown:\n%s", s, out)
			if style[0].Bold || len(style) > 1 {
				require.Contains(t, paras[1][1], "<strong>", "bold survives for %q\n%s", s, out)
			}
		}
	}
}

func TestWriteRefusesInvalidPlan(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, &plan.Plan{})
	require.Error(t, err)
	assert.Len(t, plan.AsErrors(err), 4)
	assert.Zero(t, buf.Len(), "nothing is written")
}

func TestDeterministic(t *testing.T) {
	p := load(t, "plan-09.md")
	assert.Equal(t, render(t, p), render(t, p))
}

func TestUrgencyAndDraft(t *testing.T) {
	p := load(t, "plan-09.md")
	p.Urgency = plan.UrgencyFlash
	p.Draft = true
	h := toHTML(t, render(t, p))
	assert.Contains(t, h, "<strong>HỎA TỐC</strong>")
	assert.Contains(t, h, "<strong>DỰ THẢO</strong>")
}

func BenchmarkWriteMarkdown(b *testing.B) {
	p := load(b, "ke-hoach-004.md")
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, p); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}

// Only spaces a viewer would drop become no-break spaces: runs, and spaces
// at the start or end of a paragraph; a space between two spans stays.
func TestSpacesBetweenSpans(t *testing.T) {
	p := &plan.Plan{Issuer: []string{"A"}, Symbol: "KH-A", Place: "P", Subject: "S", Preamble: plan.Blocks{
		plan.ParaText(plan.Plain("Văn phòng ").Bold("theo dõi").Plain(" và ").Italic("đôn đốc ").Plain("việc  này ")),
	}}
	out := string(render(t, p))
	assert.Contains(t, out, "Văn phòng **theo dõi** và *đôn đốc* việc\u00a0\u00a0này./.")
}

// An empty last block still carries the end mark, as the DOCX and PDF
// print it.
func TestEndMarkOnEmptyLastBlock(t *testing.T) {
	for _, last := range []plan.Block{plan.Dash(""), plan.Para("")} {
		p := load(t, "plan-09.md")
		p.Appendices = nil
		part := p.Sections[len(p.Sections)-1]
		part.Content = append(part.Content, last)
		out := string(render(t, p))
		before, _, ok := strings.Cut(out, "| ***Nơi nhận:***")
		require.True(t, ok)
		lines := strings.Split(strings.TrimSpace(before), "\n")
		assert.Contains(t, []string{`\- ./.`, "./."}, lines[len(lines)-1], "%T", last)
	}
}
