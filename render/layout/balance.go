package layout

import "strings"

// Balance breaks a line of one style into as few lines as greedy wrapping
// needs, choosing the breaks as a clerk breaks an agency name, a subject
// or an appendix title by hand. In this order, it prefers:
//
//   - breaks between words to breaks inside one: inside a word of the
//     Vietnamese lexicon ("QUY / TẬP", "HOÀN / THÀNH"), a date or a place
//     name; to avoid them it takes one line more ("TRƯỜNG ĐẠI HỌC / KHOA
//     HỌC XÃ HỘI / VÀ NHÂN VĂN"), and makes them only when nothing else
//     fits;
//   - breaks after punctuation ("SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH");
//   - then even lines: the longest as short as it can be ("SỞ THÔNG TIN
//     VÀ / TRUYỀN THÔNG", not "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG"), a little
//     shorter before an administrative unit or a date, where clerks break
//     by choice.
//
// Some breaks it never makes (a line that starts with a dash, "ngày /
// 02", "2025 - / 2026", "THÀNH / PHỐ"); see breakCost.
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
	if !worthBalancing(len(greedy), len(words)) {
		return greedy
	}
	m := f.Metrics(style)
	widths, sepWidths := make([]float64, len(words)), make([]float64, len(words))
	for i, w := range words {
		widths[i] = m.Width(w, size)
		sepWidths[i] = m.Width(seps[i], size)
	}
	if starts := balanceBreaks(words, widths, sepWidths, len(greedy), width); starts != nil {
		return joinLines(words, seps, starts)
	}
	return greedy // a word wider than the line, or no break a clerk would make
}

// worthBalancing reports whether a line that greedy wrapping breaks into
// lines, of the given number of words, is worth balancing: more than one
// line, and not so long that greedy is as good.
func worthBalancing(lines, words int) bool {
	return lines >= 2 && lines <= 6 && words <= 60 && words >= lines
}

// balanceBreaks returns where the lines of the words start (after the
// first), as [Balance] chooses them for words of the given widths, each
// followed by a separator of sepWidths (the last's empty), on lines of
// width that greedy wrapping breaks into lines lines: as many lines, or
// one more when that keeps every word whole; else the fewest lines, with
// the fewest words broken. It returns nil when no breaks between the words
// fit: a word wider than the line, or no break a clerk would make.
func balanceBreaks(words []string, widths, sepWidths []float64, lines int, width float64) []int {
	b := breaks{
		widths:    widths,
		sepWidths: sepWidths,
		costs:     breakCosts(words), // costs[j]: of a break before words[j]
		punct:     make([]bool, len(words)),
		never:     make([]bool, len(words)),
		width:     width - fitMargin,
	}
	for i := range words {
		b.never[i] = b.costs[i] >= breakNever
		b.costs[i] *= width
		b.punct[i] = i > 0 && afterPunctuation(words[i-1])
	}
	var fallback []int
	for _, n := range []int{lines, lines + 1} {
		if n > len(words) {
			continue
		}
		starts, broken := b.best(n)
		if starts == nil {
			continue
		}
		if broken == 0 {
			return starts
		}
		if fallback == nil {
			fallback = starts
		}
	}
	return fallback
}

// breaks are the words of a line to balance and what each break costs.
type breaks struct {
	widths, sepWidths []float64
	// costs[j] is the cost of a break before word j, in points added to
	// the line it ends (breakCost's share of the width).
	costs []float64
	// never[j] says a break before word j is never made.
	never []bool
	// punct[j] says a break before word j follows punctuation.
	punct []bool
	width float64 // the line's
}

// score is how good a set of breaks is, compared in order: fewer breaks
// inside a word, a date or a place name; fewer breaks that follow no
// punctuation; a shorter longest line (each counted with the cost of the
// break that ends it).
type score struct {
	broken, plain int
	longest       float64
}

func (a score) less(b score) bool {
	if a.broken != b.broken {
		return a.broken < b.broken
	}
	if a.plain != b.plain {
		return a.plain < b.plain
	}
	return a.longest < b.longest-1e-9
}

// best returns where n lines of the words start (after the first), the
// best breaks by score, and how many of them fall inside a word; nil when
// the words do not fit on n lines without a break that is never made.
func (b *breaks) best(n int) (starts []int, broken int) {
	words := len(b.widths)
	ends := make([]float64, words+1) // ends[i]: words[:i] with the spaces after them
	for i := range b.widths {
		ends[i+1] = ends[i] + b.widths[i] + b.sepWidths[i]
	}
	lineWidth := func(from, to int) float64 { // words[from:to] on one line
		return ends[to] - ends[from] - b.sepWidths[to-1]
	}
	// memo[k][i]: the best score of words[i:] on k lines, and where the
	// second of them starts.
	type entry struct {
		done, ok bool
		s        score
		next     int
	}
	memo := make([][]entry, n+1)
	for k := range memo {
		memo[k] = make([]entry, words+1)
	}
	var solve func(k, i int) (score, bool)
	solve = func(k, i int) (score, bool) {
		e := &memo[k][i]
		if e.done {
			return e.s, e.ok
		}
		e.done = true
		if k == 1 {
			if w := lineWidth(i, words); w <= b.width {
				e.s, e.ok, e.next = score{longest: w}, true, words
			}
			return e.s, e.ok
		}
		for j := i + 1; j <= words-(k-1); j++ {
			w := lineWidth(i, j)
			if w > b.width {
				break
			}
			if b.never[j] {
				continue
			}
			c := b.costs[j]
			rest, ok := solve(k-1, j)
			if !ok {
				continue
			}
			s := score{broken: rest.broken, plain: rest.plain, longest: max(w+c, rest.longest)}
			switch {
			case c > 0:
				s.broken++
			case !b.punct[j]:
				s.plain++
			}
			if !e.ok || s.less(e.s) {
				e.s, e.ok, e.next = s, true, j
			}
		}
		return e.s, e.ok
	}
	s, ok := solve(n, 0)
	if !ok {
		return nil, 0
	}
	starts = make([]int, 0, n)
	for k, i := n, 0; k > 1; k-- {
		i = memo[k][i].next
		starts = append(starts, i)
	}
	return starts, s.broken
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
