package check

import (
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// labelled returns a heading with the label its author wrote.
func labelled(level int, label, title string, content ...plan.Node) *plan.Section {
	return &plan.Section{Level: level, Label: label, Title: plan.Plain(title), Content: content}
}

// asWritten gives the plan a body numbered as written: a purpose part
// "I." holding the given nodes, and an organisation part "II.".
func asWritten(p *plan.Plan, purpose ...plan.Node) {
	p.Numbering = plan.Numbering{Written: true}
	p.Sections = []*plan.Section{
		labelled(1, "I.", "MỤC ĐÍCH, YÊU CẦU", purpose...),
		labelled(1, "II.", "TỔ CHỨC THỰC HIỆN", plan.Para("Văn phòng Sở theo dõi, đôn đốc.")),
	}
}

// points returns level-3 headings labelled in order, each with a
// paragraph.
func points(labels ...string) []plan.Node {
	var out []plan.Node
	for _, l := range labels {
		out = append(out, labelled(3, l, "Điểm "+l, plan.Para("Nội dung.")))
	}
	return out
}

// fourLevels returns a body four levels deep, numbered automatically.
func fourLevels(p *plan.Plan, forms ...plan.NumberForm) {
	p.Numbering = plan.Numbering{Forms: forms}
	p.Sections[0].Content = plan.Nodes{plan.NewSection("Mục đích",
		plan.NewPoint("Nội dung, biện pháp", plan.NewSubPoint("Tuyên truyền", plan.Para("A.")), plan.NewSubPoint("Kiểm tra", plan.Para("B."))))}
}

func init() {
	basis := func(texts ...string) []plan.Text {
		out := make([]plan.Text, len(texts))
		for i, t := range texts {
			out[i] = plan.Plain(t)
		}
		return out
	}
	const (
		law    = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
		decree = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư"
	)
	checkCases = append(checkCases,
		checkCase{RuleBasisEnd,
			[]func(*plan.Plan){
				func(p *plan.Plan) { p.Bases = basis(law+".", decree+".") },         // a basis before the last ends with "."
				func(p *plan.Plan) { p.Bases = basis(law+";", decree+";") },         // the last with ";", then the preamble
				func(p *plan.Plan) { p.Bases = basis(law, decree+".") },             // no punctuation
				func(p *plan.Plan) { p.Bases, p.Preamble = basis(decree+":"), nil }, // the last with ":"
			},
			[]func(*plan.Plan){
				func(p *plan.Plan) { p.Bases = basis(law+";", decree+".") },
				func(p *plan.Plan) { p.Bases = basis(decree + ".  ") },
				func(p *plan.Plan) { // a "Xét đề nghị" line continues the grounds
					p.Bases = basis(law+";", decree+";")
					p.Preamble = plan.Blocks{plan.Para("Xét đề nghị của Giám đốc Sở Nội vụ.")}
				},
			}},
		checkCase{RuleNumberCollision,
			[]func(*plan.Plan){
				func(p *plan.Plan) { // "a) Nội dung, biện pháp" with points "a)", "b)" under it
					asWritten(p, labelled(2, "1.", "Mục đích",
						labelled(3, "a)", "Nội dung, biện pháp", labelled(4, "a)", "Tuyên truyền"), labelled(4, "b)", "Kiểm tra"))))
				},
				func(p *plan.Plan) { // "b) Mục tiêu cụ thể" followed by "a) b) c)"
					asWritten(p, labelled(2, "1.", "Mục tiêu",
						labelled(3, "a)", "Mục tiêu chung"),
						labelled(3, "b)", "Mục tiêu cụ thể", labelled(4, "a)", "Một"), labelled(4, "b)", "Hai"), labelled(4, "c)", "Ba"))))
				},
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "-", "Một", labelled(4, "-", "Hai"))))
				},
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.1.", "Một", labelled(3, "1.2.", "Hai"))) },
				func(p *plan.Plan) { fourLevels(p, "I.", "1.", "a)", "a)") },
			},
			[]func(*plan.Plan){
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích",
						labelled(3, "a)", "Nội dung, biện pháp", labelled(4, "-", "Tuyên truyền"), labelled(4, "-", "Kiểm tra"))))
				},
				func(p *plan.Plan) { fourLevels(p, "I.", "1.", "1.1.", "a)") },
				func(p *plan.Plan) { fourLevels(p) },
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "1.1.", "Một"))) },
				func(p *plan.Plan) { // as written, but the plan numbered automatically: the labels are not printed
					asWritten(p, labelled(2, "a)", "Mục đích", labelled(3, "a)", "Một")))
					p.Numbering = plan.Numbering{}
				},
			}},
		checkCase{RuleNumberSequence,
			[]func(*plan.Plan){
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", points("a)", "b)", "d)")...)) },
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích"), labelled(2, "3.", "Yêu cầu")) },
				func(p *plan.Plan) { asWritten(p); p.Sections[1].Label = "III." },
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2.", "Hai"), labelled(2, "1.", "Ba"))
				}, // starts again
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", points("b)", "c)")...)) }, // starts at b)
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", points("a)", "b)", "c)", "d)", "e)")...))
				}, // đ left out
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2.", "Hai"), labelled(2, "c)", "Ba"))
				}, // the form changes
				func(p *plan.Plan) { asWritten(p, labelled(2, "2.", "Hai", labelled(3, "1.1.", "Một"))) }, // 1.1. under 2.
				func(p *plan.Plan) { asWritten(p, labelled(2, "1-", "Một"), labelled(2, "3-", "Ba")) },    // "3-" read as "3."
			},
			[]func(*plan.Plan){
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", points("a)", "b)", "c)", "d)", "đ)", "e)", "g)")...))
				},
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2-", "Hai"), labelled(2, "3.", "Ba"))
				},
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2.", "Hai", labelled(3, "2.1.", "Một"), labelled(3, "2.2.", "Hai")))
				},
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "", "Một"), labelled(2, "1.", "Hai"), labelled(2, "2.", "Ba"))
				}, // a heading without a number keeps no place
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Một"), labelled(2, "Điều lạ", "Hai"), labelled(2, "3.", "Ba"))
				},
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Một", points("-", "-", "-")...)) },
				func(p *plan.Plan) { // "C." and "D." are letters here, not the numerals 100 and 500
					asWritten(p, labelled(2, "1.", "Một", points("a)")...))
					p.Sections = append(p.Sections, labelled(1, "C.", "KINH PHÍ"), labelled(1, "D-", "KHEN THƯỞNG"))
					p.Sections[0].Label, p.Sections[1].Label = "A.", "B."
				},
				func(p *plan.Plan) { // each appendix numbers afresh
					asWritten(p)
					p.Appendices = []*plan.Appendix{plan.NewAppendix("BẢNG", labelled(1, "I.", "MỘT")), plan.NewAppendix("BẢNG", labelled(1, "I.", "MỘT"))}
				},
			}},
		checkCase{RuleNumberLevel,
			[]func(*plan.Plan){
				func(p *plan.Plan) { asWritten(p, labelled(2, "a)", "Tuyên truyền")) }, // a point straight under a part
				func(p *plan.Plan) { // a section under a point
					asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "a)", "Một", labelled(4, "1.", "Hai"))))
				},
				func(p *plan.Plan) { // a point at the top of a body without parts
					p.Numbering = plan.Numbering{Written: true}
					p.Sections = []*plan.Section{labelled(1, "a)", "Mục đích", plan.Para("A.")), labelled(1, "b)", "Tổ chức thực hiện", plan.Para("B."))}
				},
				func(p *plan.Plan) { fourLevels(p, "I.", "a)") },
			},
			[]func(*plan.Plan){
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "a)", "Một", labelled(4, "-", "Hai", labelled(5, "+", "Ba")))))
				},
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "-", "Một"))) }, // a section's dashes: no point
				func(p *plan.Plan) {
					asWritten(p)
					p.Sections[0].Label = "Phần I"
					p.Sections[0].Content = plan.Nodes{labelled(2, "I.", "MỘT")}
				},
				func(p *plan.Plan) { // a body without parts
					p.Numbering = plan.Numbering{Written: true}
					p.Sections = []*plan.Section{labelled(1, "1.", "Mục đích", points("a)")...), labelled(1, "2.", "Tổ chức thực hiện", plan.Para("B."))}
				},
				func(p *plan.Plan) { fourLevels(p, "A.", "a)") }, // forms the decree does not rank
			}},
		checkCase{RuleNumberLetter,
			[]func(*plan.Plan){
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", points("a)", "f)")...)) },
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", points("(w)")...)) },
				func(p *plan.Plan) { asWritten(p); p.Sections[1].Label = "Z." },
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", points("j.")...)) },
			},
			[]func(*plan.Plan){
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", points("a)", "b)", "c)", "d)", "đ)", "e)", "g)")...))
				},
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "a)", "f) trong tiêu đề")))
				},
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", points("a)")...))
					p.Numbering = plan.Numbering{}
					p.Sections[0].Label = "f)"
				},
			}},
		checkCase{RuleNumberForms,
			[]func(*plan.Plan){
				func(p *plan.Plan) { asWritten(p); p.Sections[0].Label, p.Sections[1].Label = "A.", "B." },
				func(p *plan.Plan) { asWritten(p); p.Sections[0].Label, p.Sections[1].Label = "Phần I", "Phần II" },
				func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "1.1.", "Một"))) },
				func(p *plan.Plan) { asWritten(p, labelled(2, "", "Mục đích")) }, // a heading without a number
				func(p *plan.Plan) { asWritten(p, labelled(2, "1-", "Mục đích")) },
				func(p *plan.Plan) { fourLevels(p, "I.", "1.", "1.1.") },
			},
			[]func(*plan.Plan){
				func(p *plan.Plan) {
					asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "a)", "Một", labelled(4, "-", "Hai"))))
				},
				func(p *plan.Plan) { p.Numbering = plan.Numbering{Forms: []plan.NumberForm{"I.", "1.", "1.1."}} }, // a form no heading uses
				func(p *plan.Plan) { fourLevels(p, "I.", "1.", "a)", "-") },
			}},
	)
}

