package docx

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// The Quốc hiệu as the decree writes it in Phụ lục I, and as it writes
// it in its table of Mục V and in Phụ lục III ("HOÀ", the tone mark on the
// "A"): both are right.
const nationalOld = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"

// collapse returns s in NFC with each run of spaces one space, trimmed.
func collapse(s string) string {
	return strings.Join(strings.Fields(norm.NFC.String(strings.ReplaceAll(s, "\u00a0", " "))), " ")
}

// header judges the Quốc hiệu, the Tiêu ngữ, the agency lines, the
// number, the date and the rules under the agency and the Tiêu ngữ.
func (in *inspector) header() {
	a := &in.a
	r := in.ranges
	if s := a.national; s != nil {
		l := s.look()
		text := collapse(s.text())
		if text != plan.NationalName && text != nationalOld {
			in.report(check.RuleLayoutHeader, "national-name",
				fmt.Sprintf("Quốc hiệu viết %s; phải là %q", quote(text), plan.NationalName),
				fmt.Sprintf("the Quốc hiệu reads %s; it must be %q", quote(text), plan.NationalName))
		} else if text != strings.ToUpper(text) {
			in.report(check.RuleLayoutHeader, "national-name", "Quốc hiệu không viết in hoa", "the Quốc hiệu is not in capitals")
		}
		if !l.bold {
			in.report(check.RuleLayoutHeader, "national-name", "Quốc hiệu không in đậm; Nghị định 30 quy định chữ in hoa, đứng, đậm",
				"the Quốc hiệu is not bold; Decree 30 sets bold upright capitals")
		}
		in.size("national-name", "Quốc hiệu", "the Quốc hiệu", l.size, r.NationalNameSize, s.at())
	}
	if s := a.motto; s != nil {
		in.motto(s)
	}
	for i, s := range a.agency {
		l := s.look()
		text := collapse(s.text())
		issuer := i >= a.issuerFrom
		vi, en, field := "tên cơ quan chủ quản", "the parent agency", "parent"
		if issuer {
			vi, en, field = "tên cơ quan ban hành", "the issuer's name", "issuer"
		}
		if text != strings.ToUpper(text) {
			in.report(check.RuleLayoutHeader, field, fmt.Sprintf("%s %s không viết in hoa", capitalize(vi), quote(text)),
				fmt.Sprintf("%s %s is not in capitals", capitalize(en), quote(text)))
		}
		if issuer && !l.bold {
			in.report(check.RuleLayoutHeader, field, fmt.Sprintf("tên cơ quan ban hành %s không in đậm", quote(text)),
				fmt.Sprintf("the issuer's name %s is not bold", quote(text)))
		}
		if l.italic {
			in.report(check.RuleLayoutHeader, field, fmt.Sprintf("%s %s in nghiêng; Nghị định 30 quy định kiểu chữ đứng", capitalize(vi), quote(text)),
				fmt.Sprintf("%s %s is italic; Decree 30 sets upright letters", capitalize(en), quote(text)))
		}
		rng := r.ParentSize
		if issuer {
			rng = r.IssuerSize
		}
		in.size(field, vi, en, l.size, rng, s.at())
	}
	if s := a.number; s != nil {
		in.size("number", "số, ký hiệu", "the number and symbol", s.look().size, r.NumberSize, s.at())
	}
	in.date()
	if len(a.agency) > a.issuerFrom {
		issuer := a.agency[len(a.agency)-1]
		in.rule(issuer, "issuer", "tên cơ quan ban hành", "the issuer's name", r.IssuerRuleRatio)
	}
	if a.motto != nil {
		in.rule(*a.motto, "motto", "Tiêu ngữ", "the Tiêu ngữ", r.MottoRuleRatio)
	}
}

// size reports an element's size outside its range.
func (in *inspector) size(field, vi, en string, size float64, r layout.Range, p *placed) {
	if size > 0 && !r.Contains(size) {
		in.sizeFinding(field, vi, en, size, r, p)
	}
}

// unspacedHyphen finds a hyphen run into a word: "Độc lập-Tự do".
var unspacedHyphen = lazyregexp.New(`\S-|-\S`)

