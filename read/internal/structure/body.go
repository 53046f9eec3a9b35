package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// bodyReader builds a body (the plan's, or an appendix's) from its items:
// headings by their labels, nested by the order their forms first appear
// in (the first form met is the top level, a new form goes one deeper, a
// form met before closes the levels under it).
type bodyReader struct {
	r        *recogniser
	forms    []string         // the heading forms open, outermost first
	stack    []*plan.Section  // the open headings, by depth
	base     int              // the level of the outermost form: 1 for parts, 2 for sections
	top      *[]*plan.Section // where top headings go (the plan's sections)
	topNodes *plan.Nodes      // where an appendix's top headings go
	pre      *plan.Blocks     // where blocks before the first heading go
	// headings says which numbered items are headings (decideHeadings),
	// by their index among the items; index is the item being read.
	headings map[int]bool
	index    int
}

// body reads the plan's body: the legal bases, the lead-in, the parts.
func (r *recogniser) body(items []item) {
	i := 0
	for ; i < len(items); i++ { // the legal bases open the body
		it := items[i]
		if it.para == nil || !basisStart.MatchString(it.text()) {
			break
		}
		r.p.Bases = append(r.p.Bases, plainStyle(r.inline(it.para), false, it.para.Italic))
		r.p.Source.BasisLines = append(r.p.Source.BasisLines, it.para.Pos)
	}
	b := &bodyReader{r: r, top: &r.p.Sections, pre: &r.p.Preamble}
	b.read(items[i:])
}

// numbering decides how the plan is numbered: automatically when every
// heading's written label is the one the decree's numbering gives it
// (the labels are then dropped), as written otherwise.
func (r *recogniser) numbering() {
	if r.written {
		r.p.Numbering = plan.Numbering{Written: true}
		return
	}
	clearLabels(r.p.Sections)
	for _, a := range r.p.Appendices {
		for _, n := range a.Content {
			if s, ok := n.(*plan.Section); ok {
				clearSection(s)
			}
		}
	}
}

// basisStart matches the start of a legal basis.
var basisStart = lazyregexp.New(`^(?i:căn\s+cứ)\s`)

// read reads the items of a body.
func (b *bodyReader) read(items []item) {
	b.headings = decideHeadings(items, b.r.doc.HeadingsMarked, b.r.doc.Paragraphs)
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch {
		case it.brk != nil:
		case it.table != nil:
			b.add(b.r.table(it.table))
		case it.para != nil:
			b.index = i
			if title := titleBelow(items, i); title != nil {
				b.para(withTitle(it.para, title))
				i++
				continue
			}
			b.para(it.para)
		}
	}
}

// titleBelow returns the paragraph after items[i] that is the title of
// the part label items[i] holds alone ("Phần I", "CHƯƠNG II", "I." on a
// line of their own, the part's title in capitals on the next), or nil.
func titleBelow(items []item, i int) *flow.Para {
	p := items[i].para
	if p.Label != "" || i+1 >= len(items) || items[i+1].para == nil {
		return nil
	}
	if _, rest, kind := splitLabel(strings.TrimSpace(p.Text.String())); kind != partLabel || rest != "" {
		return nil
	}
	next := items[i+1].para
	s := strings.TrimSpace(next.Text.String())
	if next.Label != "" || startsLabel(s) || !isCaps(s) || !isTitleLike(s) || strings.Contains(s, "\n") {
		return nil
	}
	return next
}

// withTitle returns a part label's paragraph with the title below it
// run in after the label, as one heading: "Phần I ĐÁNH GIÁ …".
func withTitle(label, title *flow.Para) *flow.Para {
	p := *label
	p.Text = append(append(append(plan.Text(nil), label.Text...), plan.Span{Text: " ", Bold: label.Bold && title.Bold}), title.Text...)
	p.Bold = label.Bold && title.Bold
	p.Italic = label.Italic && title.Italic
	return &p
}

