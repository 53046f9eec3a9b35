package text

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
	"github.com/kehoach/kehoach/read/internal/structure"
)

// line is one line of the text, its indent and its content.
type line struct {
	n      int    // its number, from 1
	indent int    // leading columns (a tab counts 4)
	text   string // without the indent and trailing spaces
	raw    string // as it was, tabs expanded
}

// Flow turns text (UTF-8, LF line ends) into the flow the structure
// recogniser reads: paragraphs (hard-wrapped lines joined), the lines of
// a two-column header or signature laid out with spaces as table rows,
// tables written with pipes or tabs, footnote references "[1]" and their
// texts.
func Flow(src []byte) *flow.Document {
	lines := splitLines(string(src))
	lines = dropPageArtifacts(lines)
	doc := &flow.Document{Notes: map[string]plan.Text{}}
	lines = takeNotes(lines, doc)
	width := textWidth(lines)
	wrapped := isWrapped(lines, width)
	longest := longestLine(lines)
	for i := 0; i < len(lines); {
		l := lines[i]
		switch {
		case l.text == "":
			i++
		case isPipeRow(l.text):
			t, next := pipeTable(lines, i)
			doc.Blocks = append(doc.Blocks, t)
			i = next
		case tabCells(l.raw) >= 2 && i+1 < len(lines) && tabCells(lines[i+1].raw) == tabCells(l.raw):
			t, next := tabTable(lines, i)
			doc.Blocks = append(doc.Blocks, t)
			i = next
		case spacedColumns(lines, i) != nil:
			t, next := spacedTable(lines, i, spacedColumns(lines, i))
			doc.Blocks = append(doc.Blocks, t)
			i = next
		case columns(l.raw) != nil:
			t, next := columnRows(lines, i)
			doc.Blocks = append(doc.Blocks, t)
			i = next
		default:
			p, next := paragraph(lines, i, width, wrapped, longest)
			doc.Blocks = append(doc.Blocks, p)
			i = next
		}
	}
	return doc
}

// splitLines splits the text into lines, tabs expanded to four columns.
func splitLines(s string) []line {
	var out []line
	for n, raw := range strings.Split(s, "\n") {
		raw = labelTab(strings.TrimRight(expandTabs(raw), " \u00a0\f\v"))
		raw = strings.ReplaceAll(raw, "\f", "")
		text := strings.TrimLeft(raw, " \u00a0")
		out = append(out, line{n: n + 1, indent: utf8.RuneCountInString(raw) - utf8.RuneCountInString(text), text: text, raw: raw})
	}
	return out
}

// expandTabs replaces each tab with spaces to the next multiple of four
// columns, keeping a marker of the tab for tabCells.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		if r == '\t' {
			b.WriteString("\x01") // a tab: a cell boundary for tabCells, spaces for the rest
			n := 4 - col%4
			b.WriteString(strings.Repeat(" ", n-1))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// labelTab returns a line whose one tab follows a label alone ("I.",
// "1.", "1.1.", "a)", "(2)", "-", "+") with that tab as spaces: Word
// saves a numbered paragraph as text so, its number, a tab and the text
// ("I.\tMỤC ĐÍCH, YÊU CẦU"), and such lines one after another are
// headings and points, not a table of two columns. A line of more tabs
// is a table's row, its first cell a number or not.
func labelTab(s string) string {
	if strings.Count(s, "\x01") != 1 {
		return s
	}
	label, _, _ := strings.Cut(s, "\x01")
	if !bareLabel.MatchString(strings.TrimSpace(label)) {
		return s
	}
	return strings.Replace(s, "\x01", " ", 1)
}

// bareLabel matches a label with nothing after it: the decree's forms,
// the intermediate "1.1." and "(1)", and a bullet.
var bareLabel = lazyregexp.New(`^(?:[IVXLC]{1,6}[.:)]|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-zđA-ZĐ][.)]|[-+•*–])$`)

