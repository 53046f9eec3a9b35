package docx

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/check"
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
func (in *inspector) size(field, vi, en string, size float64, r check.Range, p *placed) {
	if size > 0 && !r.Contains(size) {
		in.sizeFinding(field, vi, en, size, r, p)
	}
}

// unspacedHyphen finds a hyphen run into a word: "Độc lập-Tự do".
var unspacedHyphen = regexp.MustCompile(`\S-|-\S`)

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
var dateParts = regexp.MustCompile(`(?i)ngày\s*(\S*?)\s*tháng\s*(\S*?)\s*năm`)

// joined finds a number run into a word, or a word into a number:
// "tháng 4năm", "ngày05".
var joined = regexp.MustCompile(`(?i)\d(năm|tháng|ngày)|(năm|tháng|ngày)\d`)

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

// rule judges the line under an element (the issuer's name, the Tiêu
// ngữ, the subject): drawn (a shape, or a paragraph's border) and, when
// its length can be measured, its length as a share of the element's
// line; typed as underscores, or missing, is a finding.
func (in *inspector) rule(s span, field, vi, en string, ratio check.Range) {
	l := s.look()
	face := layout.Regular
	if l.bold {
		face = layout.Bold
	}
	size := l.size
	if size == 0 {
		size = defaultSize
	}
	textWidth := widestLine(collapse(s.text()), face, size, in.box(s.at()))
	length, how := in.ruleUnder(s)
	switch how {
	case "":
		if l.underlined {
			return // the Tiêu ngữ's underline is the header rule's finding
		}
		in.report(check.RuleLayoutRules, field, fmt.Sprintf("không thấy đường kẻ ngang dưới %s; Nghị định 30 quy định một đường kẻ ngang, nét liền", vi),
			fmt.Sprintf("no line is drawn under %s; Decree 30 sets a solid horizontal line", en))
		return
	case "typed":
		in.report(check.RuleLayoutRules, field, fmt.Sprintf("đường kẻ dưới %s được gõ bằng ký tự (\"____\"); Nghị định 30 quy định đường kẻ ngang, nét liền (vẽ đường thẳng hoặc kẻ viền đoạn văn)", vi),
			fmt.Sprintf("the line under %s is typed as characters (\"____\"); Decree 30 sets a solid line (a drawn line or a paragraph border)", en))
		return
	}
	if length <= 0 || textWidth <= 0 {
		return
	}
	share := length / textWidth
	slack := ruleSlack
	if ratio.Min == ratio.Max {
		slack = equalRuleSlack
	}
	if share >= ratio.Min-slack && share <= ratio.Max+slack {
		return
	}
	want, wantEn := "từ 1/3 đến 1/2 độ dài dòng chữ", "1/3 to 1/2 of the line"
	if ratio.Min == ratio.Max {
		want, wantEn = "bằng độ dài dòng chữ", "as long as the line"
	}
	in.report(check.RuleLayoutRules, field,
		fmt.Sprintf("đường kẻ dưới %s dài %s mm, bằng %s%% dòng chữ (%s mm); Nghị định 30 quy định %s", vi, numVi(layout.ToMM(length)), numVi(share*100), numVi(layout.ToMM(textWidth)), want),
		fmt.Sprintf("the line under %s is %s mm, %s%% of the line (%s mm); Decree 30 sets %s", en, numEn(layout.ToMM(length)), numEn(share*100), numEn(layout.ToMM(textWidth)), wantEn))
}

// The slack given a rule's measured length, as a share of its line: the
// line's width is measured with Times New Roman's metrics, not the word
// processor's, and a line the decree wants as long as its text is drawn
// by hand.
const (
	ruleSlack      = 0.03
	equalRuleSlack = 0.1
)

// widestLine returns the width of the widest line a text wraps into in
// a box: its own width when it fits; else the widest of the lines its
// first few hundred characters make (a longer text's lines are as wide).
func widestLine(text string, face layout.Style, size, box float64) float64 {
	font := layout.FontMetrics(face)
	if w := font.Width(text, size); w <= box {
		return w
	}
	if r := []rune(text); len(r) > 400 {
		text = string(r[:400])
	}
	widest := 0.0
	for _, line := range layout.WrapText(text, face, size, box) {
		widest = max(widest, font.Width(line, size))
	}
	return widest
}

