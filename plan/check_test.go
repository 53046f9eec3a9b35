package plan

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// goodPlan returns a plan that follows every rule.
func goodPlan() *Plan {
	return &Plan{
		Parent:  []string{"UBND TỈNH VĨNH PHÚC"},
		Issuer:  []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
		Symbol:  "KH-STTTT",
		Place:   "Vĩnh Phúc",
		Date:    Date{Year: 2021, Month: 11, Day: 15},
		Subject: "Phát động phong trào thi đua năm 2022 của UBND tỉnh",
		Preamble: Blocks{
			Para("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua giai đoạn 2021-2025; theo Chỉ thị 19/CT-TTg, Sở xây dựng Kế hoạch như sau:"),
		},
		Sections: []*Section{
			NewPart("MỤC ĐÍCH, YÊU CẦU", NewSection("Mục đích", Dash("Phát huy truyền thống yêu nước."))),
			NewPart("TỔ CHỨC THỰC HIỆN", Para("Văn phòng Sở theo dõi, đôn đốc.")),
		},
		Recipients: []string{"UBND tỉnh (B/c)"},
		Archive:    "VT, VP",
		Signer:     Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Nguyễn Văn A"},
	}
}

// rulesOf returns the rule IDs of findings.
func rulesOf(fs []Finding) []string {
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}

func TestGoodPlanPasses(t *testing.T) {
	assert.Empty(t, Check(goodPlan()))
	assert.Nil(t, Check(nil))
}

