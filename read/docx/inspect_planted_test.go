package docx

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/internal/langcheck"
	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// plant returns a package with its parts edited.
func plant(t *testing.T, src []byte, edits map[string]func(string) string) []byte {
	t.Helper()
	pkg, err := ooxml.Read(src, limits.Default(), func(string) bool { return true })
	require.NoError(t, err)
	for part, edit := range edits {
		data, _ := pkg.Get(part)
		edited := edit(string(data))
		require.NotEqual(t, string(data), edited, "the edit of %s changes it", part)
		pkg.Set(part, []byte(edited))
	}
	var b bytes.Buffer
	require.NoError(t, pkg.Write(&b))
	return b.Bytes()
}

// inStyle edits the properties of one style of styles.xml.
func inStyle(id string, edit func(string) string) func(string) string {
	return func(s string) string {
		start := strings.Index(s, `w:styleId="`+id+`"`)
		if start < 0 {
			return s
		}
		end := start + strings.Index(s[start:], "</w:style>")
		return s[:start] + edit(s[start:end]) + s[end:]
	}
}

func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

func replaceRe(re, new string) func(string) string {
	return func(s string) string { return regexp.MustCompile(re).ReplaceAllString(s, new) }
}

// footerPage adds a footer holding a centred PAGE field to every page.
var footerPage = map[string]func(string) string{
	"word/footer9.xml": func(string) string {
		return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="` + nsW + `"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
			`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`
	},
	"word/_rels/document.xml.rels": replace(`</Relationships>`,
		`<Relationship Id="rIdFooter9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer9.xml"/></Relationships>`),
	"[Content_Types].xml": replace(`</Types>`,
		`<Override PartName="/word/footer9.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`),
	"word/document.xml": replace(`<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`,
		`<w:headerReference w:type="first" r:id="rIdHeaderFirst"/><w:footerReference w:type="default" r:id="rIdFooter9"/><w:footerReference w:type="first" r:id="rIdFooter9"/>`),
}

