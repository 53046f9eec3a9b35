package check

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/langcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/read/markdown"

	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// goodPlan returns a plan that follows every rule.
func goodPlan() *plan.Plan {
	return &plan.Plan{
		Parent:     []string{"UBND TỈNH VĨNH PHÚC"},
		Issuer:     []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
		Symbol:     "KH-STTTT",
		Place:      "Vĩnh Phúc",
		Date:       plan.Date{Year: 2021, Month: 11, Day: 15},
		Subject:    "Phát động phong trào thi đua năm 2022 của UBND tỉnh",
		Preamble:   plan.Blocks{plan.Para("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua giai đoạn 2021-2025; theo Chỉ thị 19/CT-TTg, Sở xây dựng Kế hoạch như sau:")},
		Sections:   []*plan.Section{plan.NewPart("MỤC ĐÍCH, YÊU CẦU", plan.NewSection("Mục đích", plan.Dash("Phát huy truyền thống yêu nước."))), plan.NewPart("TỔ CHỨC THỰC HIỆN", plan.Para("Văn phòng Sở theo dõi, đôn đốc."))},
		Recipients: []string{"UBND tỉnh (B/c)"},
		Archive:    "VT, VP",
		Signer:     plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Nguyễn Văn A"},
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

// checkCase gives a rule plans that break it and plans near the line
// that do not.
type checkCase struct {
	rule       string
	fail, pass []func(*plan.Plan)
}

// checkCases are every rule's cases.
var checkCases = []checkCase{
	{RuleSymbolFormat,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Symbol = "KH - STTTT" },
			func(p *plan.Plan) { p.Symbol = "2021/KH-STTTT" },
			func(p *plan.Plan) { p.Symbol = "KH/STTTT" },
			func(p *plan.Plan) { p.Symbol = "KH--STTTT" },
			func(p *plan.Plan) { p.Symbol = "KH.STTTT" },
		},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Symbol = "KH-UBND-VX" }, func(p *plan.Plan) { p.Symbol = "KH-ĐKT" }}},
	{RuleSymbolType,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Symbol = "CV-STTTT" },
			func(p *plan.Plan) { p.Type = "CTr"; p.Symbol = "KH-UBND" },
			func(p *plan.Plan) { p.Type = "BC"; p.Symbol = "KH-UBND" },
			func(p *plan.Plan) { p.Type = "TTr"; p.Symbol = "TB-UBND" },
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Type = "CTr"; p.Symbol = "CTr-UBND" },
			func(p *plan.Plan) { p.Type = "PA"; p.Symbol = "PA-UBND" },
			func(p *plan.Plan) { p.Type = "BC"; p.Symbol = "BC-UBND" },
			func(p *plan.Plan) { p.Type = "ĐA"; p.Symbol = "ĐA-UBND" },
		}},
	{RuleSymbolCase,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Symbol = "Kh-STTTT" },
			func(p *plan.Plan) { p.Symbol = "KH-Stttt" },
			func(p *plan.Plan) { p.Type = "CTr"; p.Symbol = "CTR-UBND" },
			func(p *plan.Plan) { p.Type = "TTr"; p.Symbol = "ttr-SNV" },
			func(p *plan.Plan) { p.Type = "CT"; p.Symbol = "CT-TTG" },
		},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Type = "TTr"; p.Symbol = "TTr-SNV" }, func(p *plan.Plan) { p.Type = "QyĐ"; p.Symbol = "QyĐ-UBND" },
			func(p *plan.Plan) { p.Type = "CT"; p.Symbol = "CT-TTg" }}},
	{RulePlaceName,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Place = "TP. HCM" },
			func(p *plan.Plan) { p.Place = "TP.HCM" },
			func(p *plan.Plan) { p.Place = "Tp Hồ Chí Minh" },
			func(p *plan.Plan) { p.Place = "Hồ Chí Minh" },
			func(p *plan.Plan) { p.Place = "TX. Sơn Tây" },
			func(p *plan.Plan) { p.Place = "vĩnh phúc" },
			func(p *plan.Plan) { p.Place = "Q1" },
			func(p *plan.Plan) { p.Place = "BR-VT" },
			func(p *plan.Plan) { p.Place = "TT-Huế" },
			func(p *plan.Plan) { p.Place = "thành phố Hồ Chí Minh" },
			func(p *plan.Plan) { p.Place = "HÀ NỘI" },
			func(p *plan.Plan) { p.Place = "Thị Xã Sơn Tây" },
			func(p *plan.Plan) { p.Place = "Phan Rang-tháp Chàm" },
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Place = "Thành phố Hồ Chí Minh" },
			func(p *plan.Plan) { p.Place = "Hà Nội" },
			func(p *plan.Plan) { p.Place = "Quận 1" },
			func(p *plan.Plan) { p.Place = "Bà Rịa - Vũng Tàu" },
			func(p *plan.Plan) { p.Place = "Thành phố Thủ Đức" },
			func(p *plan.Plan) { p.Place = "Thị trấn Nguyễn Văn Trỗi" },
			func(p *plan.Plan) { p.Place = "Thừa Thiên Huế" },
			func(p *plan.Plan) { p.Place = "Thanh Hóa" }, // not "Thành phố": the tone marks count
			func(p *plan.Plan) { p.Place = "Thanh Trì" },
			func(p *plan.Plan) { p.Place = "Thi Sơn" },
			func(p *plan.Plan) { p.Place = "Phan Rang-Tháp Chàm" },
			func(p *plan.Plan) { p.Place = "Thị xã Sơn Tây" },
		}},
	{RuleSubjectCaps,
		[]func(*plan.Plan){func(p *plan.Plan) { p.Subject = "PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2022" }},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Subject = "Triển khai Nghị quyết của HĐND tỉnh" }, func(p *plan.Plan) { p.Subject = "ISO 9001" }}},
	{RuleCitationFull,
		[]func(*plan.Plan){
			func(p *plan.Plan) {
				p.Preamble = plan.Blocks{plan.Para("Thực hiện Chỉ thị số 19/CT-TTg, Sở xây dựng Kế hoạch như sau:")}
			},
			func(p *plan.Plan) {
				p.Preamble = plan.Blocks{plan.Para("Thực hiện số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, Sở xây dựng Kế hoạch:")}
			},
			func(p *plan.Plan) {
				p.Preamble = plan.Blocks{plan.Para("Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025;")}
			},
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) {
				p.Preamble = plan.Blocks{plan.Para("Căn cứ Luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015; Quyết định 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh Lào Cai;")}
			},
			func(p *plan.Plan) {
				p.Preamble = plan.Blocks{plan.Para("Xét đề nghị của Công ty cổ phần Đá quý và Vàng tại Văn bản số 30.6/GĐN-ĐQ&V ngày 30/6/2026.")}
			},
			func(p *plan.Plan) {
				p.Preamble = plan.Blocks{plan.Para("Giai đoạn 2021-2025, từ ngày 16/7/2021, phòng chống COVID-19.")}
			},
			func(p *plan.Plan) { // an address, a telephone number, a ratio: no documents
				p.Preamble = plan.Blocks{plan.Para("Trụ sở tại số 12/3A đường 3-Tháng 2, phường 5; điện thoại 0238-3844555; đạt tỷ lệ 95/100 xã.")}
			},
		}},
	{RuleBodyEmpty,
		[]func(*plan.Plan){func(p *plan.Plan) { p.Sections, p.Preamble = nil, nil }, func(p *plan.Plan) { p.Sections, p.Preamble = []*plan.Section{nil}, plan.Blocks{nil} }},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Sections = nil }, func(p *plan.Plan) { p.Preamble, p.Sections = nil, []*plan.Section{plan.NewPart("KẾT THÚC")} }}},
	{RulePartPurpose,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Sections = p.Sections[1:] },
			func(p *plan.Plan) { p.Sections = nil },                                                  // no headings at all
			func(p *plan.Plan) { p.Type, p.Symbol, p.Sections = "CTr", "CTr-STTTT", p.Sections[1:] }, // a chương trình is a plan
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) {
				p.Sections = []*plan.Section{plan.NewSection("Mục tiêu", plan.Para("Đánh giá.")), plan.NewSection("Phân công nhiệm vụ", plan.Para("Đoàn."))}
			},
			func(p *plan.Plan) { p.Type, p.Symbol, p.Sections = "BC", "BC-STTTT", p.Sections[1:] }, // a báo cáo is not
		}},
	{RulePartOrganisation,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Sections = p.Sections[:1] },
			func(p *plan.Plan) { p.Type, p.Symbol, p.Sections = "ĐA", "ĐA-STTTT", p.Sections[:1] },
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Sections[1].Title = plan.Plain("Phân công thực hiện") },
			func(p *plan.Plan) { p.Type, p.Symbol, p.Sections = "TB", "TB-STTTT", p.Sections[:1] },
		}},
	{RuleHeadingEmpty,
		[]func(*plan.Plan){func(p *plan.Plan) { p.Sections[0].Content = plan.Nodes{plan.NewSection("", plan.Para("Nội dung."))} }},
		nil},
	{RuleHeadingTab,
		[]func(*plan.Plan){func(p *plan.Plan) {
			p.Sections[0].Content = plan.Nodes{plan.NewSection("Mục\tđích", plan.Para("Nội dung."))}
		}},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Sections[1].Content = plan.Nodes{plan.Para("Cột\tmột")} }}},
	{RuleTextControl,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Sections[1].Content = plan.Nodes{plan.Para("Văn phòng\x07 Sở.")} },
			func(p *plan.Plan) { p.Recipients = []string{"UBND\u200btỉnh"} },
			func(p *plan.Plan) { p.Subject = "Thi đua \ufffd năm 2022" },
			func(p *plan.Plan) { p.Sections[1].Content = plan.Nodes{plan.Para("Tên \u2067fed\u2069 đối tác.")} }, // a bidi isolate
			func(p *plan.Plan) { p.Sections[1].Content = plan.Nodes{plan.Para("Văn bản\u061c số 3.")} },          // the Arabic letter mark
			func(p *plan.Plan) { p.Sections[1].Content = plan.Nodes{plan.Para("Dòng một\u2028dòng hai.")} },      // the line separator
			func(p *plan.Plan) { p.Recipients = []string{"UBND tỉnh\u2029(B/c)"} },                               // the paragraph separator
			func(p *plan.Plan) { p.Sections[1].Content = plan.Nodes{plan.Para("Chọn\ufe00 dạng.")} },             // a variation selector
		},
		[]func(*plan.Plan){func(p *plan.Plan) {
			p.Sections[1].Content = plan.Nodes{plan.ParaText(plan.Plain("Dòng một\nDòng hai"))}
		}}},
	{RuleTextSpaces,
		[]func(*plan.Plan){func(p *plan.Plan) { p.Sections[1].Content = plan.Nodes{plan.Para("Văn phòng  Sở theo dõi.")} }},
		[]func(*plan.Plan){func(p *plan.Plan) {
			p.Sections[1].Content = plan.Nodes{plan.ParaText(plan.Plain("Văn phòng ").Bold("Sở"))}
		}}},
	{RuleTextNFC,
		[]func(*plan.Plan){func(p *plan.Plan) { p.Place = norm.NFD.String("Vĩnh Phúc") }},
		nil},
	{RuleRecipientsMissing, []func(*plan.Plan){func(p *plan.Plan) { p.Recipients = nil }}, nil},
	{RuleArchiveMissing, []func(*plan.Plan){func(p *plan.Plan) { p.Archive = "" }}, nil},
	{RuleAuthorityPrefix,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Signer.Authority = []string{"KT GIÁM ĐỐC"} },
			func(p *plan.Plan) { p.Signer.Authority = []string{"T/M. ĐOÀN KIỂM TRA"} },
			func(p *plan.Plan) { p.Signer.Authority = []string{"KT.GIÁM ĐỐC"} }, // no space after the dot
		},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Signer.Authority = nil; p.Signer.Position = []string{"GIÁM ĐỐC"} }}},
	{RuleAuthorityTarget,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Signer.Authority = []string{"TM. GIÁM ĐỐC"} },
			func(p *plan.Plan) { p.Signer.Authority = []string{"KT. ỦY BAN NHÂN DÂN"} },
			func(p *plan.Plan) { p.Signer.Authority = []string{"KT. SỞ Y TẾ"} },
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Lê Thị B"}
			},
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Position: []string{"TRƯỞNG ĐOÀN"}, Name: "Lê Thị B"}
			},
			func(p *plan.Plan) {
				p.Signer.Authority = []string{"TL. GIÁM ĐỐC"}
				p.Signer.Position = []string{"CHÁNH VĂN PHÒNG"}
			},
		}},
	{RuleDeputy,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Signer.Position = []string{"GIÁM ĐỐC"} },
			func(p *plan.Plan) { p.Signer.Position = []string{"GIÁM ĐỐC SỞ"} },
			func(p *plan.Plan) { p.Signer.Position = nil },
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Trần Văn B"}
			}, // a deputy without KT.
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Position: []string{"PHÓ TRƯỞNG ĐOÀN"}, Name: "Trần Văn B"}
			},
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Authority: []string{"KT. BỘ TRƯỞNG"}, Position: []string{"THỨ TRƯỞNG"}, Name: "Trần Văn B"}
			},
			func(p *plan.Plan) { // plan-markdown.md's own example: a second office the signer also holds
				p.Signer = plan.Signer{Authority: []string{"TM. BAN CHỈ ĐẠO"}, Position: []string{"TRƯỞNG BAN", "PHÓ THỦ TƯỚNG"}, Name: "Trần Văn B"}
			},
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Position: []string{"TRƯỞNG BAN", "PHÓ THỦ TƯỚNG"}, Name: "Trần Văn B"}
			},
		}},
	{RuleCollective,
		[]func(*plan.Plan){
			func(p *plan.Plan) {
				p.Issuer = []string{"ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH"}
				p.Signer = plan.Signer{Authority: []string{"KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Trần Văn B"}
			},
			func(p *plan.Plan) {
				p.Issuer = []string{"UBND HUYỆN ĐÔNG ANH"}
				p.Signer = plan.Signer{Position: []string{"CHỦ TỊCH"}, Name: "Trần Văn B"}
			},
		},
		[]func(*plan.Plan){func(p *plan.Plan) {
			p.Issuer = []string{"ỦY BAN NHÂN DÂN", "HUYỆN ĐÔNG ANH"}
			p.Signer = plan.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"}, Position: []string{"PHÓ CHỦ TỊCH"}, Name: "Trần Văn B"}
		}}},
	{RuleSignerMissing,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Signer.Name = "" },
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Authority: []string{"TM. ĐOÀN KIỂM TRA"}, Name: "Trần Văn B"}
			},
			func(p *plan.Plan) { p.Signer = plan.Signer{} },
		},
		[]func(*plan.Plan){
			func(p *plan.Plan) {
				p.Signer = plan.Signer{Authority: []string{"Q. GIÁM ĐỐC"}, Name: "Trần Văn B"}
			}, // acting: no position under it
		}},
	{RulePositionCase,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Signer.Position = []string{"Phó Giám đốc"} },
			func(p *plan.Plan) { p.Signer.Authority = []string{"KT. Giám đốc"} },
		},
		nil},
	{RuleNameCase,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Signer.Name = "NGUYỄN VĂN A" },
			func(p *plan.Plan) { p.Signer.Name = "nguyễn văn a" },
		},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Signer.Name = "H'Hen Niê" }, func(p *plan.Plan) { p.Signer.Name = "Ông Ích Khiêm" }}},
	{RuleNameTitle,
		[]func(*plan.Plan){
			func(p *plan.Plan) { p.Signer.Name = "TS. Nguyễn Văn A" },
			func(p *plan.Plan) { p.Signer.Name = "ThS. Nguyễn Văn A" },
			func(p *plan.Plan) { p.Signer.Name = "PGS.TS. Nguyễn Văn A" },
			func(p *plan.Plan) { p.Signer.Name = "Thạc sĩ Nguyễn Văn A" },
			func(p *plan.Plan) { p.Signer.Name = "Đ/c Nguyễn Văn A" },
			func(p *plan.Plan) { p.Signer.Name = "Th.S Nguyễn Văn A" },
			func(p *plan.Plan) { p.Signer.Name = "BSCKII. Nguyễn Văn Bình" },
			func(p *plan.Plan) { p.Signer.Name = "Đại tá Nguyễn Văn Bình" },
		},
		[]func(*plan.Plan){func(p *plan.Plan) { p.Signer.Name = "Tạ Thị Sĩ" }, func(p *plan.Plan) { p.Signer.Name = "Đồng Chí Thanh" }}},
}

