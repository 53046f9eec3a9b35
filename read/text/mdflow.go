package text

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension"
	eext "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	gtext "github.com/yuin/goldmark/text"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/mdescape"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// Markdown marks: a heading line ("## I. MỤC ĐÍCH"), and the marks that
// only Markdown writes: a table's separator row, a line opening with an
// escaped mark ("\- ", "1\. "), bold delimiters.
var (
	atxHeading  = lazyregexp.New(`(?m)^ {0,3}#{1,6}[ \t]+\S`)
	markdownish = lazyregexp.New(`(?m)^ {0,3}\|?(?:\s*:?-{3,}:?\s*\|)+|^ {0,3}(?:\\[-+*]|\d{1,3}\\[.)])\s|\*\*\S`)
)

// isMarkdown reports whether a text is a document printed as Markdown (by
// kehoach's Markdown writer, or a converter such as pandoc): it has
// headings written "# …" and another of Markdown's own marks. Such a
// text is read as CommonMark with GFM tables and footnotes: its marks are
// not the document's text.
func isMarkdown(src []byte) bool {
	return atxHeading.Match(src) && markdownish.Match(src) && !tooDeep(src)
}

// maxContainers is how many list and quote markers may open one line of
// a Markdown text: deeper, the text is read as plain text, for a CommonMark
// parser takes the square of its size to read a line nested very deep.
const maxContainers = 16

// containerMark matches a list or quote marker and the blanks after it.
var containerMark = lazyregexp.New(`^[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$)`)

// tooDeep reports whether a line of the text opens more than
// maxContainers lists and quotes.
func tooDeep(src []byte) bool {
	for line := range bytes.SplitSeq(src, []byte("\n")) {
		for depth := 0; ; depth++ {
			m := containerMark.Find(line)
			if m == nil {
				break
			}
			if depth >= maxContainers {
				return true
			}
			line = line[len(m):]
		}
	}
	return false
}

// markdownParser parses Markdown text: CommonMark with GFM tables,
// footnotes and strikethrough, made on first use (parsers are safe for
// concurrent use).
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(east.Table, east.Footnote, east.Strikethrough)).Parser()
})

// markdownFlow reads a Markdown text into the flow: each heading and
// paragraph a paragraph (a heading's level its outline level, bold and
// italic kept, "<br>" and a hard break a line break), each GFM table a
// table (its columns' alignment on its cells), a horizontal rule a page
// break, list items paragraphs with their marks written, and GFM
// footnotes the document's notes.
func markdownFlow(src []byte) *flow.Document {
	root := markdownParser().Parse(gtext.NewReader(src))
	m := &mdReader{src: src, doc: &flow.Document{Notes: map[string]plan.Text{}, HeadingsMarked: true}}
	m.doc.Blocks = m.blocks(root, "")
	return m.doc
}

// mdReader reads goldmark's tree of a Markdown text.
type mdReader struct {
	src []byte
	doc *flow.Document
	pos int // the line of the block being read
}

// blocks reads the block children of n; mark is the list marker the
// first paragraph of a list item opens with.
func (m *mdReader) blocks(n gast.Node, mark string) []flow.Block {
	var out []flow.Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		m.at(c)
		switch c := c.(type) {
		case *gast.Heading:
			p := m.para(c, mark)
			p.Outline = c.Level
			out = append(out, p)
		case *gast.Paragraph, *gast.TextBlock:
			out = append(out, m.para(c, mark))
		case *gast.ThematicBreak:
			out = append(out, &flow.Break{Pos: m.pos})
		case *eext.Table:
			out = append(out, m.table(c))
		case *gast.List:
			n := c.Start
			for item := c.FirstChild(); item != nil; item = item.NextSibling() {
				label := string(c.Marker) // "-", "+", "*"
				if c.IsOrdered() {
					label = strconv.Itoa(n) + string(c.Marker)
					n++
				}
				out = append(out, m.blocks(item, label)...)
			}
		case *gast.FencedCodeBlock, *gast.CodeBlock:
			for _, line := range strings.Split(strings.TrimRight(m.lines(c), "\n"), "\n") {
				out = append(out, &flow.Para{Text: plan.Plain(line), Pos: m.pos})
			}
		case *eext.FootnoteList:
			for fn := c.FirstChild(); fn != nil; fn = fn.NextSibling() {
				if f, ok := fn.(*eext.Footnote); ok {
					m.doc.Notes[strconv.Itoa(f.Index)] = m.noteText(f)
				}
			}
		default: // a block quote, a list item's other blocks, raw HTML
			out = append(out, m.blocks(c, mark)...)
		}
		mark = ""
	}
	return out
}

// at sets the position to the first line of a block that has lines.
func (m *mdReader) at(n gast.Node) {
	if n.Type() != gast.TypeBlock || n.Lines().Len() == 0 {
		return
	}
	m.pos = bytes.Count(m.src[:n.Lines().At(0).Start], []byte("\n")) + 1
}

// lines returns a block's lines as written.
func (m *mdReader) lines(n gast.Node) string {
	var b strings.Builder
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		b.Write(seg.Value(m.src))
	}
	return b.String()
}

// para reads a paragraph or heading; mark is a list item's marker.
func (m *mdReader) para(n gast.Node, mark string) *flow.Para {
	var s inlineStyle
	t := m.inlines(n, &s, nil).Compact()
	if mark != "" {
		t = append(plan.Plain(mark+" "), t...).Compact()
	}
	return &flow.Para{Text: t, Bold: allStyled(t, true), Italic: allStyled(t, false), Pos: m.pos}
}

