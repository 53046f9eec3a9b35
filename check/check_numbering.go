package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// numbering checks how the headings are numbered against the decree's
// scheme (Phụ lục I, mục II.6.đ: mục I., II.; khoản 1., 2.; điểm a), b)
// in the order of the Vietnamese alphabet; then "-" and "+" in
// practice): a heading numbered like the heading it stands under, labels
// out of sequence, a level skipped, letters the Vietnamese alphabet
// lacks, and, as information, forms the scheme does not have. It reads
// the labels the walk prints: a plan numbered as written is judged
// heading by heading; a plan numbered automatically in forms of its own
// is judged once per level, at its numbering declaration, which is what
// to change. The decree's own automatic scheme cannot depart.
func (c *checker) numbering() {
	if !c.p.Numbering.Written && c.p.Numbering.IsDecree() {
		return
	}
	for _, f := range c.p.Numbering.Forms {
		if !c.p.Numbering.Written && !f.Valid() {
			return // Validate reports the form; its labels would only repeat it
		}
	}
	j := numberJudge{c: c, written: c.p.Numbering.Written, declared: map[string]bool{}}
	root := &heading{}
	var open []*heading // the headings the current one stands under, outermost first
	for e := range c.p.Walk() {
		if e.Kind == plan.KindAppendix { // an appendix numbers its headings afresh
			root, open = &heading{}, open[:0]
			continue
		}
		s := e.Section()
		if s == nil || s.Level < plan.LevelPart || s.Level > plan.MaxLevel {
			continue // not a heading, or one Validate refuses
		}
		for len(open) > 0 && !strings.HasPrefix(e.Path, open[len(open)-1].path+".content[") {
			open = open[:len(open)-1]
		}
		parent := root
		if len(open) > 0 {
			parent = open[len(open)-1]
		}
		h := &heading{path: e.Path, line: e.Line, level: s.Level, label: e.Label, shape: shapeOf(e.Label),
			name: headingName(e.Label, s.Title.String())}
		j.judge(parent, h)
		open = append(open, h)
	}
	j.reportForms()
}

// heading is a heading as the numbering rules see it.
type heading struct {
	path  string
	line  int
	level int
	label string // as it prints
	name  string // its label and the start of its title, for messages
	shape labelShape
	// lists are the lists of headings under it, one per level (one in a
	// valid plan).
	lists []*siblings
}

// siblings is a list of headings of one level under one heading.
type siblings struct {
	level int
	count int      // the numbered headings seen so far
	first *heading // the first whose number kehoach reads
	// sequenced says the list's first departure from its sequence is
	// reported; nested that its first departure from its parent's form is.
	sequenced, nested bool
}

// list returns the list of h's children of a level.
func (h *heading) list(level int) *siblings {
	for _, l := range h.lists {
		if l.level == level {
			return l
		}
	}
	l := &siblings{level: level}
	h.lists = append(h.lists, l)
	return l
}

// numbered reports whether the heading takes a place in its siblings'
// sequence: it has a number, or a label kehoach cannot read (which keeps
// its place without being judged).
func (h *heading) numbered() bool {
	return h.shape.n > 0 || h.shape.badLetter != "" || h.shape.form == "" && h.label != ""
}

// labelShape is a label taken apart.
type labelShape struct {
	form plan.NumberForm // as plan.LabelForm writes it: "I.", "a)", "1.1."; "" when unknown
	n    int             // the number among its siblings; 0 for a mark
	// shown is the form as the author wrote it, for messages: form, or
	// "1-" for "3-", which reads as "3.".
	shown string
	// badLetter is a letter the Vietnamese alphabet lacks ("f", "W"),
	// written as a point's or a part's letter.
	badLetter string
}

// shapeOf takes a printed label apart: with [plan.LabelForm], else as a
// letter the Vietnamese alphabet lacks, else with the punctuation
// authors put after a number ("II-", "3:", "2/") read as a dot.
func shapeOf(label string) labelShape {
	label = strings.TrimSpace(label)
	if label == "" {
		return labelShape{}
	}
	if f, n, ok := plan.LabelForm(label); ok {
		return labelShape{form: f, n: n, shown: string(f)}
	}
	if letter, form, ok := lackingLetter(label); ok {
		return labelShape{form: form, shown: string(form), badLetter: letter}
	}
	if t := strings.TrimRight(label, ":/-– "); t != label && t != "" {
		if f, n, ok := plan.LabelForm(t + "."); ok && n > 0 {
			return labelShape{form: f, n: n, shown: strings.TrimSuffix(string(f), ".") + label[len(t):]}
		}
	}
	return labelShape{shown: label}
}

