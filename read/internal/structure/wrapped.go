package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// A Word file made from a PDF or from hard-wrapped text (by an online
// converter, or LibreOffice opening a text or a page-laid-out HTML file)
// holds each printed line as a paragraph: a sentence runs on over
// several "paragraphs", the next one starting with a small letter. Such
// a file's lines are joined back into the paragraphs they print, and the
// page numbers between its pages are dropped; a file whose paragraphs
// are paragraphs is left as it is.

// lineParagraphs reports whether a Word file's body holds its printed
// lines as paragraphs: several paragraphs go on with a sentence the one
// before left open, starting with a small letter.
func lineParagraphs(blocks []flow.Block) bool {
	paras, runOn := 0, 0
	var prev *flow.Para
	for _, b := range blocks {
		p, ok := b.(*flow.Para)
		if !ok {
			prev = nil
			continue
		}
		paras++
		if prev != nil && goesOn(prev, p, 0) && startsLower(p.Text.String()) {
			runOn++
		}
		prev = p
	}
	return runOn >= 4 && runOn*8 >= paras
}

// joinLines joins the lines of a Word file that holds its printed lines
// as paragraphs ([lineParagraphs]) into its paragraphs, and drops the
// page numbers between its pages; other files' blocks are returned as
// they are.
func joinLines(blocks []flow.Block) []flow.Block {
	if !lineParagraphs(blocks) {
		return blocks
	}
	width := lineWidth(blocks)
	out := make([]flow.Block, 0, len(blocks))
	for _, b := range blocks {
		p, ok := b.(*flow.Para)
		if ok && p.Label == "" && pageNumberLine.MatchString(strings.TrimSpace(p.Text.String())) {
			continue
		}
		if n := len(out); ok && n > 0 {
			if prev, isPara := out[n-1].(*flow.Para); isPara && goesOn(prev, p, width) {
				joined := append(append(append(plan.Text(nil), prev.Text...), plan.Span{Text: " "}), p.Text...)
				prev.Text = joined.Compact()
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// lineWidth returns the length, in characters, of the longest line of a
// file that holds its lines as paragraphs: a line about as long ends
// where the page did, not where a sentence or a heading did. Lines laid
// out in columns with blanks do not count.
func lineWidth(blocks []flow.Block) int {
	width := 0
	for _, b := range blocks {
		if p, ok := b.(*flow.Para); ok {
			if s := p.Text.String(); !gap.MatchString(s) {
				width = max(width, utf8.RuneCountInString(s))
			}
		}
	}
	return width
}

// pageNumberLine matches a line that is only a page number: "2", "- 2 -",
// "Trang 2".
var pageNumberLine = lazyregexp.New(`^(?:-\s*)?(?:(?i:trang)\s+)?\d{1,3}(?:\s*-)?$`)

// openEnd matches the words a sentence cannot end with, so that the line
// after goes on with it whatever its first letter: "của Bộ Thông tin và"
// over "Truyền thông về việc …", and an agency's first word over the
// rest of its name: "báo cáo về Sở" over "Giáo dục và Đào tạo …".
var openEnd = lazyregexp.New(`\s(?:và|của|về|các|những|số|ngày|tại|theo|cho|với|trong|để|là|được|có|từ|đến|trên|hoặc|như|tháng|năm|Sở|Bộ|Cục|Chi cục|Viện|Ủy ban|Ban|Trung tâm)$`)

// EndsOpen reports whether a line ends with a word a sentence cannot end
// with ("… của Bộ Giáo dục và"), so that the line after it goes on with
// it whatever its first letter.
func EndsOpen(line string) bool { return openEnd.MatchString(strings.TrimRight(line, " ")) }

// goesOn reports whether paragraph next goes on with the sentence
// paragraph p leaves open: they look alike, p does not end a sentence or
// a heading in capitals, neither is laid out in columns, and next opens
// no heading, list item, legal basis or lead-in ("Căn cứ", "Thực hiện"),
// recipients or signer line; it starts with a
// small letter or a figure, or p ends with a word a sentence cannot end
// with, or p fills the line (width, its longest line's length, 0 when
// unknown).
func goesOn(p, next *flow.Para, width int) bool {
	a, b := strings.TrimSpace(p.Text.String()), strings.TrimSpace(next.Text.String())
	if a == "" || b == "" || next.Label != "" || p.Bold != next.Bold || p.Italic != next.Italic || p.Align != next.Align {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	if strings.ContainsRune(".;:!?", last) || strings.HasSuffix(a, "\n") || isCaps(a) || isCaps(b) {
		return false
	}
	if gap.MatchString(a) || gap.MatchString(b) {
		return false // a line laid out in columns ("- Văn phòng Sở;        TRƯỞNG ĐOÀN")
	}
	if startsLabel(b) || bodyStart.MatchString(b) && !startsLower(b) || recipientsLabel.MatchString(b) || archiveLine.MatchString(b) || authorityLine.MatchString(b) || isSignNote(b) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(b)
	full := width > 0 && utf8.RuneCountInString(a)*5 >= width*4
	return unicode.IsLower(first) || unicode.IsDigit(first) || openEnd.MatchString(a) || full
}