// TestCheckNumberingMarkdown: a plan numbered as written, read from a
// file, gets each departure at its heading's line; a plan numbered
// automatically in forms of its own gets them once, at its numbering
// line.
func TestCheckNumberingMarkdown(t *testing.T) {
	const front = "---\nissuer: SỞ NỘI VỤ\nnumber: 5\nsymbol: KH-SNV\nplace: Hà Nội\ndate: 2025-02-03\nsubject: Thử nghiệm\nnumbering: %s\nsigner:\n  authority: [KT. GIÁM ĐỐC]\n  position: PHÓ GIÁM ĐỐC\n  name: Lê Văn A\nrecipients: [X]\narchive: VT\n---\n\n"
	written := strings.Replace(front, "%s", "written", 1) + `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.

Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.

# I. MỤC ĐÍCH, YÊU CẦU

## 1. Mục đích

### a) Nội dung, biện pháp thực hiện của các cơ quan, đơn vị

#### a) Tuyên truyền

A.

### b) Mục tiêu

### d) Tiến độ

### f) Kinh phí

## 3. Yêu cầu

# III. TỔ CHỨC THỰC HIỆN

## a) Sở Nội vụ

B.

# Phụ lục: BẢNG

# A. PHẦN MỘT

## 1.1. Một

## 1.3. Hai
`
	p, err := markdown.Read([]byte(written), "plan.md")
	require.NoError(t, err)
	var got []string
	for _, f := range Check(p) {
		got = append(got, f.Format("en"))
	}
	assert.Equal(t, []string{
		`plan.md:17: WARNING ND30-BASIS-END bases[0]: basis 1 ends with ".": every basis before the last ends with a semicolon (;)`,
		`plan.md:27: WARNING ND30-NUMBER-COLLISION heading "a) Tuyên truyền" is numbered in the same form "a)" as heading "a) Nội dung, biện pháp thực hiện…", which it stands under: two nested levels numbered alike cannot be told apart; number the lower level in another form, such as "-"`,
		`plan.md:33: WARNING ND30-NUMBER-SEQUENCE heading "d) Tiến độ" is number 3 among the headings of its level but is numbered "d)": the numbering skips "c)"; expected "c)"`,
		`plan.md:35: ERROR ND30-NUMBER-LETTER heading "f) Kinh phí" is lettered "f", which the Vietnamese alphabet lacks: points follow its order, a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y, without f, j, w and z; expected "d)"`,
		`plan.md:37: WARNING ND30-NUMBER-SEQUENCE heading "3. Yêu cầu" is number 2 among the headings of its level but is numbered "3.": the numbering skips "2."; expected "2."`,
		`plan.md:39: WARNING ND30-NUMBER-SEQUENCE heading "III. TỔ CHỨC THỰC HIỆN" is number 2 among the headings of its level but is numbered "III.": the numbering skips "II."; expected "II."`,
		`plan.md:41: WARNING ND30-NUMBER-LEVEL heading "a) Sở Nội vụ" stands straight under heading "III. TỔ CHỨC THỰC HIỆN" but is numbered in the form "a)": by the decree, numbers run from the largest level to the smallest (part "I.", section "1.", point "a)", then "-", "+"), so a heading in the form "I." takes headings in the form "1." under it; renumber this heading in the form "1.", or add the missing "1." level between them`,
		`plan.md:47: INFO ND30-NUMBER-FORMS the headings are numbered as written, in forms the decree's scheme does not have (part "I.", section "1.", point "a)", then "-", "+"): "A." (level 1), "1.1." (level 2); kehoach prints them as written, but a document re-issued under the decree can drop the numbering declaration and let kehoach number its headings`,
		`plan.md:51: WARNING ND30-NUMBER-SEQUENCE heading "1.3. Hai" is number 2 among the headings of its level but is numbered "1.3.": the numbering skips "1.2."; expected "1.2."`,
	}, got)
	found := Check(p)
	assert.Equal(t, "sections[0].content[0].content[0].content[0].label", found[1].Field, "the label's field")
	assert.Equal(t, `plan.md:27: CẢNH BÁO ND30-NUMBER-COLLISION đề mục "a) Tuyên truyền" được đánh số cùng kiểu "a)" với đề mục "a) Nội dung, biện pháp thực hiện…" chứa nó: hai cấp lồng nhau cùng một kiểu số thì người đọc không phân biệt được cấp nào; đánh số cấp dưới theo kiểu khác, ví dụ "-"`,
		found[1].Format("vi"))
	assert.Equal(t, `plan.md:35: LỖI ND30-NUMBER-LETTER đề mục "f) Kinh phí" được đánh chữ "f", không có trong bảng chữ cái tiếng Việt: các điểm đánh theo thứ tự a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y, không dùng f, j, w, z; ở đây phải là "d)"`,
		found[3].Format("vi"))

	auto := strings.Replace(front, "%s", "[I., a), a)]", 1) + "# MỤC ĐÍCH, YÊU CẦU\n\n## Mục đích\n\n### Nội dung\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\n## Sở Nội vụ\n\n### Chủ trì\n\nB.\n"
	p, err = markdown.Read([]byte(auto), "auto.md")
	require.NoError(t, err)
	got = nil
	for _, f := range Check(p) {
		got = append(got, f.Format("en"))
	}
	assert.Equal(t, []string{
		`auto.md:8: WARNING ND30-NUMBER-LEVEL numbering: the numbering declaration numbers level-2 headings in the form "a)", straight under level 1 in the form "I.": by the decree, numbers run from the largest level to the smallest (part "I.", section "1.", point "a)", then "-", "+"), so a heading in the form "I." takes headings in the form "1." under it; choose "1." for level 2, or add the missing "1." level between them`,
		`auto.md:8: WARNING ND30-NUMBER-COLLISION numbering: the numbering declaration numbers level-3 headings in the same form "a)" as the level-2 headings they stand under: two nested levels numbered alike cannot be told apart; choose another form for level 3, such as "-"`,
	}, got, "once per level, though two parts have them")

	deeper := strings.Replace(front, "%s", "[I., 1., 1.1., (1)]", 1) + "# MỤC ĐÍCH, YÊU CẦU\n\n## Mục đích\n\n### Nội dung\n\n#### Tuyên truyền\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n"
	p, err = markdown.Read([]byte(deeper), "deeper.md")
	require.NoError(t, err)
	found = Check(p)
	require.Equal(t, []string{RuleNumberForms}, rulesOf(found))
	assert.Equal(t, "numbering", found[0].Field)
	assert.Equal(t, 8, found[0].Line)
	assert.Equal(t, `khai báo numbering đánh số đề mục theo kiểu khác kiểu của Nghị định (mục "I.", khoản "1.", điểm "a)", rồi "-", "+"): "1.1." (cấp 3), "(1)" (cấp 4); kehoach đánh số đúng như khai báo, nhưng nếu văn bản cần theo đúng Nghị định, có thể bỏ khai báo này`, found[0].Vi)
}

