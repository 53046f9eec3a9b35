// Package flow is what the readers of existing documents (plain text,
// Word files) see in a document before they know its structure: a flow
// of paragraphs and tables, in reading order, with what each reader could
// tell about their look. The structure recogniser (read/internal/structure)
// turns a flow into a plan, whatever the file it came from: the header's
// agency lines, "Số:", the date, the title and subject, the legal bases,
// the body's headings by their labels, the recipients, the signer and the
// appendices.
package flow

import "github.com/kehoach/kehoach/plan"

// Document is a document's flow.
type Document struct {
	// Blocks are the paragraphs, tables and section breaks, in order.
	Blocks []Block
	// Notes are the texts of the document's footnotes by the label its
	// references use ("1", "2"): a Word file's footnotes, or the "[1] …"
	// lines at the end of a text.
	Notes map[string]plan.Text
	// Paragraphs says positions count paragraphs (a Word file), not lines.
	Paragraphs bool
	// TrackedChanges counts the tracked changes a Word file holds
	// (insertions, deletions, moves, formatting changes): the reader
	// reads the document as it prints with them accepted, and the
	// recogniser reports that it did.
	TrackedChanges int
	// HeadingsMarked says the source marks its headings as such (a
	// Markdown text's "#" lines, given as paragraphs' Outline): a
	// numbered paragraph neither marked nor bold is a paragraph however
	// short its text.
	HeadingsMarked bool
}

// Block is a *Para, a *Table or a *Break.
type Block interface{ block() }

// Align is a paragraph's alignment, as far as the reader can tell.
type Align int

// Alignments; AlignUnknown when the source does not say (plain text
// without clues).
const (
	AlignUnknown Align = iota
	AlignLeft
	AlignCenter
	AlignRight
	AlignJustify
)

// Para is a paragraph: its text and how it looked.
type Para struct {
	// Text is the paragraph's text, bold and italic spans kept; a
	// footnote reference is a span whose Note is set (its Text the label
	// the reference printed, e.g. "1", and the note's own text looked up
	// in Document.Notes by the recogniser), and a line break "\n".
	Text plan.Text
	// Label is a number the word processor prints before the text from
	// its automatic numbering ("1.", "a)", "-"), resolved to what it
	// prints; empty when the number, if any, is typed in Text.
	Label string
	// Align is the paragraph's alignment.
	Align Align
	// Bold and Italic say every letter of the paragraph is bold (italic).
	Bold, Italic bool
	// Caps says the paragraph prints in capitals whatever its letters'
	// case (Word's "all caps").
	Caps bool
	// Size is the text's font size in points, 0 when unknown.
	Size float64
	// Indent is how far the paragraph's first line starts in from the
	// left margin, in points for a Word file, in columns (characters)
	// for a text; Continuation is where its other lines start.
	Indent, Continuation float64
	// Style names the paragraph's style in a Word file ("Heading 1",
	// "Title"), "" when unknown.
	Style string
	// Outline is the heading level the word processor gives the
	// paragraph (1–9), 0 for none.
	Outline int
	// Pos is where the paragraph starts: its line in a text, its number
	// (from 1) in a Word file.
	Pos int
}

// Table is a table: its rows of cells. A row holds one cell for each
// column of the table's grid: a cell that spans columns or rows is
// followed, or covers the cells below it, by cells marked Covered.
type Table struct {
	Rows [][]*Cell
	// Borders says the table's cells have borders (a body table), as
	// opposed to a layout table without borders (the header, the
	// signature row); false when unknown.
	Borders bool
	// HeaderRows is how many rows at the top are marked to repeat as the
	// table's header on every page (Word's tblHeader); 0 when unknown.
	HeaderRows int
	// Pos is the position of its first row.
	Pos int
}

// Cell is a table's cell: its content, and how far it spans.
type Cell struct {
	Blocks []Block
	// Cols and Rows are how many columns and rows it spans, at least 1.
	Cols, Rows int
	// Covered says another cell's span covers it; it holds nothing.
	Covered bool
}

// Break is a section break: what follows starts a new page, landscape
// or not (an appendix, in a Word file).
type Break struct {
	Landscape bool
	Pos       int
}

func (*Para) block()  {}
func (*Table) block() {}
func (*Break) block() {}

// String returns the paragraph's text with its label: "1. Mục đích".
func (p *Para) String() string {
	if p.Label == "" {
		return p.Text.String()
	}
	if p.Text.IsBlank() {
		return p.Label
	}
	return p.Label + " " + p.Text.String()
}

// Text returns a cell's text, its paragraphs joined by line breaks.
func (c *Cell) Text() string {
	var out []string
	for _, b := range c.Blocks {
		if p, ok := b.(*Para); ok {
			out = append(out, p.String())
		}
	}
	s := ""
	for i, line := range out {
		if i > 0 {
			s += "\n"
		}
		s += line
	}
	return s
}
