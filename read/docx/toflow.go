package docx

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/read/internal/flow"
)

// flowBlocks returns blocks as the flow's: the text boxes anchored in a
// paragraph before it (after it those placed below its first line), a
// table of contents' entries and heading left out, blank paragraphs left out, a section break after
// the paragraph that ends a section (unless the next section continues
// on the same page in the same orientation).
func (doc *document) flowBlocks(blocks []block) []flow.Block {
	var out []flow.Block
	for _, b := range blocks {
		switch b := b.(type) {
		case *para:
			out = append(out, doc.flowBlocks(b.floats)...)
			if !blankPara(b) && !contentsStyle(b.style) {
				out = append(out, flowPara(b))
			}
			out = append(out, doc.flowBlocks(b.below)...)
			if br := doc.breakAfter(b); br != nil {
				out = append(out, br)
			}
		case *table:
			t := &flow.Table{Borders: b.borders, Pos: b.pos}
			for _, row := range b.rows {
				cells := make([]*flow.Cell, len(row))
				for i, c := range row {
					cells[i] = &flow.Cell{Blocks: doc.flowBlocks(c.blocks), Cols: c.cols, Rows: c.rows, Covered: c.covered}
				}
				t.Rows = append(t.Rows, cells)
			}
			out = append(out, t)
		}
	}
	return out
}

// breakAfter returns the section break a paragraph ends with, nil for
// none: a paragraph's section properties end a section, and the next
// section (the body's own properties end the last) says how the pages
// after it are turned.
func (doc *document) breakAfter(q *para) *flow.Break {
	if q.sect == nil {
		return nil
	}
	for i, s := range doc.sections {
		if s != q.sect || i+1 >= len(doc.sections) {
			continue
		}
		next := doc.sections[i+1]
		if next.continuous && next.landscape == s.landscape {
			return nil
		}
		return &flow.Break{Landscape: next.landscape, Pos: q.pos}
	}
	return nil
}

// flowPara returns a paragraph as the flow's.
func flowPara(q *para) *flow.Para {
	out := &flow.Para{
		Text:         spans(q.runs),
		Label:        q.label,
		Align:        alignOf(q.props.jc),
		Indent:       q.props.ind.first(),
		Continuation: q.props.ind.left,
		Style:        displayName(q.style),
		Pos:          q.pos,
	}
	if o := q.props.outline; o >= 1 && o <= 9 {
		out.Outline = o
	} else if o == 0 {
		out.Outline = builtinHeading(q.style)
	}
	out.Bold, out.Italic, out.Caps, out.Size = q.look()
	return out
}

// alignOf returns a paragraph's alignment from Word's name of it.
func alignOf(jc string) flow.Align {
	switch jc {
	case "center":
		return flow.AlignCenter
	case "right", "end":
		return flow.AlignRight
	case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute":
		return flow.AlignJustify
	}
	return flow.AlignLeft
}

// look returns whether every letter of a paragraph is bold, italic, in
// capitals by its format, and the size most of its characters print at
// (0 for a paragraph without text).
func (q *para) look() (bold, italic, caps bool, size float64) {
	letters := 0
	bold, italic, caps = true, true, true
	type count struct {
		size float64
		n    int
	}
	var sizes []count // few: a paragraph has a size or two
	var many map[float64]int
	for _, r := range q.runs {
		if r.note != nil {
			continue
		}
		n := 0
		for _, c := range r.text {
			if unicode.IsSpace(c) {
				continue
			}
			n++
			if unicode.IsLetter(c) {
				letters++
				bold, italic, caps = bold && r.bold, italic && r.italic, caps && r.caps
			}
		}
		if n == 0 {
			continue
		}
		if many != nil { // a hostile paragraph of many sizes
			many[r.size] += n
			continue
		}
		found := false
		for i := range sizes {
			if sizes[i].size == r.size {
				sizes[i].n += n
				found = true
				break
			}
		}
		if !found {
			sizes = append(sizes, count{r.size, n})
		}
		if len(sizes) > 16 {
			many = map[float64]int{}
			for _, c := range sizes {
				many[c.size] = c.n
			}
			sizes = nil
		}
	}
	for s, n := range many {
		sizes = append(sizes, count{s, n})
	}
	best := 0
	for _, c := range sizes {
		if c.n > best || c.n == best && c.size > size {
			size, best = c.size, c.n
		}
	}
	if letters == 0 {
		return false, false, false, size
	}
	return bold, italic, caps, size
}

// builtinHeading returns the outline level of Word's built-in heading
// styles ("heading 1" … "heading 9"), which Word gives them whether or
// not styles.xml says so (a template that writes the style's name and
// font alone); 0 for any other style.
func builtinHeading(s *style) int {
	if s == nil {
		return 0
	}
	name := strings.ToLower(strings.TrimSpace(s.name))
	digit, ok := strings.CutPrefix(name, "heading ")
	if !ok || len(digit) != 1 || digit[0] < '1' || digit[0] > '9' {
		return 0
	}
	return int(digit[0] - '0')
}

// contentsStyle reports whether a style is one of a table of contents':
// Word's "toc 1" … "toc 9" and "TOC Heading", LibreOffice's "Contents 1"
// … and "Contents Heading". Their paragraphs repeat the headings with
// their pages, and are no part of the plan.
func contentsStyle(s *style) bool {
	if s == nil {
		return false
	}
	name := strings.ToLower(strings.TrimSpace(s.name))
	for _, prefix := range []string{"toc ", "contents "} {
		if rest, ok := strings.CutPrefix(name, prefix); ok {
			_, err := strconv.Atoi(rest)
			return err == nil || rest == "heading"
		}
	}
	return false
}