// para reads a paragraph: a heading, a bullet, a numbered paragraph or a
// paragraph.
func (b *bodyReader) para(p *flow.Para) {
	raw := p.Text.String()
	s := strings.TrimSpace(raw)
	if strings.TrimSpace(p.String()) == "" || isRule(p.String()) {
		return
	}
	label, rest, kind := splitLabel(s)
	whole := b.r.inline(p) // the text, its label included
	text := trimPrefix(whole, len(raw)-len(strings.TrimLeft(raw, " \t"))+len(s)-len(rest))
	if p.Label != "" { // the word processor's own numbering, not in the text
		label, rest = normalizeLabel(p.Label), s
		kind = labelKindOf(label)
		text = whole
		whole = append(plan.Plain(label+" "), whole...)
	}
	switch {
	case kind == noLabel && p.Label == "" && p.Outline > 0 && isTitleLike(s):
		// A heading the word processor marks by its outline level (a
		// "Heading 1" style) without a label, as Google Docs exports one:
		// a heading at the depth its level gives, numbered by the decree.
		if p.Bold || p.Italic {
			text = plainStyle(text, p.Bold, p.Italic)
		}
		b.heading("", trimTail(text), p.Pos, outlineForm(p.Outline))
	case kind == bulletLabel && p.Outline == 0:
		level := 1
		if label == "+" {
			level = 2
		}
		b.add(&plan.Bullet{Level: level, Text: text, Line: p.Pos})
	case kind == partLabel || kind == numberLabel && !isListStyle(p.Style) && (b.headings[b.index] || p.Outline > 0),
		kind == bulletLabel: // "-" or "+" in a heading's style: a heading of level 5 or 6
		if p.Bold || p.Italic { // a heading's style, not the author's emphasis
			text = plainStyle(text, p.Bold, p.Italic)
		}
		title, content := runIn(text, rest)
		b.heading(label, title, p.Pos, formKey(label))
		if len(content) > 0 {
			b.add(&plan.Paragraph{Text: content, Line: p.Pos})
		}
	case kind == numberLabel && labelNumber(label) > 0 && (strings.HasSuffix(label, ".") && !strings.Contains(strings.TrimSuffix(label, "."), ".")):
		b.add(&plan.Numbered{Number: labelNumber(label), Text: text, Line: p.Pos})
	default: // "a) a sentence …", "(1) …": the label stays in the text
		b.add(&plan.Paragraph{Text: whole, Line: p.Pos})
	}
}

// labelKindOf tells a label's kind.
func labelKindOf(label string) labelKind {
	_, _, kind := splitLabel(label + " x")
	return kind
}

// outlineForm is the form of the unlabelled headings of an outline
// level, as heading keys forms.
func outlineForm(level int) string { return "outline " + string(rune('0'+level)) }

// heading opens a section at the level its form (its label's, or an
// unlabelled heading's outline level) gives. An unlabelled heading that
// opens the body is a part, as the decree's plan has parts.
func (b *bodyReader) heading(label string, title plan.Text, pos int, key string) {
	depth := -1
	for d, f := range b.forms {
		if f == key {
			depth = d
			break
		}
	}
	if depth < 0 {
		if len(b.forms) == 0 {
			b.base = 2 // a plan without parts: its top headings are sections
			if _, _, kind := splitLabel(label + " x"); kind == partLabel || label == "" {
				b.base = 1
			}
		}
		depth = len(b.forms)
		b.forms = append(b.forms, key)
	}
	b.forms = b.forms[:depth+1]
	if depth < len(b.stack) {
		b.stack = b.stack[:depth]
	}
	level := min(b.base+depth, plan.MaxLevel)
	if len(b.stack) > 0 && level > b.stack[len(b.stack)-1].Level+1 {
		level = b.stack[len(b.stack)-1].Level + 1
	}
	title = trimTail(trimPrefix(title, 0)) // "I. KẾT QUẢ KIỂM TRA " as typed
	s := &plan.Section{Level: level, Title: title, Label: label, Line: pos}
	if level == plan.LevelPart {
		s.Role = plan.DetectRole(title.String())
	}
	switch {
	case len(b.stack) > 0:
		parent := b.stack[len(b.stack)-1]
		parent.Content = append(parent.Content, s)
	case b.topNodes != nil:
		*b.topNodes = append(*b.topNodes, s)
	default:
		*b.top = append(*b.top, s)
	}
	b.stack = append(b.stack, s)
	if want := autoLabel(s, b); want != label && label != "" {
		b.r.written = true
	}
}

// autoLabel returns the label the decree's automatic numbering gives a
// heading just added: its level's form, numbered among its siblings.
func autoLabel(s *plan.Section, b *bodyReader) string {
	var siblings []plan.Node
	if len(b.stack) > 1 {
		siblings = b.stack[len(b.stack)-2].Content
	} else if b.topNodes != nil {
		siblings = *b.topNodes
	} else {
		for _, t := range *b.top {
			siblings = append(siblings, t)
		}
	}
	n := 0
	for _, sib := range siblings {
		if sec, ok := sib.(*plan.Section); ok && sec.Level == s.Level {
			n++
		}
	}
	return plan.Label(s.Level, n)
}

