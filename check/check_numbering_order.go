package check

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// The decree's scheme as the numbering messages recall it.
const (
	orderVi = `theo Nghị định, số thứ tự đi từ cấp lớn đến cấp nhỏ (mục "I.", khoản "1.", điểm "a)", rồi "-", "+")`
	orderEn = `by the decree, numbers run from the largest level to the smallest (part "I.", section "1.", point "a)", then "-", "+")`
)

// nested judges a heading's form against the heading it stands under:
// the same form (ND30-NUMBER-COLLISION), or not the next form of the
// decree's scheme, a level skipped or a larger form under a smaller one
// (ND30-NUMBER-LEVEL). It reports whether it found either.
func (j *numberJudge) nested(parent, h *heading) bool {
	hr := rank(h.shape.form)
	if parent.path == "" { // the top of the body or of an appendix
		if hr != rankPoint {
			return false
		}
		j.point(h)
		return true
	}
	pf, hf := parent.shape.form, h.shape.form
	if pf == "" || hf == "" {
		return false
	}
	pr, next := rank(pf), ""
	if pr >= 0 && pr+1 < len(plan.DecreeForms) {
		next = string(plan.DecreeForms[pr+1])
	}
	if kind(pf) == kind(hf) {
		j.collision(parent, h, next)
		return true
	}
	if pr < 0 || hr < 0 || hr == pr+1 || hr > pr+1 && hr > rankPoint {
		return false // the decree's scheme says nothing of the pair, or below its points lets a level go
	}
	j.level(parent, h, next, hr > pr+1)
	return true
}

// collision reports a heading numbered in the form of the heading it
// stands under.
func (j *numberJudge) collision(parent, h *heading, next string) {
	var suggestVi, suggestEn string
	if next != "" {
		suggestVi, suggestEn = fmt.Sprintf(", ví dụ %q", next), fmt.Sprintf(", such as %q", next)
	}
	if j.written {
		j.c.report(RuleNumberCollision, h.line, h.path+".label",
			fmt.Sprintf("đề mục %q được đánh số cùng kiểu %q với đề mục %q chứa nó: hai cấp lồng nhau cùng một kiểu số thì người đọc không phân biệt được cấp nào; đánh số cấp dưới theo kiểu khác%s", h.name, h.shape.shown, parent.name, suggestVi),
			fmt.Sprintf("heading %q is numbered in the same form %q as heading %q, which it stands under: two nested levels numbered alike cannot be told apart; number the lower level in another form%s", h.name, h.shape.shown, parent.name, suggestEn))
		return
	}
	j.declare(RuleNumberCollision, h.level,
		fmt.Sprintf("khai báo numbering đánh số đề mục cấp %d cùng kiểu %q với đề mục cấp %d chứa chúng: hai cấp lồng nhau cùng một kiểu số thì người đọc không phân biệt được cấp nào; chọn cho cấp %d một kiểu khác%s", h.level, h.shape.shown, parent.level, h.level, suggestVi),
		fmt.Sprintf("the numbering declaration numbers level-%d headings in the same form %q as the level-%d headings they stand under: two nested levels numbered alike cannot be told apart; choose another form for level %d%s", h.level, h.shape.shown, parent.level, h.level, suggestEn))
}

// level reports a heading whose form is not the next of the decree's
// scheme after its parent's: skipped says a level is left out (a point
// straight under a part), otherwise the form is a larger level's.
func (j *numberJudge) level(parent, h *heading, next string, skipped bool) {
	var orVi, orEn string
	if skipped {
		orVi, orEn = fmt.Sprintf(", hoặc thêm cấp %q còn thiếu ở giữa", next), fmt.Sprintf(", or add the missing %q level between them", next)
	}
	if j.written {
		j.c.report(RuleNumberLevel, h.line, h.path+".label",
			fmt.Sprintf("đề mục %q đứng ngay dưới đề mục %q nhưng được đánh số kiểu %q: %s, nên dưới đề mục kiểu %q là đề mục kiểu %q; đánh số lại đề mục này theo kiểu %q%s", h.name, parent.name, h.shape.shown, orderVi, parent.shape.shown, next, next, orVi),
			fmt.Sprintf("heading %q stands straight under heading %q but is numbered in the form %q: %s, so a heading in the form %q takes headings in the form %q under it; renumber this heading in the form %q%s", h.name, parent.name, h.shape.shown, orderEn, parent.shape.shown, next, next, orEn))
		return
	}
	j.declare(RuleNumberLevel, h.level,
		fmt.Sprintf("khai báo numbering đánh số đề mục cấp %d kiểu %q, ngay dưới cấp %d kiểu %q: %s, nên dưới đề mục kiểu %q là đề mục kiểu %q; chọn kiểu %q cho cấp %d%s", h.level, h.shape.shown, parent.level, parent.shape.shown, orderVi, parent.shape.shown, next, next, h.level, orVi),
		fmt.Sprintf("the numbering declaration numbers level-%d headings in the form %q, straight under level %d in the form %q: %s, so a heading in the form %q takes headings in the form %q under it; choose %q for level %d%s", h.level, h.shape.shown, parent.level, parent.shape.shown, orderEn, parent.shape.shown, next, next, h.level, orEn))
}