// TestCheckNumberingMessages pins the sequence and level messages'
// variants whole, in both languages.
func TestCheckNumberingMessages(t *testing.T) {
	for name, c := range map[string]struct {
		rule   string
		mutate func(*plan.Plan)
		vi, en string
	}{
		"đ left out": {
			RuleNumberSequence,
			func(p *plan.Plan) {
				asWritten(p, labelled(2, "1.", "Mục đích", points("a)", "b)", "c)", "d)", "e)")...))
			},
			`đề mục "e) Điểm e)" là đề mục thứ 5 cùng cấp nhưng được đánh số "e)": số thứ tự bỏ qua "đ)" (bảng chữ cái tiếng Việt có "đ" sau "d"); ở đây phải là "đ)"`,
			`heading "e) Điểm e)" is number 5 among the headings of its level but is numbered "e)": the numbering skips "đ)" (the Vietnamese alphabet has "đ" after "d"); expected "đ)"`,
		},
		"starts again": {
			RuleNumberSequence,
			func(p *plan.Plan) {
				asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2.", "Hai"), labelled(2, "1.", "Ba"))
			},
			`đề mục "1. Ba" là đề mục thứ 3 cùng cấp nhưng được đánh số "1.": số thứ tự bắt đầu lại từ đầu; ở đây phải là "3."`,
			`heading "1. Ba" is number 3 among the headings of its level but is numbered "1.": the numbering starts again; expected "3."`,
		},
		"goes back": {
			RuleNumberSequence,
			func(p *plan.Plan) {
				asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2.", "Hai"), labelled(2, "2.", "Ba"))
			},
			`đề mục "2. Ba" là đề mục thứ 3 cùng cấp nhưng được đánh số "2.": số thứ tự bị lặp lại hoặc lùi lại; ở đây phải là "3."`,
			`heading "2. Ba" is number 3 among the headings of its level but is numbered "2.": the numbering repeats or goes back; expected "3."`,
		},
		"skips many": {
			RuleNumberSequence,
			func(p *plan.Plan) { asWritten(p, labelled(2, "1.", "Một"), labelled(2, "9.", "Chín")) },
			`đề mục "9. Chín" là đề mục thứ 2 cùng cấp nhưng được đánh số "9.": số thứ tự bỏ qua "2.", "3.", "4.", "…"; ở đây phải là "2."`,
			`heading "9. Chín" is number 2 among the headings of its level but is numbered "9.": the numbering skips "2.", "3.", "4.", "…"; expected "2."`,
		},
		"form changes": {
			RuleNumberSequence,
			func(p *plan.Plan) {
				asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2.", "Hai"), labelled(2, "c)", "Ba"))
			},
			`đề mục "c) Ba" được đánh số kiểu "a)", khác kiểu "1." của các đề mục cùng cấp trước nó: các đề mục cùng cấp đánh số cùng một kiểu, liên tiếp nhau; ở đây phải là "3."`,
			`heading "c) Ba" is numbered in the form "a)", unlike the form "1." of the headings before it at its level: the headings of one level are numbered alike and in sequence; expected "3."`,
		},
		"compound under another number": {
			RuleNumberSequence,
			func(p *plan.Plan) {
				asWritten(p, labelled(2, "1.", "Một"), labelled(2, "2.", "Hai", labelled(3, "1.1.", "Một")))
			},
			`đề mục "1.1. Một" được đánh số "1.1." nhưng nằm trong đề mục "2. Hai": số ghép bắt đầu bằng số của đề mục chứa nó; ở đây phải là "2.1."`,
			`heading "1.1. Một" is numbered "1.1." but stands under heading "2. Hai": a compound number starts with the number of the heading it stands under; expected "2.1."`,
		},
		"a section under a point": {
			RuleNumberLevel,
			func(p *plan.Plan) {
				asWritten(p, labelled(2, "1.", "Mục đích", labelled(3, "a)", "Một", labelled(4, "1.", "Hai"))))
			},
			`đề mục "1. Hai" đứng ngay dưới đề mục "a) Một" nhưng được đánh số kiểu "1.": theo Nghị định, số thứ tự đi từ cấp lớn đến cấp nhỏ (mục "I.", khoản "1.", điểm "a)", rồi "-", "+"), nên dưới đề mục kiểu "a)" là đề mục kiểu "-"; đánh số lại đề mục này theo kiểu "-"`,
			`heading "1. Hai" stands straight under heading "a) Một" but is numbered in the form "1.": by the decree, numbers run from the largest level to the smallest (part "I.", section "1.", point "a)", then "-", "+"), so a heading in the form "a)" takes headings in the form "-" under it; renumber this heading in the form "-"`,
		},
		"a point at the top": {
			RuleNumberLevel,
			func(p *plan.Plan) {
				p.Numbering = plan.Numbering{Written: true}
				p.Sections = []*plan.Section{labelled(1, "a)", "Mục đích", plan.Para("A.")), labelled(1, "b)", "Tổ chức thực hiện", plan.Para("B."))}
			},
			`đề mục "a) Mục đích" đứng ở cấp ngoài cùng nhưng được đánh số kiểu điểm "a)": theo Nghị định, điểm nằm trong khoản ("1."), khoản nằm trong mục ("I."); đánh số lại đề mục này theo kiểu "1." hoặc "I.", hoặc đặt nó vào một khoản`,
			`heading "a) Mục đích" stands at the top level but is numbered as a point, "a)": by the decree, points stand under sections ("1."), and sections under parts ("I."); renumber this heading in the form "1." or "I.", or put it under a section`,
		},
		"the last basis": {
			RuleBasisEnd,
			func(p *plan.Plan) {
				p.Bases = []plan.Text{plan.Plain("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015")}
			},
			`căn cứ cuối cùng (thứ 1) không có dấu câu ở cuối: căn cứ cuối cùng kết thúc bằng dấu chấm (.), hoặc bằng dấu chấm phẩy nếu sau nó là dòng "Xét đề nghị …"`,
			`the last basis (basis 1) ends without punctuation: the last basis ends with a full stop (.), or with a semicolon when a "Xét đề nghị …" line follows it`,
		},
	} {
		p := goodPlan()
		c.mutate(p)
		var found []Finding
		for _, f := range Check(p) {
			if f.Rule == c.rule {
				found = append(found, f)
			}
		}
		require.Len(t, found, 1, name)
		assert.Equal(t, c.vi, found[0].Vi, name)
		assert.Equal(t, c.en, found[0].En, name)
	}
}