// checkCases gives each rule plans that break it and plans near the line
// that do not.
var checkCases = []struct {
	rule       string
	fail, pass []func(*Plan)
}{
	{RuleSymbolFormat,
		[]func(*Plan){
			func(p *Plan) { p.Symbol = "KH - STTTT" },
			func(p *Plan) { p.Symbol = "2021/KH-STTTT" },
			func(p *Plan) { p.Symbol = "KH/STTTT" },
			func(p *Plan) { p.Symbol = "KH--STTTT" },
			func(p *Plan) { p.Symbol = "KH.STTTT" },
		},
		[]func(*Plan){func(p *Plan) { p.Symbol = "KH-UBND-VX" }, func(p *Plan) { p.Symbol = "KH-ĐKT" }}},
	{RuleSymbolType,
		[]func(*Plan){func(p *Plan) { p.Symbol = "CV-STTTT" }, func(p *Plan) { p.Type = "CTr"; p.Symbol = "KH-UBND" }},
		[]func(*Plan){func(p *Plan) { p.Type = "CTr"; p.Symbol = "CTr-UBND" }, func(p *Plan) { p.Type = "PA"; p.Symbol = "PA-UBND" }}},
	{RuleSymbolCase,
		[]func(*Plan){
			func(p *Plan) { p.Symbol = "Kh-STTTT" },
			func(p *Plan) { p.Symbol = "KH-Stttt" },
			func(p *Plan) { p.Type = "CTr"; p.Symbol = "CTR-UBND" },
			func(p *Plan) { p.Type = "TTr"; p.Symbol = "ttr-SNV" },
		},
		[]func(*Plan){func(p *Plan) { p.Type = "TTr"; p.Symbol = "TTr-SNV" }, func(p *Plan) { p.Type = "QyĐ"; p.Symbol = "QyĐ-UBND" }}},
	{RulePlaceName,
		[]func(*Plan){
			func(p *Plan) { p.Place = "TP. HCM" },
			func(p *Plan) { p.Place = "TP.HCM" },
			func(p *Plan) { p.Place = "Tp Hồ Chí Minh" },
			func(p *Plan) { p.Place = "Hồ Chí Minh" },
			func(p *Plan) { p.Place = "TX. Sơn Tây" },
			func(p *Plan) { p.Place = "vĩnh phúc" },
			func(p *Plan) { p.Place = "Q1" },
			func(p *Plan) { p.Place = "BR-VT" },
			func(p *Plan) { p.Place = "TT-Huế" },
			func(p *Plan) { p.Place = "thành phố Hồ Chí Minh" },
			func(p *Plan) { p.Place = "HÀ NỘI" },
			func(p *Plan) { p.Place = "Thị Xã Sơn Tây" },
			func(p *Plan) { p.Place = "Phan Rang-tháp Chàm" },
		},
		[]func(*Plan){
			func(p *Plan) { p.Place = "Thành phố Hồ Chí Minh" },
			func(p *Plan) { p.Place = "Hà Nội" },
			func(p *Plan) { p.Place = "Quận 1" },
			func(p *Plan) { p.Place = "Bà Rịa - Vũng Tàu" },
			func(p *Plan) { p.Place = "Thành phố Thủ Đức" },
			func(p *Plan) { p.Place = "Thị trấn Nguyễn Văn Trỗi" },
			func(p *Plan) { p.Place = "Thừa Thiên Huế" },
			func(p *Plan) { p.Place = "Thanh Hóa" }, // not "Thành phố": the tone marks count
			func(p *Plan) { p.Place = "Thanh Trì" },
			func(p *Plan) { p.Place = "Thi Sơn" },
			func(p *Plan) { p.Place = "Phan Rang-Tháp Chàm" },
			func(p *Plan) { p.Place = "Thị xã Sơn Tây" },
		}},
	{RuleSubjectCaps,
		[]func(*Plan){func(p *Plan) { p.Subject = "PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2022" }},
		[]func(*Plan){func(p *Plan) { p.Subject = "Triển khai Nghị quyết của HĐND tỉnh" }, func(p *Plan) { p.Subject = "ISO 9001" }}},
	{RuleCitationFull,
		[]func(*Plan){
			func(p *Plan) {
				p.Preamble = Blocks{Para("Thực hiện Chỉ thị số 19/CT-TTg, Sở xây dựng Kế hoạch như sau:")}
			},
			func(p *Plan) {
				p.Preamble = Blocks{Para("Thực hiện số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, Sở xây dựng Kế hoạch:")}
			},
			func(p *Plan) {
				p.Preamble = Blocks{Para("Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025;")}
			},
		},
		[]func(*Plan){
			func(p *Plan) {
				p.Preamble = Blocks{Para("Căn cứ Luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015; Quyết định 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh Lào Cai;")}
			},
			func(p *Plan) {
				p.Preamble = Blocks{Para("Xét đề nghị của Công ty cổ phần Đá quý và Vàng tại Văn bản số 30.6/GĐN-ĐQ&V ngày 30/6/2026.")}
			},
			func(p *Plan) {
				p.Preamble = Blocks{Para("Giai đoạn 2021-2025, từ ngày 16/7/2021, phòng chống COVID-19.")}
			},
			func(p *Plan) { // an address, a telephone number, a ratio: no documents
				p.Preamble = Blocks{Para("Trụ sở tại số 12/3A đường 3-Tháng 2, phường 5; điện thoại 0238-3844555; đạt tỷ lệ 95/100 xã.")}
			},
		}},
	{RuleBodyEmpty,
		[]func(*Plan){func(p *Plan) { p.Sections, p.Preamble = nil, nil }, func(p *Plan) { p.Sections, p.Preamble = []*Section{nil}, Blocks{nil} }},
		[]func(*Plan){func(p *Plan) { p.Sections = nil }, func(p *Plan) { p.Preamble, p.Sections = nil, []*Section{NewPart("KẾT THÚC")} }}},
	{RulePartPurpose,
		[]func(*Plan){func(p *Plan) { p.Sections = p.Sections[1:] }, func(p *Plan) { p.Sections = nil }}, // no headings at all
		[]func(*Plan){func(p *Plan) {
			p.Sections = []*Section{NewSection("Mục tiêu", Para("Đánh giá.")), NewSection("Phân công nhiệm vụ", Para("Đoàn."))}
		}}},
	{RulePartOrganisation,
		[]func(*Plan){func(p *Plan) { p.Sections = p.Sections[:1] }},
		[]func(*Plan){func(p *Plan) { p.Sections[1].Title = Plain("Phân công thực hiện") }}},
	{RuleHeadingEmpty,
		[]func(*Plan){func(p *Plan) { p.Sections[0].Content = Nodes{NewSection("", Para("Nội dung."))} }},
		nil},
	{RuleHeadingTab,
		[]func(*Plan){func(p *Plan) { p.Sections[0].Content = Nodes{NewSection("Mục\tđích", Para("Nội dung."))} }},
		[]func(*Plan){func(p *Plan) { p.Sections[1].Content = Nodes{Para("Cột\tmột")} }}},
	{RuleTextControl,
		[]func(*Plan){
			func(p *Plan) { p.Sections[1].Content = Nodes{Para("Văn phòng\x07 Sở.")} },
			func(p *Plan) { p.Recipients = []string{"UBND\u200btỉnh"} },
			func(p *Plan) { p.Subject = "Thi đua \ufffd năm 2022" },
		},
		[]func(*Plan){func(p *Plan) { p.Sections[1].Content = Nodes{ParaText(Plain("Dòng một\nDòng hai"))} }}},
	{RuleTextSpaces,
		[]func(*Plan){func(p *Plan) { p.Sections[1].Content = Nodes{Para("Văn phòng  Sở theo dõi.")} }},
		[]func(*Plan){func(p *Plan) { p.Sections[1].Content = Nodes{ParaText(Plain("Văn phòng ").Bold("Sở"))} }}},
	{RuleTextNFC,
		[]func(*Plan){func(p *Plan) { p.Place = norm.NFD.String("Vĩnh Phúc") }},
		nil},
	{RuleRecipientsMissing, []func(*Plan){func(p *Plan) { p.Recipients = nil }}, nil},
	{RuleArchiveMissing, []func(*Plan){func(p *Plan) { p.Archive = "" }}, nil},
	{RuleAuthorityPrefix,
		[]func(*Plan){
			func(p *Plan) { p.Signer.Authority = []string{"KT GIÁM ĐỐC"} },
			func(p *Plan) { p.Signer.Authority = []string{"T/M. ĐOÀN KIỂM TRA"} },
			func(p *Plan) { p.Signer.Authority = []string{"KT.GIÁM ĐỐC"} }, // no space after the dot
		},
		[]func(*Plan){func(p *Plan) { p.Signer.Authority = nil; p.Signer.Position = []string{"GIÁM ĐỐC"} }}},
	{RuleAuthorityTarget,
		[]func(*Plan){
			func(p *Plan) { p.Signer.Authority = []string{"TM. GIÁM ĐỐC"} },
			func(p *Plan) { p.Signer.Authority = []string{"KT. ỦY BAN NHÂN DÂN"} },
			func(p *Plan) { p.Signer.Authority = []string{"KT. SỞ Y TẾ"} },
		},
		[]func(*Plan){
			func(p *Plan) {
				p.Signer = Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Lê Thị B"}
			},
			func(p *Plan) {
				p.Signer = Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Position: []string{"TRƯỞNG ĐOÀN"}, Name: "Lê Thị B"}
			},
			func(p *Plan) {
				p.Signer.Authority = []string{"TL. GIÁM ĐỐC"}
				p.Signer.Position = []string{"CHÁNH VĂN PHÒNG"}
			},
		}},
	{RuleDeputy,
		[]func(*Plan){
			func(p *Plan) { p.Signer.Position = []string{"GIÁM ĐỐC"} },
			func(p *Plan) { p.Signer.Position = []string{"GIÁM ĐỐC SỞ"} },
			func(p *Plan) { p.Signer.Position = nil },
			func(p *Plan) { p.Signer = Signer{Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Trần Văn B"} }, // a deputy without KT.
			func(p *Plan) {
				p.Signer = Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Position: []string{"PHÓ TRƯỞNG ĐOÀN"}, Name: "Trần Văn B"}
			},
		},
		[]func(*Plan){
			func(p *Plan) {
				p.Signer = Signer{Authority: []string{"KT. BỘ TRƯỞNG"}, Position: []string{"THỨ TRƯỞNG"}, Name: "Trần Văn B"}
			},
			func(p *Plan) { // plan-markdown.md's own example: a second office the signer also holds
				p.Signer = Signer{Authority: []string{"TM. BAN CHỈ ĐẠO"}, Position: []string{"TRƯỞNG BAN", "PHÓ THỦ TƯỚNG"}, Name: "Trần Văn B"}
			},
			func(p *Plan) {
				p.Signer = Signer{Position: []string{"TRƯỞNG BAN", "PHÓ THỦ TƯỚNG"}, Name: "Trần Văn B"}
			},
		}},
	{RuleCollective,
		[]func(*Plan){
			func(p *Plan) {
				p.Issuer = []string{"ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH"}
				p.Signer = Signer{Authority: []string{"KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Trần Văn B"}
			},
			func(p *Plan) {
				p.Issuer = []string{"UBND HUYỆN ĐÔNG ANH"}
				p.Signer = Signer{Position: []string{"CHỦ TỊCH"}, Name: "Trần Văn B"}
			},
		},
		[]func(*Plan){func(p *Plan) {
			p.Issuer = []string{"ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH"}
			p.Signer = Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Trần Văn B"}
		}}},
	{RuleSignerMissing,
		[]func(*Plan){
			func(p *Plan) { p.Signer.Name = "" },
			func(p *Plan) { p.Signer = Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Name: "Trần Văn B"} },
			func(p *Plan) { p.Signer = Signer{} },
		},
		[]func(*Plan){
			func(p *Plan) { p.Signer = Signer{Authority: []string{"Q. GIÁM ĐỐC"}, Name: "Trần Văn B"} }, // acting: no position under it
		}},
	{RulePositionCase,
		[]func(*Plan){
			func(p *Plan) { p.Signer.Position = []string{"Phó Giám đốc"} },
			func(p *Plan) { p.Signer.Authority = []string{"KT. Giám đốc"} },
		},
		nil},
	{RuleNameCase,
		[]func(*Plan){
			func(p *Plan) { p.Signer.Name = "NGUYỄN VĂN A" },
			func(p *Plan) { p.Signer.Name = "nguyễn văn a" },
		},
		[]func(*Plan){func(p *Plan) { p.Signer.Name = "H'Hen Niê" }, func(p *Plan) { p.Signer.Name = "Ông Ích Khiêm" }}},
	{RuleNameTitle,
		[]func(*Plan){
			func(p *Plan) { p.Signer.Name = "TS. Nguyễn Văn A" },
			func(p *Plan) { p.Signer.Name = "ThS. Nguyễn Văn A" },
			func(p *Plan) { p.Signer.Name = "PGS.TS. Nguyễn Văn A" },
			func(p *Plan) { p.Signer.Name = "Thạc sĩ Nguyễn Văn A" },
			func(p *Plan) { p.Signer.Name = "Đ/c Nguyễn Văn A" },
			func(p *Plan) { p.Signer.Name = "Th.S Nguyễn Văn A" },
			func(p *Plan) { p.Signer.Name = "BSCKII. Nguyễn Văn Bình" },
			func(p *Plan) { p.Signer.Name = "Đại tá Nguyễn Văn Bình" },
		},
		[]func(*Plan){func(p *Plan) { p.Signer.Name = "Tạ Thị Sĩ" }, func(p *Plan) { p.Signer.Name = "Đồng Chí Thanh" }}},
}

