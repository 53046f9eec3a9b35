package markdown

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	gast "github.com/yuin/goldmark/ast"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// heading opens a section or an appendix.
func (b *bodyReader) heading(h *gast.Heading) {
	line := b.line(h)
	title := b.inlines(h, plan.Span{})
	literal := b.startsEscaped(h)
	if h.Level == 1 && !literal {
		if rest, number, ok := splitAppendixTitle(title); ok {
			if hasNote(rest) { // the title is a plain string in the model
				b.errs.Add(line, "body", plan.CodeFootnotePlace,
					"tên phụ lục không được có chú thích: đặt chú thích vào đoạn đầu tiên của phụ lục",
					"an appendix title cannot carry a footnote: put the note on the appendix's first paragraph")
			}
			rest, orientation := b.appendixAttributes(rest, line)
			b.startAppendix(rest, number, line)
			b.appendix.Orientation = orientation
			return
		}
	}
	title, role := b.roleAttribute(h, title, line)
	level := h.Level
	for len(b.stack) > 0 && b.stack[len(b.stack)-1].sec.Level >= level {
		b.stack = b.stack[:len(b.stack)-1]
	}
	counter, parent := &b.top, ""
	if len(b.stack) > 0 {
		open := &b.stack[len(b.stack)-1]
		counter, parent = &open.counter, open.number
	}
	numbering := b.plan.Numbering
	want, number := numbering.Form(level).Label(counter.Inc(level), parent)
	s := &plan.Section{Level: level, Line: line}
	s.Title, s.Label = title, ""
	if !literal {
		s.Title, s.Label = b.writtenLabel(title, level, want, line, numbering.Written)
	}
	if numbering.Written {
		number = strings.TrimRight(strings.TrimLeft(s.Label, "("), ".)")
	}
	switch {
	case role != "":
		s.Role = role
	case level == plan.LevelPart:
		s.Role = plan.DetectRole(unmarkString(s.Title.String()))
	}
	if c := b.current(); c != nil {
		*c = append(*c, s)
	} else {
		b.plan.Sections = append(b.plan.Sections, s)
	}
	b.stack = append(b.stack, openSection{sec: s, number: number})
}

// startsEscaped reports whether a heading's text starts, after any
// emphasis marks and footnote references, with a backslash escape or a
// character reference ("## &#49;. Tổng quan", "## \- Nội dung"): such a
// heading is its title alone, with no written number, and never opens an
// appendix. That is how a title that starts like a number or like "Phụ
// lục" is written.
func (b *bodyReader) startsEscaped(h *gast.Heading) bool {
	if h.Lines().Len() == 0 {
		return false
	}
	seg := h.Lines().At(0)
	raw := bytes.TrimLeft(seg.Value(b.src), " \t")
	for {
		raw = bytes.TrimLeft(raw, "*_")
		end := bytes.IndexByte(raw, ']')
		if !bytes.HasPrefix(raw, []byte("[^")) || end < 0 {
			break
		}
		raw = raw[end+1:] // a footnote reference
	}
	switch {
	case len(raw) >= 2 && raw[0] == '\\':
		return isASCIIPunct(raw[1])
	case len(raw) > 0 && raw[0] == '&':
		m := charRef.FindIndex(raw)
		return m != nil && html.UnescapeString(string(raw[:m[1]])) != string(raw[:m[1]])
	}
	return false
}