// add appends a block to the open heading, or before the first one.
func (b *bodyReader) add(blk plan.Block) {
	switch {
	case len(b.stack) > 0:
		s := b.stack[len(b.stack)-1]
		s.Content = append(s.Content, blk)
	case b.topNodes != nil:
		*b.topNodes = append(*b.topNodes, blk)
	default:
		*b.pre = append(*b.pre, blk)
	}
}

// clearLabels drops the written labels of a plan numbered automatically:
// the walk numbers its headings.
func clearLabels(nodes []*plan.Section) {
	for _, s := range nodes {
		clearSection(s)
	}
}

func clearSection(s *plan.Section) {
	s.Label = ""
	for _, n := range s.Content {
		if c, ok := n.(*plan.Section); ok {
			clearSection(c)
		}
	}
}

// trimPrefix returns t without its first n bytes of text (a label and
// the spaces after it).
func trimPrefix(t plan.Text, n int) plan.Text {
	out := make(plan.Text, 0, len(t))
	for _, s := range t {
		if n > 0 && s.Note == nil {
			if n >= len(s.Text) {
				n -= len(s.Text)
				continue
			}
			s.Text = s.Text[n:]
			n = 0
		}
		out = append(out, s)
	}
	for len(out) > 0 && out[0].Note == nil && strings.TrimSpace(out[0].Text) == "" {
		out = out[1:]
	}
	if len(out) > 0 && out[0].Note == nil {
		out[0].Text = strings.TrimLeft(out[0].Text, " \t")
	}
	return out
}

// table turns a body table into the model's: its first row the header
// (a second when the first spans rows), merged cells kept.
func (r *recogniser) table(t *flow.Table) *plan.Table {
	out := &plan.Table{Line: t.Pos}
	cols := 0
	for _, row := range t.Rows {
		cols = max(cols, len(row)) // a cell for each column of the grid
	}
	grid := make([][]plan.Text, len(t.Rows))
	for ri, row := range t.Rows {
		grid[ri] = make([]plan.Text, cols)
		for col, c := range row {
			if c == nil || c.Covered {
				continue
			}
			grid[ri][col] = r.cellText(c)
			if ri < max(1, t.HeaderRows) {
				grid[ri][col] = headingRowText(grid[ri][col])
			}
			m := plan.Merge{Row: ri, Col: col}
			if c.Cols > 1 {
				m.Cols = min(c.Cols, cols-col)
			}
			if c.Rows > 1 && len(t.Rows)-ri >= 2 {
				m.Rows = min(c.Rows, len(t.Rows)-ri)
			}
			if m.Rows > 1 || m.Cols > 1 {
				if m.Cols == 1 {
					m.Cols = 0
				}
				out.Merges = append(out.Merges, m)
			}
		}
	}
	if len(grid) > 0 {
		out.Header = grid[0]
		out.Rows = grid[1:]
	}
	for _, m := range out.Merges {
		if m.Row == 0 && m.Rows >= 2 && len(out.Rows) > 0 {
			out.HeaderRows = 2 // a header cell over two rows: a two-level header
		}
	}
	if t.HeaderRows > 1 && t.HeaderRows <= len(t.Rows) {
		out.HeaderRows = t.HeaderRows // the rows Word repeats on each page
	}
	for ri := range min(max(1, out.HeaderRows), len(t.Rows)) {
		for col, c := range t.Rows[ri] {
			if c != nil && !c.Covered && strings.Contains(grid[ri][col].String(), "\n") {
				grid[ri][col] = r.headCellText(c)
			}
		}
	}
	out.Align = columnAligns(t, out)
	return out
}

// headCellText returns a header cell's text as cellText does, but for
// the line breaks inside its paragraphs, which are made spaces: a header
// cell is centred and balanced, and the breaks a writer (kehoach's, or a
// clerk's by hand: "Thời gian" / "hoàn thành") puts in for that are no
// part of its text; the writers balance it again. The breaks between its
// paragraphs stay.
func (r *recogniser) headCellText(c *flow.Cell) plan.Text {
	return headingRowText(r.cellTextOf(c, true))
}

// headingRowText returns a cell's text of a row that heads its table:
// bold all through is the row's style, which the writers print, not the
// text's.
func headingRowText(t plan.Text) plan.Text {
	if allBold(t) {
		return plainStyle(t, true, false)
	}
	return t
}

// cellText returns a cell's paragraphs as one text, line breaks between.
func (r *recogniser) cellText(c *flow.Cell) plan.Text { return r.cellTextOf(c, false) }