func TestCheckRules(t *testing.T) {
	covered := map[string]bool{RuleInvalid: true} // TestCheckParsed
	for _, c := range checkCases {
		covered[c.rule] = true
		t.Run(c.rule, func(t *testing.T) {
			require.NotEmpty(t, c.fail)
			for i, mutate := range c.fail {
				p := goodPlan()
				mutate(p)
				found := Check(p)
				assert.Contains(t, rulesOf(found), c.rule, "failing case %d", i)
				for _, f := range found {
					if f.Rule == c.rule {
						r := ruleByID[c.rule]
						assert.Equal(t, r.Severity, f.Severity)
						assert.Equal(t, r.Ref, f.Ref)
						assert.NotEmpty(t, f.Vi)
						assert.NotEmpty(t, f.En)
						assert.NotEqual(t, f.Vi, f.En, "two languages")
						assert.NotEmpty(t, f.Field, "the field it concerns")
					}
				}
			}
			for i, mutate := range c.pass {
				p := goodPlan()
				mutate(p)
				assert.NotContains(t, rulesOf(Check(p)), c.rule, "passing case %d", i)
			}
		})
	}
	for _, r := range Rules() {
		assert.True(t, covered[r.ID], "rule %s has tests", r.ID)
		assert.NotEmpty(t, r.Ref, r.ID)
		assert.NotEmpty(t, r.Bad, r.ID)
		assert.NotEmpty(t, r.Good, r.ID)
	}
}