// clean removes the tab markers of expandTabs.
func clean(s string) string { return strings.ReplaceAll(s, "\x01", " ") }

// pageNumber matches a line that is only a page number, as text copied
// from a PDF carries between pages: "6", "- 6 -", "Trang 6", "6/12".
var pageNumber = lazyregexp.New(`^(?:-\s*)?(?:(?i:trang)\s+)?(\d{1,3})(?:\s*/\s*\d{1,3})?(?:\s*-)?$`)

// dropPageArtifacts blanks the lines that are page furniture: a page
// number alone on its line, indented or between blank lines, or the
// next of the pages' numbers (2, 3, … : the decree numbers no first
// page) between two lines of text, as a PDF viewer copies a page's
// number above its first line; a number after a lone number one less
// that stays (a table's cells one a line: "1", "Tập huấn", "2") is no
// page's.
func dropPageArtifacts(lines []line) []line {
	page := 2              // the number the next page prints
	kept := map[int]bool{} // the lone numbers that stay text
	for i, l := range lines {
		m := pageNumber.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		blankAround := (i == 0 || lines[i-1].text == "") || (i+1 == len(lines) || lines[i+1].text == "")
		if l.indent >= 20 || blankAround || n == page && !kept[n-1] {
			lines[i].text, lines[i].raw = "", ""
			if n == page {
				page++
			}
			continue
		}
		kept[n] = true
	}
	return lines
}

// noteDef matches the start of a footnote's text: "[1] …" or "[1]: …".
var noteDef = lazyregexp.New(`^\[(\d{1,3})\]:?\s+(.+)$`)

// takeNotes moves the footnote texts, "[1] …" lines after the body's
// last reference, into doc.Notes.
func takeNotes(lines []line, doc *flow.Document) []line {
	for i := len(lines) - 1; i >= 0; i-- {
		m := noteDef.FindStringSubmatch(lines[i].text)
		if m == nil {
			continue
		}
		// A definition: its label is referred to before it.
		ref := "[" + m[1] + "]"
		referred := false
		for _, earlier := range lines[:i] {
			if strings.Contains(earlier.text, ref) && !noteDef.MatchString(earlier.text) {
				referred = true
				break
			}
		}
		if !referred {
			continue
		}
		text := m[2]
		for j := i + 1; j < len(lines) && lines[j].text != "" && !noteDef.MatchString(lines[j].text); j++ {
			text += " " + lines[j].text // a note's text wrapped on the next lines
			lines[j].text, lines[j].raw = "", ""
		}
		doc.Notes[m[1]] = plan.Plain(strings.TrimSpace(clean(text)))
		lines[i].text, lines[i].raw = "", ""
	}
	return lines
}

// textWidth returns the width a wrapped text's lines reach: the median
// length of its lines of forty characters or more (a PDF's full lines;
// its tables' wider lines and its short last lines count little).
func textWidth(lines []line) int {
	var lens []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(l.raw); l.text != "" && n >= 40 {
			lens = append(lens, n)
		}
	}
	if len(lens) == 0 {
		return 80
	}
	slices.Sort(lens)
	return lens[len(lens)/2]
}

// isWrapped reports whether the text is hard-wrapped: its lines are no
// wider than a page's and many of them reach that width, as text copied
// from a PDF is; a text from a web page has a paragraph a line.
func isWrapped(lines []line, width int) bool {
	if width > 150 || width < 40 {
		return false
	}
	full, all := 0, 0
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		all++
		if utf8.RuneCountInString(l.raw) >= width*8/10 {
			full++
		}
	}
	return all >= 8 && full*3 >= all
}

// startsBlock reports whether a line starts a paragraph of its own: a
// label, a bullet, a legal basis, "Nơi nhận", a line in capitals.
var startsBlock = lazyregexp.New(`^(?:[-+•*–]\s|[IVXLC]{1,6}[.:)]\s?|\d{1,2}(?:\.\d{1,2})*[.)]\s|\(\d{1,2}\)\s|[a-zđ]\)\s|(?i:phần|mục|chương)\s+[IVX\d]+|(?i:căn cứ)\s|(?i:nơi nhận)|(?i:phụ lục)\b|(?i:kèm theo)\b|\()`)

