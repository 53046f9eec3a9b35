package markdown

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
	gast "github.com/yuin/goldmark/ast"
)

// heading opens a section or an appendix.
func (b *bodyReader) heading(h *gast.Heading) {
	line := b.line(h)
	title := b.inlines(h, plan.Span{})
	if h.Level == 1 {
		if rest, number, ok := splitAppendixTitle(title); ok {
			if hasNote(rest) { // the title is a plain string in the model
				b.errs.Add(line, "body", plan.CodeFootnotePlace,
					"tên phụ lục không được có chú thích: đặt chú thích vào đoạn đầu tiên của phụ lục",
					"an appendix title cannot carry a footnote: put the note on the appendix's first paragraph")
			}
			b.startAppendix(rest, number, line)
			return
		}
	}
	level := h.Level
	if level > plan.MaxLevel {
		b.errs.Add(line, "body", plan.CodeHeadingLevel,
			fmt.Sprintf("đề mục cấp %d quá sâu: kế hoạch chỉ có mục (#), khoản (##), điểm (###) và tiết (####)", level),
			fmt.Sprintf("a heading of level %d is too deep: a plan has parts (#), sections (##), points (###) and sub-points (####)", level))
		b.add(&plan.Paragraph{Text: b.inlines(h, plan.Span{Bold: true}), Line: line})
		return
	}
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].sec.Level >= level {
		b.stack = b.stack[:len(b.stack)-1]
	}
	counter := &b.top
	if len(b.stack) > 0 {
		counter = &b.stack[len(b.stack)-1].counter
	}
	s := &plan.Section{Level: level, Line: line}
	s.Title = b.stripWrittenNumber(title, level, counter.Next(level), line)
	if level == plan.LevelPart {
		s.Role = plan.DetectRole(s.Title.String())
	}
	if c := b.current(); c != nil {
		*c = append(*c, s)
	} else {
		b.plan.Sections = append(b.plan.Sections, s)
	}
	b.stack = append(b.stack, openSection{sec: s})
}

// startAppendix closes the open sections and starts a new appendix.
// written is the number the author wrote after "Phụ lục", if any.
func (b *bodyReader) startAppendix(title plan.Text, written string, line int) {
	b.stack = b.stack[:0]
	b.top = plan.Counter{}
	n := len(b.plan.Appendices) + 1
	if _, _, sub := strings.Cut(strings.NewReplacer("-", ".", "–", ".").Replace(written), "."); sub {
		b.errs.Add(line, "body", plan.CodeAppendixNumber,
			fmt.Sprintf("phụ lục này được đánh số %q, có số phụ: phụ lục đánh số I, II… và không có số phụ; ghi \"Phụ lục %s\" rồi đưa phần còn lại vào tên phụ lục, hoặc bỏ số", written, plan.Roman(n)),
			fmt.Sprintf("this appendix is numbered %q, with a sub-number: appendices are numbered I, II… and have none; write \"Phụ lục %s\" and put the rest in the title, or leave the number out", written, plan.Roman(n)))
	} else if written != "" {
		if v, ok := parseAppendixNumber(written); !ok || v != n {
			want := plan.Roman(n)
			if textutil.IsDigits(written) { // "Phụ lục số 02": the author's way, "01"
				want = fmt.Sprintf("%0*d", len(written), n)
			}
			b.errs.Add(line, "body", plan.CodeAppendixNumber,
				fmt.Sprintf("phụ lục này được đánh số %q nhưng là phụ lục %s: ghi %q hoặc bỏ số (số được đánh tự động)", written, plan.Roman(n), want),
				fmt.Sprintf("this appendix is numbered %q but it is appendix %s: write %q or leave the number out (numbering is automatic)", written, plan.Roman(n), want))
		}
	}
	b.appendix = &plan.Appendix{Title: title.String(), Line: line}
	b.plan.Appendices = append(b.plan.Appendices, b.appendix)
}