// point reports a heading at the top of the body (or of an appendix)
// numbered as a point, which the decree puts under a section.
func (j *numberJudge) point(h *heading) {
	const whereVi = `theo Nghị định, điểm nằm trong khoản ("1."), khoản nằm trong mục ("I.")`
	const whereEn = `by the decree, points stand under sections ("1."), and sections under parts ("I.")`
	if j.written {
		j.c.report(RuleNumberLevel, h.line, h.path+".label",
			fmt.Sprintf("đề mục %q đứng ở cấp ngoài cùng nhưng được đánh số kiểu điểm %q: %s; đánh số lại đề mục này theo kiểu \"1.\" hoặc \"I.\", hoặc đặt nó vào một khoản", h.name, h.shape.shown, whereVi),
			fmt.Sprintf("heading %q stands at the top level but is numbered as a point, %q: %s; renumber this heading in the form \"1.\" or \"I.\", or put it under a section", h.name, h.shape.shown, whereEn))
		return
	}
	j.declare(RuleNumberLevel, h.level,
		fmt.Sprintf("khai báo numbering đánh số đề mục cấp ngoài cùng (cấp %d) kiểu điểm %q: %s; chọn kiểu \"I.\" hoặc \"1.\" cho cấp %d", h.level, h.shape.shown, whereVi, h.level),
		fmt.Sprintf("the numbering declaration numbers the top-level headings (level %d) as points, %q: %s; choose \"I.\" or \"1.\" for level %d", h.level, h.shape.shown, whereEn, h.level))
}

// declare reports a departure of an automatic numbering at its
// declaration, once per rule and level: every heading of the level
// departs alike, and the declaration is what to change.
func (j *numberJudge) declare(rule string, level int, vi, en string) {
	key := rule + "/" + strconv.Itoa(level)
	if j.declared[key] {
		return
	}
	j.declared[key] = true
	j.c.field(rule, "numbering", vi, en)
}

// sequence judges a heading's number against its place among its
// siblings (pos, from 1): the same form as the first, numbers in
// sequence from the first of the form, and a compound number continuing
// its parent's ("2.1." under "2."). It reports whether it found a
// departure; the first in a list is the one reported.
func (j *numberJudge) sequence(parent *heading, list *siblings, h *heading, pos int) bool {
	if h.shape.n == 0 {
		return false // a label kehoach cannot read keeps its place, unjudged
	}
	if list.first == nil {
		list.first = h
	}
	ref := list.first
	if kind(h.shape.form) != kind(ref.shape.form) {
		want, _ := ref.shape.form.Label(pos, ownPrefix(ref.label))
		j.c.report(RuleNumberSequence, h.line, h.path+".label",
			fmt.Sprintf("đề mục %q được đánh số kiểu %q, khác kiểu %q của các đề mục cùng cấp trước nó: các đề mục cùng cấp đánh số cùng một kiểu, liên tiếp nhau; ở đây phải là %q", h.name, h.shape.shown, ref.shape.shown, want),
			fmt.Sprintf("heading %q is numbered in the form %q, unlike the form %q of the headings before it at its level: the headings of one level are numbered alike and in sequence; expected %q", h.name, h.shape.shown, ref.shape.shown, want))
		return true
	}
	if h.shape.n != pos {
		j.outOfSequence(h, pos)
		return true
	}
	depth := compound(h.shape.form)
	if depth < 2 || compound(parent.shape.form) != depth-1 {
		return false
	}
	if number := counterOf(parent.label); ownPrefix(h.label) != number {
		want, _ := h.shape.form.Label(pos, number)
		j.c.report(RuleNumberSequence, h.line, h.path+".label",
			fmt.Sprintf("đề mục %q được đánh số %q nhưng nằm trong đề mục %q: số ghép bắt đầu bằng số của đề mục chứa nó; ở đây phải là %q", h.name, h.label, parent.name, want),
			fmt.Sprintf("heading %q is numbered %q but stands under heading %q: a compound number starts with the number of the heading it stands under; expected %q", h.name, h.label, parent.name, want))
		return true
	}
	return false
}

// mostSkipsNamed is how many skipped labels a message names.
const mostSkipsNamed = 3

// outOfSequence reports a heading whose number is not its place among
// its siblings: one that skips labels, starts again, or goes back.
func (j *numberJudge) outOfSequence(h *heading, pos int) {
	prefix := ownPrefix(h.label)
	want, _ := h.shape.form.Label(pos, prefix)
	var whyVi, whyEn string
	switch {
	case h.shape.n > pos:
		var skipped []string
		dd := false
		for k := pos; k < h.shape.n && len(skipped) <= mostSkipsNamed; k++ {
			l, _ := h.shape.form.Label(k, prefix)
			if len(skipped) == mostSkipsNamed {
				l = "…"
			}
			skipped = append(skipped, l)
			dd = dd || strings.EqualFold(counterOf(l), "đ")
		}
		list := `"` + strings.Join(skipped, `", "`) + `"`
		whyVi, whyEn = "số thứ tự bỏ qua "+list, "the numbering skips "+list
		if dd {
			whyVi += ` (bảng chữ cái tiếng Việt có "đ" sau "d")`
			whyEn += ` (the Vietnamese alphabet has "đ" after "d")`
		}
	case h.shape.n == 1:
		whyVi, whyEn = "số thứ tự bắt đầu lại từ đầu", "the numbering starts again"
	default:
		whyVi, whyEn = "số thứ tự bị lặp lại hoặc lùi lại", "the numbering repeats or goes back"
	}
	j.c.report(RuleNumberSequence, h.line, h.path+".label",
		fmt.Sprintf("đề mục %q là đề mục thứ %d cùng cấp nhưng được đánh số %q: %s; ở đây phải là %q", h.name, pos, h.label, whyVi, want),
		fmt.Sprintf("heading %q is number %d among the headings of its level but is numbered %q: %s; expected %q", h.name, pos, h.label, whyEn, want))
}

// ownPrefix returns the part of a compound label before its own number,
// the parent's number: "2" for "2.3."; "" for any other label.
func ownPrefix(label string) string {
	c := counterOf(label)
	if i := strings.LastIndexByte(c, '.'); i > 0 {
		return c[:i]
	}
	return ""
}