// TestCheckMessages pins a few messages whole, in both languages.
func TestCheckMessages(t *testing.T) {
	p := goodPlan()
	p.Symbol = "2021/KH-STTTT"
	p.Place = "TP. HCM"
	p.Signer.Name = "TS. Nguyễn Văn A"
	p.Preamble = Blocks{Para("Thực hiện Chỉ thị số 19/CT-TTg, Sở xây dựng Kế hoạch:")}
	var lines []string
	for _, f := range Check(p) {
		lines = append(lines, f.Format("en"))
	}
	assert.Equal(t, []string{
		`ERROR ND30-SYMBOL-FORMAT symbol: symbol "2021/KH-STTTT" must not carry a year (only legal normative documents do) nor a "/", e.g. "KH-UBND"`,
		`ERROR ND30-PLACE-NAME place: the place "TP. HCM" is abbreviated ("HCM"): write "Thành phố Hồ Chí Minh"`,
		`WARNING ND30-CITATION-FULL preamble[0]: the first mention of "Chỉ thị số 19/CT-TTg" lacks its date, issuer: give the document's kind, number and symbol, date and issuer`,
		`WARNING ND30-NAME-TITLE signer.name: no academic, military or honorific title before the signer's name: remove "TS." (unless the head of the sector, for the armed forces, education, health or science, rules otherwise)`,
	}, lines)
	vi := Check(p)[0].Format("vi")
	assert.Equal(t, `ERROR ND30-SYMBOL-FORMAT symbol: ký hiệu "2021/KH-STTTT" không ghi năm (năm chỉ có trong số của văn bản quy phạm pháp luật) và không có dấu "/", ví dụ "KH-UBND"`, vi)
}

