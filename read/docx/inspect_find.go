package docx

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// folded is a text folded for matching by words: in capitals, without
// diacritics ("đ" as "D"), each run of spaces one space; idx maps each
// folded rune to its rune in the text.
type folded struct {
	r    []rune
	idx  []int
	text []rune
}

func fold(s string) folded {
	f := folded{text: []rune(s)}
	space := false
	for i, c := range f.text {
		if unicode.Is(unicode.Mn, c) { // a decomposed letter's mark
			continue
		}
		if unicode.IsSpace(c) || c == '\u00a0' {
			if !space && len(f.r) > 0 {
				f.r, f.idx = append(f.r, ' '), append(f.idx, i)
			}
			space = true
			continue
		}
		space = false
		f.r, f.idx = append(f.r, foldRune(c)), append(f.idx, i)
	}
	return f
}

// foldRune returns a letter's base letter in capitals.
func foldRune(c rune) rune {
	return unicode.ToUpper(textutil.BaseLetter(c))
}

// find returns where a folded pattern first occurs, as rune offsets of
// the text (end exclusive).
func (f folded) find(pattern string) (start, end int, ok bool) {
	p := []rune(pattern)
	for i := 0; i+len(p) <= len(f.r); i++ {
		match := true
		for j := range p {
			if f.r[i+j] != p[j] {
				match = false
				break
			}
		}
		if match {
			end := f.idx[i+len(p)-1] + 1
			for end < len(f.text) && unicode.Is(unicode.Mn, f.text[end]) {
				end++
			}
			return f.idx[i], end, true
		}
	}
	return 0, 0, false
}

func (f folded) String() string { return string(f.r) }

// span is a piece of a line: an element of the header, the title block
// or the signature.
type span struct {
	line       textLine
	start, end int // rune offsets in the line
}

func (s span) text() string { return string([]rune(s.line.text)[s.start:s.end]) }
func (s span) look() look   { return lookOf(s.line.segment(s.start, s.end)) }
func (s span) at() *placed  { return s.line.at }

// whole returns a line's span without its leading and trailing spaces.
func whole(l textLine) span {
	r := []rune(l.text)
	start, end := 0, len(r)
	for start < end && unicode.IsSpace(r[start]) {
		start++
	}
	for end > start && unicode.IsSpace(r[end-1]) {
		end--
	}
	return span{line: l, start: start, end: end}
}

// anatomy is where a document's elements are: the header's, the title
// block's, the body's paragraphs and the signature's.
type anatomy struct {
	national, motto, date, number *span
	agency                        []span
	issuerFrom                    int // agency[issuerFrom:] are the issuer's lines
	headerEnd                     int // the index of the header's last paragraph
	title                         *span
	subject                       []span
	body                          []*placed
	recipientsLabel               *span
	recipients                    []span
	signer                        []span
}

// headerWindow is how many paragraphs from the start of the document the
// header's elements are looked for in.
const headerWindow = 60

// anatomy finds the document's elements by their text.
func (in *inspector) anatomy() {
	a := &in.a
	a.headerEnd = -1
	in.findNational()
	if a.national != nil {
		in.findAfter(a.national, "DOC LAP", "HANH PHUC", &a.motto)
		in.findDate()
		in.findAgency()
	}
	in.findTitle()
	in.findRecipients()
	in.findBody()
}

// lines returns every line of items[from:to], in order.
func (in *inspector) lines(from, to int) []textLine {
	var out []textLine
	for _, p := range in.items[max(from, 0):min(to, len(in.items))] {
		out = append(out, p.lines...)
	}
	return out
}

func (in *inspector) findNational() {
	for _, l := range in.lines(0, headerWindow) {
		f := fold(l.text)
		if start, end, ok := f.find("CONG HOA XA HOI CHU NGHIA VIET NAM"); ok {
			in.a.national = &span{line: l, start: start, end: end}
			in.a.headerEnd = max(in.a.headerEnd, l.at.index)
			return
		}
	}
}