func init() {
	wide := make([]string, 14)
	for i := range wide {
		wide[i] = "Tổng số cán bộ, công chức được đào tạo"
	}
	checkCases = append(checkCases,
		checkCase{RuleTableWide,
			[]func(*plan.Plan){func(p *plan.Plan) {
				p.Sections[1].Content = append(p.Sections[1].Content, plan.NewTable(wide, wide))
			}},
			[]func(*plan.Plan){
				func(p *plan.Plan) {
					p.Sections[1].Content = append(p.Sections[1].Content, plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "Tuyên truyền"}))
				},
				func(p *plan.Plan) {
					p.Appendices = []*plan.Appendix{plan.NewAppendix("BẢNG", plan.NewTable(wide, wide))}
				},
			}},
		checkCase{RuleGlyphMissing,
			[]func(*plan.Plan){
				func(p *plan.Plan) {
					p.Sections[1].Content = append(p.Sections[1].Content, plan.Para("Hoàn thành 完成 đúng hạn."))
				},
				func(p *plan.Plan) { p.Symbol = "KH-完" },
			},
			[]func(*plan.Plan){func(p *plan.Plan) {
				p.Sections[1].Content = append(p.Sections[1].Content, plan.Para("Hoàn thành ✓ – đúng hạn “50%” → ≥ №."))
			}}},
	)
}