// ruleUnder finds the line under a span: a border under its paragraph
// or over the next in its column, a shape drawn in its paragraph or the
// next two of its column, or a line of underscores after it; how is
// "drawn", "typed" or "" for none. A drawn line's length is 0 when it
// cannot be measured.
func (in *inspector) ruleUnder(s span) (length float64, how string) {
	p := s.at()
	// The rest of its own paragraph: a typed rule on a line of its own.
	after := false
	for _, l := range p.lines {
		if after && isRuleText(l.text) {
			return 0, "typed"
		}
		after = after || l.text == s.line.text
	}
	if p.q.props.bottomBorder == on {
		return 0, "drawn"
	}
	next := 0
	for _, q := range in.items[p.index:] {
		if q != p && !sameColumn(p, q) {
			continue
		}
		if q != p {
			if next++; next > 3 {
				break
			}
			if q.q.props.topBorder == on {
				ind := q.q.props.ind
				return in.box(q) - ind.left - ind.right, "drawn"
			}
			if t := strings.TrimSpace(q.q.runsText()); isRuleText(t) {
				return 0, "typed"
			} else if t != "" && len(q.q.lines) == 0 && next > 1 {
				break
			}
		}
		if len(q.q.lines) > 0 {
			return q.q.lines[0].length, "drawn"
		}
	}
	return 0, ""
}

// sameColumn reports whether two paragraphs are in the same column: the
// same table and grid column, or both outside tables.
func sameColumn(p, q *placed) bool {
	if p.table == nil || q.table == nil {
		return p.table == q.table
	}
	return p.table == q.table && p.cell != nil && q.cell != nil && p.cell.col == q.cell.col
}

// titleBlock judges the type name and the subject, and the rule under
// the subject.
func (in *inspector) titleBlock() {
	a := &in.a
	r := in.ranges
	if s := a.title; s != nil {
		l := s.look()
		text := collapse(s.text())
		if !l.bold {
			in.report(check.RuleLayoutTitle, "title", fmt.Sprintf("tên loại văn bản %s không in đậm; Nghị định 30 quy định chữ in hoa, đứng, đậm", quote(text)),
				fmt.Sprintf("the type name %s is not bold; Decree 30 sets bold upright capitals", quote(text)))
		}
		if j := s.at().q.props.jc; j != "center" {
			in.report(check.RuleLayoutTitle, "title", fmt.Sprintf("tên loại văn bản %s không canh giữa", quote(text)),
				fmt.Sprintf("the type name %s is not centred", quote(text)))
		}
		in.size("title", "tên loại văn bản", "the type name", l.size, r.TitleSize, s.at())
	}
	notBold := false
	for _, s := range a.subject {
		l := s.look()
		if !l.bold && !notBold {
			notBold = true
			in.report(check.RuleLayoutTitle, "subject", fmt.Sprintf("trích yếu %s không in đậm; Nghị định 30 quy định chữ in thường, đứng, đậm", quote(s.text())),
				fmt.Sprintf("the subject %s is not bold; Decree 30 sets bold upright letters", quote(s.text())))
		}
		in.size("subject", "trích yếu", "the subject", l.size, r.SubjectSize, s.at())
	}
	if n := len(a.subject); n > 0 {
		longest := a.subject[0]
		for _, s := range a.subject {
			if len([]rune(collapse(s.text()))) > len([]rune(collapse(longest.text()))) {
				longest = s
			}
		}
		last := a.subject[n-1]
		in.ruleAfter(last, longest, "subject", "trích yếu", "the subject", r.SubjectRuleRatio)
	}
}

// ruleAfter judges the rule under a block of lines, measured against its
// longest line.
func (in *inspector) ruleAfter(last, longest span, field, vi, en string, ratio check.Range) {
	probe := last
	probe.line.runs, probe.line.text = longest.line.runs, longest.line.text
	probe.start, probe.end = longest.start, longest.end
	probe.line.at = last.at()
	// ruleUnder looks after the span's paragraph; measure the longest line.
	in.rule(probe, field, vi, en, ratio)
}

// bodyIndentTolerance is how far (mm) a first-line indent may be from
// 1 cm or 1.27 cm: half a millimetre, a difference no reader sees (Word's
// 1.25 cm, 709 twips, is 0.2 mm from 1.27 cm).
const bodyIndentTolerance = 0.5

