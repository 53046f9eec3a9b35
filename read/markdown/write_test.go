package markdown_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// roundTrip writes p in the authoring format, reads it back and requires
// the same model: the same JSON encoding. It returns what was written.
func roundTrip(t testing.TB, p *plan.Plan) string {
	t.Helper()
	return roundTripAs(t, p, p)
}

// roundTripAs writes p, reads it back and requires the model want.
func roundTripAs(t testing.TB, p, want *plan.Plan) string {
	t.Helper()
	var js bytes.Buffer
	require.NoError(t, plan.WriteJSON(&js, want))
	var md bytes.Buffer
	require.NoError(t, markdown.Write(&md, p))
	back, err := markdown.Read(md.Bytes(), "written.md")
	require.NoError(t, err, "reading back:\n%s", md.String())
	var got bytes.Buffer
	require.NoError(t, plan.WriteJSON(&got, back))
	if js.String() != got.String() {
		t.Fatalf("the plan read back differs: %s\nwritten:\n%s", firstDiff(js.String(), got.String()), excerpt(md.String()))
	}
	var again bytes.Buffer
	require.NoError(t, markdown.Write(&again, back))
	require.Equal(t, md.String(), again.String(), "the plan read back writes the same file")
	return md.String()
}

// readable returns p as a reader gives it: its text in NFC and valid
// UTF-8 (a bad byte is U+FFFD, as the JSON encoding writes it), through
// its JSON encoding; ok is false for an invalid plan.
func readable(t testing.TB, p *plan.Plan) (*plan.Plan, bool) {
	t.Helper()
	if p.Validate() != nil {
		return nil, false
	}
	var js bytes.Buffer
	require.NoError(t, plan.WriteJSON(&js, p))
	q, err := plan.ParseJSON(js.Bytes(), "plan.json")
	if err != nil {
		return nil, false
	}
	q.Source = nil
	return q, true
}

// Every example, the specification's example, and the odd and stress
// plans of the writers' tests come back from their Markdown the same.
func TestWriteRoundTripExamples(t *testing.T) {
	for _, name := range testplans.Names {
		t.Run(name, func(t *testing.T) { roundTrip(t, testplans.Load(t, name)) })
	}
	t.Run("spec example", func(t *testing.T) {
		src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "spec", "example.md"))
		require.NoError(t, err)
		p, err := markdown.Read(src, "example.md")
		require.NoError(t, err)
		roundTrip(t, p)
	})
	odd := testplans.Odd()
	names := make([]string, 0, len(odd))
	for name := range odd {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) { roundTrip(t, odd[name]) })
	}
	t.Run("minimal", func(t *testing.T) { roundTrip(t, testplans.Minimal()) })
	t.Run("stress", func(t *testing.T) { roundTrip(t, testplans.Stress(t)) })
	t.Run("tall row", func(t *testing.T) { roundTrip(t, testplans.TallRow(t)) })
	t.Run("forty pages", func(t *testing.T) { roundTrip(t, testplans.Forty(t)) })
	for i, s := range testplans.FuzzSeeds {
		t.Run("fuzz seed "+string(rune('0'+i)), func(t *testing.T) {
			p := testplans.Fuzzed(s[0], s[1], s[2], s[3], s[4], s[5])
			want, ok := readable(t, p)
			if !ok {
				t.Skip("the seed makes an invalid plan")
			}
			roundTripAs(t, p, withoutCovered(withoutNUL(want)))
		})
	}
}

// The file written is the one the examples' authors would write.
func TestWriteReadsLikeAnAuthorsFile(t *testing.T) {
	md := roundTrip(t, testplans.Minimal())
	assert.Equal(t, `---
issuer: SỞ NỘI VỤ
symbol: KH-SNV
place: Hà Nội
date: 2026-03-05
subject: Kế hoạch thử
signer:
  authority: KT. GIÁM ĐỐC
  position: PHÓ GIÁM ĐỐC
  name: Trần Văn B
archive: VT
---

# NỘI DUNG

Nội dung.
`, md)
}

// withoutNUL returns p with the character U+0000 in its body replaced
// by U+FFFD, as CommonMark reads it and Write writes it (the front
// matter, in YAML, keeps it).
func withoutNUL(p *plan.Plan) *plan.Plan {
	p.MapBodyText(func(s string) string { return strings.ReplaceAll(s, "\x00", "\uFFFD") })
	return p
}