// findAfter finds a span from one folded phrase to another in the lines
// after an element's.
func (in *inspector) findAfter(after *span, from, to string, dst **span) {
	started := false
	for _, l := range in.lines(after.at().index, after.at().index+12) {
		if !started {
			started = l.at == after.at() && l.text == after.line.text
			if !started {
				continue
			}
		}
		f := fold(l.text)
		start, _, ok1 := f.find(from)
		_, end, ok2 := f.find(to)
		if ok1 && ok2 && end > start {
			*dst = &span{line: l, start: start, end: end}
			in.a.headerEnd = max(in.a.headerEnd, l.at.index)
			return
		}
	}
}

// isDateLine reports whether a folded line reads as a place and date:
// "…, NGAY … THANG … NAM …".
func isDateLine(f folded) bool {
	s := f.String()
	i := strings.Index(s, "NGAY")
	j := strings.Index(s, "THANG")
	k := strings.LastIndex(s, "NAM")
	return i >= 0 && j > i && k > j
}

func (in *inspector) findDate() {
	n := in.a.national.at().index
	for _, l := range in.lines(n, n+15) {
		if f := fold(l.text); isDateLine(f) {
			s := whole(l)
			in.a.date = &s
			in.a.headerEnd = max(in.a.headerEnd, l.at.index)
			return
		}
	}
}

// isNumberLine reports whether a line is "Số: …".
func isNumberLine(l textLine) bool {
	s := fold(strings.TrimSpace(l.text)).String()
	return strings.HasPrefix(s, "SO:") || strings.HasPrefix(s, "SO :")
}

// isRuleText reports whether a line is a rule typed as underscores (or
// dashes, or dots).
func isRuleText(s string) bool {
	s = strings.TrimSpace(s)
	if len([]rune(s)) < 3 {
		return false
	}
	for _, c := range s {
		if c != '_' && c != '-' && c != '.' && c != '…' && c != '–' && c != '—' {
			return false
		}
	}
	return true
}

// findAgency finds the agency lines: in the header table, the lines of
// the columns left of the Quốc hiệu down to "Số:"; without a table, the
// lines before the Quốc hiệu and the text before it on its line.
func (in *inspector) findAgency() {
	a := &in.a
	nat := a.national.at()
	var lines []textLine
	if nat.table != nil {
		for _, p := range in.items {
			if p.table == nat.table && p.cell != nil && nat.cell != nil && p.cell.col < nat.cell.col {
				lines = append(lines, p.lines...)
			}
		}
	} else {
		lines = in.lines(max(nat.index-6, 0), nat.index)
	}
	for _, l := range lines {
		if isNumberLine(l) {
			s := whole(l)
			a.number = &s
			a.headerEnd = max(a.headerEnd, l.at.index)
			break
		}
		if strings.TrimSpace(l.text) == "" || isRuleText(l.text) {
			continue
		}
		a.agency = append(a.agency, whole(l))
		a.headerEnd = max(a.headerEnd, l.at.index)
	}
	if nat.table == nil && a.national.start > 0 { // "SỞ X      CỘNG HÒA …" on one line
		before := whole(textLine{at: nat, text: string([]rune(a.national.line.text)[:a.national.start]), runs: a.national.line.segment(0, a.national.start)})
		if before.end > before.start {
			a.agency = append(a.agency, before)
		}
	}
	if nat.table != nil {
		for _, p := range in.items {
			if p.table == nat.table {
				a.headerEnd = max(a.headerEnd, p.index)
				if a.number == nil {
					for _, l := range p.lines {
						if isNumberLine(l) {
							s := whole(l)
							a.number = &s
						}
					}
				}
			}
		}
	}
	a.issuerFrom = len(a.agency)
	for a.issuerFrom > 0 && a.agency[a.issuerFrom-1].look().bold {
		a.issuerFrom--
	}
	if a.issuerFrom == len(a.agency) && len(a.agency) > 0 {
		a.issuerFrom--
	}
}

// typeTitles are the type names a title block opens with, folded; made on
// first use, since folding needs textutil's table of letters, which a
// process that reads no Word file should not build.
var typeTitles = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range plan.DocTypes() {
		m[fold(t.Title()).String()] = true
	}
	return m
})

