package docx

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/render/layout"
)

// spacingTolerance absorbs Word's rounding of spacing to twentieths of a
// point and of multiples to 240ths of a line.
const spacingTolerance = 0.05

// spacing judges the spacing of the body's paragraphs against Phụ lục I,
// mục II.6: at least 6 pt between paragraphs, lines from single (or
// exactly 15 pt) to 1.5 lines. A blank paragraph between two others
// leaves a line between them, which is room enough.
func (in *inspector) spacing() {
	r := in.ranges
	font := layout.FontMetrics(layout.Regular)
	var prev *placed
	gaps, tightGaps, tight := 0, 0, map[float64]int{}
	var firstTight, firstLine *placed
	lines := map[lineSetting]int{}
	for _, p := range in.a.body {
		text := strings.TrimSpace(p.q.runsText())
		if text == "" || isRuleText(text) {
			prev = nil
			continue
		}
		_, _, _, size := p.q.look()
		if size <= 0 {
			size = r.BodySize.Max
		}
		if set, bad := lineSpacing(p.q.props.spacing, size, font, r); bad {
			lines[set]++
			if firstLine == nil {
				firstLine = p
			}
		}
		if prev != nil {
			gaps++
			if gap := paragraphGap(prev.q.props, p.q.props); !r.ParagraphGap.Contains(gap + spacingTolerance) {
				tight[gap]++
				tightGaps++
				if firstTight == nil {
					firstTight = p
				}
			}
		}
		prev = p
	}
	if len(lines) > 0 {
		wv, we := where(firstLine)
		vi, en := counted(lines)
		in.report(check.RuleLayoutSpacing, "body",
			fmt.Sprintf("khoảng cách dòng của phần nội dung là %s, đầu tiên %s%s; Nghị định 30 quy định từ dòng đơn (hoặc đúng %s pt) đến %s dòng",
				vi, quote(firstLine.q.runsText()), wv, numVi(r.LineExact.Min), numVi(r.LineMultiple.Max)),
			fmt.Sprintf("the body's line spacing is %s, the first %s%s; Decree 30 sets single (or exactly %s pt) to %s lines",
				en, quote(firstLine.q.runsText()), we, numEn(r.LineExact.Min), numEn(r.LineMultiple.Max)))
	}
	if n := tightGaps; n > 0 {
		wv, we := where(firstTight)
		vi, en := valueCounts(tight, "pt", "chỗ", "gap")
		in.report(check.RuleLayoutSpacing, "body",
			fmt.Sprintf("%d trong %d khoảng cách giữa các đoạn văn của phần nội dung nhỏ hơn %s pt: %s, đầu tiên trước %s%s; Nghị định 30 quy định tối thiểu %s pt",
				n, gaps, numVi(r.ParagraphGap.Min), vi, quote(firstTight.q.runsText()), wv, numVi(r.ParagraphGap.Min)),
			fmt.Sprintf("%d of the body's %d gaps between paragraphs are under %s pt: %s, the first before %s%s; Decree 30 sets at least %s pt",
				n, gaps, numEn(r.ParagraphGap.Min), en, quote(firstTight.q.runsText()), we, numEn(r.ParagraphGap.Min)))
	}
}

// lineSetting is how a paragraph's line spacing is set: Word's rule
// ("auto", "exact", "atleast") and its value (lines, or points).
type lineSetting struct {
	rule  string
	value float64
}

// words writes the setting in Vietnamese and English: "đúng 20 pt",
// "exactly 20 pt"; "1,7 dòng", "1.7 lines".
func (s lineSetting) words() (vi, en string) {
	switch s.rule {
	case "exact":
		return "đúng " + numVi(s.value) + " pt", "exactly " + numEn(s.value) + " pt"
	case "atleast":
		return "ít nhất " + numVi(s.value) + " pt", "at least " + numEn(s.value) + " pt"
	}
	return numVi(s.value) + " dòng", numEn(s.value) + " lines"
}

// lineSpacing returns how a paragraph's line spacing is set and whether
// it is outside the decree's. Exact and at-least heights are judged
// against 1.5 lines of the paragraph's own size (a line of Times New
// Roman is 1.15 times its size).
func lineSpacing(s spacing, size float64, font *layout.Metrics, r layout.Ranges) (lineSetting, bool) {
	set := lineSetting{s.rule, s.line}
	if s.set&4 == 0 {
		return set, false // single
	}
	most := r.LineMultiple.Max * font.LineHeight(size)
	switch s.rule {
	case "exact":
		return set, s.line < r.LineExact.Min-spacingTolerance || s.line > most+spacingTolerance
	case "atleast":
		return set, s.line > most+spacingTolerance
	}
	return set, s.line < r.LineMultiple.Min-0.01 || s.line > r.LineMultiple.Max+0.01
}

// paragraphGap returns the space Word prints between two paragraphs: the
// larger of the first's space after and the second's space before
// ([layout.ParagraphGap]), either left out between paragraphs of one
// style that asks it (w:contextualSpacing).
func paragraphGap(a, b pprops) float64 {
	after, before := a.spacing.spaceAfter(), b.spacing.spaceBefore()
	if a.style == b.style {
		if a.contextual == on {
			after = 0
		}
		if b.contextual == on {
			before = 0
		}
	}
	return layout.ParagraphGap(after, before)
}

// counted writes how many paragraphs have each line setting, in
// Vietnamese and English, in the order of the English words: "đúng
// 20 pt (12 đoạn)", "exactly 20 pt (12 paragraphs)".
func counted(counts map[lineSetting]int) (vi, en string) {
	sets := slices.SortedFunc(maps.Keys(counts), func(a, b lineSetting) int {
		_, ea := a.words()
		_, eb := b.words()
		return strings.Compare(ea, eb)
	})
	var v, e []string
	for _, set := range sets {
		wv, we := set.words()
		v = append(v, fmt.Sprintf("%s (%d đoạn)", wv, counts[set]))
		e = append(e, fmt.Sprintf("%s (%s)", we, plural(counts[set], "paragraph")))
	}
	return strings.Join(v, ", "), strings.Join(e, ", ")
}