// TestCheckDocumentTypes: every printed type is judged: its symbol
// against its own abbreviation, and the plan's parts only for the
// plan-like types.
func TestCheckDocumentTypes(t *testing.T) {
	for _, typ := range plan.Printed {
		p := goodPlan()
		p.Type, p.Symbol = typ, string(typ)+"-STTTT"
		assert.Empty(t, Check(p), typ)

		p.Sections = nil
		p.Preamble = plan.Blocks{plan.Para("Nội dung.")}
		parts := 0
		for _, f := range Check(p) {
			if f.Rule == RulePartPurpose || f.Rule == RulePartOrganisation {
				parts++
			}
		}
		if typ.IsPlanLike() {
			assert.Equal(t, 2, parts, "%s is a plan: it has a purpose part and an organisation part", typ)
		} else {
			assert.Zero(t, parts, "%s is not a plan", typ)
		}
	}

	p := goodPlan()
	p.Type, p.Symbol = "BC", "KH-UBND"
	found := Check(p)
	require.Equal(t, []string{RuleSymbolType}, rulesOf(found))
	assert.Equal(t, `ký hiệu "KH-UBND" phải bắt đầu bằng chữ viết tắt tên loại "BC" (Báo cáo), ví dụ "BC-UBND"`, found[0].Vi)

	p.Type, p.Symbol = "TTr", "TTR-UBND"
	assert.Equal(t, []string{RuleSymbolCase}, rulesOf(Check(p)), "TTr keeps the decree's mixed case")
	p.Symbol = "TTr-UBND"
	assert.Empty(t, Check(p))

	p.Type, p.Symbol, p.Sections = "CTr", "CTr-UBND", p.Sections[:1]
	found = Check(p)
	require.Equal(t, []string{RulePartOrganisation}, rulesOf(found))
	assert.Equal(t, `chương trình thiếu phần "TỔ CHỨC THỰC HIỆN" (phân công cơ quan, đơn vị thực hiện)`, found[0].Vi)
	assert.Equal(t, `the programme has no organisation part ("TỔ CHỨC THỰC HIỆN") saying who does what`, found[0].En)
}