// TestCheckMarkdown checks a plan read from a file: findings carry the
// file and the line of the field or the body element.
func TestCheckMarkdown(t *testing.T) {
	src := `---
issuer: SỞ NỘI VỤ
symbol: KH - SNV
place: Hà Nội
date: 2026-03-05
subject: Kế hoạch thử
signer:
  authority: [KT. GIÁM ĐỐC]
  position: Phó giám đốc
  name: Trần Văn B
recipients: [UBND Thành phố (B/c)]
archive: VT
---

Căn cứ Quyết định số 05/QĐ-UBND của UBND Thành phố;

# MỤC ĐÍCH, YÊU CẦU

Nội dung  kế hoạch.

# TỔ CHỨC THỰC HIỆN

` + norm.NFD.String("Sở Nội vụ chủ trì.") + "\n"
	p, err := ParseMarkdown([]byte(src), "plan.md")
	require.NoError(t, err)
	var got []string
	for _, f := range Check(p) {
		got = append(got, fmt.Sprintf("%s:%d: %s", f.File, f.Line, strings.ToUpper(f.Severity.String())))
	}
	assert.Equal(t, []string{
		"plan.md:3: ERROR", "plan.md:9: ERROR", "plan.md:15: WARNING", "plan.md:19: WARNING", "plan.md:23: INFO",
	}, got)
	assert.Equal(t, []string{RuleSymbolFormat, RulePositionCase, RuleCitationFull, RuleTextSpaces, RuleTextNFC}, rulesOf(Check(p)))
}