// asLetter reads a label of one letter that is also a Roman numeral
// ("C.", "D.", "I."), which [plan.LabelForm] reads as a numeral, as a
// letter when its siblings are lettered in that form ("A.", "B.").
func (s labelShape) asLetter(label string, siblings plan.NumberForm) labelShape {
	i, k := strings.LastIndexByte(string(s.form), 'I'), strings.LastIndexByte(s.shown, 'I')
	if i < 0 || k < 0 || kind(siblings) != kind(s.form[:i]+"A"+s.form[i+1:]) {
		return s
	}
	words := strings.Fields(counterOf(label))
	if len(words) == 0 || utf8.RuneCountInString(words[len(words)-1]) != 1 {
		return s
	}
	n, ok := plan.ParsePointLetter(strings.ToLower(words[len(words)-1]))
	if !ok {
		return s
	}
	return labelShape{form: s.form[:i] + "A" + s.form[i+1:], n: n, shown: s.shown[:k] + "A" + s.shown[k+1:]}
}

// lackingLetters are the Latin letters the Vietnamese alphabet lacks.
const lackingLetters = "fjwzFJWZ"

// lackingLetter reads a label lettered with a letter the Vietnamese
// alphabet lacks, "f)", "(w)", "Z.": the letter, and the label's form
// with the letter "a" or "A" in its place.
func lackingLetter(label string) (letter string, form plan.NumberForm, ok bool) {
	open := ""
	if strings.HasPrefix(label, "(") {
		open, label = "(", label[1:]
	}
	if len(label) != 2 || label[1] != ')' && label[1] != '.' || !strings.ContainsRune(lackingLetters, rune(label[0])) {
		return "", "", false
	}
	a := "a"
	if label[0] < 'a' {
		a = "A"
	}
	return label[:1], plan.NumberForm(open + a + label[1:]), true
}

// kind is a form without the punctuation after its number, which does
// not tell two levels apart: "a)" and "a." are both lettered, "1." and
// "1)" both numbered; "(1)" keeps its parentheses.
func kind(f plan.NumberForm) string {
	if strings.HasPrefix(string(f), "(") {
		return string(f)
	}
	return strings.TrimRight(string(f), ".)")
}

// decreeRanks place the kinds of the decree's scheme from the largest:
// mục I., khoản 1., điểm a), then "-", "+" and "•" ([plan.DecreeForms]).
var decreeRanks = map[string]int{"I": 0, "1": 1, "a": 2, "-": 3, "+": 4, "•": 5}

// rankPoint is the rank of the decree's points, the last it numbers.
const rankPoint = 2

// rank returns a form's place in the decree's scheme, -1 outside it.
func rank(f plan.NumberForm) int {
	if r, ok := decreeRanks[kind(f)]; ok && f != "" {
		return r
	}
	return -1
}

// compound returns how many numbers a compound form joins ("1.1." → 2),
// 1 for an Arabic one, 0 for any other.
func compound(f plan.NumberForm) int {
	switch k := kind(f); {
	case k == "1":
		return 1
	case strings.HasPrefix(k, "1.1"):
		return strings.Count(k, ".") + 1
	}
	return 0
}

// counterOf returns the number a label prints, without its brackets and
// the punctuation after it: "2.1" for "2.1.", "2" for "2-".
func counterOf(label string) string {
	return strings.TrimRight(strings.TrimLeft(strings.TrimSpace(label), "("), ".):/-– ")
}

// headingName names a heading in a message: its label and the start of
// its title, "a) Nội dung, biện pháp thực hiện…".
func headingName(label, title string) string {
	const mostWords = 6
	words := strings.Fields(title)
	if len(words) > mostWords {
		words = words[:mostWords]
		words[mostWords-1] = strings.TrimRight(words[mostWords-1], ",;:") + "…"
	}
	return strings.TrimSpace(strings.TrimSpace(label) + " " + strings.Join(words, " "))
}

// numberJudge holds what the numbering rules need across a plan.
type numberJudge struct {
	c       *checker
	written bool
	// declared are the rules already reported at the numbering
	// declaration, by rule and level.
	declared map[string]bool
	// forms are the forms that depart from the decree's scheme, in the
	// order they first appear, each with its levels; at is the first
	// heading that uses one.
	forms []usedForm
	at    *heading
}

// usedForm is a form a plan's headings use, and at which levels.
type usedForm struct {
	shown  string // "" for headings without a number
	levels []int
}