// appendixTitle matches a heading that opens an appendix: "Phụ lục",
// in any case, then an optional number and separator, then the title. An
// appendix number is Arabic or a Roman numeral of I, V and X (up to
// XXXIX): "PHỤ LỤC DI TÍCH LỊCH SỬ" is an appendix titled "DI TÍCH LỊCH
// SỬ", not appendix DI (501).
var appendixTitle = regexp.MustCompile(`^(?i:ph[uụ][\pZ\s]*l[uụ]c)(?:[\pZ\s]+(?:(?i:số)[\pZ\s]+)?([IVX]+|\d+))?(?:[\pZ\s]*[:.–—-][\pZ\s]*|[\pZ\s]+|$)`)

// splitAppendixTitle recognises "Phụ lục: DANH MỤC", "PHỤ LỤC II – …" and
// returns the title after the prefix and the written number, if any.
//
// Some numbers after "Phụ lục" start the title instead: one of three
// digits or more ("Phụ lục 2025 …", a year) and one grouped in
// thousands ("Phụ lục 1.000 việc": the dot groups thousands). A number
// with parts ("Phụ lục I.1") is returned whole, for startAppendix to
// refuse: appendices are numbered I, II… and have no sub-numbers.
func splitAppendixTitle(t plan.Text) (rest plan.Text, number string, ok bool) {
	s := t.String()
	m := appendixTitle.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, "", false
	}
	if m[2] < 0 {
		return trimTextPrefix(t, m[1]), "", true
	}
	number = s[m[2]:m[3]]
	if textutil.IsDigits(number) && len(number) >= 3 || thousands.MatchString(s[m[2]:]) {
		return trimTextPrefix(t, m[2]), "", true // the title starts with the number
	}
	if parts := subNumber.FindStringSubmatch(s[m[3]:]); parts != nil {
		return trimTextPrefix(t, m[1]), number + parts[1], true
	}
	return trimTextPrefix(t, m[1]), number, true
}

var (
	thousands = regexp.MustCompile(`^\d{1,3}(?:\.\d{3})+(?:\D|$)`)
	// subNumber matches the parts after an appendix number, "." or "-"
	// and a number or one letter ("I.1", "II.A", "2.a", "II-A"), up to
	// what ends them; "II.An toàn" is appendix II titled "An toàn".
	subNumber = regexp.MustCompile(`^((?:[.\-–](?:\d+|[IVX]+|[A-Za-z]))+)(?:[.:)\s–-]|$)`)
)

func parseAppendixNumber(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	return plan.ParseRoman(s)
}

// writtenNumber matches a number an author wrote at the start of a heading:
// a Roman numeral followed by ".", ")", ":", "/" or "-" ("I.", "II-",
// "IV:", "V.MỤC"), or after "Phần" ("Phần I.", "PHẦN II"); an Arabic
// number, possibly dotted in groups of one or two digits ("2.", "1.2.",
// "2.5", but not "1.000", which is a thousand: in Vietnamese the dot groups
// thousands and the comma marks decimals, so "2.5" can only be a section
// number); an Arabic number followed by ".", ")" or ":" ("3.", "3)",
// "3.Mục"), or a one- or two-digit one followed by "-" or "/" and a space
// ("1- Mục đích", "2/ Yêu cầu"; "2025 - 2030" is a span of years); one
// point letter with ")" or "." ("a)", "c)Nội", "b."); or a "-"/"+"
// marker. A Roman numeral without punctuation is a word ("VI PHẠM"), and
// so are abbreviations of two or more letters ("TP. Hà Nội", "ĐV. Chủ
// trì").
//
// A match may end with the title's first letter, when the author wrote no
// space after the number; [stripWrittenNumber] gives it back.
var writtenNumber = regexp.MustCompile(`^(?:` +
	`(?i:phần)[\pZ\s]+([IVXLCDM]+)(?:[\pZ\s]*[.):/\-–])?(?:[\pZ\s]+|$)|` + // 1: Phần I.
	`([IVXLCDM]+)[\pZ\s]*[.):/\-–](?:[\pZ\s]+|$|\pL)|` + // 2: I.
	`(\d+(?:\.\d{1,2})+)\.?(?:[\pZ\s]+|$)|` + // 3: 1.2.
	`(\d+)[.):](?:[\pZ\s]+|$|\pL)|` + // 4: 3.
	`(\d{1,2})[\pZ\s]*[/\-–][\pZ\s]+|` + // 5: 1- , 2/
	`(\pL)(?:\)[\pZ\s]*|\.(?:[\pZ\s]+|$))|` + // 6: a)
	`([-+–])(?:[\pZ\s]+|$))`) // 7: -