// TestCheckParsed: an invalid plan's problems are findings too, once.
func TestCheckParsed(t *testing.T) {
	src := "---\nissuer: SỞ NỘI VỤ\nsymbol: KH-SNV\nplace: Hà Nội\ndate: 2025-02-30\nsubject: Thử\nsigner:\n  authority: [T/M. ĐOÀN]\n  name: A\nrecipients: [X]\narchive: VT\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n"
	p, err := ParseMarkdown([]byte(src), "bad.md")
	require.Error(t, err)
	found := CheckParsed(p, err)
	assert.Equal(t, []string{RuleInvalid, RuleInvalid}, rulesOf(found), "the authority line once, as render reports it: -force cannot lay it out")
	assert.Equal(t, "signer.authority[0]", found[1].Field)
	assert.Equal(t, 8, found[1].Line)
	assert.Equal(t, 5, found[0].Line)
	assert.Equal(t, "date", found[0].Field)
	assert.True(t, HasErrors(found))
	assert.Contains(t, found[0].Format("en"), `bad.md:5: ERROR KEHOACH-INVALID date: "2025-02-30" is not a date`)
	assert.Contains(t, found[0].Format("vi"), "không lập được văn bản: ")

	// A plan built in Go: Check alone does not validate; CheckParsed with
	// Validate's problems reports what kehoach check does.
	built := goodPlan()
	built.Date = Date{Year: 2025, Month: 2, Day: 30}
	assert.False(t, HasErrors(Check(built)))
	found = CheckParsed(built, built.Validate())
	assert.True(t, HasErrors(found))
	assert.Equal(t, "date", found[0].Field)
}

// TestCheckParsedNoFollowOn: a finding that only repeats a problem the
// reader reported is dropped: the fields of a signer that could not be
// read, the symbol judged against an unknown type, the deputy rule over
// an unreadable authority line.
func TestCheckParsedNoFollowOn(t *testing.T) {
	const base = "---\nissuer: SỞ NỘI VỤ\nnumber: 5\nsymbol: KH-SNV\nplace: Hà Nội\ndate: 2025-02-03\nsubject: Thử\nsigner:\n  authority: [KT. GIÁM ĐỐC]\n  position: PHÓ GIÁM ĐỐC\n  name: Lê Văn A\nrecipients: [X]\narchive: VT\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n"
	p, err := ParseMarkdown([]byte(base), "ok.md")
	require.NoError(t, err)
	require.Empty(t, CheckParsed(p, err))
	for name, c := range map[string]struct{ old, new, field string }{
		"scalar signer":      {"signer:\n  authority: [KT. GIÁM ĐỐC]\n  position: PHÓ GIÁM ĐỐC\n  name: Lê Văn A\n", "signer: Lê Văn A\n", "signer"},
		"unknown type":       {"symbol: KH-SNV", "type: CV\nsymbol: CV-SNV", "type"},
		"authority, no dot":  {"[KT. GIÁM ĐỐC]", "[KT GIÁM ĐỐC]", "signer.authority[0]"},
		"authority, unknown": {"[KT. GIÁM ĐỐC]", "[KX. GIÁM ĐỐC]", "signer.authority[0]"},
	} {
		src := strings.Replace(base, c.old, c.new, 1)
		p, err := ParseMarkdown([]byte(src), "bad.md")
		require.Error(t, err, name)
		found := CheckParsed(p, err)
		assert.Equal(t, []string{RuleInvalid}, rulesOf(found), name)
		assert.Equal(t, c.field, found[0].Field, name)
	}
}

