package docx

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/limits"
)

// reading is what the parsers of a document's parts share: the limits,
// the styles, the lists and their counters, the footnotes, and the counts
// the limits bound.
type reading struct {
	lim     limits.Limits
	st      *styles
	num     *numbering
	notes   *noteSet
	doc     *document
	changes int // tracked changes accepted
	nodes   int // paragraphs and tables
	cells   int
	pos     int // the last body paragraph's number
}

// parser reads one part.
type parser struct {
	*reading
	x *xreader
	// inBody says paragraphs are the body's and are numbered (Pos).
	inBody bool
	// sections says paragraph section properties are the document's.
	sections bool
	fields   []*field
	// tableStyles are the styles of the tables the parser is in.
	tableStyles []*style
	// bookmarks are the names of the bookmarks open at this point (the
	// last few), and noteMarks the footnote each bookmark around a
	// reference names, which NOTEREF fields refer to.
	bookmarks []string
	noteMarks map[string]run
}

// field is a field being read: its instruction and whether its result
// is being read.
type field struct {
	instr    strings.Builder
	result   bool
	done     bool // classified
	suppress bool // its result is replaced (a NOTEREF read as the note's reference)
	tabs     int  // tabs in the paragraph before the field
}

func (r *reading) parser(part string, data []byte) *parser {
	return &parser{reading: r, x: newReader(part, data, r.lim), noteMarks: map[string]run{}}
}

// root calls fn for each child of the part's root element.
func (p *parser) root(fn func(element) error) error {
	for {
		k, err := p.x.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if k == tokStart {
			if err := p.x.children(fn, nil); err != nil {
				return err
			}
		}
	}
}

// walk calls fn for the element just started's descendants, in order;
// fn says whether it read the element to its end, or walk is to go into
// it.
func (p *parser) walk(fn func(element) (bool, error)) error {
	return p.x.children(func(e element) error {
		done, err := fn(e)
		if err != nil || done {
			return err
		}
		return p.walk(fn)
	}, nil)
}

// count adds to the paragraphs and tables read, within the limit.
func (p *parser) count() error {
	if p.nodes++; p.nodes > p.lim.Nodes {
		return &limits.Error{Limit: "Nodes", Max: int64(p.lim.Nodes), Got: int64(p.nodes),
			What: "the document's paragraphs and tables number at least", WhatVi: "số đoạn văn và bảng của văn bản ít nhất là"}
	}
	return nil
}

// readBody reads document.xml's body.
func (p *parser) readBody() error {
	return p.root(func(e element) error {
		if !is(e, "body") {
			return p.x.skip()
		}
		blocks, err := p.blocks()
		p.doc.body = blocks
		return err
	})
}

// blocks reads the paragraphs and tables in the element just started.
func (p *parser) blocks() ([]block, error) {
	var out []block
	err := p.x.children(func(e element) error { return p.block(e, &out) }, nil)
	return joinDeleted(out), err
}

// block reads one block-level element into out.
func (p *parser) block(e element, out *[]block) error {
	if e.Name.Space == nsMC && e.Name.Local == "AlternateContent" {
		return p.alternate(func(c element) error { return p.block(c, out) })
	}
	if e.Name.Space != nsW {
		return p.x.skip()
	}
	switch e.Name.Local {
	case "p":
		para, err := p.paragraph()
		if para != nil {
			*out = append(*out, para)
		}
		return err
	case "tbl":
		t, err := p.table()
		if t != nil {
			*out = append(*out, t)
		}
		return err
	case "sdt":
		return p.contentControl(out)
	case "sdtContent", "customXml", "smartTag", "ins", "moveTo":
		if e.Name.Local == "ins" || e.Name.Local == "moveTo" {
			p.changes++
		}
		return p.x.children(func(c element) error { return p.block(c, out) }, nil)
	case "del", "moveFrom":
		p.changes++
	case "sectPr":
		if p.sections {
			_, err := p.sectPr()
			return err
		}
	}
	return p.x.skip()
}

// contentControl reads a block-level content control (w:sdt): its
// content, unless it is a table of contents (a document part of Word's
// "Table of Contents" gallery), which repeats the headings with their
// pages and is no part of the plan.
func (p *parser) contentControl(out *[]block) error {
	toc := false
	return p.x.children(func(c element) error {
		switch {
		case is(c, "sdtPr"):
			return p.walk(func(d element) (bool, error) {
				if is(d, "docPartGallery") && val(d) == "Table of Contents" {
					toc = true
				}
				return false, nil
			})
		case is(c, "sdtContent") && !toc:
			return p.x.children(func(d element) error { return p.block(d, out) }, nil)
		}
		return p.x.skip()
	}, nil)
}