// findTitle finds the type name, the first line after the header when it
// is one of the decree's, and the subject under it: the lines that
// follow, down to a blank line, a rule or a line in capitals.
func (in *inspector) findTitle() {
	a := &in.a
	var lines []textLine
	for _, p := range in.items[min(a.headerEnd+1, len(in.items)):min(a.headerEnd+8, len(in.items))] {
		if p.table == nil {
			lines = append(lines, p.lines...)
		}
	}
	for i, l := range lines {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		if !typeTitles()[fold(strings.TrimSpace(l.text)).String()] {
			return
		}
		s := whole(l)
		a.title = &s
		upper := false
		for _, next := range lines[i+1:] {
			t := strings.TrimSpace(next.text)
			if t == "" || isRuleText(t) || len(a.subject) == 4 || next.at != l.at && (len(next.at.q.lines) > 0 || next.at.q.props.topBorder == on) {
				break
			}
			caps := t == strings.ToUpper(t)
			if len(a.subject) > 0 && caps && !upper {
				break
			}
			upper = caps
			a.subject = append(a.subject, whole(next))
			if next.at.q.props.bottomBorder == on {
				break
			}
		}
		return
	}
}

// findRecipients finds "Nơi nhận:", its items (the lines that follow in
// its cell, or the paragraphs that follow it starting with a dash), and
// the signer's lines beside it.
func (in *inspector) findRecipients() {
	a := &in.a
	for i, p := range in.items {
		if i <= a.headerEnd {
			continue
		}
		for j, l := range p.lines {
			if !isRecipientsLabel(l.text) {
				continue
			}
			s := whole(l)
			if k := strings.IndexRune(l.text, ':'); k >= 0 {
				s.end = len([]rune(l.text[:k])) + 1
			}
			a.recipientsLabel = &s
			for _, next := range p.lines[j+1:] {
				if strings.TrimSpace(next.text) != "" {
					a.recipients = append(a.recipients, whole(next))
				}
			}
			for _, q := range in.items[i+1:] {
				if p.cell != nil && q.cell != p.cell || p.cell == nil && (q.table != nil || !strings.HasPrefix(strings.TrimSpace(q.q.runsText()), "-")) {
					break
				}
				for _, next := range q.lines {
					if strings.TrimSpace(next.text) != "" {
						a.recipients = append(a.recipients, whole(next))
					}
				}
			}
			if p.table != nil && p.cell != nil {
				for _, q := range in.items {
					if q.table == p.table && q.cell != nil && q.cell.col > p.cell.col && q.index > a.headerEnd {
						for _, next := range q.lines {
							if strings.TrimSpace(next.text) != "" {
								a.signer = append(a.signer, whole(next))
							}
						}
					}
				}
			}
			return
		}
	}
}

// isRecipientsLabel reports whether a line starts with "Nơi nhận".
func isRecipientsLabel(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || s[0] != 'N' && s[0] != 'n' {
		return false
	}
	head := []rune(s)[:min(len([]rune(s)), 16)]
	return strings.HasPrefix(fold(string(head)).String(), "NOI NHAN")
}

// findBody finds the body's paragraphs: those outside tables after the
// title block, down to the signature (or the end of the first section).
func (in *inspector) findBody() {
	a := &in.a
	start := a.headerEnd + 1
	if a.title != nil {
		start = a.title.at().index + 1
	}
	for _, s := range a.subject {
		start = max(start, s.at().index+1)
	}
	end := len(in.items)
	if a.recipientsLabel != nil {
		end = a.recipientsLabel.at().index
		if t := a.recipientsLabel.at().table; t != nil {
			for _, p := range in.items {
				if p.table == t {
					end = min(end, p.index)
					break
				}
			}
		}
	}
	for _, p := range in.items[min(start, len(in.items)):max(min(end, len(in.items)), min(start, len(in.items)))] {
		if p.table == nil {
			a.body = append(a.body, p)
		}
		if p.q.sect != nil && a.recipientsLabel == nil {
			break
		}
	}
}

// runsText returns a paragraph's text.
func (q *para) runsText() string {
	var b strings.Builder
	for _, r := range q.runs {
		if r.note == nil {
			b.WriteString(r.text)
		}
	}
	return b.String()
}

func isLetter(c rune) bool { return unicode.IsLetter(c) }