// cellTextOf returns a cell's paragraphs as one text, line breaks
// between; with unbroken, the line breaks inside a paragraph are spaces.
func (r *recogniser) cellTextOf(c *flow.Cell, unbroken bool) plan.Text {
	var out plan.Text
	for _, b := range c.Blocks {
		p, ok := b.(*flow.Para)
		if !ok {
			continue
		}
		t := r.inline(p)
		if unbroken {
			t = append(plan.Text(nil), t...)
			for i := range t {
				t[i].Text = strings.ReplaceAll(t[i].Text, "\n", " ")
			}
			t = t.Compact()
		}
		switch {
		case p.Label != "" && t.IsBlank(): // a numbered cell: "1."
			t = plan.Plain(p.Label)
		case p.Label != "":
			t = append(plan.Plain(p.Label+" "), t...)
		}
		if len(out) > 0 && len(t) > 0 {
			out = out.Plain("\n")
		}
		out = append(out, t...)
	}
	return out.Compact()
}

// runIn divides a heading's text into its title and, when the heading
// runs into its content on the same line ("Đối tượng kiểm tra: Quy định
// tại …"), that content: the title ends at its colon.
func runIn(text plan.Text, plain string) (title, content plan.Text) {
	if isTitleLike(plain) {
		return text, nil
	}
	i := strings.Index(plain, ":")
	if i < 0 || words(plain[:i]) > 10 || strings.TrimSpace(plain[i+1:]) == "" {
		return text, nil
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(plain[i+1:])); unicode.IsLower(r) {
		return text, nil // "Khai mạc: giới thiệu …", one sentence: a paragraph of its own would open in lower case
	}
	title, content = splitTextAt(text, i+1)
	return trimTail(title), trimPrefix(content, 0)
}

// trimTail drops the spaces at the end of a text.
func trimTail(t plan.Text) plan.Text {
	for len(t) > 0 && t[len(t)-1].Note == nil {
		t[len(t)-1].Text = strings.TrimRight(t[len(t)-1].Text, " ")
		if t[len(t)-1].Text != "" {
			break
		}
		t = t[:len(t)-1]
	}
	return t
}

// splitTextAt splits t at byte offset n of its String().
func splitTextAt(t plan.Text, n int) (head, tail plan.Text) {
	for i, s := range t {
		if n < len(s.Text) && s.Note == nil {
			left, right := s, s
			left.Text, right.Text = s.Text[:n], s.Text[n:]
			head = append(append(plan.Text(nil), t[:i]...), left)
			return head, append(plan.Text{right}, t[i+1:]...)
		}
		n -= len(s.Text)
		if n <= 0 {
			return append(plan.Text(nil), t[:i+1]...), append(plan.Text(nil), t[i+1:]...)
		}
	}
	return t, nil
}

// decideHeadings decides which numbered items of a body are headings and
// which are numbered paragraphs, run by run: the items numbered in one
// form one after another ("1.", "2.", "3."; "3.1.", "3.2.") are all
// headings when half of them or more read as titles (short, not ending a
// sentence), or when one that reads as a title has content under it
// (bullets, deeper numbers); all paragraphs otherwise. A Word file's bold
// item reads as a title; in a source that marks its headings (marked),
// only a marked or bold item does. In a source whose look is known (a
// Word file, looks), a form of number that some item prints wholly bold
// (or as an outline level) marks its headings by that: an item of the
// form that is not bold is a numbered paragraph, its bold lead ("1.
// Thời gian: 13h30 …", bold to the colon) kept as the paragraph prints
// it, not split into a heading and a paragraph.
func decideHeadings(items []item, marked, looks bool) map[int]bool {
	type run struct {
		members []int
		last    int
	}
	type numbered struct{ key, rest string }
	open := map[string]*run{}
	var runs []*run
	numberedItems := map[int]numbered{} // the numbered items, by index
	boldForms := map[string]bool{}      // the forms some item prints wholly bold (looks)
	children := map[int]bool{}
	prevLabel, prevKey := -1, ""
	for i, it := range items {
		if it.para == nil {
			continue
		}
		label, rest, kind := itemLabel(it.para)
		if kind == noLabel {
			continue
		}
		key, n := formKey(label), labelNumber(label)
		if prevLabel >= 0 && kind != partLabel && key != prevKey {
			children[prevLabel] = true // something labelled in another form under the item before
		}
		if kind != numberLabel {
			prevLabel = -1
			continue
		}
		r := open[key]
		if r == nil || n != r.last+1 {
			r = &run{}
			open[key] = r
			runs = append(runs, r)
		}
		r.members = append(r.members, i)
		r.last = n
		numberedItems[i] = numbered{key, rest}
		if looks && (it.para.Bold || it.para.Outline > 0) {
			boldForms[key] = true
		}
		prevLabel, prevKey = i, key
	}
	// Whether an item reads as a title depends on its form's look in the
	// whole document, known only now.
	title := func(i int) bool {
		p, nb := items[i].para, numberedItems[i]
		if boldForms[nb.key] {
			return p.Outline > 0 || p.Bold
		}
		return isTitleLike(nb.rest) && !marked || p.Outline > 0 || p.Bold || boldStart(p, nb.rest)
	}
	out := map[int]bool{}
	for _, r := range runs {
		count, parent := 0, false
		for _, i := range r.members {
			if title(i) {
				count++
				parent = parent || children[i]
			}
		}
		heads := count*2 >= len(r.members) || parent
		for _, i := range r.members {
			out[i] = heads
		}
	}
	return out
}