// body judges the body's paragraphs: sizes, justified, the first line
// indented 1 cm or 1.27 cm.
func (in *inspector) body() {
	r := in.ranges
	width := in.textWidth()
	font := layout.FontMetrics(layout.Regular)
	sizes := map[float64]int{}
	var firstSize *placed
	var unjustified, badIndent []*placed
	indents := map[float64]int{}
	for _, p := range in.a.body {
		text := strings.TrimSpace(p.q.runsText())
		if text == "" || isRuleText(text) {
			continue
		}
		bold, _, _, size := p.q.look()
		if size > 0 && !r.BodySize.Contains(size) {
			sizes[size]++
			if firstSize == nil {
				firstSize = p
			}
		}
		jc := p.q.props.jc
		if jc == "center" || jc == "right" || jc == "end" {
			continue // a caption, a centred heading
		}
		if !isJustified(jc) && font.Width(text, max(size, 1)) > width {
			unjustified = append(unjustified, p)
		}
		first := layout.ToMM(in.firstIndent(p.q))
		if !bold && p.q.label == "" && !r.FirstIndentAllowed(first, bodyIndentTolerance) {
			badIndent = append(badIndent, p)
			indents[math.Round(first*10)/10]++
		}
	}
	if len(sizes) > 0 {
		wv, we := where(firstSize)
		in.report(check.RuleLayoutSize, "body",
			fmt.Sprintf("phần nội dung có cỡ chữ %s%s; Nghị định 30 quy định %s", sizeCounts(sizes, true), wv, rangeText(r.BodySize, numVi)),
			fmt.Sprintf("the body is at %s%s; Decree 30 sets %s", sizeCounts(sizes, false), we, rangeText(r.BodySize, numEn)))
	}
	if n := len(unjustified); n > 0 {
		p := unjustified[0]
		wv, we := where(p)
		in.report(check.RuleLayoutBody, "body",
			fmt.Sprintf("%d đoạn của phần nội dung không canh đều hai lề, đầu tiên %s%s; Nghị định 30 quy định canh đều cả hai lề", n, quote(p.q.runsText()), wv),
			fmt.Sprintf("%s of the body are not justified, the first %s%s; Decree 30 justifies the body", plural(n, "paragraph"), quote(p.q.runsText()), we))
	}
	if n := len(badIndent); n > 0 {
		p := badIndent[0]
		wv, we := where(p)
		var vi, en []string
		for _, v := range slices.Sorted(maps.Keys(indents)) {
			vi = append(vi, fmt.Sprintf("%s mm (%d đoạn)", numVi(v), indents[v]))
			en = append(en, fmt.Sprintf("%s mm (%s)", numEn(v), plural(indents[v], "paragraph")))
		}
		in.report(check.RuleLayoutBody, "body",
			fmt.Sprintf("dòng đầu các đoạn văn lùi vào %s, đầu tiên %s%s; Nghị định 30 quy định lùi vào 1 cm hoặc 1,27 cm", strings.Join(vi, ", "), quote(p.q.runsText()), wv),
			fmt.Sprintf("the body's first lines are indented %s, the first %s%s; Decree 30 sets 1 cm or 1.27 cm", strings.Join(en, ", "), quote(p.q.runsText()), we))
	}
}

// firstIndent returns how far a paragraph's first line starts in from
// its other lines, in points: a tab that opens the paragraph moves it on
// to the next default tab stop.
func (in *inspector) firstIndent(q *para) float64 {
	ind := q.props.ind
	first := ind.firstLine - ind.hanging
	if strings.HasPrefix(q.runsText(), "\t") {
		tab := in.doc.tabStop
		if tab <= 0 {
			tab = 36
		}
		start := ind.left + first
		first = (math.Floor(start/tab)+1)*tab - ind.left
	}
	return first
}

func isJustified(jc string) bool { return alignOf(jc) == alignOf("both") }