// withoutCovered empties the cells of p's tables that a merge covers:
// they print nothing, and the authoring format has no place for their
// text ("<" and "^" say a cell is covered).
func withoutCovered(p *plan.Plan) *plan.Plan {
	for _, e := range p.Elements() {
		t := e.Table()
		if t == nil {
			continue
		}
		for r, row := range t.Grid() {
			for c, cell := range row {
				if cell.Covered && r == 0 && c < len(t.Header) {
					t.Header[c] = plan.Text{}
				} else if cell.Covered && r > 0 && c < len(t.Rows[r-1]) {
					t.Rows[r-1][c] = plan.Text{}
				}
			}
		}
	}
	return p
}

// firstDiff shows where two JSON encodings first differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		if i >= len(w) || i >= len(g) || w[i] != g[i] {
			from := max(0, i-3)
			return fmt.Sprintf("at line %d\nwant: %s\ngot:  %s", i+1,
				excerpt(strings.Join(w[from:min(len(w), i+3)], "\n      ")), excerpt(strings.Join(g[from:min(len(g), i+3)], "\n      ")))
		}
	}
	return "no difference"
}

// excerpt shortens a long document for a message.
func excerpt(s string) string {
	if len(s) > 3000 {
		return s[:1500] + "\n…\n" + s[len(s)-1500:]
	}
	return s
}

// everyConstruct returns a plan with every construct of the model, and
// text that Markdown would read as something else unless escaped.
func everyConstruct() *plan.Plan {
	note := &plan.Footnote{ID: "hai-lần", Text: plan.Plain("Chú thích dùng hai lần.")}
	named := plan.Plain("Chú thích có tên.")
	tb := plan.NewTable([]string{"TT", "Nội dung", "Cơ quan", ""},
		[]string{"", "", "Chủ trì", "Phối hợp"},
		[]string{"I. NHÓM MỘT"},
		[]string{"1", "Việc < một | hai", "^", "<"},
		[]string{"2", " khoảng trắng ", "*sao*", "Sở\nban"})
	tb.HeaderRows, tb.Widths = 2, []float64{1, 6.5, 3, 1e-3}
	tb.Align = []plan.Align{plan.AlignCenter, plan.AlignLeft, plan.AlignDefault, plan.AlignRight}
	tb.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 2}, {Row: 0, Col: 1, Rows: 2}, {Row: 0, Col: 2, Cols: 2}, {Row: 2, Col: 0, Cols: 4}}
	tb.Header[3], tb.Rows[1] = nil, []plan.Text{plan.Plain("I. NHÓM MỘT"), nil, nil, nil}
	tb.Rows[0][0], tb.Rows[0][1] = nil, nil
	styled := plan.Plain("Thường ").Bold("đậm").Italic("nghiêng").BoldItalic("cả hai").Plain("x").Bold("(ngoặc)").Plain("y").
		Italic(" cách ").Bold("*").Plain("_ [^1] <br> &amp; \\").Italic("đuôi\\")
	return &plan.Plan{
		Parent:     []string{"UBND TỈNH VĨNH PHÚC", "yes"},
		Issuer:     []string{"SỞ THÔNG TIN: TRUYỀN THÔNG", " có khoảng trắng ", "- gạch"},
		IssuerName: "Sở Thông tin # Truyền thông",
		Number:     "0130", Symbol: "BC-STTTT", Place: "Vĩnh Phúc", Subject: "null",
		Date: plan.Date{Year: 2026, Month: 2}, Type: "BC", Urgency: plan.UrgencyFlash, Draft: true,
		Numbering: plan.Numbering{Forms: []plan.NumberForm{"I.", "1.", "1.1.", "a)", "(1)", "-"}},
		Bases: []plan.Text{
			plan.Plain("Căn cứ Luật Tổ chức chính quyền địa phương; Căn cứ trong cùng một căn cứ;"),
			plan.Text(nil).Italic("Căn cứ Nghị định số 30/2020/NĐ-CP;").Note("Chú thích của căn cứ."),
			plan.Plain("căn cứ\u00a0chữ thường.").Note("x"),
		},
		Preamble: plan.Blocks{
			plan.Para("Căn cứ đoạn mở đầu không phải căn cứ."),
			plan.Para("{header-rows=2}"),
			plan.ParaText(plan.Plain("  Đầu dòng có khoảng trắng\n- dòng hai\n1. dòng ba\n# bốn\n").Note("x")),
			plan.ParaText(styled),
			plan.ParaText(plan.Text{{Note: note}}.Plain(": sau chú thích (x)")),
			plan.Dash("gạch một"), plan.Plus("cộng lồng"), plan.Plus("cộng lồng hai"), plan.Dash(""), plan.Plus("cộng sau gạch trống"),
			plan.Num(1, "một"), plan.Num(2, "hai"), plan.Num(5, "năm"), plan.Num(6, "sáu\ndòng"), plan.Num(1, "lại một"),
			plan.Plus("cộng đứng riêng"), plan.Dash("- gạch trong gạch"),
			tb,
		},
		Sections: []*plan.Section{
			{Level: 1, Title: plan.Plain("1. Tổng quan").Note("x"), Role: plan.RoleOther, Content: plan.Nodes{
				&plan.Section{Level: 2, Title: plan.Plain("a) chữ").Bold(" đậm"), Content: plan.Nodes{
					&plan.Section{Level: 3, Title: plan.Plain("(1) ngoặc"), Content: plan.Nodes{
						&plan.Section{Level: 4, Title: plan.Plain("- gạch"), Content: plan.Nodes{
							&plan.Section{Level: 5, Title: plan.Plain("Phần I năm"), Content: plan.Nodes{
								&plan.Section{Level: 6, Title: append(plan.Plain("sáu"), plan.Span{Note: &plan.Footnote{ID: "ct19", Text: named}}), Content: plan.Nodes{
									plan.ParaText(append(plan.Plain("Dẫn lại"), plan.Span{Note: note})),
								}},
							}},
						}},
					}},
				}},
			}},
			{Level: 1, Title: plan.Plain("Phụ lục thi đua # {role=content}"), Role: plan.RoleFunding, Content: plan.Nodes{
				plan.ParaText(plan.Text{{Note: note}}),
				plan.ParaText(append(plan.Plain("lại nữa"), plan.Span{Note: &plan.Footnote{ID: "ct19", Text: named}})),
				&plan.Section{Level: 2, Title: plan.Plain("MỤC ĐÍCH"), Role: plan.RolePurpose},
			}},
			plan.NewPart("TỔ CHỨC THỰC HIỆN", plan.Para("Kết thúc.")),
		},
		Recipients: []string{"Bộ TT&TT (B/c)", "no", "a: b", "#1", ""},
		Archive:    "VT, VP",
		Signer:     plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC", "KIÊM CHÁNH VĂN PHÒNG"}, Name: "Nguyễn Văn A"},
		Appendices: []*plan.Appendix{
			{Title: "DANH MỤC {x}", Orientation: plan.OrientationLandscape, Content: plan.Nodes{tb}},
			{Title: " ĐẦU CÓ KHOẢNG TRẮNG {portrait}", Content: plan.Nodes{plan.Para("Y.")}},
			{Title: "", Orientation: plan.OrientationPortrait, Content: plan.Nodes{
				plan.NewPart("Phụ lục con", plan.NewSection("1. Mục", plan.Para("Z."))),
			}},
		},
	}
}