// joinDeleted joins each paragraph whose mark is a tracked deletion to
// the paragraph after it, as the document prints with its changes
// accepted.
func joinDeleted(blocks []block) []block {
	out := blocks[:0]
	var carry *para
	for _, b := range blocks {
		if q, ok := b.(*para); ok {
			if carry != nil {
				q.runs = append(carry.runs, q.runs...)
				q.floats = append(carry.floats, q.floats...)
				q.below = append(carry.below, q.below...)
				q.lines = append(carry.lines, q.lines...)
				carry = nil
			}
			if q.props.markDeleted && q.sect == nil {
				carry = q
				continue
			}
		} else if carry != nil {
			out = append(out, carry)
			carry = nil
		}
		out = append(out, b)
	}
	if carry != nil {
		out = append(out, carry)
	}
	return out
}

// alternate reads markup-compatibility alternate content: its first
// choice, or its fallback when there is none; never both, or the text
// would be read twice.
func (p *parser) alternate(fn func(element) error) error {
	taken := false
	return p.x.children(func(e element) error {
		if e.Name.Space != nsMC || taken || e.Name.Local != "Choice" && e.Name.Local != "Fallback" {
			return p.x.skip()
		}
		taken = true
		return p.x.children(fn, nil)
	}, nil)
}

// tableStyle returns the style of the innermost table the parser is in.
func (p *parser) tableStyle() *style {
	if n := len(p.tableStyles); n > 0 {
		return p.tableStyles[n-1]
	}
	return nil
}

// paragraph reads a w:p.
func (p *parser) paragraph() (*para, error) {
	if err := p.count(); err != nil {
		return nil, err
	}
	q := &para{inTable: p.tableDepth() > 0}
	if p.inBody {
		p.pos++
		q.pos = p.pos
	}
	var own pprops
	resolved := false
	resolve := func() {
		if resolved {
			return
		}
		resolved = true
		p.resolveParagraph(q, own)
	}
	err := p.x.children(func(e element) error {
		if is(e, "pPr") && !resolved {
			var err error
			own, err = p.pPr()
			if own.sect != nil && p.sections {
				own.sect.pos = q.pos
			}
			return err
		}
		resolve()
		return p.inline(q, e)
	}, nil)
	resolve()
	q.flush()
	// A field's instruction ends in its paragraph: one still open is
	// broken, and the text after it prints.
	for n := len(p.fields); n > 0 && !p.fields[n-1].result; n-- {
		p.fields = p.fields[:n-1]
	}
	q.sect = own.sect
	if !p.sections {
		q.sect = nil
	}
	return q, err
}

// resolveParagraph sets a paragraph's style, properties and list label:
// the document's defaults, then the table's style, the paragraph's
// style, the list level's indents, and the paragraph's own properties.
func (p *parser) resolveParagraph(q *para, own pprops) {
	q.style = p.st.paragraph(own.style)
	props := p.st.docP
	if t := p.tableStyle(); t != nil {
		props = t.p.over(props)
	}
	if q.style != nil {
		props = q.style.p.over(props)
	}
	ind := props.ind
	props = own.over(props)
	if props.numSet {
		if !props.ilvlSet && q.style != nil {
			props.ilvl = p.num.styleLevel(props.numID, q.style.id, p.st, props.ilvl)
		}
		label, lvl := p.num.next(props.numID, props.ilvl, p.st)
		q.label = label
		if lvl != nil {
			ind = lvl.ind.over(ind)
		}
	}
	props.ind = own.ind.over(ind)
	q.props = props
}

func (p *parser) tableDepth() int { return len(p.tableStyles) }