// paragraph reads the paragraph that starts at lines[i]: in a wrapped
// text, the lines after it that continue it (it reached the width, and
// the next line neither starts a block nor is indented more); otherwise
// the line alone, unless it is nearly as long as the text's longest line
// and the next runs on from it ([runsOn]). It returns the paragraph and
// the next line's index.
func paragraph(lines []line, i, width int, wrapped bool, longest int) (*flow.Para, int) {
	first := lines[i]
	text := clean(first.text)
	cont := first.indent
	j := i + 1
	if first.indent < 20 { // a line far in is centred or in the right column: alone
		prev := first
		for ; j < len(lines); j++ {
			l := lines[j]
			full := utf8.RuneCountInString(prev.raw) >= width*4/5
			if l.text == "" || !full || startsBlock.MatchString(l.text) || columns(l.raw) != nil || isPipeRow(l.text) ||
				l.indent > cont+2 && j > i+1 || j == i+1 && (l.indent > first.indent+2 || centred(first, l)) || isCaps(prev.text) != isCaps(l.text) || endsItem(prev.text, l.text) ||
				!wrapped && (!runsOn(prev.text, l.text) || utf8.RuneCountInString(prev.raw) < longest*17/20) {
				break
			}
			if j == i+1 {
				cont = l.indent
			}
			text = join(text, clean(l.text))
			prev = l
		}
	}
	collapsed := collapseSpaces(text)
	if j == i+1 {
		collapsed = keptTab(first.text, collapsed)
	}
	return &flow.Para{Text: plan.Plain(collapsed), Align: alignOf(first, width, j == i+1), Indent: float64(first.indent), Continuation: float64(cont), Pos: first.n}, j
}

// keptTab returns a line's text with the first tab in it kept as a tab,
// not a space, when what follows it is in capitals: a table's two cells
// copied from a web page or a Word file, a tab between them ("- Lưu: VT,
// KGVX.<tab>TM. ỦY BAN NHÂN DÂN"), which the recogniser reads as two
// columns as it reads a Word file's tab; collapsed is the text with its
// blanks collapsed, returned when there is no such tab.
func keptTab(raw, collapsed string) string {
	left, right, ok := strings.Cut(raw, "\x01")
	left, right = collapseSpaces(strings.TrimSpace(clean(left))), collapseSpaces(strings.TrimSpace(clean(right)))
	if !ok || left == "" || !isCaps(right) {
		return collapsed
	}
	return left + "\t" + right
}

// longestLine returns the length of a text's longest line.
func longestLine(lines []line) int {
	n := 0
	for _, l := range lines {
		n = max(n, utf8.RuneCountInString(l.raw))
	}
	return n
}

// runsOn reports whether a line, in a text not known to be wrapped,
// goes on with the full line before it all the same: it starts with a
// small letter or a number that is no label ("2025. Sau khi …"), and the line before ends no sentence or clause (a short
// text copied from a PDF, too short to tell that its lines are cut at
// the page's width).
func runsOn(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return (unicode.IsLower(r) || unicode.IsDigit(r) || structure.EndsOpen(clean(prev))) &&
		!strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ";") && !strings.HasSuffix(prev, ":")
}

// endsItem reports whether a wrapped line ends a legal basis or a list's
// item (";") or a lead-in (":") and the next line opens another with a
// capital ("Căn cứ …;" over "Xét đề nghị …"): there a paragraph ends,
// though its line reached the width.
func endsItem(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && (strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ":"))
}

// centred reports whether two lines, one after the other, both start in
// from the margin: lines centred each on its own (a title block's, a
// subject's), not a paragraph wrapped, whose lines after the first start
// at the margin.
func centred(first, next line) bool { return first.indent > 2 && next.indent > 2 }

