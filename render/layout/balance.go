package layout

import "strings"

// Balance breaks a line of one style into as few lines as greedy wrapping
// needs, but at the breaks that make the longest line as short as
// possible, as a clerk breaks an agency name or a subject by hand:
// "SỞ THÔNG TIN VÀ / TRUYỀN THÔNG", not "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG".
// Explicit line breaks in s are kept; each part is balanced on its own.
func Balance(s string, style Style, size, width float64) []string {
	var out []string
	for _, part := range strings.Split(s, "\n") {
		out = append(out, balanceLine(part, style, size, width)...)
	}
	return out
}

func balanceLine(s string, style Style, size, width float64) []string {
	greedy := WrapText(s, style, size, width)
	words, seps := splitSpaces(s)
	n := len(greedy)
	if n < 2 || n > 6 || len(words) > 60 || len(words) < n {
		return greedy // one line, or too long to be worth it: greedy is fine
	}
	m := FontMetrics(style)
	widths := make([]float64, len(words))
	sepWidths := make([]float64, len(words))
	for i, w := range words {
		widths[i] = m.Width(w, size)
		sepWidths[i] = m.Width(seps[i], size)
	}
	lineWidth := func(from, to int) float64 { // words[from:to] on one line
		w := 0.0
		for i := from; i < to; i++ {
			w += widths[i]
			if i < to-1 {
				w += sepWidths[i]
			}
		}
		return w
	}
	// best[k][i]: the least longest line for words[i:] on k lines.
	best := make([][]float64, n+1)
	next := make([][]int, n+1)
	for k := range best {
		best[k] = make([]float64, len(words)+1)
		next[k] = make([]int, len(words)+1)
		for i := range best[k] {
			best[k][i] = -1
		}
	}
	var solve func(k, i int) float64
	solve = func(k, i int) float64 {
		if best[k][i] >= 0 {
			return best[k][i]
		}
		result := 1e18
		if k == 1 {
			if w := lineWidth(i, len(words)); w <= width-fitMargin {
				result = w
			}
			next[k][i] = len(words)
		} else {
			for j := i + 1; j <= len(words)-(k-1); j++ {
				w := lineWidth(i, j)
				if w > width-fitMargin {
					break
				}
				if rest := max(w, solve(k-1, j)); rest < result {
					result, next[k][i] = rest, j
				}
			}
		}
		best[k][i] = result
		return result
	}
	if solve(n, 0) >= 1e18 {
		return greedy // a word wider than the line: greedy breaks it
	}
	lines := make([]string, 0, n)
	for k, i := n, 0; k > 0; k-- {
		j := next[k][i]
		var b strings.Builder
		for w := i; w < j; w++ {
			b.WriteString(words[w])
			if w < j-1 {
				b.WriteString(seps[w]) // a run of spaces stays: "số      /KH-SCT"
			}
		}
		lines = append(lines, b.String())
		i = j
	}
	return lines
}

// splitSpaces cuts s into words at single spaces and returns the words
// and the space after each (empty after the last). A run of spaces is a
// gap left to fill in by hand ("số      /KH-SCT", "ngày      tháng"): it
// stays inside its word, never at a line break.
func splitSpaces(s string) (words, seps []string) {
	w, sp := splitRuns(s)
	for i := 0; i < len(w); i++ {
		word := w[i]
		for i+1 < len(w) && len(sp[i]) > 1 {
			word += sp[i] + w[i+1]
			i++
		}
		words, seps = append(words, word), append(seps, sp[i])
	}
	return words, seps
}

// splitRuns cuts s at runs of spaces and returns the words and the run
// after each (empty after the last).
func splitRuns(s string) (words, seps []string) {
	rest := strings.TrimLeft(s, " \t")
	for rest != "" {
		end := strings.IndexAny(rest, " \t")
		if end < 0 {
			words, seps = append(words, rest), append(seps, "")
			break
		}
		word := rest[:end]
		after := strings.TrimLeft(rest[end:], " \t")
		sep := rest[end : len(rest)-len(after)]
		if after == "" {
			sep = ""
		}
		words, seps = append(words, word), append(seps, sep)
		rest = after
	}
	return words, seps
}