// motto judges the Tiêu ngữ: its words, its hyphens spaced, bold, not
// underlined as text, its size.
func (in *inspector) motto(s *span) {
	l := s.look()
	text := collapse(s.text())
	switch {
	case text == plan.Motto:
	case strings.ContainsAny(text, "–—−"):
		in.report(check.RuleLayoutHeader, "motto",
			fmt.Sprintf("Tiêu ngữ %s dùng dấu gạch ngang dài; Nghị định 30 quy định gạch nối (-) có cách chữ: %q", quote(text), plan.Motto),
			fmt.Sprintf("the Tiêu ngữ %s uses dashes; Decree 30 sets hyphens (-) with spaces: %q", quote(text), plan.Motto))
	case unspacedHyphen.MatchString(text):
		in.report(check.RuleLayoutHeader, "motto",
			fmt.Sprintf("Tiêu ngữ %s thiếu khoảng cách quanh gạch nối; Nghị định 30 quy định %q", quote(text), plan.Motto),
			fmt.Sprintf("the Tiêu ngữ %s has hyphens without spaces; Decree 30 sets %q", quote(text), plan.Motto))
	default:
		in.report(check.RuleLayoutHeader, "motto",
			fmt.Sprintf("Tiêu ngữ viết %s; phải là %q", quote(text), plan.Motto),
			fmt.Sprintf("the Tiêu ngữ reads %s; it must be %q", quote(text), plan.Motto))
	}
	if !l.bold {
		in.report(check.RuleLayoutHeader, "motto", "Tiêu ngữ không in đậm; Nghị định 30 quy định chữ đứng, đậm",
			"the Tiêu ngữ is not bold; Decree 30 sets bold upright letters")
	}
	if l.underlined {
		in.report(check.RuleLayoutHeader, "motto",
			"Tiêu ngữ được gạch chân bằng định dạng chữ; Nghị định 30 quy định một đường kẻ ngang, nét liền riêng bên dưới, dài bằng dòng chữ",
			"the Tiêu ngữ is underlined as text; Decree 30 sets a separate solid line under it, as long as the text")
	}
	in.size("motto", "Tiêu ngữ", "the Tiêu ngữ", l.size, in.ranges.MottoSize, s.at())
}

// dateParts matches the day and month of a date line.
var dateParts = lazyregexp.New(`(?i)ngày\s*(\S*?)\s*tháng\s*(\S*?)\s*năm`)

// joined finds a number run into a word, or a word into a number:
// "tháng 4năm", "ngày05".
var joined = lazyregexp.New(`(?i)\d(năm|tháng|ngày)|(năm|tháng|ngày)\d`)

// date judges the place and date line: italic, padded, spaced.
func (in *inspector) date() {
	s := in.a.date
	if s == nil {
		return
	}
	l := s.look()
	text := collapse(s.text())
	if !l.italic {
		in.report(check.RuleLayoutDate, "date", fmt.Sprintf("dòng địa danh, ngày tháng %s không in nghiêng; Nghị định 30 quy định chữ in thường, nghiêng", quote(text)),
			fmt.Sprintf("the place and date line %s is not italic; Decree 30 sets italic lower-case letters", quote(text)))
	}
	if m := joined.FindString(text); m != "" {
		in.report(check.RuleLayoutDate, "date", fmt.Sprintf("dòng ngày tháng %s thiếu dấu cách ở %q", quote(text), m),
			fmt.Sprintf("the date line %s lacks a space in %q", quote(text), m))
	}
	if m := dateParts.FindStringSubmatch(text); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n >= 1 && n <= 9 && len(m[1]) == 1 {
			in.report(check.RuleLayoutDate, "date", fmt.Sprintf("ngày %s viết thiếu số 0: ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước (ngày 0%d)", m[1], n),
				fmt.Sprintf("the day %s lacks its leading zero: a day under 10 is written with one (ngày 0%d)", m[1], n))
		}
		if n, err := strconv.Atoi(m[2]); err == nil {
			switch {
			case (n == 1 || n == 2) && len(m[2]) == 1:
				in.report(check.RuleLayoutDate, "date", fmt.Sprintf("tháng %s viết thiếu số 0: tháng 1, 2 phải ghi thêm số 0 phía trước (tháng 0%d)", m[2], n),
					fmt.Sprintf("the month %s lacks its leading zero: months 1 and 2 are written with one (tháng 0%d)", m[2], n))
			case n >= 3 && n <= 9 && len(m[2]) > 1:
				in.report(check.RuleLayoutDate, "date", fmt.Sprintf("tháng %s có số 0 thừa: chỉ tháng 1, 2 ghi thêm số 0 (tháng %d)", m[2], n),
					fmt.Sprintf("the month %s has a leading zero: only months 1 and 2 take one (tháng %d)", m[2], n))
			}
		}
	}
	in.size("date", "dòng địa danh, ngày tháng", "the place and date line", l.size, in.ranges.DateSize, s.at())
}