// inline reads one element of a paragraph's content.
func (p *parser) inline(q *para, e element) error {
	switch e.Name.Space {
	case nsMC:
		if e.Name.Local == "AlternateContent" {
			return p.alternate(func(c element) error { return p.inline(q, c) })
		}
		return p.x.skip()
	case nsM:
		if e.Name.Local == "oMath" || e.Name.Local == "oMathPara" {
			return p.math(q)
		}
		return p.x.skip()
	case nsW:
	default:
		return p.x.skip()
	}
	switch e.Name.Local {
	case "r":
		return p.run(q)
	case "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "bdo", "dir", "ins", "moveTo":
		if e.Name.Local == "ins" || e.Name.Local == "moveTo" {
			p.changes++
		}
		return p.x.children(func(c element) error { return p.inline(q, c) }, nil)
	case "fldSimple":
		f := &field{result: true, tabs: tabsIn(q)}
		instr, _ := attr(e, nsW, "instr")
		f.instr.WriteString(instr)
		p.fields = append(p.fields, f)
		p.classify(q, f)
		err := p.x.children(func(c element) error { return p.inline(q, c) }, nil)
		p.fields = p.fields[:len(p.fields)-1]
		return err
	case "del", "moveFrom":
		p.changes++
	case "bookmarkStart":
		if name, ok := attr(e, nsW, "name"); ok {
			p.bookmarks = append(p.bookmarks, name)
			if len(p.bookmarks) > 8 {
				p.bookmarks = p.bookmarks[1:]
			}
		}
	case "bookmarkEnd":
		if len(p.bookmarks) > 0 {
			p.bookmarks = p.bookmarks[:len(p.bookmarks)-1]
		}
	}
	return p.x.skip()
}

// math reads an equation's text.
func (p *parser) math(q *para) error {
	props := p.st.runProps(p.tableStyle(), q.style, rprops{})
	return p.walk(func(e element) (bool, error) {
		if e.Name.Space == nsM && e.Name.Local == "t" {
			s, err := p.x.text()
			p.emit(q, s, props)
			return true, err
		}
		return false, nil
	})
}

// run reads a w:r.
func (p *parser) run(q *para) error {
	var own rprops
	var props rprops
	resolved := false
	look := func() rprops {
		if !resolved {
			props, resolved = p.st.runProps(p.tableStyle(), q.style, own), true
		}
		return props
	}
	var child func(e element) error
	child = func(e element) error {
		if e.Name.Space == nsMC && e.Name.Local == "AlternateContent" {
			return p.alternate(child)
		}
		if e.Name.Space != nsW {
			return p.x.skip()
		}
		switch e.Name.Local {
		case "rPr":
			var err error
			own, err = p.rPr()
			resolved = false
			return err
		case "t":
			s, err := p.x.text()
			p.emit(q, s, look())
			return err
		case "tab", "ptab":
			p.emit(q, "\t", look())
		case "br":
			if t, _ := attr(e, nsW, "type"); t == "" || t == "textWrapping" {
				p.emit(q, "\n", look())
			}
		case "cr":
			p.emit(q, "\n", look())
		case "noBreakHyphen":
			p.emit(q, "-", look())
		case "sym":
			font, _ := attr(e, nsW, "font")
			char, _ := attr(e, nsW, "char")
			p.emit(q, symbol(font, char), look())
		case "fldChar":
			p.fieldChar(q, e)
		case "instrText":
			s, err := p.x.text()
			if n := len(p.fields); n > 0 && !p.fields[n-1].result {
				p.fields[n-1].instr.WriteString(s)
			}
			return err
		case "footnoteReference", "endnoteReference":
			id, _ := attr(e, nsW, "id")
			p.noteRef(q, e.Name.Local == "endnoteReference", id, look())
		case "drawing":
			return p.drawing(q)
		case "pict", "object":
			return p.vml(q)
		}
		return p.x.skip()
	}
	return p.x.children(child, nil)
}

// fieldChar reads a complex field's begin, separate or end mark.
func (p *parser) fieldChar(q *para, e element) {
	n := len(p.fields)
	switch t, _ := attr(e, nsW, "fldCharType"); t {
	case "begin":
		if n < 64 {
			p.fields = append(p.fields, &field{tabs: tabsIn(q)})
		}
	case "separate":
		if n > 0 {
			p.fields[n-1].result = true
			p.classify(q, p.fields[n-1])
		}
	case "end":
		if n > 0 {
			p.classify(q, p.fields[n-1])
			p.fields = p.fields[:n-1]
		}
	}
}

// classify reads a field's instruction once it is complete: a PAGE
// field marks its paragraph; a NOTEREF to a footnote reference's
// bookmark is read as a reference to the same note.
func (p *parser) classify(q *para, f *field) {
	if f.done {
		return
	}
	f.done = true
	words := strings.Fields(f.instr.String())
	if len(words) == 0 {
		return
	}
	switch strings.ToUpper(words[0]) {
	case "PAGE":
		q.pageField = true
		q.tabsBeforePage = f.tabs
	case "NOTEREF":
		if len(words) > 1 && !p.hidden() {
			if r, ok := p.noteMarks[words[1]]; ok {
				q.add(r)
				f.suppress = true
			}
		}
	}
}