// judge judges a heading against its parent and the siblings before it.
func (j *numberJudge) judge(parent, h *heading) {
	list := parent.list(h.level)
	if list.first != nil {
		h.shape = h.shape.asLetter(h.label, list.first.shape.form)
	}
	pos := 0
	if h.numbered() {
		list.count++
		pos = list.count
	}
	j.noteForm(h)
	if h.shape.badLetter != "" {
		j.letter(h, pos)
	}
	if !list.nested {
		list.nested = j.nested(parent, h)
	}
	if !list.sequenced && pos > 0 {
		list.sequenced = j.sequence(parent, list, h, pos)
	}
}

// letter reports a letter the Vietnamese alphabet lacks.
func (j *numberJudge) letter(h *heading, pos int) {
	want, _ := h.shape.form.Label(pos, "")
	j.c.report(RuleNumberLetter, h.line, h.path+".label",
		fmt.Sprintf("đề mục %q được đánh chữ %q, không có trong bảng chữ cái tiếng Việt: các điểm đánh theo thứ tự a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y, không dùng f, j, w, z; ở đây phải là %q", h.name, h.shape.badLetter, want),
		fmt.Sprintf("heading %q is lettered %q, which the Vietnamese alphabet lacks: points follow its order, a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y, without f, j, w and z; expected %q", h.name, h.shape.badLetter, want))
}

// noteForm records a heading's form when the decree's scheme does not
// have it, for [numberJudge.reportForms].
func (j *numberJudge) noteForm(h *heading) {
	s := h.shape
	if s.badLetter != "" || s.shown != "" && s.shown == string(s.form) && slices.Contains(plan.DecreeForms, s.form) {
		return // a letter the alphabet lacks is an error of its own
	}
	if j.at == nil {
		j.at = h
	}
	for i := range j.forms {
		if f := &j.forms[i]; f.shown == s.shown {
			if !slices.Contains(f.levels, h.level) {
				f.levels = append(f.levels, h.level)
			}
			return
		}
	}
	if len(j.forms) <= mostFormsNamed { // one more than named says there are more
		j.forms = append(j.forms, usedForm{shown: s.shown, levels: []int{h.level}})
	}
}

// mostFormsNamed is how many forms the finding on forms names.
const mostFormsNamed = 8

// reportForms reports, once, the forms outside the decree's scheme that
// the headings use: information for a clerk who re-issues the document.
func (j *numberJudge) reportForms() {
	if len(j.forms) == 0 {
		return
	}
	var vi, en []string
	for i, f := range j.forms {
		if i == mostFormsNamed {
			vi, en = append(vi, "…"), append(en, "…")
			break
		}
		levels := make([]string, len(f.levels))
		for k, l := range f.levels {
			levels[k] = strconv.Itoa(l)
		}
		at, word := strings.Join(levels, ", "), "level"
		if len(levels) > 1 {
			word = "levels"
		}
		if f.shown == "" {
			vi = append(vi, fmt.Sprintf("đề mục không đánh số (cấp %s)", at))
			en = append(en, fmt.Sprintf("headings without a number (%s %s)", word, at))
			continue
		}
		vi = append(vi, fmt.Sprintf("%q (cấp %s)", f.shown, at))
		en = append(en, fmt.Sprintf("%q (%s %s)", f.shown, word, at))
	}
	const schemeVi = `mục "I.", khoản "1.", điểm "a)", rồi "-", "+"`
	const schemeEn = `part "I.", section "1.", point "a)", then "-", "+"`
	if j.written {
		j.c.report(RuleNumberForms, j.at.line, j.at.path+".label",
			fmt.Sprintf("các đề mục được đánh số như đã viết, có kiểu số khác kiểu của Nghị định (%s): %s; kehoach in đúng như đã viết, nhưng nếu ban hành lại văn bản theo Nghị định, có thể bỏ khai báo numbering để kehoach tự đánh số", schemeVi, strings.Join(vi, ", ")),
			fmt.Sprintf("the headings are numbered as written, in forms the decree's scheme does not have (%s): %s; kehoach prints them as written, but a document re-issued under the decree can drop the numbering declaration and let kehoach number its headings", schemeEn, strings.Join(en, ", ")))
		return
	}
	j.c.field(RuleNumberForms, "numbering",
		fmt.Sprintf("khai báo numbering đánh số đề mục theo kiểu khác kiểu của Nghị định (%s): %s; kehoach đánh số đúng như khai báo, nhưng nếu văn bản cần theo đúng Nghị định, có thể bỏ khai báo này", schemeVi, strings.Join(vi, ", ")),
		fmt.Sprintf("the numbering declaration numbers the headings in forms the decree's scheme does not have (%s): %s; kehoach numbers them as declared, but a document that must follow the decree can drop the declaration", schemeEn, strings.Join(en, ", ")))
}