// TestCheckNumberingOdd: labels of any shape, and very many headings,
// are read without failing.
func TestCheckNumberingOdd(t *testing.T) {
	p := goodPlan()
	var odd []plan.Node
	for _, l := range []string{"(", ")", "((", "()", ".", "999999999999.", "0.", "-1.", "a)b)", "Đ)", "1..1.", "ⅰ)", "\u0301)", "f", "(f", "Phần", "Phần 0"} {
		odd = append(odd, labelled(2, l, "Tiêu đề"))
	}
	asWritten(p, odd...)
	p.Sections = append(p.Sections, nil, labelled(9, "I.", "CẤP LẠ"))
	assert.NotPanics(t, func() { Check(p) })

	unknown := goodPlan()
	fourLevels(unknown, "I.", "X.")
	found := Check(unknown)
	require.NotEmpty(t, found)
	for _, f := range found {
		assert.Equal(t, RuleInvalid, f.Rule, "a form kehoach does not know is a problem, once: %s", f.Format("en"))
	}

	many := goodPlan()
	var sections []plan.Node
	for i := range 20000 {
		sections = append(sections, labelled(2, "#"+strings.Repeat("#", i%50), "Một"))
	}
	asWritten(many, sections...)
	found = rulesOnly(many, nil)
	require.Len(t, found, 1, "one finding on forms, whatever the number of labels")
	assert.Equal(t, RuleNumberForms, found[0].Rule)
	assert.True(t, strings.HasSuffix(found[0].En, `"########" (level 2), …; kehoach prints them as written, but a document re-issued under the decree can drop the numbering declaration and let kehoach number its headings`), found[0].En)
}