// A plan with every construct comes back the same, and its file says
// each construct as the format does.
func TestWriteEveryConstruct(t *testing.T) {
	md := roundTrip(t, everyConstruct())
	for _, want := range []string{
		"issuer: [\"SỞ THÔNG TIN: TRUYỀN THÔNG\", \" có khoảng trắng \", \"- gạch\"]\n",
		"number: \"0130\"\n", "subject: \"null\"\n", "type: BC\n", "urgency: Hỏa tốc\n", "draft: true\n",
		"numbering: [I., \"1.\", \"1.1.\", a), \"(1)\", \"-\"]\n",
		"  - \"no\"\n", "  - \"\"\n",
		"\n\nCăn cứ Luật Tổ chức chính quyền địa phương;&#32;Căn cứ trong cùng một căn cứ;\n",
		"\n\n*Căn cứ Nghị định số 30/2020/NĐ-CP;*[^",
		"\n\n&#67;ăn cứ đoạn mở đầu",
		"\n\n\\{header-rows=2}\n",
		"\n\n&#32; Đầu dòng có khoảng trắng\\\n\\- dòng hai\\\n1\\. dòng ba\\\n\\# bốn&#10;[^",
		"\n\n[^hai-lần]\\: sau chú thích (x)\n",
		"Thường **đậm**<!-- -->*nghiêng*<!-- -->***cả hai***x<!-- -->**(ngoặc)**<!-- -->y",
		"\n\n- gạch một\n  + cộng lồng\n  + cộng lồng hai\n-\n\n+ cộng sau gạch trống\n",
		"\n\n1. một\n2. hai\n\n5) năm\n6) sáu\\\n   dòng\n\n1. lại một\n",
		"\n\n{header-rows=2 widths=1,6.5,3,0.001}\n\n| TT | Nội dung | Cơ quan | < |\n| :---: | :--- | --- | ---: |\n| ^ | ^ | Chủ trì | Phối hợp |\n| I. NHÓM MỘT | < | < | < |\n",
		"| 1 | Việc \\< một \\| hai | \\^ | \\< |\n| 2 | &#32;khoảng trắng&#32; | \\*sao\\* | Sở<br>ban |\n",
		"\n\n# &#49;. Tổng quan[^",
		"\n\n## &#97;) chữ<!-- -->**&#32;đậm**\n", "\n\n### \\(1) ngoặc\n", "\n\n##### &#80;hần I năm\n", "\n\n###### sáu[^ct19]\n",
		"\n\n# &#80;hụ lục thi đua \\# \\{role=content} {role=funding}\n",
		"\n\n## MỤC ĐÍCH {role=purpose}\n",
		"\n\n# Phụ lục: DANH MỤC \\{x} {landscape}\n",
		"\n\n# Phụ lục: &#32;ĐẦU CÓ KHOẢNG TRẮNG \\{portrait} {}\n",
		"\n\n# Phụ lục {portrait}\n\n# &#80;hụ lục con\n",
		"\n\n[^ct19]: Chú thích có tên.\n",
	} {
		assert.Contains(t, md, want)
	}
	assert.Equal(t, 1, strings.Count(md, "[^ct19]:"), "a note referred to twice is defined once")
}