// recipients judges "Nơi nhận:" (bold italic, 12 pt) and its items
// (upright, 11 pt), and the signer's sizes.
func (in *inspector) recipients() {
	a := &in.a
	r := in.ranges
	if s := a.recipientsLabel; s != nil {
		l := s.look()
		if !l.bold || !l.italic {
			in.report(check.RuleLayoutRecipients, "recipients", "\"Nơi nhận:\" không in đậm nghiêng; Nghị định 30 quy định chữ in thường, nghiêng, đậm",
				"\"Nơi nhận:\" is not bold italic; Decree 30 sets bold italic lower-case letters")
		}
		in.size("recipients", "\"Nơi nhận:\"", "\"Nơi nhận:\"", l.size, r.RecipientsLabelSize, s.at())
	}
	sizes := map[float64]int{}
	italic := 0
	for _, s := range a.recipients {
		l := s.look()
		if l.size > 0 && !r.RecipientsSize.Contains(l.size) {
			sizes[l.size]++
		}
		if l.italic {
			italic++
		}
	}
	if len(sizes) > 0 {
		in.report(check.RuleLayoutSize, "recipients",
			fmt.Sprintf("các dòng nơi nhận có cỡ chữ %s; Nghị định 30 quy định %s", strings.ReplaceAll(sizeCounts(sizes, true), "đoạn", "dòng"), rangeText(r.RecipientsSize, numVi)),
			fmt.Sprintf("the recipients are at %s; Decree 30 sets %s", strings.NewReplacer("paragraphs", "lines", "paragraph", "line").Replace(sizeCounts(sizes, false)), rangeText(r.RecipientsSize, numEn)))
	}
	if italic > 0 {
		in.report(check.RuleLayoutRecipients, "recipients", fmt.Sprintf("%d dòng nơi nhận in nghiêng; Nghị định 30 quy định kiểu chữ đứng", italic),
			fmt.Sprintf("%s of the recipients italic; Decree 30 sets upright letters", plural(italic, "line")))
	}
	for _, s := range a.signer {
		if l := s.look(); l.letters > 0 && l.size > 0 && !r.SignerSize.Contains(l.size) {
			in.sizeFinding("signer", "chức vụ, họ tên người ký "+quote(s.text()), "the signer's line "+quote(s.text()), l.size, r.SignerSize, s.at())
			break
		}
	}
}

// fontNames are fonts that print Vietnamese in legacy encodings (TCVN3,
// VNI), not Unicode.
func legacyFont(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, ".vn") || strings.HasPrefix(n, "vni-") || strings.HasPrefix(n, "vn")
}

// symbolFonts print symbols, not text: a bullet in them is no finding.
func symbolFont(name string) bool {
	switch strings.ToLower(name) {
	case "symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings":
		return true
	}
	return false
}

// fonts reports the text printed in other fonts than Times New Roman.
func (in *inspector) fonts() {
	type use struct {
		chars int
		first *placed
	}
	uses := map[string]*use{}
	var order []string
	for _, p := range in.items {
		for _, r := range p.q.runs {
			if r.note != nil || symbolFont(r.font) || strings.EqualFold(r.font, "Times New Roman") {
				continue
			}
			n := 0
			for _, c := range r.text {
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					n++
				}
			}
			if n == 0 {
				continue
			}
			u := uses[r.font]
			if u == nil {
				u = &use{first: p}
				uses[r.font] = u
				order = append(order, r.font)
			}
			u.chars += n
		}
	}
	for _, name := range order {
		u := uses[name]
		wv, we := where(u.first)
		vi := fmt.Sprintf("phông chữ %s (%d ký tự, đầu tiên ở %s); Nghị định 30 quy định phông Times New Roman, bộ mã Unicode", name, u.chars, strings.TrimSuffix(strings.TrimPrefix(wv, " ("), ")"))
		en := fmt.Sprintf("the font %s (%d characters, the first in %s); Decree 30 sets Times New Roman, Unicode", name, u.chars, strings.TrimSuffix(strings.TrimPrefix(we, " ("), ")"))
		if u.first.q.pos == 0 {
			vi = fmt.Sprintf("phông chữ %s (%d ký tự); Nghị định 30 quy định phông Times New Roman, bộ mã Unicode", name, u.chars)
			en = fmt.Sprintf("the font %s (%d characters); Decree 30 sets Times New Roman, Unicode", name, u.chars)
		}
		if legacyFont(name) {
			vi += " (" + name + " là phông TCVN3/VNI cũ, không phải Unicode)"
			en += " (" + name + " is a legacy TCVN3/VNI font, not Unicode)"
		}
		in.report(check.RuleLayoutFont, "font", capitalize(vi), capitalize(en))
	}
}