// TestCheckNFDOnce: a file in decomposed Unicode gets one finding, at its
// first such line, naming the others.
func TestCheckNFDOnce(t *testing.T) {
	src := norm.NFD.String("---\nissuer: SỞ NỘI VỤ\nnumber: 5\nsymbol: KH-SNV\nplace: Hà Nội\ndate: 2025-02-03\nsubject: Thử nghiệm\nsigner:\n  authority: [KT. GIÁM ĐỐC]\n  position: PHÓ GIÁM ĐỐC\n  name: Lê Văn A\nrecipients: [X]\narchive: VT\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n")
	p, err := ParseMarkdown([]byte(src), "nfd.md")
	require.NoError(t, err)
	found := Check(p)
	require.Equal(t, []string{RuleTextNFC}, rulesOf(found))
	assert.Equal(t, 2, found[0].Line)
	assert.Equal(t, nfcEn+" (also lines 5, 7, 9, 10, 11, 16, 20: 8 places)", found[0].En)

	built := goodPlan()
	built.Subject, built.Place = norm.NFD.String("Thử nghiệm"), norm.NFD.String("Hà Nội")
	found = Check(built)
	require.Equal(t, []string{RuleTextNFC}, rulesOf(found))
	assert.Equal(t, "place", found[0].Field)
	assert.Equal(t, nfcEn+" (also fields subject: 2 places)", found[0].En)
}

// TestCheckUnreadFile: a file that could not be read at all (front matter
// never closed, invalid UTF-8) gets the reader's problem alone, not the
// warnings about everything it therefore lacks.
func TestCheckUnreadFile(t *testing.T) {
	for name, src := range map[string]string{
		"unclosed":      "---\nissuer: SỞ X\n\n# I. MỤC ĐÍCH\n\nA.\n",
		"invalid UTF-8": "---\nissuer: S\xffX\n---\n\n# A\n\nB.\n",
	} {
		p, err := ParseMarkdown([]byte(src), "bad.md")
		require.Error(t, err, name)
		found := CheckParsed(p, err)
		assert.Equal(t, []string{RuleInvalid}, rulesOf(found), name)
	}
	for name, src := range map[string]string{
		"empty":      "",
		"syntax":     `{"issuer": ["X"],, }`,
		"array":      `[{"issuer": ["X"]}]`,
		"ends early": `{"issuer": ["X"]`,
	} {
		p, err := ParseJSON([]byte(src), "bad.json")
		require.Error(t, err, name)
		found := CheckParsed(p, err)
		assert.Equal(t, []string{RuleInvalid}, rulesOf(found), name)
	}
	// A JSON plan is read member by member: what could be read is checked.
	p, err := ParseJSON([]byte(`{"issuer": 5, "recipients": ["A"], "symbol": "KH X"}`), "bad.json")
	require.Error(t, err)
	assert.Equal(t, []string{RuleInvalid, RuleInvalid, RuleInvalid, RuleSymbolFormat, RuleBodyEmpty, RuleArchiveMissing, RuleSignerMissing, RuleSignerMissing}, rulesOf(CheckParsed(p, err)),
		"the file has no body and no signer, and says so")
}

func TestFindingJSON(t *testing.T) {
	p := goodPlan()
	p.Archive = ""
	b, err := json.Marshal(Check(p))
	require.NoError(t, err)
	assert.JSONEq(t, `[{"rule":"ND30-ARCHIVE-MISSING","severity":"warning","field":"archive",
		"message_vi":"thiếu dòng lưu \"- Lưu: VT, …\" ở cuối nơi nhận: ghi văn thư (VT) và đơn vị soạn thảo, ví dụ \"archive: VT, VP\"",
		"message_en":"no archive line \"- Lưu: VT, …\" at the end of the recipients: name the văn thư (VT) and the drafting unit, e.g. \"archive: VT, VP\"",
		"ref":"Phụ lục I, mục II.9.d"}]`, string(b))
	var back []Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, SeverityWarning, back[0].Severity)
}

