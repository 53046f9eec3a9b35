package layout

import "strings"

// Balance breaks a line of one style into as few lines as greedy wrapping
// needs, but at the breaks that make the longest line as short as
// possible, as a clerk breaks an agency name or a subject by hand:
// "SỞ THÔNG TIN VÀ / TRUYỀN THÔNG", not "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG".
// Like a clerk it avoids some breaks at some cost to the balance (inside
// a date, a place name or a common word), taking one line more when that
// avoids them all, and never makes others (a line that starts with a
// dash, "ngày / 02"); see breakCost.
// Explicit line breaks in s are kept; each part is balanced on its own.
// Text is measured with the embedded fonts ([DefaultFonts]);
// [Fonts.Balance] measures with others.
func Balance(s string, style Style, size, width float64) []string {
	return DefaultFonts().Balance(s, style, size, width)
}

// Balance breaks a line as [Balance] does, measuring it with f.
func (f *Fonts) Balance(s string, style Style, size, width float64) []string {
	var out []string
	for _, part := range strings.Split(s, "\n") {
		out = append(out, f.balanceLine(part, style, size, width)...)
	}
	return out
}

func (f *Fonts) balanceLine(s string, style Style, size, width float64) []string {
	greedy := f.WrapText(s, style, size, width)
	words, seps := splitSpaces(s)
	n := len(greedy)
	if n < 2 || n > 6 || len(words) > 60 || len(words) < n {
		return greedy // one line, or too long to be worth it: greedy is fine
	}
	m := f.Metrics(style)
	widths := make([]float64, len(words))
	sepWidths := make([]float64, len(words))
	costs := breakCosts(words) // costs[j]: of a break before words[j]
	for i, w := range words {
		widths[i] = m.Width(w, size)
		sepWidths[i] = m.Width(seps[i], size)
		costs[i] *= width
	}
	// First the breaks a clerk makes freely: on as many lines as greedy
	// wrapping needs, or one more ("TRƯỜNG ĐẠI HỌC / KHOA HỌC XÃ HỘI / VÀ
	// NHÂN VĂN" rather than "… KHOA / HỌC …"). Only when there are none,
	// the avoided breaks too, each weighed by its cost.
	clean := make([]float64, len(costs))
	for i, c := range costs {
		clean[i] = c
		if c > 0 {
			clean[i] = breakNever
		}
	}
	for _, try := range []struct {
		costs []float64
		lines int
	}{{clean, n}, {clean, n + 1}, {costs, n}, {costs, n + 1}} {
		if try.lines > len(words) {
			continue
		}
		if breaks := balanceBreaks(widths, sepWidths, try.costs, try.lines, width-fitMargin); breaks != nil {
			return joinLines(words, seps, breaks)
		}
	}
	return greedy // a word wider than the line, or no break a clerk would make
}

// balanceBreaks returns where n lines of the words start (after the
// first), choosing the breaks that make the longest line, each counted
// with the cost of the break that ends it, as short as possible; nil when
// the words do not fit on n lines of the given width without a break
// that is never made.
func balanceBreaks(widths, sepWidths, costs []float64, n int, width float64) []int {
	words := len(widths)
	ends := make([]float64, words+1) // ends[i]: words[:i] with the spaces after them
	for i := range widths {
		ends[i+1] = ends[i] + widths[i] + sepWidths[i]
	}
	lineWidth := func(from, to int) float64 { // words[from:to] on one line
		return ends[to] - ends[from] - sepWidths[to-1]
	}
	const none = 1e300
	// best[k][i]: the least longest line for words[i:] on k lines.
	best := make([][]float64, n+1)
	next := make([][]int, n+1)
	for k := range best {
		best[k] = make([]float64, words+1)
		next[k] = make([]int, words+1)
		for i := range best[k] {
			best[k][i] = -1
		}
	}
	var solve func(k, i int) float64
	solve = func(k, i int) float64 {
		if best[k][i] >= 0 {
			return best[k][i]
		}
		result := none
		if k == 1 {
			if w := lineWidth(i, words); w <= width {
				result = w
			}
			next[k][i] = words
		} else {
			for j := i + 1; j <= words-(k-1); j++ {
				w := lineWidth(i, j)
				if w > width {
					break
				}
				if costs[j] >= breakNever {
					continue
				}
				if rest := max(w+costs[j], solve(k-1, j)); rest < result {
					result, next[k][i] = rest, j
				}
			}
		}
		best[k][i] = result
		return result
	}
	if solve(n, 0) >= none {
		return nil
	}
	breaks := make([]int, 0, n)
	for k, i := n, 0; k > 1; k-- {
		i = next[k][i]
		breaks = append(breaks, i)
	}
	return breaks
}

// joinLines joins the words into lines that start at breaks.
func joinLines(words, seps []string, breaks []int) []string {
	lines := make([]string, 0, len(breaks)+1)
	from := 0
	for _, to := range append(breaks, len(words)) {
		var b strings.Builder
		for w := from; w < to; w++ {
			b.WriteString(words[w])
			if w < to-1 {
				b.WriteString(seps[w]) // a run of spaces stays: "số      /KH-SCT"
			}
		}
		lines = append(lines, b.String())
		from = to
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