// hidden reports whether text read now is a field's instruction, or a
// result that is replaced.
func (p *parser) hidden() bool {
	for _, f := range p.fields {
		if !f.result || f.suppress {
			return true
		}
	}
	return false
}

func tabsIn(q *para) int { return q.tabs }

// defaultFont and defaultSize are what a run prints in when no style
// says otherwise (Word's own defaults).
const (
	defaultFont = "Times New Roman"
	defaultSize = 10
)

// emit adds text to a paragraph in a run's look, unless it is hidden
// (w:vanish) or a field's instruction; text in capitals (w:caps) is
// added in capitals, as it prints.
func (p *parser) emit(q *para, s string, props rprops) {
	s = textutil.DropIgnorable(s) // a zero-width space or a soft hyphen prints as nothing
	if s == "" || props.vanish == on || p.hidden() {
		return
	}
	if props.caps == on {
		s = strings.ToUpper(s)
	}
	r := run{text: s, bold: props.bold == on, italic: props.italic == on, caps: props.caps == on,
		underline: props.underline != "" && props.underline != "none", superscript: props.vertAlign == "superscript",
		size: props.size, font: p.st.font(props, isASCII(s))}
	if r.size == 0 {
		r.size = defaultSize
	}
	if r.font == "" {
		r.font = defaultFont
	}
	q.tabs += strings.Count(s, "\t")
	q.add(r)
}

func sameLook(a, b run) bool {
	a.text, b.text = "", ""
	return a == b
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// symbol returns the character a w:sym prints: a symbol font's
// characters are stored in the private use area (F020–F0FF); the common
// ones are given as the characters they show.
func symbol(font, char string) string {
	var c rune
	for _, d := range strings.ToUpper(char) {
		switch {
		case d >= '0' && d <= '9':
			c = c*16 + d - '0'
		case d >= 'A' && d <= 'F':
			c = c*16 + d - 'A' + 10
		default:
			return ""
		}
		if c > unicode.MaxRune {
			return ""
		}
	}
	low := c
	if c >= 0xF000 && c <= 0xF0FF {
		low = c - 0xF000
	}
	switch strings.ToLower(font) {
	case "symbol":
		if s, ok := symbolChars[low]; ok {
			return s
		}
	case "wingdings", "wingdings 2", "wingdings 3", "webdings":
		if s, ok := wingdings[low]; ok {
			return s
		}
		return "•"
	}
	if c >= 0xF000 && c <= 0xF0FF {
		return string(low)
	}
	if c < 0x20 || !utf8.ValidRune(c) {
		return ""
	}
	return string(c)
}

// symbolChars and wingdings give the characters of the symbol fonts that
// documents use, as Unicode.
var (
	symbolChars = map[rune]string{0x2D: "−", 0xB7: "•", 0xA8: "♦", 0xAE: "→", 0xDE: "⇒", 0xB3: "≥", 0xA3: "≤", 0xB9: "≠",
		0xB4: "×", 0xB8: "÷", 0xB1: "±", 0xB0: "°", 0x2B: "+", 0x3D: "=", 0x3E: ">", 0x3C: "<"}
	wingdings = map[rune]string{0x9F: "•", 0x6C: "●", 0x6E: "■", 0xA7: "▪", 0xA8: "◻", 0x71: "❑", 0x76: "❖", 0xD8: "➢",
		0xE0: "➢", 0xFC: "✓", 0xFB: "✗", 0xFE: "☑", 0xA1: "○", 0x77: "⬥", 0xF0: "⇨", 0xE8: "➔"}
)

// noteRef reads a footnote or endnote reference: a span whose note is
// the note's text, its text the label the reference prints.
func (p *parser) noteRef(q *para, endnote bool, id string, props rprops) {
	if props.vanish == on || p.hidden() {
		return
	}
	label, note := p.notes.ref(endnote, id)
	if note == nil {
		return
	}
	r := run{text: label, note: note, superscript: true, size: props.size, font: p.st.font(props, true)}
	q.add(r)
	for _, b := range p.bookmarks {
		p.noteMarks[b] = r
	}
}

// textBox reads a text box's content (w:txbxContent): its paragraphs
// are the anchoring paragraph's floats, read after it when the box is
// placed below the paragraph's first line. The field being read in the
// anchoring paragraph does not extend into it.
func (p *parser) textBox(q *para, below bool) error {
	fields := p.fields
	p.fields = nil
	blocks, err := p.blocks()
	p.fields = fields
	if below {
		q.below = append(q.below, blocks...)
		return err
	}
	q.floats = append(q.floats, blocks...)
	return err
}
