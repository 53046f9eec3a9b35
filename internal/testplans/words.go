package testplans

import (
	"regexp"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// wordPattern matches a word for recall.
var wordPattern = regexp.MustCompile(`[\pL\pN]+`)

// Words returns a text's words, in lower case and NFC: what the readers'
// word recall counts.
func Words(s string) []string { return wordPattern.FindAllString(strings.ToLower(plan.NFC(s)), -1) }

// Between returns the words of text from the first from to the first to
// after it (from the start, or to the end, when one is missing).
func Between(text, from, to string) []string {
	text = plan.NFC(text)
	if i := strings.Index(text, from); i >= 0 {
		text = text[i:]
	}
	if i := strings.Index(text, to); i >= 0 {
		text = text[:i]
	}
	return Words(text)
}

// BodyWords returns the words of a plan's body as it prints, before its
// appendices: the bases, the preamble, the headings with their labels,
// the blocks, and its tables' cells when cells is true.
func BodyWords(p *plan.Plan, cells bool) []string {
	var b strings.Builder
	for e := range p.Walk() {
		if e.Appendix > 0 {
			break
		}
		if e.Cells != nil && !cells {
			continue
		}
		b.WriteString(e.Label + " " + e.Text.String() + " ")
		for _, row := range e.Cells {
			for _, c := range row {
				b.WriteString(c.String() + " ")
			}
		}
	}
	return Words(b.String())
}

// Recall returns the share of want's words found, in order, in got: their
// longest common subsequence over the length of want.
func Recall(want, got []string) float64 {
	if len(want) == 0 {
		return 1
	}
	prev, cur := make([]int, len(got)+1), make([]int, len(got)+1)
	for i := 1; i <= len(want); i++ {
		for j := 1; j <= len(got); j++ {
			switch {
			case want[i-1] == got[j-1]:
				cur[j] = prev[j-1] + 1
			case cur[j-1] > prev[j]:
				cur[j] = cur[j-1]
			default:
				cur[j] = prev[j]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(got)]) / float64(len(want))
}
