package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gtext "github.com/yuin/goldmark/text"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
)

// markdownParser parses the authoring format's body: CommonMark with GFM
// tables and footnotes. Parsers are safe for concurrent use.
var markdownParser = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Footnote),
).Parser()

// bodyReader turns the goldmark tree of a plan's body into the model.
type bodyReader struct {
	*mdReader
	src    []byte
	lines  *lineIndex
	notes  map[int]plan.Text // footnote texts by goldmark's index
	labels map[int]string    // footnote labels by goldmark's index
	refs   map[string]bool   // labels of the footnote definitions
	inNote bool              // reading a footnote's own text
	skip   gast.Node         // a table read with the attribute line before it

	// Where content goes: the preamble until the first heading, then the
	// open sections, or the current appendix.
	appendix *plan.Appendix
	stack    []openSection
	top      plan.Counter // numbers the top-level sections of the body or appendix
}

type openSection struct {
	sec     *plan.Section
	counter plan.Counter // numbers its child sections
	number  string       // its number, which a compound form ("1.1.") continues
}

// body reads the Markdown after the front matter; it starts at firstLine.
func (r *mdReader) body(src []byte, firstLine int) {
	doc := markdownParser.Parse(gtext.NewReader(src))
	b := &bodyReader{mdReader: r, src: src, lines: newLineIndex(src, firstLine), refs: map[string]bool{}}
	b.collectNotes(doc)
	b.checkDefinitions()
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		b.block(n)
	}
	b.unmark()
}

// line returns the source line of a block node.
func (b *bodyReader) line(n gast.Node) int {
	if p := n.Pos(); p >= 0 {
		return b.lines.line(p)
	}
	if n.Type() == gast.TypeBlock && n.Lines().Len() > 0 {
		return b.lines.line(n.Lines().At(0).Start)
	}
	if c := n.FirstChild(); c != nil {
		return b.line(c)
	}
	return 0
}

// block reads one top-level block of the body.
func (b *bodyReader) block(n gast.Node) {
	switch n := n.(type) {
	case *gast.Heading:
		b.heading(n)
	case *east.FootnoteList:
		// read by collectNotes
	default:
		if b.bases(n) {
			return
		}
		if attrs, ok := b.attributes(n); ok {
			if t, ok := n.NextSibling().(*east.Table); ok {
				b.add(b.table(t, attrs))
				b.skip = t
				return
			}
			b.errs.Add(attrs.line, "body", plan.CodeInvalidValue,
				"dòng thuộc tính {…} phải đứng ngay trước một bảng (cách một dòng trống)",
				"a line of attributes {…} must stand right before a table (a blank line between)")
			return
		}
		if n == b.skip {
			return
		}
		for _, blk := range b.blocks(n, 0) {
			b.add(blk)
		}
	}
}

// blocks converts a block node into model blocks. listLevel is the bullet
// level of the enclosing list, 0 outside lists.
func (b *bodyReader) blocks(n gast.Node, listLevel int) []plan.Block {
	switch n := n.(type) {
	case *gast.Paragraph, *gast.TextBlock:
		return []plan.Block{&plan.Paragraph{Text: b.inlines(n, plan.Span{}), Line: b.line(n)}}
	case *gast.List:
		return b.list(n, listLevel)
	case *east.Table:
		return []plan.Block{b.table(n, tableAttributes{})}
	case *gast.Heading: // inside a list item or quote: a bold paragraph
		return []plan.Block{&plan.Paragraph{Text: b.inlines(n, plan.Span{Bold: true}), Line: b.line(n)}}
	case *gast.CodeBlock:
		// Four spaces of indent make a code block in CommonMark, but an
		// author who indents a paragraph means a paragraph.
		return b.reread(n)
	case *gast.FencedCodeBlock:
		return []plan.Block{&plan.Paragraph{Text: plan.Plain(b.rawLines(n)), Line: b.line(n)}}
	case *gast.HTMLBlock:
		raw := htmlComment.ReplaceAllString(b.rawLines(n), "")
		if strings.TrimSpace(raw) == "" { // an author's comment is not printed
			return nil
		}
		return []plan.Block{&plan.Paragraph{Text: plan.Plain(raw), Line: b.line(n)}}
	case *gast.ThematicBreak, *east.FootnoteList:
		return nil // a horizontal rule has no place in the decree's layout
	}
	var out []plan.Block // block quotes, and any other container: their content
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, b.blocks(c, listLevel)...)
	}
	return out
}

