package docx

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/render/layout"
)

// Inspect checks a Word document's own layout against Decree 30 and
// returns what departs from it, as findings of the layout rules
// (check.RuleLayoutPaper … check.RuleLayoutPageNumber, and
// check.RuleDocxChanges for tracked changes), each naming the measured
// value beside the one the decree sets, in Vietnamese and in English:
// "lề trái 20 mm; Nghị định 30 quy định 30–35 mm". It reads the file as
// [Extract] does, with the same errors, and finds the header's elements,
// the title, the body and the recipients by their text; an element it
// does not find is not judged. Findings come in the order of the
// document.
func Inspect(src []byte, opts ...Option) ([]check.Finding, error) {
	cfg := newConfig(opts)
	doc, err := read(src, cfg.limits, true)
	if err != nil {
		return nil, err
	}
	return inspect(doc).out, nil
}

// inspect judges a document read with its headers and footers.
func inspect(doc *document) *inspector {
	in := &inspector{doc: doc, ranges: layout.Decree()}
	in.place(doc.body, nil, nil, 0)
	in.anatomy()
	in.page()
	in.header()
	in.titleBlock()
	in.body()
	in.spacing()
	in.recipients()
	in.fonts()
	in.pageNumbers()
	in.changes()
	return in
}

// inspector judges one document.
type inspector struct {
	doc    *document
	ranges layout.Ranges
	out    []check.Finding
	items  []*placed
	a      anatomy
}

// report adds a finding.
func (in *inspector) report(rule, field, vi, en string) {
	in.out = append(in.out, check.NewFinding(rule, field, vi, en))
}

// placed is a paragraph where it sits: in the body, or in a table's
// cell, and the width of its box.
type placed struct {
	q     *para
	table *table // the outermost table it is in, nil in the body
	cell  *cell
	index int
	lines []textLine
}

// place lists the paragraphs of blocks in reading order: a table row by
// row, a text box's paragraphs before the paragraph it is anchored in.
func (in *inspector) place(blocks []block, outer *table, c *cell, depth int) {
	for _, b := range blocks {
		switch b := b.(type) {
		case *para:
			in.place(b.floats, outer, c, depth+1)
			p := &placed{q: b, table: outer, cell: c, index: len(in.items)}
			p.lines = linesOf(p)
			in.items = append(in.items, p)
			in.place(b.below, outer, c, depth+1)
		case *table:
			t := outer
			if t == nil {
				t = b
			}
			for _, row := range b.rows {
				for _, cc := range row {
					if !cc.covered {
						in.place(cc.blocks, t, cc, depth+1)
					}
				}
			}
		}
	}
}

// textLine is one printed line of a paragraph: its runs up to a line
// break.
type textLine struct {
	at   *placed
	text string
	runs []run
}

// linesOf splits a paragraph's runs at its line breaks.
func linesOf(p *placed) []textLine {
	var out []textLine
	cur := textLine{at: p}
	var text strings.Builder
	for _, r := range p.q.runs {
		if r.note != nil {
			continue
		}
		for i, part := range strings.Split(r.text, "\n") {
			if i > 0 {
				cur.text = text.String()
				out = append(out, cur)
				cur = textLine{at: p}
				text.Reset()
			}
			if part != "" {
				piece := r
				piece.text = part
				cur.runs = append(cur.runs, piece)
				text.WriteString(part)
			}
		}
	}
	cur.text = text.String()
	return append(out, cur)
}

// segment returns the runs of a line between two rune offsets.
func (l textLine) segment(start, end int) []run {
	var out []run
	pos := 0
	for _, r := range l.runs {
		rs := []rune(r.text)
		a, b := max(start-pos, 0), min(end-pos, len(rs))
		if a < b {
			piece := r
			piece.text = string(rs[a:b])
			out = append(out, piece)
		}
		pos += len(rs)
	}
	return out
}

// look is how a piece of text prints: whether all its letters are bold,
// italic, underlined, the size most of its characters print at, and its
// text.
type look struct {
	text                     string
	bold, italic, underlined bool
	size                     float64
	letters                  int
}

func lookOf(runs []run) look {
	q := para{runs: runs}
	var l look
	l.bold, l.italic, _, l.size = q.look()
	l.underlined = true
	var text strings.Builder
	for _, r := range runs {
		text.WriteString(r.text)
		for _, c := range r.text {
			if isLetter(c) {
				l.letters++
				l.underlined = l.underlined && r.underline
			}
		}
	}
	if l.letters == 0 {
		l.underlined = false
	}
	l.text = text.String()
	return l
}

// box returns the width of the box a paragraph's lines are laid in: its
// cell's, or the first section's text width.
func (in *inspector) box(p *placed) float64 {
	if p.cell != nil && p.cell.width >= minBox {
		return p.cell.width
	}
	return in.textWidth()
}

// minBox is the narrowest box a paragraph is measured in, in points: a
// file's widths may be nonsense.
const minBox = 36

// textWidth returns the first section's text width, or A4's with the
// decree's smallest margins when the file does not say (or says
// nonsense).
func (in *inspector) textWidth() float64 {
	if s := in.firstSection(); s != nil && s.width > 0 && s.margins {
		if w := s.width - s.left - s.right; w >= minBox && w < 10_000 {
			return w
		}
	}
	return layout.MM(210 - 30 - 15)
}

func (in *inspector) firstSection() *section {
	if len(in.doc.sections) == 0 {
		return nil
	}
	return in.doc.sections[0]
}

// The numbers in messages: millimetres and points with at most one
// decimal, written with a decimal comma in Vietnamese.
func numEn(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

func numVi(v float64) string { return strings.Replace(numEn(v), ".", ",", 1) }

// rangeText writes a range: "30–35 mm", "13 pt".
func rangeText(r layout.Range, num func(float64) string) string {
	if r.Min == r.Max {
		return num(r.Min) + " " + r.Unit
	}
	return num(r.Min) + "–" + num(r.Max) + " " + r.Unit
}

// quote shortens a text for a message.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "…"
	}
	return strconv.Quote(s)
}

// where names a paragraph in a message: "đoạn 12" / "paragraph 12".
func where(p *placed) (vi, en string) {
	if p == nil || p.q.pos == 0 {
		return "", ""
	}
	return fmt.Sprintf(" (đoạn %d)", p.q.pos), fmt.Sprintf(" (paragraph %d)", p.q.pos)
}

// plural writes a count of things in English: "1 paragraph", "2
// paragraphs".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// sizeCounts writes sizes and how many paragraphs print at each:
// "10 pt (35 đoạn), 12 pt (2 đoạn)".
func sizeCounts(counts map[float64]int, vi bool) string {
	sizes := make([]float64, 0, len(counts))
	for s := range counts {
		sizes = append(sizes, s)
	}
	sort.Float64s(sizes)
	var parts []string
	for _, s := range sizes {
		if vi {
			parts = append(parts, fmt.Sprintf("%s pt (%d đoạn)", numVi(s), counts[s]))
		} else {
			parts = append(parts, fmt.Sprintf("%s pt (%s)", numEn(s), plural(counts[s], "paragraph")))
		}
	}
	return strings.Join(parts, ", ")
}
