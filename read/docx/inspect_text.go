package docx

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/render/layout"
)

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
		if !bold && p.q.label == "" && !indentAllowed(r, first) {
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
		vi, en := valueCounts(indents, "mm", "đoạn", "paragraph")
		in.report(check.RuleLayoutBody, "body",
			fmt.Sprintf("dòng đầu các đoạn văn lùi vào %s, đầu tiên %s%s; Nghị định 30 quy định lùi vào 1 cm hoặc 1,27 cm", vi, quote(p.q.runsText()), wv),
			fmt.Sprintf("the body's first lines are indented %s, the first %s%s; Decree 30 sets 1 cm or 1.27 cm", en, quote(p.q.runsText()), we))
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

// indentAllowed reports whether a first-line indent of mm millimetres is
// one the decree allows, within [bodyIndentTolerance].
func indentAllowed(r layout.Ranges, mm float64) bool {
	for _, v := range r.FirstIndents {
		if math.Abs(mm-v) <= bodyIndentTolerance { // NaN is none
			return true
		}
	}
	return false
}

// valueCounts writes how many times each value was measured, in
// Vietnamese and English: "3 pt (23 chỗ), 5 pt (1 chỗ)", "3 pt (23
// gaps), 5 pt (1 gap)".
func valueCounts(counts map[float64]int, unit, viThing, enThing string) (vi, en string) {
	var v, e []string
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		v = append(v, fmt.Sprintf("%s %s (%d %s)", numVi(k), unit, counts[k], viThing))
		e = append(e, fmt.Sprintf("%s %s (%s)", numEn(k), unit, plural(counts[k], enThing)))
	}
	return strings.Join(v, ", "), strings.Join(e, ", ")
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

// legacyFont reports whether a font prints Vietnamese in a legacy
// encoding (TCVN3, VNI), not Unicode.
func legacyFont(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, ".vn") || strings.HasPrefix(n, "vni-") || strings.HasPrefix(n, "vn")
}

// symbolFont reports whether a font prints symbols, not text: a bullet in
// one is no finding.
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