// columnAligns returns the alignment of each column of out, read from
// t's body rows: a column whose cells are all centred (or all set right)
// is so; the others, and a column of ordinal numbers centred as the
// writers centre it anyway, are left to the writers. Nil when no column
// is aligned.
func columnAligns(t *flow.Table, out *plan.Table) []plan.Align {
	heads := out.Heads()
	var aligns []plan.Align
	for col := range out.Columns() {
		seen := flow.AlignUnknown
		mixed := false
		for ri := heads; ri < len(t.Rows); ri++ {
			if col >= len(t.Rows[ri]) {
				continue
			}
			c := t.Rows[ri][col]
			if c == nil || c.Covered || c.Cols > 1 || strings.TrimSpace(c.Text()) == "" {
				continue // a group row spanning the table says nothing of a column
			}
			a := flow.AlignLeft
			for _, b := range c.Blocks {
				if p, ok := b.(*flow.Para); ok {
					a = p.Align
					break
				}
			}
			if seen != flow.AlignUnknown && a != seen {
				mixed = true
			}
			seen = a
		}
		align := plan.AlignDefault
		switch {
		case mixed:
		case seen == flow.AlignCenter && !out.IsOrdinal(col):
			align = plan.AlignCenter
		case seen == flow.AlignRight:
			align = plan.AlignRight
		}
		for len(aligns) < col {
			aligns = append(aligns, plan.AlignDefault)
		}
		if align != plan.AlignDefault {
			aligns = append(aligns, align)
		}
	}
	return aligns
}

// allBold reports whether every word of t is bold.
func allBold(t plan.Text) bool {
	for _, s := range t {
		if !s.Bold && strings.TrimSpace(s.Text) != "" {
			return false
		}
	}
	return len(t) > 0
}

// isListStyle reports whether a paragraph's style (a Word file's) is one
// of a list's items ("List Number", "List Bullet 2", kehoach's own
// "ListNumbered"): such a paragraph is an item, never a heading, however
// short and whatever follows it. Word's "List Paragraph", which authors
// give headings and items alike, says nothing.
func isListStyle(style string) bool {
	f := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.HasPrefix(f, "list") && f != "listparagraph"
}

// itemLabel returns a paragraph's label (the word processor's, or the
// one typed at the start of its text), the text after it and its kind.
func itemLabel(p *flow.Para) (label, rest string, kind labelKind) {
	if p.Label != "" {
		label = normalizeLabel(p.Label)
		return label, p.Text.String(), labelKindOf(label)
	}
	return splitLabel(strings.TrimSpace(p.Text.String()))
}

// boldStart reports whether a paragraph opens with bold text after its
// label (rest is the text after it) and goes on in regular text: a
// heading that runs into its content. A label alone in bold ("**1.**
// Các chủ đầu tư …", as notices print their numbered points) opens no
// heading.
func boldStart(p *flow.Para, rest string) bool {
	rest = strings.TrimSpace(rest)
	if p.Bold || rest == "" {
		return false
	}
	at := strings.LastIndex(p.Text.String(), rest) // where the text after the label starts
	if at < 0 {
		at = 0
	}
	end := 0
	for _, s := range p.Text {
		end += len(s.Text)
		if end > at && strings.TrimSpace(s.Text) != "" {
			return s.Bold
		}
	}
	return false
}

// plainStyle returns t without the bold (italic) its whole paragraph has
// from its style: what a heading's or a basis's style gives it is not
// the author's emphasis.
func plainStyle(t plan.Text, bold, italic bool) plan.Text {
	out := make(plan.Text, len(t))
	for i, s := range t {
		if bold {
			s.Bold = false
		}
		if italic {
			s.Italic = false
		}
		out[i] = s
	}
	return out.Compact()
}
