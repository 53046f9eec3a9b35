package docx

import (
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/render/layout"
)

// rule judges the line under an element (the issuer's name, the Tiêu
// ngữ, the subject): drawn (a shape, or a paragraph's border) and, when
// its length can be measured, its length as a share of the element's
// line; typed as underscores, or missing, is a finding.
func (in *inspector) rule(s span, field, vi, en string, ratio layout.Range) {
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

// ruleAfter judges the rule under a block of lines, measured against its
// longest line.
func (in *inspector) ruleAfter(last, longest span, field, vi, en string, ratio layout.Range) {
	probe := last
	probe.line.runs, probe.line.text = longest.line.runs, longest.line.text
	probe.start, probe.end = longest.start, longest.end
	probe.line.at = last.at()
	// ruleUnder looks after the span's paragraph; measure the longest line.
	in.rule(probe, field, vi, en, ratio)
}