func TestCheckRules(t *testing.T) {
	covered := map[string]bool{RuleInvalid: true} // TestCheckParsed
	for _, r := range docxRules {
		covered[r.ID] = true // a Word file's layout: read/docx's tests
	}
	for _, c := range checkCases {
		covered[c.rule] = true
		t.Run(c.rule, func(t *testing.T) {
			require.NotEmpty(t, c.fail)
			for i, mutate := range c.fail {
				p := goodPlan()
				mutate(p)
				found := rulesOnly(p, nil) // the rule, even where Validate also refuses the plan
				assert.Contains(t, rulesOf(found), c.rule, "failing case %d", i)
				for _, f := range found {
					if f.Rule == c.rule {
						r := ruleByID[c.rule]
						assert.Equal(t, r.Severity, f.Severity)
						assert.Equal(t, r.Ref, f.Ref)
						assert.NotEmpty(t, f.Vi)
						assert.NotEmpty(t, f.En)
						assert.NotEqual(t, f.Vi, f.En, "two languages")
						assert.Empty(t, langcheck.English(f.Format("vi")), "the Vietnamese message is Vietnamese")
						assert.Empty(t, langcheck.Vietnamese(f.Format("en")), "the English message is English")
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
	p.Preamble = plan.Blocks{plan.Para("Thực hiện Chỉ thị số 19/CT-TTg, Sở xây dựng Kế hoạch:")}
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
	assert.Equal(t, `LỖI ND30-SYMBOL-FORMAT symbol: ký hiệu "2021/KH-STTTT" không ghi năm (năm chỉ có trong số của văn bản quy phạm pháp luật) và không có dấu "/", ví dụ "KH-UBND"`, vi)
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
	p, err := markdown.Read([]byte(src), "plan.md")
	require.NoError(t, err)
	var got []string
	for _, f := range Check(p) {
		got = append(got, fmt.Sprintf("%s:%d: %s", f.File, f.Line, strings.ToUpper(f.Severity.String())))
	}
	assert.Equal(t, []string{
		"plan.md:3: ERROR", "plan.md:9: ERROR", "plan.md:15: WARNING", "plan.md:15: WARNING", "plan.md:19: WARNING", "plan.md:23: INFO",
	}, got)
	assert.Equal(t, []string{RuleSymbolFormat, RulePositionCase, RuleCitationFull, RuleBasisEnd, RuleTextSpaces, RuleTextNFC}, rulesOf(Check(p)),
		"the one basis, the last, ends with \";\"")
}

// TestCheckParsed: an invalid plan's problems are findings too, once.
func TestParsed(t *testing.T) {
	src := "---\nissuer: SỞ NỘI VỤ\nsymbol: KH-SNV\nplace: Hà Nội\ndate: 2025-02-30\nsubject: Thử\nsigner:\n  authority: [T/M. ĐOÀN]\n  name: A\nrecipients: [X]\narchive: VT\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n"
	p, err := markdown.Read([]byte(src), "bad.md")
	require.Error(t, err)
	found := Parsed(p, err)
	assert.Equal(t, []string{RuleInvalid, RuleInvalid}, rulesOf(found), "the authority line once, as render reports it: -force cannot lay it out")
	assert.Equal(t, "signer.authority[0]", found[1].Field)
	assert.Equal(t, 8, found[1].Line)
	assert.Equal(t, 5, found[0].Line)
	assert.Equal(t, "date", found[0].Field)
	assert.True(t, HasErrors(found))
	assert.Contains(t, found[0].Format("en"), `bad.md:5: ERROR KEHOACH-INVALID date: "2025-02-30" is not a date`)
	assert.Equal(t, `bad.md:5: LỖI KEHOACH-INVALID date: "2025-02-30" không phải ngày hợp lệ: tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 30`,
		found[0].Format("vi"), "the problem's own Vietnamese words")
	assert.Equal(t, plan.CodeInvalidDate, found[0].Code)
	assert.Equal(t, plan.CodeAuthorityPrefix, found[1].Code)
	assert.Equal(t, "dòng 3: CẢNH BÁO ND30-ARCHIVE-MISSING archive: x", Finding{Rule: RuleArchiveMissing, Severity: SeverityWarning, Line: 3, Field: "archive", Vi: "x"}.Format("vi"))

	// A plan built in Go: Check validates it too, as kehoach check does;
	// a plan with no symbol and a date of 2025-02-30 has both problems.
	built := goodPlan()
	built.Date = plan.Date{Year: 2025, Month: 2, Day: 30}
	built.Symbol = ""
	found = Check(built)
	assert.True(t, HasErrors(found))
	assert.Equal(t, []string{RuleInvalid, RuleInvalid}, rulesOf(found))
	assert.ElementsMatch(t, []string{"date", "symbol"}, []string{found[0].Field, found[1].Field})
	assert.Equal(t, found, Parsed(built, built.Validate()))
}

// TestCheckParsedNoFollowOn: a finding that only repeats a problem the
// reader reported is dropped: the fields of a signer that could not be
// read, the symbol judged against an unknown type, the deputy rule over
// an unreadable authority line.
func TestCheckParsedNoFollowOn(t *testing.T) {
	const base = "---\nissuer: SỞ NỘI VỤ\nnumber: 5\nsymbol: KH-SNV\nplace: Hà Nội\ndate: 2025-02-03\nsubject: Thử\nsigner:\n  authority: [KT. GIÁM ĐỐC]\n  position: PHÓ GIÁM ĐỐC\n  name: Lê Văn A\nrecipients: [X]\narchive: VT\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n"
	p, err := markdown.Read([]byte(base), "ok.md")
	require.NoError(t, err)
	require.Empty(t, Parsed(p, err))
	for name, c := range map[string]struct{ old, new, field string }{
		"scalar signer":      {"signer:\n  authority: [KT. GIÁM ĐỐC]\n  position: PHÓ GIÁM ĐỐC\n  name: Lê Văn A\n", "signer: Lê Văn A\n", "signer"},
		"unknown type":       {"symbol: KH-SNV", "type: CV\nsymbol: CV-SNV", "type"},
		"authority, no dot":  {"[KT. GIÁM ĐỐC]", "[KT GIÁM ĐỐC]", "signer.authority[0]"},
		"authority, unknown": {"[KT. GIÁM ĐỐC]", "[KX. GIÁM ĐỐC]", "signer.authority[0]"},
	} {
		src := strings.Replace(base, c.old, c.new, 1)
		p, err := markdown.Read([]byte(src), "bad.md")
		require.Error(t, err, name)
		found := Parsed(p, err)
		assert.Equal(t, []string{RuleInvalid}, rulesOf(found), name)
		assert.Equal(t, c.field, found[0].Field, name)
	}
}

// TestCheckNFDOnce: a file in decomposed Unicode gets one finding, at its
// first such line, naming the others.
func TestCheckNFDOnce(t *testing.T) {
	src := norm.NFD.String("---\nissuer: SỞ NỘI VỤ\nnumber: 5\nsymbol: KH-SNV\nplace: Hà Nội\ndate: 2025-02-03\nsubject: Thử nghiệm\nsigner:\n  authority: [KT. GIÁM ĐỐC]\n  position: PHÓ GIÁM ĐỐC\n  name: Lê Văn A\nrecipients: [X]\narchive: VT\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n")
	p, err := markdown.Read([]byte(src), "nfd.md")
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
		p, err := markdown.Read([]byte(src), "bad.md")
		require.Error(t, err, name)
		found := Parsed(p, err)
		assert.Equal(t, []string{RuleInvalid}, rulesOf(found), name)
	}
	for name, src := range map[string]string{
		"empty":      "",
		"syntax":     `{"issuer": ["X"],, }`,
		"array":      `[{"issuer": ["X"]}]`,
		"ends early": `{"issuer": ["X"]`,
	} {
		p, err := plan.ParseJSON([]byte(src), "bad.json")
		require.Error(t, err, name)
		found := Parsed(p, err)
		assert.Equal(t, []string{RuleInvalid}, rulesOf(found), name)
	}
	// A JSON plan is read member by member: what could be read is checked.
	p, err := plan.ParseJSON([]byte(`{"issuer": 5, "recipients": ["A"], "symbol": "KH X"}`), "bad.json")
	require.Error(t, err)
	assert.Equal(t, []string{RuleInvalid, RuleInvalid, RuleInvalid, RuleSymbolFormat, RuleBodyEmpty, RuleArchiveMissing, RuleSignerMissing, RuleSignerMissing}, rulesOf(Parsed(p, err)),
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
		p, err := markdown.Read(src, filepath.Base(f))
		require.NoError(t, err)
		for _, x := range Check(p) {
			got[filepath.Base(f)] = append(got[filepath.Base(f)], x.Format("en"))
		}
	}
	assert.Equal(t, map[string][]string{
		// The báo cáo declares a "1.1." form and the as-written plan writes
		// "Phần I.", "1.1." and "(1)": forms outside the decree's scheme,
		// noted for a clerk who re-issues them.
		"bao-cao-so-ket-6-thang.md":               {`bao-cao-so-ket-6-thang.md:14: INFO ND30-NUMBER-FORMS numbering: the numbering declaration numbers the headings in forms the decree's scheme does not have (part "I.", section "1.", point "a)", then "-", "+"): "1.1." (level 3); kehoach numbers them as declared, but a document that must follow the decree can drop the declaration`},
		"ke-hoach-cai-cach-hanh-chinh-written.md": {`ke-hoach-cai-cach-hanh-chinh-written.md:37: INFO ND30-NUMBER-FORMS the headings are numbered as written, in forms the decree's scheme does not have (part "I.", section "1.", point "a)", then "-", "+"): "Phần I." (level 1), "1.1." (level 3), "(1)" (level 5); kehoach prints them as written, but a document re-issued under the decree can drop the numbering declaration and let kehoach number its headings`},
		// The source file writes the place in decomposed Unicode.
		"plan-08.md": {"plan-08.md:10: INFO ND30-TEXT-NFC " + nfcEn},
		// The source ends its third basis of five with "." instead of ";".
		"plan-09.md": {`plan-09.md:23: WARNING ND30-BASIS-END bases[2]: basis 3 ends with ".": every basis before the last ends with a semicolon (;)`},
	}, got)

	// Plan 10 as its source signs it, with the Party's "T/M.".
	src, err := os.ReadFile("../examples/plan-10.md")
	require.NoError(t, err)
	p, err := markdown.Read(src, "plan-10.md")
	require.NoError(t, err)
	p.Signer.Authority = []string{"T/M. ĐOÀN KIỂM TRA"}
	assert.Equal(t, []string{RuleAuthorityPrefix}, rulesOf(rulesOnly(p, nil)), "the rule")
	assert.Equal(t, []string{RuleInvalid}, rulesOf(Check(p)), "and the problem that keeps it from being laid out, once")
}

// TestRulesPageListsEveryRule: docs/rules.md has a row for every rule,
// with its severity and source, and every row names a rule.
func TestRulesPageListsEveryRule(t *testing.T) {
	page, err := os.ReadFile("../docs/rules.md")
	require.NoError(t, err)
	ruleID := regexp.MustCompile("^\\| `([A-Z0-9]+(?:-[A-Z0-9]+)+)` \\|")
	rows := map[string]string{}
	for line := range strings.Lines(string(page)) {
		if m := ruleID.FindStringSubmatch(line); m != nil {
			assert.NotContains(t, rows, m[1], "one row for %s", m[1])
			rows[m[1]] = line
		}
	}
	registered := map[string]bool{}
	for _, r := range Rules() {
		registered[r.ID] = true
		row, ok := rows[r.ID]
		if assert.True(t, ok, "docs/rules.md has a row for %s", r.ID) {
			assert.Contains(t, row, "| "+r.Severity.String()+" |", r.ID)
			assert.Contains(t, row, "| "+r.Ref+" |", r.ID)
		}
	}
	for id := range rows {
		assert.True(t, registered[id], "docs/rules.md has a row for %s, which is no rule of Rules()", id)
	}
}

// TestCheckOddPlans: the checker reads any plan without failing, and says
// nothing about fields a broken front matter could not give.
func TestCheckOddPlans(t *testing.T) {
	p := goodPlan()
	p.Sections = []*plan.Section{nil, plan.NewPart("MỤC ĐÍCH, YÊU CẦU"), nil}
	p.Preamble = plan.Blocks{nil, (*plan.Paragraph)(nil)}
	p.Appendices = []*plan.Appendix{nil}
	p.Signer.Authority = []string{""}
	assert.NotPanics(t, func() { Check(p) })
	assert.NotPanics(t, func() { Parsed(p, plan.Errors{nil}) })
	assert.NotPanics(t, func() { Check(&plan.Plan{}) })

	broken, err := markdown.Read([]byte("---\nissuer: [\n---\n\n# MỤC ĐÍCH, YÊU CẦU\n\nA.\n\n# TỔ CHỨC THỰC HIỆN\n\nB.\n"), "broken.md")
	require.Error(t, err)
	assert.Equal(t, []string{RuleInvalid}, rulesOf(Parsed(broken, err)), "only the syntax error")

	js, err := plan.ParseJSON([]byte(`{"issuer": ["SỞ NỘI VỤ"], "sections": [null], "appendices": [null]}`), "plan.json")
	require.Error(t, err)
	assert.NotPanics(t, func() { Parsed(js, err) })
}

// TestAroundWholeWords: a message quotes whole words around a problem.
func TestAroundWholeWords(t *testing.T) {
	s := "Các đơn vị trực thuộc Văn bản   giữ nguyên như đã viết trong kế hoạch"
	i := strings.Index(s, "   ")
	assert.Equal(t, "thuộc Văn bản   giữ nguyên", around(s, i))
	assert.Equal(t, "a  b", around("a  b", 1))
}

// Texts gives every printed text: the number and symbol, the front
// matter's fields, then the body and the appendices in document order.
func TestTexts(t *testing.T) {
	p := goodPlan()
	p.Number, p.Symbol = "05", "KH-✓"
	var fields, texts []string
	for t := range p.Texts() {
		fields = append(fields, t.Field)
		texts = append(texts, t.Text)
	}
	assert.Equal(t, "number", fields[0])
	assert.Equal(t, "symbol", fields[1])
	assert.Equal(t, "KH-✓", texts[1])
	assert.Contains(t, fields, "subject")
	assert.Contains(t, fields, "signer.name")
	body := slices.Index(fields, "sections[0].title")
	require.Greater(t, body, slices.Index(fields, "recipients[0]"), "the body after the front matter")
	var nilPlan *plan.Plan
	assert.NotPanics(t, func() {
		for range nilPlan.Texts() {
			t.Fatal("no text")
		}
	})
}

// TestPlanJSONDocMinimalPasses: the minimal plan docs/plan-json.md shows
// passes the checker.
func TestPlanJSONDocMinimalPasses(t *testing.T) {
	doc, err := os.ReadFile("../docs/plan-json.md")
	require.NoError(t, err)
	blocks := strings.Split(string(doc), "```json\n")
	require.Len(t, blocks, 3, "two JSON examples")
	minimal, _, _ := strings.Cut(blocks[2], "```")
	p, err := plan.ParseJSON([]byte(minimal), "plan-json.md")
	require.NoError(t, err)
	assert.Empty(t, Check(p), "the minimal plan passes the checker too")
}

// TestCheckInvisibleCharacters: a bidirectional control and a line or
// paragraph separator, which a reader does not see in the text, are
// errors named as what they do, in both languages, at their line.
func TestCheckInvisibleCharacters(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(testplans.Dir(), "ke-hoach-004.md"))
	require.NoError(t, err)
	text := strings.Replace(string(src), "subject: Phát động", "subject: Phát \u2067động\u2069", 1)
	text = strings.Replace(text, "Sở Thông tin và Truyền thông xây dựng", "Sở Thông tin và\u2028Truyền thông xây dựng", 1)
	p, err := markdown.Read([]byte(text), "plan.md")
	require.NoError(t, err)
	var got []string
	for _, f := range Check(p) {
		if f.Rule == RuleTextControl {
			got = append(got, f.Format("en")+" | "+f.Format("vi"))
		}
	}
	assert.Equal(t, []string{
		"plan.md:7: ERROR ND30-TEXT-CONTROL subject: contains the invisible bidirectional control U+2067, which can show text in another order than it is read, searched or copied: delete it | " +
			"plan.md:7: LỖI ND30-TEXT-CONTROL subject: có ký tự điều khiển hướng chữ U+2067, không nhìn thấy, có thể làm chữ hiện ra theo thứ tự khác với khi đọc, tìm kiếm hay sao chép: xóa ký tự này",
		"plan.md:24: ERROR ND30-TEXT-CONTROL contains the separator U+2028 (it usually comes with copied text), where the document breaks the line: replace it with a space, or an ordinary line break where one is meant | " +
			"plan.md:24: LỖI ND30-TEXT-CONTROL có ký tự ngắt dòng U+2028 (thường do sao chép từ nơi khác), văn bản in sẽ xuống dòng tại đó: thay bằng dấu cách, hoặc xuống dòng thường nếu cần",
	}, got)
}