// A written label the reader would not read back as a label ("Phần I"
// before a title that starts with ")", "1 –" before one that starts with
// a number) stays in the title: the heading prints the same, but for a
// part's title, which prints in capitals.
func TestWriteLabelsKeptInTheTitle(t *testing.T) {
	p := testplans.Minimal()
	p.Numbering = plan.Numbering{Written: true}
	p.Sections[0].Label = "Điều 1"
	p.Sections[0].Content = append(p.Sections[0].Content, &plan.Section{Level: 2, Label: "Phần I", Title: plan.Plain(") ngoặc")},
		&plan.Section{Level: 2, Label: "1 –", Title: plan.Plain("15 người")})
	p.Sections = append(p.Sections, &plan.Section{Level: 1, Label: "A.", Title: plan.Plain("B. hai số"), Role: plan.RoleOther})
	var md bytes.Buffer
	require.NoError(t, markdown.Write(&md, p))
	back, err := markdown.Read(md.Bytes(), "written.md")
	require.NoError(t, err, md.String())
	printed := func(p *plan.Plan) []string {
		var out []string
		for e := range p.Walk() {
			if e.Section() != nil {
				out = append(out, strings.TrimSpace(e.Label+" "+e.Text.String()))
			}
		}
		return out
	}
	assert.Equal(t, []string{"Điều 1 NỘI DUNG", "Phần I ) ngoặc", "1 – 15 người", "A. B. HAI SỐ"}, printed(back))
	assert.Equal(t, printed(p), printed(back))
	assert.Equal(t, "Điều 1", back.Sections[0].Label, "a label the reader knows stays a label")
	assert.Equal(t, "", back.Sections[0].Content[1].(*plan.Section).Label)
	assert.Contains(t, md.String(), "\n## &#80;hần I ) ngoặc\n")
	assert.Contains(t, md.String(), "\n## 1 – 15 người\n")
}

// BenchmarkWrite writes the seed plan 004 in the authoring format.
func BenchmarkWrite(b *testing.B) {
	testplans.Bench(b, testplans.Load(b, "ke-hoach-004.md"), writeAuthoring)
}

// writeAuthoring is Write without options, as the benchmarks take a
// writer.
func writeAuthoring(w io.Writer, p *plan.Plan) error { return markdown.Write(w, p) }

// BenchmarkWriteForty writes the 40-page plan.
func BenchmarkWriteForty(b *testing.B) {
	testplans.Bench(b, testplans.Forty(b), writeAuthoring)
}

// Write holds a hostile plan to the budget of any writer: 100,000 spans
// that alternate styles, each needing a separator, in one paragraph, and
// a table of 20,000 merged rows; what it writes reads back.
func TestWriteHostilePlan(t *testing.T) {
	p := testplans.Minimal()
	var t1 plan.Text
	for i := range 100_000 {
		t1 = append(t1, plan.Span{Text: "(x)", Bold: i%2 == 0, Italic: i%3 == 0})
	}
	table := plan.NewTable([]string{"A", "B"})
	for i := range 20_000 {
		table.Rows = append(table.Rows, []plan.Text{plan.Plain("*"), nil})
		table.Merges = append(table.Merges, plan.Merge{Row: i + 1, Col: 0, Cols: 2})
	}
	p.Sections[0].Content = plan.Nodes{plan.ParaText(t1.Compact()), table}
	var md bytes.Buffer
	budget.Within(t, func() { require.NoError(t, markdown.Write(&md, p)) })
	back, err := markdown.Read(md.Bytes(), "hostile.md")
	require.NoError(t, err)
	assert.Equal(t, p.Sections[0].Content[0].(*plan.Paragraph).Text.String(), back.Sections[0].Content[0].(*plan.Paragraph).Text.String())
	assert.Len(t, back.Sections[0].Content[1].(*plan.Table).Merges, 20_000)
}