// isASCIIPunct reports whether c is one of the ASCII punctuation
// characters a backslash escapes in CommonMark.
func isASCIIPunct(c byte) bool {
	return c < 0x80 && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// roleAttribute matches a role written after a heading's title,
// "{role=purpose}", and rawRoleAttribute the same in the source, where
// "\{role=…}" is text.
var (
	roleAttribute    = lazyregexp.New(`[\pZ\s]*\{role=([^{}]*)\}[\pZ\s]*$`)
	rawRoleAttribute = lazyregexp.New(`(?:^|[^\\])\{role=[^{}]*\}[ \t]*$`)
)

// roleAttribute takes the role written after a heading's title off it
// (an extension of the authoring format, docs/authoring.md): a part's
// role when its title does not say it ("# MỤC ĐÍCH (ĐỢT 2)
// {role=purpose}"), or another heading's.
func (b *bodyReader) roleAttribute(h *gast.Heading, title plan.Text, line int) (plan.Text, plan.Role) {
	if h.Lines().Len() == 0 {
		return title, ""
	}
	seg := h.Lines().At(0)
	if !rawRoleAttribute.Match(seg.Value(b.src)) {
		return title, ""
	}
	s := title.String()
	m := roleAttribute.FindStringSubmatchIndex(s)
	if m == nil {
		return title, ""
	}
	role := plan.Role(s[m[2]:m[3]])
	if !role.Valid() || role == "" {
		var roles []string
		for _, r := range plan.Roles() {
			roles = append(roles, string(r))
		}
		list := strings.Join(roles, ", ")
		b.errs.Add(line, "body", plan.CodeUnknownRole,
			fmt.Sprintf("vai trò %q không có: dùng một trong %s", string(role), list),
			fmt.Sprintf("unknown role %q: use one of %s", string(role), list))
		role = ""
	}
	head, _ := splitTextAt(title, m[0])
	return trimText(head), role
}

// headingAttributes matches the attributes at the end of an appendix's
// heading: "{landscape}", "{orientation=portrait}".
var headingAttributes = lazyregexp.New(`[\pZ\s]*\{([^{}]*)\}[\pZ\s]*$`)

// appendixAttributes takes the attributes off an appendix's title: its
// orientation, written {landscape} or {portrait} (an extension of the
// authoring format, docs/authoring.md).
func (b *bodyReader) appendixAttributes(title plan.Text, line int) (plan.Text, plan.Orientation) {
	s := title.String()
	m := headingAttributes.FindStringSubmatchIndex(s)
	if m == nil {
		return title, ""
	}
	var o plan.Orientation
	for _, field := range strings.Fields(s[m[2]:m[3]]) {
		switch strings.TrimPrefix(field, "orientation=") {
		case "landscape", "ngang":
			o = plan.OrientationLandscape
		case "portrait", "dọc":
			o = plan.OrientationPortrait
		default:
			b.errs.Add(line, "body", plan.CodeInvalidValue,
				fmt.Sprintf("thuộc tính phụ lục %q không hợp lệ: dùng {landscape} (trang ngang) hoặc {portrait} (trang dọc)", field),
				fmt.Sprintf("appendix attribute %q: use {landscape} or {portrait}", field))
		}
	}
	head, _ := splitTextAt(title, m[0])
	return trimText(head), o
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
var appendixTitle = lazyregexp.New(`^(?i:ph[uụ][\pZ\s]*l[uụ]c)(?:[\pZ\s]+(?:(?i:số)[\pZ\s]+)?([IVX]+|\d+))?(?:[\pZ\s]*[:.–—-][\pZ\s]*|[\pZ\s]+|$)`)

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
	thousands = lazyregexp.New(`^\d{1,3}(?:\.\d{3})+(?:\D|$)`)
	// subNumber matches the parts after an appendix number, "." or "-"
	// and a number or one letter ("I.1", "II.A", "2.a", "II-A"), up to
	// what ends them; "II.An toàn" is appendix II titled "An toàn".
	subNumber = lazyregexp.New(`^((?:[.\-–](?:\d+|[IVX]+|[A-Za-z]))+)(?:[.:)\s–-]|$)`)
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
var writtenNumber = lazyregexp.New(`^(?:` +
	`(?i:phần)[\pZ\s]+([IVXLCDM]+)(?:[\pZ\s]*[.):/\-–])?(?:[\pZ\s]+|$)|` + // 1: Phần I.
	`([IVXLCDM]+)[\pZ\s]*[.):/\-–](?:[\pZ\s]+|$|\pL)|` + // 2: I.
	`(\d+(?:\.\d{1,2})+)\.?(?:[\pZ\s]+|$)|` + // 3: 1.2.
	`(\d+)[.):](?:[\pZ\s]+|$|\pL)|` + // 4: 3.
	`(\d{1,2})[\pZ\s]*[/\-–][\pZ\s]+|` + // 5: 1- , 2/
	`(\pL)(?:\)[\pZ\s]*|\.(?:[\pZ\s]+|$))|` + // 6: a)
	`([-+–•*])(?:[\pZ\s]+|$)|` + // 7: -
	`\((\d{1,3}|\pL)\)(?:[\pZ\s]+|$)|` + // 8: (1), (a)
	`(?i:mục|chương)[\pZ\s]+(\d+|[IVXLCDM]+)(?:[\pZ\s]*[.):/\-–])?(?:[\pZ\s]+|$))`) // 9: Mục 1, Chương II

// The kinds of written number, by the group of writtenNumber that matched.
const (
	writtenPart     = 1
	writtenRoman    = 2
	writtenArabic   = 4
	writtenSpan     = 5
	writtenLetter   = 6
	writtenWord     = 9
	writtenGroupMax = 9
)

// writtenLabel takes the number an author wrote before a heading's title
// off the title, and returns the title and the label as written. In a
// plan numbered as written (keep), the label is kept as it is, for the
// writers to print. Otherwise it is checked against want, the label the
// heading gets anyway (punctuation aside: "II-" and "3)" are "II." and
// "3."; "A)" is the point a, written large), and a different one is a
// problem.
func (b *bodyReader) writtenLabel(title plan.Text, level int, want string, line int, keep bool) (plan.Text, string) {
	plain := title.String()
	if keep {
		label, end, ok := cutLabel(plain, true)
		if !ok {
			return title, ""
		}
		return trimTextPrefix(title, end), label
	}
	written, value, group, end, ok := cutWrittenNumber(plain)
	if !ok {
		return title, ""
	}
	rest := trimTextPrefix(title, end)
	if group == writtenLetter {
		if _, ok := plan.ParsePointLetter(strings.ToLower(value)); !ok && len(value) == 1 && strings.ToLower(value) != strings.ToUpper(value) {
			b.errs.Add(line, "body", plan.CodeHeadingNumber,
				fmt.Sprintf("đề mục %q được đánh chữ %q, không có trong bảng chữ cái tiếng Việt (a b c d đ e g h i k l m n o p q r s t u v x y): phải là %q", plain, strings.ToLower(value), want),
				fmt.Sprintf("heading %q is lettered %q, which is not in the Vietnamese alphabet (a b c d đ e g h i k l m n o p q r s t u v x y): expected %q", plain, strings.ToLower(value), want))
			return rest, ""
		}
	}
	if sameLabel(written, want) {
		return rest, ""
	}
	wantForm, wantN, _ := plan.LabelForm(want)
	gotForm, gotN, _ := plan.LabelForm(normalizeLabel(written))
	if canonicalForm(gotForm) == canonicalForm(wantForm) && gotN != wantN {
		number := strings.TrimRight(strings.TrimLeft(want, "("), ".)")
		b.errs.Add(line, "body", plan.CodeHeadingNumber,
			fmt.Sprintf("đề mục %q được đánh số %q, nhưng đây là %s %s: ghi %q hoặc bỏ số (số được đánh tự động)",
				plain, written, plan.LevelName(level, "vi"), number, want),
			fmt.Sprintf("heading %q is numbered %q, but it is %s %s: write %q or leave the number out (numbering is automatic)",
				plain, written, plan.LevelName(level), number, want))
		return rest, ""
	}
	b.errs.Add(line, "body", plan.CodeHeadingNumber,
		fmt.Sprintf("đề mục %q được đánh số %q, nhưng %s được đánh số theo kiểu %q: ghi %q hoặc bỏ số (số được đánh tự động), hoặc khai báo numbering: written để in số như đã viết",
			plain, written, plan.LevelName(level, "vi"), want, want),
		fmt.Sprintf("heading %q is numbered %q, but a %s is numbered like %q: write %q or leave the number out (numbering is automatic), or declare numbering: written to print numbers as written",
			plain, written, plan.LevelName(level), want, want))
	return rest, ""
}

// writtenOnly matches more labels, which a plan numbered as written
// keeps but whose automatic forms the reader does not check: "Phần 1",
// "Điều 2", "I.1.", "A.2".
var writtenOnly = lazyregexp.New(`^(?:(?i:phần|điều|chương|mục)[\pZ\s]+\d+(?:[\pZ\s]*[.):/\-–])?|(?:[A-Z]|[IVXLCDM]+)(?:\.\d{1,3})+\.?)(?:[\pZ\s]+|$)`)

// cutLabel finds the label an author wrote at the start of a heading's
// plain title, and where the rest of the title starts: a written number
// ([cutWrittenNumber]), or, in a plan numbered as written, one of the
// labels writtenOnly matches.
func cutLabel(plain string, written bool) (label string, end int, ok bool) {
	if label, _, _, end, ok := cutWrittenNumber(plain); ok || !written {
		return label, end, ok
	}
	if m := writtenOnly.FindStringIndex(plain); m != nil {
		return strings.TrimSpace(plain[:m[1]]), m[1], true
	}
	return "", 0, false
}

// cutWrittenNumber finds the number an author wrote at the start of a
// heading's plain title: the number as written ("II.", "Phần I", "a)"),
// its value ("II", "I", "a"), its kind (the group of writtenNumber that
// matched) and where the rest of the title starts; ok is false when the
// title starts with no number.
func cutWrittenNumber(plain string) (written, value string, group, end int, ok bool) {
	m := writtenNumber.FindStringSubmatchIndex(plain)
	if m == nil {
		return "", "", 0, 0, false
	}
	for g := 1; g <= writtenGroupMax; g++ {
		if m[2*g] >= 0 {
			group = g
		}
	}
	value, valueEnd := plain[m[2*group]:m[2*group+1]], m[2*group+1]
	switch {
	case (group == writtenPart || group == writtenWord) && !textutil.IsRoman(value) && !textutil.IsDigits(value): // "PHẦN DI SẢN": a word
		return "", "", 0, 0, false
	case group == writtenSpan && startsWithDigit(plain[m[1]:]): // "10 - 15 người": a span
		return "", "", 0, 0, false
	}
	end = m[1]
	if last, size := utf8.DecodeLastRuneInString(plain[:end]); unicode.IsLetter(last) && end > valueEnd {
		end -= size // "V.MỤC", "3.Mục": the title's first letter is not part of the number
	}
	return strings.TrimSpace(plain[:end]), value, group, end, true
}

// sameLabel reports whether a written label is the automatic one, its
// punctuation and a point letter's case aside.
func sameLabel(written, want string) bool {
	if written == want {
		return true
	}
	wf, wn, ok1 := plan.LabelForm(normalizeLabel(written))
	ff, fn, ok2 := plan.LabelForm(want)
	return ok1 && ok2 && wn == fn && canonicalForm(wf) == canonicalForm(ff)
}

// normalizeLabel writes the punctuation authors put after a number
// ("II-", "IV:", "2/", "1 -") as a dot.
func normalizeLabel(s string) string {
	s = strings.TrimSpace(s)
	if word, rest, ok := strings.Cut(s, " "); ok && strings.EqualFold(word, "Phần") { // "Phần I": a part
		s = strings.TrimSpace(rest)
	}
	trimmed := strings.TrimRight(s, ":/-– ")
	if trimmed != s && trimmed != "" {
		return trimmed + "."
	}
	return s
}

// canonicalForm is a form without the punctuation after its number and
// with a letter counter in lower case: "a)" and "A." are the point
// letters' form, "1." and "1)" the numbers', "(1)" stays itself.
func canonicalForm(f plan.NumberForm) string {
	s := string(f)
	if !strings.HasPrefix(s, "(") && !strings.Contains(s, " (") {
		s = strings.TrimRight(s, ".)")
	}
	if s == "A" {
		s = "a"
	}
	return s
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