// join joins a wrapped line to the text before it: with a space, or
// without one after a hyphen that splits a number and symbol ("NĐ-" and
// "CP", as a PDF breaks "217/2025/NĐ-CP").
func join(text, next string) string {
	if strings.HasSuffix(text, "-") && len(text) > 1 && !strings.HasSuffix(text, " -") && !unicode.IsSpace(rune(text[len(text)-2])) {
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) || unicode.IsDigit(r) {
			return text + next
		}
	}
	return text + " " + next
}

// collapseSpaces replaces each run of spaces inside the text with one:
// the doubled spaces of a justified PDF line.
func collapseSpaces(s string) string {
	if !strings.Contains(s, "  ") && !strings.Contains(s, "\u00a0") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u00a0' }), " ")
}

// alignOf guesses a one-line paragraph's alignment from where it stands:
// centred when its margins are alike and it starts well in.
func alignOf(l line, width int, single bool) flow.Align {
	if !single || l.indent < 4 {
		return flow.AlignUnknown
	}
	right := width - l.indent - utf8.RuneCountInString(l.text)
	if right < 0 {
		right = 0
	}
	if d := l.indent - right; d >= -8 && d <= 8 {
		return flow.AlignCenter
	}
	if l.indent > width/2 {
		return flow.AlignRight
	}
	return flow.AlignUnknown
}

// isCaps reports whether a text has letters and they are all capitals.
func isCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = true
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return letters
}

// columnGap matches the run of spaces between the two columns of a header
// or signature line laid out with spaces: four or more, or a tab.
var columnGap = lazyregexp.New(`\S( {4,}|\x01[ \x01]*)\S`)

// blankForClerk matches a line's text that ends where a blank left for
// the văn thư starts: after "Số:", "ngày", "tháng".
var blankForClerk = lazyregexp.New(`(?i:số\s*:?|ngày|tháng)$`)

// columns splits a line laid out in two columns with spaces ("SỞ CÔNG
// THƯƠNG        CỘNG HÒA XÃ HỘI …", "Nơi nhận:        KT. GIÁM ĐỐC") at
// its widest gap, or returns nil. A line that is a sentence with a wide
// gap (a justified line of a PDF) is not split: each column must be
// short, and the right one start far in.
func columns(raw string) []string {
	cols, _ := columnSplit(raw)
	return cols
}

// columnSplit returns columns' split of a line and the column (in
// characters) where its right column starts, 0 when it is not split.
func columnSplit(raw string) ([]string, int) {
	var m []int // the widest gap: a blank for the văn thư ("Số:      /KH") is narrower than the columns' gap
	for _, g := range columnGap.FindAllStringSubmatchIndex(raw, -1) {
		if blankForClerk.MatchString(raw[:g[2]]) || strings.HasPrefix(raw[g[3]:], "/") {
			continue // "ngày       tháng 4", "số          /KH-SCT": the blank the văn thư fills, inside one column
		}
		if m == nil || g[3]-g[2] > m[1]-m[0] {
			m = g[2:4]
		}
	}
	if m == nil {
		return nil, 0
	}
	left := strings.TrimSpace(clean(raw[:m[0]]))
	right := strings.TrimSpace(clean(raw[m[1]:]))
	start := utf8.RuneCountInString(raw[:m[1]])
	if left == "" || right == "" || start < 24 || utf8.RuneCountInString(left) > 60 || utf8.RuneCountInString(right) > 70 {
		return nil, 0
	}
	if strings.Count(left, " ") > 9 || strings.Count(right, " ") > 11 {
		return nil, 0
	}
	return []string{left, right}, start
}