// noteText returns a footnote's text, its paragraphs joined by line
// breaks.
func (m *mdReader) noteText(f *eext.Footnote) plan.Text {
	var out plan.Text
	for c := f.FirstChild(); c != nil; c = c.NextSibling() {
		var s inlineStyle
		if len(out) > 0 {
			out = out.Plain("\n")
		}
		out = m.inlines(c, &s, out)
	}
	return out.Compact()
}

// inlineStyle is the emphasis open where inline text is read: by
// delimiters, and by HTML tags ("<strong>", "<em>"), which open and
// close in separate nodes.
type inlineStyle struct{ bold, italic, strong, em int }

func (s *inlineStyle) span(text string) plan.Span {
	return plan.Span{Text: text, Bold: s.bold+s.strong > 0, Italic: s.italic+s.em > 0}
}

// htmlTag matches the inline HTML tags a Markdown writer uses for
// emphasis and line breaks.
var htmlTag = lazyregexp.New(`^<(/?)(strong|b|em|i|br)\s*/?>$`)

// inlines appends the inline children of n to t.
func (m *mdReader) inlines(n gast.Node, s *inlineStyle, t plan.Text) plan.Text {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *gast.Text:
			v := c.Segment.Value(m.src)
			if c.IsRaw() {
				t = append(t, s.span(string(v)))
			} else {
				t = append(t, s.span(unescape(v)))
			}
			switch {
			case c.HardLineBreak():
				t = append(t, s.span("\n"))
			case c.SoftLineBreak():
				t = append(t, s.span(" "))
			}
		case *gast.String:
			t = append(t, s.span(unescape(c.Value)))
		case *gast.Emphasis:
			if c.Level >= 2 {
				s.bold++
			}
			if c.Level != 2 {
				s.italic++
			}
			t = m.inlines(c, s, t)
			if c.Level >= 2 {
				s.bold--
			}
			if c.Level != 2 {
				s.italic--
			}
		case *gast.AutoLink:
			t = append(t, s.span(string(c.Label(m.src))))
		case *gast.RawHTML:
			var raw []byte
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				raw = append(raw, seg.Value(m.src)...)
			}
			t = m.tag(strings.ToLower(string(raw)), s, t)
		case *eext.FootnoteLink:
			t = append(t, plan.Span{Note: &plan.Footnote{ID: strconv.Itoa(c.Index)}})
		case *eext.FootnoteBacklink:
		default: // a code span, a link, a strikethrough: their text
			t = m.inlines(c, s, t)
		}
	}
	return t
}

// tag reads an inline HTML tag: emphasis opens or closes, "<br>" breaks
// the line; any other tag is left out.
func (m *mdReader) tag(raw string, s *inlineStyle, t plan.Text) plan.Text {
	g := htmlTag.FindStringSubmatch(raw)
	if g == nil {
		return t
	}
	step := 1
	if g[1] == "/" {
		step = -1
	}
	switch g[2] {
	case "br":
		return append(t, s.span("\n"))
	case "strong", "b":
		s.strong = max(0, s.strong+step)
	default:
		s.em = max(0, s.em+step)
	}
	return t
}

// unescape returns Markdown text as it reads: backslash escapes and
// entity references resolved, the no-break spaces a writer keeps runs of
// spaces with made spaces again.
func unescape(v []byte) string {
	s := string(v)
	if bytes.ContainsAny(v, "\\&") {
		s = mdescape.Unescape(v)
	}
	return strings.ReplaceAll(s, "\u00a0", " ")
}

// table reads a GFM table: its header row and rows, each cell's
// alignment that of its column.
func (m *mdReader) table(tb *eext.Table) *flow.Table {
	t := &flow.Table{Borders: true, Pos: m.pos}
	for row := tb.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []*flow.Cell
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			tc, ok := c.(*eext.TableCell)
			if !ok {
				continue
			}
			cell := &flow.Cell{Cols: 1, Rows: 1}
			var s inlineStyle
			if text := m.inlines(tc, &s, nil).Compact(); !text.IsBlank() {
				cell.Blocks = []flow.Block{&flow.Para{Text: text, Align: alignments[tc.Alignment],
					Bold: allStyled(text, true), Italic: allStyled(text, false), Pos: m.pos}}
			}
			cells = append(cells, cell)
		}
		t.Rows = append(t.Rows, cells)
	}
	cols := 0
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	for i, r := range t.Rows { // GFM rows are as wide as the header: a flow's are as wide as the grid
		for len(r) < cols {
			r = append(r, &flow.Cell{Cols: 1, Rows: 1})
		}
		t.Rows[i] = slices.Clip(r)
	}
	return t
}

// alignments maps GFM's column alignments to the flow's.
var alignments = map[eext.Alignment]flow.Align{
	eext.AlignLeft: flow.AlignLeft, eext.AlignCenter: flow.AlignCenter, eext.AlignRight: flow.AlignRight,
}

// allStyled reports whether every letter of t is bold (italic, when bold
// is false).
func allStyled(t plan.Text, bold bool) bool {
	any := false
	for _, s := range t {
		if s.Note != nil || strings.TrimSpace(s.Text) == "" {
			continue
		}
		if bold && !s.Bold || !bold && !s.Italic {
			return false
		}
		any = true
	}
	return any
}