// The kinds of written number, by the group of writtenNumber that matched.
const (
	writtenRoman    = 2
	writtenArabic   = 4
	writtenLetter   = 6
	writtenDash     = 7
	writtenGroupMax = 7
)

// stripWrittenNumber removes a number the author wrote before a heading's
// title, after checking that it is the number the heading gets anyway
// (want, from [Label]).
func (b *bodyReader) stripWrittenNumber(title plan.Text, level int, want string, line int) plan.Text {
	plain := title.String()
	m := writtenNumber.FindStringSubmatchIndex(plain)
	if m == nil {
		return title
	}
	group := 0
	for g := 1; g <= writtenGroupMax; g++ {
		if m[2*g] >= 0 {
			group = g
		}
	}
	value, valueEnd := plain[m[2*group]:m[2*group+1]], m[2*group+1]
	switch {
	case group == 1 && !textutil.IsRoman(value): // "PHẦN DI SẢN": a word, not a number
		return title
	case group == 5 && startsWithDigit(plain[m[1]:]): // "10 - 15 người": a span
		return title
	}
	switch group { // the same kinds, written another way
	case 1:
		group = writtenRoman
	case 5:
		group = writtenArabic
	}
	if last, size := utf8.DecodeLastRuneInString(plain[:m[1]]); unicode.IsLetter(last) && m[1] > valueEnd {
		m[1] -= size // "V.MỤC", "3.Mục": the title's first letter is not part of the number
	}
	written := plain[:m[1]]
	var got string
	switch {
	case group == writtenRoman && level == plan.LevelPart:
		got = value + "."
	case group == writtenArabic && level == plan.LevelSection:
		got = strconv.Itoa(textutil.Atoi(value)) + "."
	case group == writtenLetter && level == plan.LevelPoint:
		value = strings.ToLower(value) // "A)" is the letter a, written large
		if _, ok := plan.ParsePointLetter(value); !ok {
			b.errs.Add(line, "body", plan.CodeHeadingNumber,
				fmt.Sprintf("đề mục %q được đánh chữ %q, không có trong bảng chữ cái tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y): phải là %q", plain, value, want),
				fmt.Sprintf("heading %q is lettered %q, which is not in the Vietnamese alphabet (a b c d đ e g h i k l m n o p q r s t u v x y): expected %q", plain, value, want))
			return trimTextPrefix(title, m[1])
		}
		got = value + ")"
	case group == writtenDash && level == plan.LevelSubPoint:
		return trimTextPrefix(title, m[1])
	default:
		b.errs.Add(line, "body", plan.CodeHeadingNumber,
			fmt.Sprintf("đề mục %q được đánh số %q, nhưng %s được đánh số theo kiểu %q: ghi %q hoặc bỏ số (số được đánh tự động)",
				plain, strings.TrimSpace(written), plan.LevelName(level, "vi"), want, want),
			fmt.Sprintf("heading %q is numbered %q, but a %s is numbered like %q: write %q or leave the number out (numbering is automatic)",
				plain, strings.TrimSpace(written), plan.LevelName(level), want, want))
		return trimTextPrefix(title, m[1])
	}
	if got != want {
		number := strings.TrimRight(want, ".)")
		b.errs.Add(line, "body", plan.CodeHeadingNumber,
			fmt.Sprintf("đề mục %q được đánh số %q, nhưng đây là %s %s: ghi %q hoặc bỏ số (số được đánh tự động)",
				plain, strings.TrimSpace(written), plan.LevelName(level, "vi"), number, want),
			fmt.Sprintf("heading %q is numbered %q, but it is %s %s: write %q or leave the number out (numbering is automatic)",
				plain, strings.TrimSpace(written), plan.LevelName(level), number, want))
	}
	return trimTextPrefix(title, m[1])
}

// isRoman reports whether s is a Roman numeral as parts are numbered:
// I to XXXIX, written the usual way ("IV", not "IIII"; "DI" is a word).
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// hasNote reports whether t holds a footnote reference.
func hasNote(t plan.Text) bool {
	for _, s := range t {
		if s.Note != nil {
			return true
		}
	}
	return false
}