// rawLines returns the literal text of a code or HTML block, lines joined
// by line breaks.
func (b *bodyReader) rawLines(n gast.Node) string {
	lines := n.Lines()
	parts := make([]string, 0, lines.Len())
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		parts = append(parts, strings.TrimRight(string(seg.Value(b.src)), "\n"))
	}
	if h, ok := n.(*gast.HTMLBlock); ok && h.HasClosure() {
		parts = append(parts, strings.TrimRight(string(h.ClosureLine.Value(b.src)), "\n"))
	}
	return strings.Join(parts, "\n")
}

// list converts a list: "-" and "*" items are dash paragraphs, "+" items
// and items of a list nested in a dash list are plus paragraphs, ordered
// items are numbered paragraphs with the list's own numbers.
func (b *bodyReader) list(l *gast.List, outer int) []plan.Block {
	level := 1
	if l.Marker == '+' || outer >= 1 {
		level = 2
	}
	var out []plan.Block
	number := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *gast.Paragraph, *gast.TextBlock:
				if !first {
					out = append(out, &plan.Paragraph{Text: b.inlines(c, plan.Span{}), Line: b.line(c)})
					continue
				}
				first = false
				t := b.inlines(c, plan.Span{})
				if l.IsOrdered() {
					out = append(out, &plan.Numbered{Number: number, Text: t, Line: b.line(item)})
				} else {
					out = append(out, &plan.Bullet{Level: level, Text: t, Line: b.line(item)})
				}
			case *gast.List:
				nested := level
				if l.IsOrdered() {
					nested = outer // a list inside a numbered item starts again at "-"
				}
				out = append(out, b.list(c, nested)...)
			default: // an item that opens with a heading or a table: no mark
				first = false
				out = append(out, b.blocks(c, level)...)
			}
		}
		if first { // an empty item
			if l.IsOrdered() {
				out = append(out, &plan.Numbered{Number: number, Line: b.line(item)})
			} else {
				out = append(out, &plan.Bullet{Level: level, Line: b.line(item)})
			}
		}
		number++
	}
	return out
}

// table converts a GFM table.
// rawCells returns the cells of a table row as written in the source line
// at pos, trimmed: the parts between unescaped pipes, without the empty
// ones outside a leading and a trailing pipe. (GFM drops the cells past
// the header's without a word, and reads "\<" as "<".)
func rawCells(src []byte, pos int) []string {
	if pos < 0 || pos >= len(src) {
		return nil
	}
	line := src[pos:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimSpace(line)
	line = bytes.TrimPrefix(line, []byte("|"))
	if bytes.HasSuffix(line, []byte("|")) && !bytes.HasSuffix(line, []byte("\\|")) {
		line = line[:len(line)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++ // an escaped character, a pipe among them
		case '|':
			cells = append(cells, string(bytes.TrimSpace(line[start:i])))
			start = i + 1
		}
	}
	return append(cells, string(bytes.TrimSpace(line[start:])))
}

// current returns the content the body is adding to: the open section's,
// or the appendix's; nil at the top of the plan's body, where blocks go to
// the preamble and sections to the plan's sections.
func (b *bodyReader) current() *plan.Nodes {
	switch {
	case len(b.stack) > 0:
		return &b.stack[len(b.stack)-1].sec.Content
	case b.appendix != nil:
		return &b.appendix.Content
	}
	return nil
}

// add puts a block where the body currently is.
func (b *bodyReader) add(blk plan.Block) {
	if c := b.current(); c != nil {
		*c = append(*c, blk)
		return
	}
	b.plan.Preamble = append(b.plan.Preamble, blk)
}

// htmlComment matches an HTML comment, which an author writes as a note to
// self.
var htmlComment = lazyregexp.New(`(?s)<!--.*?-->`)

// reread reads an indented code block as Markdown, without its indent.
func (b *bodyReader) reread(n gast.Node) []plan.Block {
	lines := n.Lines()
	var text strings.Builder
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		text.Write(seg.Value(b.src))
	}
	first := b.line(n)
	sub := &bodyReader{mdReader: b.mdReader, src: []byte(text.String()), refs: b.refs, notes: b.notes}
	sub.lines = newLineIndex(sub.src, first)
	doc := markdownParser.Parse(gtext.NewReader(sub.src))
	var out []plan.Block
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*gast.CodeBlock); ok { // still indented: it was code after all
			out = append(out, &plan.Paragraph{Text: plan.Plain(strings.TrimRight(sub.rawLines(c), "\n")), Line: sub.line(c)})
			continue
		}
		out = append(out, sub.blocks(c, 0)...)
	}
	return out
}