// columnRows reads the lines laid out in two columns from lines[i] on,
// with the one-column lines between them that belong to either (by where
// they start), as the rows of a borderless table.
func columnRows(lines []line, i int) (*flow.Table, int) {
	t := &flow.Table{Pos: lines[i].n}
	split := 0 // the column where the right column starts
	j := i
	for ; j < len(lines); j++ {
		l := lines[j]
		if l.text == "" {
			if j+1 < len(lines) && (columns(lines[j+1].raw) != nil || split > 0 && lines[j+1].indent >= split-8 && lines[j+1].text != "") {
				continue
			}
			break
		}
		if cols, start := columnSplit(l.raw); cols != nil {
			split = start // found from the gap: the right column's text, tabs made spaces, is not the line's
			t.Rows = append(t.Rows, row(cols[0], cols[1], l.n))
			continue
		}
		if split == 0 {
			break
		}
		switch {
		case l.indent >= split-8: // the right column alone
			t.Rows = append(t.Rows, row("", clean(l.text), l.n))
		case l.indent < split/2 && utf8.RuneCountInString(l.text) < split: // the left column alone
			t.Rows = append(t.Rows, row(clean(l.text), "", l.n))
		default:
			return t, j
		}
	}
	return t, j
}

// row returns a table row of two one-line cells.
func row(left, right string, n int) []*flow.Cell {
	cell := func(s string) *flow.Cell {
		c := &flow.Cell{Cols: 1, Rows: 1}
		if s != "" {
			c.Blocks = []flow.Block{&flow.Para{Text: plan.Plain(collapseSpaces(s)), Align: flow.AlignCenter, Pos: n}}
		}
		return c
	}
	return []*flow.Cell{cell(left), cell(right)}
}

// isPipeRow reports whether a line is a row of a table written with
// pipes: "| a | b |".
func isPipeRow(s string) bool {
	return strings.HasPrefix(s, "|") && strings.Count(s, "|") >= 2
}

// pipeSeparator matches a table's separator row: "|---|:---:|".
var pipeSeparator = lazyregexp.New(`^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$`)

// pipeTable reads a table written with pipes from lines[i] on.
func pipeTable(lines []line, i int) (*flow.Table, int) {
	t := &flow.Table{Borders: true, Pos: lines[i].n}
	j := i
	for ; j < len(lines) && isPipeRow(lines[j].text); j++ {
		if pipeSeparator.MatchString(lines[j].text) {
			continue
		}
		s := strings.TrimSpace(lines[j].text)
		s = strings.TrimSuffix(strings.TrimPrefix(s, "|"), "|")
		var cells []*flow.Cell
		for _, c := range strings.Split(s, "|") {
			cells = append(cells, cellOf(c, lines[j].n))
		}
		t.Rows = append(t.Rows, cells)
	}
	return t, j
}

// tabCells counts the cells of a line with tabs, 0 for one without.
func tabCells(raw string) int {
	if !strings.Contains(raw, "\x01") {
		return 0
	}
	return len(tabSplit(raw))
}

func tabSplit(raw string) []string {
	var out []string
	for _, c := range strings.Split(strings.TrimSpace(raw), "\x01") {
		out = append(out, strings.TrimSpace(c))
	}
	return out
}

// tabTable reads the lines with the same number of tab-separated cells
// from lines[i] on as a table.
func tabTable(lines []line, i int) (*flow.Table, int) {
	t := &flow.Table{Borders: true, Pos: lines[i].n}
	n := tabCells(lines[i].raw)
	j := i
	for ; j < len(lines) && tabCells(lines[j].raw) == n; j++ {
		var cells []*flow.Cell
		for _, c := range tabSplit(lines[j].raw) {
			cells = append(cells, cellOf(c, lines[j].n))
		}
		t.Rows = append(t.Rows, cells)
	}
	return t, j
}

// cellOf returns a cell of one paragraph; "/" between names written on
// separate lines in the source stays as it is.
func cellOf(s string, n int) *flow.Cell {
	c := &flow.Cell{Cols: 1, Rows: 1}
	if s = strings.TrimSpace(s); s != "" {
		c.Blocks = []flow.Block{&flow.Para{Text: plan.Plain(collapseSpaces(s)), Pos: n}}
	}
	return c
}