// TestInspectPlanted: each kind of mistake planted in kehoach's own DOCX
// of a plan is reported by its rule, naming what it measured beside what
// the decree sets, in both languages; the file without it gets none (see
// TestInspectOwn).
func TestInspectPlanted(t *testing.T) {
	minimal := ownDocx(t, testplans.Minimal()) // ngày 05 tháng 3 năm 2026
	long := ownDocx(t, testplans.Load(t, "ke-hoach-004.md"))
	for _, c := range []struct {
		name  string
		src   []byte
		edits map[string]func(string) string
		rule  string
		vi    []string // what the Vietnamese message says, in part
		en    []string
	}{
		{"a margin", minimal, map[string]func(string) string{"word/document.xml": replaceRe(`(<w:pgMar[^>]*w:left=")\d+`, "${1}1134")},
			check.RuleLayoutMargins, []string{"lề trái 20 mm; Nghị định 30 quy định 30–35 mm"}, []string{"left margin 20 mm; Decree 30 sets 30–35 mm"}},
		{"a top margin of 17.5 mm", minimal, map[string]func(string) string{"word/document.xml": replaceRe(`(<w:pgMar[^>]*w:top=")\d+`, "${1}992")},
			check.RuleLayoutMargins, []string{"lề trên 17,5 mm"}, []string{"top margin 17.5 mm"}},
		{"letter paper", minimal, map[string]func(string) string{"word/document.xml": replace(`<w:pgSz w:w="11906" w:h="16838"/>`, `<w:pgSz w:w="12240" w:h="15840"/>`)},
			check.RuleLayoutPaper, []string{"khổ giấy 215,9 × 279,4 mm", "A4"}, []string{"paper 215.9 × 279.4 mm", "A4"}},
		{"a font", minimal, map[string]func(string) string{"word/styles.xml": replaceRe(`(<w:docDefaults>.*?)Times New Roman(.*?)Times New Roman(.*?)Times New Roman(.*?)Times New Roman`, "${1}Arial${2}Arial${3}Arial${4}Arial")},
			check.RuleLayoutFont, []string{"Phông chữ Arial", "Times New Roman"}, []string{"font Arial", "Times New Roman"}},
		{"a body size", minimal, map[string]func(string) string{"word/styles.xml": inStyle("Normal", replace(`<w:sz w:val="28"/>`, `<w:sz w:val="24"/>`))},
			check.RuleLayoutSize, []string{"cỡ chữ 12 pt", "13–14 pt"}, []string{"12 pt", "13–14 pt"}},
		{"a Quốc hiệu size", minimal, map[string]func(string) string{"word/styles.xml": inStyle("NationalName", replaceRe(`<w:sz w:val="\d+"/>`, `<w:sz w:val="28"/>`))},
			check.RuleLayoutSize, []string{"Quốc hiệu cỡ chữ 14 pt", "12–13 pt"}, []string{"Quốc hiệu at 14 pt", "12–13 pt"}},
		{"the title not bold", minimal, map[string]func(string) string{"word/styles.xml": inStyle("Title", replace(`<w:b/><w:bCs/>`, ``))},
			check.RuleLayoutTitle, []string{`"KẾ HOẠCH" không in đậm`}, []string{`"KẾ HOẠCH" is not bold`}},
		{"the subject not bold", minimal, map[string]func(string) string{"word/styles.xml": inStyle("Subject", replace(`<w:b/><w:bCs/>`, ``))},
			check.RuleLayoutTitle, []string{"trích yếu", "không in đậm"}, []string{"subject", "not bold"}},
		{"the date not italic", minimal, map[string]func(string) string{"word/styles.xml": inStyle("DateLine", replace(`<w:i/><w:iCs/>`, ``))},
			check.RuleLayoutDate, []string{"không in nghiêng"}, []string{"not italic"}},
		{"an unpadded day", minimal, map[string]func(string) string{"word/document.xml": replace("ngày 05 tháng", "ngày 5 tháng")},
			check.RuleLayoutDate, []string{"ngày 5 viết thiếu số 0", "ngày 05"}, []string{"day 5 lacks its leading zero", "ngày 05"}},
		{"a padded month", minimal, map[string]func(string) string{"word/document.xml": replace("tháng 3 năm", "tháng 03 năm")},
			check.RuleLayoutDate, []string{"tháng 03 có số 0 thừa"}, []string{"month 03 has a leading zero"}},
		{"a missing space in the date", minimal, map[string]func(string) string{"word/document.xml": replace("tháng 3 năm", "tháng 3năm")},
			check.RuleLayoutDate, []string{`thiếu dấu cách ở "3năm"`}, []string{`lacks a space in "3năm"`}},
		{"a motto without spaced hyphens", minimal, map[string]func(string) string{"word/document.xml": replace(plan.Motto, "Độc lập-Tự do-Hạnh phúc")},
			check.RuleLayoutHeader, []string{`"Độc lập-Tự do-Hạnh phúc" thiếu khoảng cách quanh gạch nối`}, []string{"hyphens without spaces"}},
		{"a motto with dashes", minimal, map[string]func(string) string{"word/document.xml": replace(plan.Motto, "Độc lập – Tự do – Hạnh phúc")},
			check.RuleLayoutHeader, []string{"gạch ngang dài"}, []string{"dashes"}},
		{"a misspelt Quốc hiệu", minimal, map[string]func(string) string{"word/document.xml": replace("CỘNG HÒA", "CỘNG HÕA")},
			check.RuleLayoutHeader, []string{`"CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM"`}, []string{`"CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM"`}},
		{"the Quốc hiệu not bold", minimal, map[string]func(string) string{"word/styles.xml": inStyle("NationalName", replace(`<w:b/><w:bCs/>`, ``))},
			check.RuleLayoutHeader, []string{"Quốc hiệu không in đậm"}, []string{"Quốc hiệu is not bold"}},
		{"the issuer not bold", minimal, map[string]func(string) string{"word/styles.xml": inStyle("HeaderIssuer", replace(`<w:b/><w:bCs/>`, ``))},
			check.RuleLayoutHeader, []string{`tên cơ quan ban hành "SỞ NỘI VỤ" không in đậm`}, []string{`"SỞ NỘI VỤ" is not bold`}},
		{"the motto underlined as text", minimal, map[string]func(string) string{"word/styles.xml": inStyle("Motto", replace(`<w:b/><w:bCs/>`, `<w:b/><w:bCs/><w:u w:val="single"/>`))},
			check.RuleLayoutHeader, []string{"gạch chân"}, []string{"underlined as text"}},
		{"the motto's rule typed", minimal, map[string]func(string) string{"word/document.xml": func(s string) string {
			rules := regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="Rule"/>.*?</w:p>`).FindAllStringIndex(s, -1)
			r := rules[1] // the issuer's, the motto's, the subject's
			return s[:r[0]] + `<w:p><w:r><w:t>______________________</w:t></w:r></w:p>` + s[r[1]:]
		}}, check.RuleLayoutRules, []string{"Tiêu ngữ", "gõ bằng ký tự"}, []string{"Tiêu ngữ", "typed"}},
		{"the issuer's rule too long", minimal, map[string]func(string) string{"word/document.xml": func(s string) string {
			r := regexp.MustCompile(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:pBdr>.*?</w:pBdr><w:ind w:left="\d+" w:right="\d+"`).FindStringIndex(s)
			return s[:r[0]] + regexp.MustCompile(`w:left="\d+" w:right="\d+"`).ReplaceAllString(s[r[0]:r[1]], `w:left="200" w:right="200"`) + s[r[1]:]
		}}, check.RuleLayoutRules, []string{"đường kẻ dưới tên cơ quan ban hành dài", "từ 1/3 đến 1/2"}, []string{"the line under the issuer's name is", "1/3 to 1/2"}},
		{"the body not justified", long, map[string]func(string) string{"word/styles.xml": inStyle("Normal", replace(`<w:jc w:val="both"/>`, `<w:jc w:val="left"/>`))},
			check.RuleLayoutBody, []string{"không canh đều hai lề"}, []string{"not justified"}},
		{"the body not indented", minimal, map[string]func(string) string{"word/styles.xml": inStyle("Normal", replace(`w:firstLine="567"`, `w:firstLine="0"`))},
			check.RuleLayoutBody, []string{"lùi vào 0 mm", "1 cm hoặc 1,27 cm"}, []string{"indented 0 mm", "1 cm or 1.27 cm"}},
		{"paragraphs 3 pt apart", long, map[string]func(string) string{"word/styles.xml": inStyle("Normal", replace(`w:before="120"`, `w:before="60"`))},
			check.RuleLayoutSpacing, []string{"khoảng cách giữa các đoạn văn", "nhỏ hơn 6 pt: 3 pt", "tối thiểu 6 pt"}, []string{"gaps between paragraphs are under 6 pt: 3 pt", "at least 6 pt"}},
		{"lines double spaced", long, map[string]func(string) string{"word/styles.xml": inStyle("Normal", replace(`w:line="240" w:lineRule="auto"`, `w:line="480" w:lineRule="auto"`))},
			check.RuleLayoutSpacing, []string{"khoảng cách dòng", "2 dòng", "đến 1,5 dòng"}, []string{"line spacing is 2 lines", "to 1.5 lines"}},
		{"lines exactly 26 pt", long, map[string]func(string) string{"word/styles.xml": inStyle("Normal", replace(`w:line="240" w:lineRule="auto"`, `w:line="520" w:lineRule="exact"`))},
			check.RuleLayoutSpacing, []string{"đúng 26 pt"}, []string{"exactly 26 pt"}},
		{"lines exactly 14 pt", long, map[string]func(string) string{"word/styles.xml": inStyle("Normal", replace(`w:line="240" w:lineRule="auto"`, `w:line="280" w:lineRule="exact"`))},
			check.RuleLayoutSpacing, []string{"đúng 14 pt", "đúng 15 pt"}, []string{"exactly 14 pt", "exactly 15 pt"}},
		{"Nơi nhận not italic", minimal, map[string]func(string) string{"word/styles.xml": inStyle("RecipientsLabel", replace(`<w:i/><w:iCs/>`, ``))},
			check.RuleLayoutRecipients, []string{`"Nơi nhận:" không in đậm nghiêng`}, []string{`"Nơi nhận:" is not bold italic`}},
		{"recipients at 12 pt", minimal, map[string]func(string) string{"word/styles.xml": inStyle("Recipients", replaceRe(`<w:sz w:val="\d+"/>`, `<w:sz w:val="24"/>`))},
			check.RuleLayoutSize, []string{"nơi nhận có cỡ chữ 12 pt", "11 pt"}, []string{"recipients are at 12 pt", "11 pt"}},
		{"a page number on page 1", minimal, map[string]func(string) string{"word/document.xml": replace(`<w:titlePg/>`, ``)},
			check.RuleLayoutPageNumber, []string{"số trang hiện ở trang đầu"}, []string{"prints on page 1"}},
		{"a page number in the footer", minimal, footerPage,
			check.RuleLayoutPageNumber, []string{"số trang (trường PAGE) đặt ở chân trang"}, []string{"in the footer"}},
		{"a page number on the right", minimal, map[string]func(string) string{"word/header1.xml": replace(`<w:pStyle w:val="Header"/>`, `<w:pStyle w:val="Header"/><w:jc w:val="right"/>`)},
			check.RuleLayoutPageNumber, []string{"không canh giữa"}, []string{"not centred"}},
		{"no page numbers on a long plan", long, map[string]func(string) string{"word/document.xml": replaceRe(`<w:headerReference [^>]*/>`, ``)},
			check.RuleLayoutPageNumber, []string{"không đánh số trang"}, []string{"no page numbers"}},
		{"a tracked insertion", minimal, map[string]func(string) string{"word/document.xml": replace(`<w:r><w:t xml:space="preserve">Nội dung.</w:t></w:r>`, `<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">Nội dung.</w:t></w:r></w:ins>`)},
			check.RuleDocxChanges, []string{"1 thay đổi"}, []string{"1 tracked changes"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			findings, err := Inspect(plant(t, c.src, c.edits))
			require.NoError(t, err)
			var hit *check.Finding
			for i, f := range findings {
				if f.Rule == c.rule {
					hit = &findings[i]
				}
			}
			require.NotNil(t, hit, "a finding of %s among %v", c.rule, findings)
			for _, s := range c.vi {
				assert.Contains(t, hit.Vi, s)
			}
			for _, s := range c.en {
				assert.Contains(t, hit.En, s)
			}
			assertLanguages(t, findings)
		})
	}
}

// assertLanguages checks that each finding's Vietnamese message is
// Vietnamese and its English one English, with its rule's severity and
// source.
func assertLanguages(t *testing.T, findings []check.Finding) {
	t.Helper()
	rules := map[string]check.Rule{}
	for _, r := range check.Rules() {
		rules[r.ID] = r
	}
	for _, f := range findings {
		assert.Empty(t, langcheck.English(f.Format("vi")), "the Vietnamese message is Vietnamese: %s", f.Vi)
		assert.Empty(t, langcheck.Vietnamese(f.Format("en")), "the English message is English: %s", f.En)
		assert.Equal(t, rules[f.Rule].Ref, f.Ref, f.Rule)
		if f.Rule != check.RuleLayoutPageNumber { // a dormant footer number is a warning
			assert.Equal(t, rules[f.Rule].Severity, f.Severity, f.Rule)
		}
	}
}