// TestCheckRealPlans runs the checker on the seed plan and the real plans:
// what it finds is listed here, each a true deviation from the decree.
func TestCheckRealPlans(t *testing.T) {
	files, err := filepath.Glob("../examples/*.md")
	require.NoError(t, err)
	got := map[string][]string{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		p, err := ParseMarkdown(src, filepath.Base(f))
		require.NoError(t, err)
		for _, x := range Check(p) {
			got[filepath.Base(f)] = append(got[filepath.Base(f)], x.Format("en"))
		}
	}
	assert.Equal(t, map[string][]string{
		// The source file writes the place in decomposed Unicode.
		"plan-08.md": {"plan-08.md:10: INFO ND30-TEXT-NFC " + nfcEn},
	}, got)

	// Plan 10 as its source signs it, with the Party's "T/M.".
	src, err := os.ReadFile("../examples/plan-10.md")
	require.NoError(t, err)
	p, err := ParseMarkdown(src, "plan-10.md")
	require.NoError(t, err)
	p.Signer.Authority = []string{"T/M. ĐOÀN KIỂM TRA"}
	assert.Equal(t, []string{RuleAuthorityPrefix}, rulesOf(Check(p)))
}

// TestREADMEListsEveryRule: the README's rule table has a row for every
// rule, with its severity and source.
func TestREADMEListsEveryRule(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	rows := map[string]string{}
	for _, line := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(line, "| `") {
			id := strings.Trim(strings.Fields(line)[1], "`")
			rows[id] = line
		}
	}
	for _, r := range Rules() {
		row, ok := rows[r.ID]
		if assert.True(t, ok, "README has a row for %s", r.ID) {
			assert.Contains(t, row, "| "+r.Severity.String()+" |", r.ID)
			assert.Contains(t, row, r.Ref, r.ID)
		}
	}
}

// TestCheckOddPlans: the checker reads any plan without failing, and says
// nothing about fields a broken front matter could not give.
func TestCheckOddPlans(t *testing.T) {
	p := goodPlan()
	p.Sections = []*Section{nil, NewPart("MỤC ĐÍCH, YÊU CẦU"), nil}
	p.Preamble = Blocks{nil, (*Paragraph)(nil)}
	p.Appendices = []*Appendix{nil}
	p.Signer.Authority = []string{""}
	assert.NotPanics(t, func() { Check(p) })
	assert.NotPanics(t, func() { CheckParsed(p, Errors{nil}) })
	assert.NotPanics(t, func() { Check(&Plan{}) })

	broken, err := ParseMarkdown([]byte("---\nissuer: [\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n"), "broken.md")
	require.Error(t, err)
	assert.Equal(t, []string{RuleInvalid}, rulesOf(CheckParsed(broken, err)), "only the syntax error")

	js, err := ParseJSON([]byte(`{"issuer": ["SỞ NỘI VỤ"], "sections": [null], "appendices": [null]}`), "plan.json")
	require.Error(t, err)
	assert.NotPanics(t, func() { CheckParsed(js, err) })
}

// TestAroundWholeWords: a message quotes whole words around a problem.
func TestAroundWholeWords(t *testing.T) {
	s := "Các đơn vị trực thuộc Văn bản   giữ nguyên như đã viết trong kế hoạch"
	i := strings.Index(s, "   ")
	assert.Equal(t, "thuộc Văn bản   giữ nguyên", around(s, i))
	assert.Equal(t, "a  b", around("a  b", 1))
}

// EachText gives every printed text: the number and symbol, the front
// matter's fields, then the body and the appendices in document order.
func TestEachText(t *testing.T) {
	p := goodPlan()
	p.Number, p.Symbol = "05", "KH-✓"
	var fields, texts []string
	p.EachText(func(field string, _ int, text string) {
		fields = append(fields, field)
		texts = append(texts, text)
	})
	assert.Equal(t, "number", fields[0])
	assert.Equal(t, "symbol", fields[1])
	assert.Equal(t, "KH-✓", texts[1])
	assert.Contains(t, fields, "subject")
	assert.Contains(t, fields, "signer.name")
	body := slices.Index(fields, "sections[0].title")
	require.Greater(t, body, slices.Index(fields, "recipients[0]"), "the body after the front matter")
	var nilPlan *Plan
	assert.NotPanics(t, func() { nilPlan.EachText(func(string, int, string) { t.Fatal("no text") }) })
}
