package docx

import (
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// headingStyles maps a section's level to its paragraph style.
var headingStyles = [...]string{plan.LevelPart: styleHeading1, plan.LevelSection: styleHeading2,
	plan.LevelPoint: styleHeading3, plan.LevelSubPoint: styleHeading4}

// section writes a heading and its content. The number is written as text
// ("I.", "1.", "a)", "-"), as the decree's own Mẫu do: Word's letter
// numbering follows the English alphabet (f, j, w, z), not the Vietnamese
// one the decree asks for (a b c d đ e g …).
func (d *builder) section(s *plan.Section, label string, end plan.Node, width float64, tableAfter *plan.Table) {
	title := s.PrintedTitle()
	style := headingStyles[s.Level]
	var extra pProps
	if tableNext(s.Content, -1, tableAfter) != nil {
		extra.spacing = d.spacingBeforeTable(style)
	}
	d.runsPara(style, extra, func() {
		d.run(label, runStyle{})
		if !title.IsBlank() {
			d.run(" ", runStyle{})
			d.textRunsOf(title, runStyle{})
		}
	})
	d.contentWidth(s.Content, end, width, tableAfter)
}

// contentWidth writes a list of nodes on a text of the given width (the
// width matters to tables); tableAfter is the table that follows the list, or nil.
func (d *builder) contentWidth(nodes plan.Nodes, end plan.Node, width float64, tableAfter *plan.Table) {
	var c plan.Counter
	prevTable := false
	for i, n := range nodes {
		switch n := n.(type) {
		case *plan.Section:
			d.section(n, c.Next(n.Level), end, width, tableNext(nodes, i, tableAfter))
			if n == end { // a last heading with nothing under it
				d.endMark()
			}
			prevTable = false
		case *plan.Table:
			if prevTable { // Word joins two tables that touch
				d.separator()
			}
			d.table(n, width)
			if n == end {
				d.endMark()
			}
			prevTable = true
		case plan.Block:
			d.block(n, end, tableNext(nodes, i, tableAfter))
			prevTable = false
		}
	}
}

// endMark writes the end mark "./." as a paragraph of its own, after a
// table or a heading that ends the body or an appendix; like the end of
// the body, it keeps with the signature.
func (d *builder) endMark() {
	d.runsPara(styleNormal, pProps{keepNext: true}, func() { d.run(plan.EndMark, runStyle{}) })
}

// tableNext returns the table that follows node i of a list (i = -1: the
// list's start), the list itself being followed by tableAfter, or nil.
func tableNext(nodes plan.Nodes, i int, tableAfter *plan.Table) *plan.Table {
	if i+1 >= len(nodes) {
		return tableAfter
	}
	t, _ := nodes[i+1].(*plan.Table)
	return t
}

// spacingBeforeTable returns a paragraph style's spacing with the room a
// table under it needs (Layout.TableSpacing).
func (d *builder) spacingBeforeTable(style string) *spacingProps {
	s := spacingProps{}
	if sp := d.styles[styleNormal].p.merge(d.styles[style].p).spacing; sp != nil {
		s = *sp
	}
	s.after = max(s.after, d.l.TableSpacing)
	return &s
}

// block writes a paragraph, dash, plus or numbered paragraph; the end block
// gets the end mark "./." and is kept with the signature that follows; a
// paragraph over a table (next) leaves room above it and keeps with it
// (layout.KeepsIntro).
func (d *builder) block(b plan.Block, end plan.Node, next *plan.Table) {
	text := plan.BlockText(b)
	var extra pProps
	if b == end {
		text = plan.WithEndMark(text)
		extra.keepNext = true
	}
	style, mark := styleNormal, plan.BlockMark(b)
	switch b := b.(type) {
	case *plan.Bullet:
		style = styleDash
		if b.Level == 2 {
			style = stylePlus
		}
	case *plan.Numbered:
		style = styleNumbered
	}
	if next != nil {
		extra.spacing = d.spacingBeforeTable(style)
		extra.keepNext = extra.keepNext || layout.KeepsIntro(next)
	}
	d.runsPara(style, extra, func() {
		if mark != "" {
			d.run(mark, runStyle{})
		}
		d.textRunsOf(text, runStyle{})
	})
}

// table writes a bordered table whose header row is bold, centred and
// repeated on every page; rows do not split across pages, except a row
// taller than a page, which must.
func (d *builder) table(t *plan.Table, width float64) {
	l := d.l
	widths := l.ColumnWidths(t, width)
	// A row is kept whole when it fits on a page under the header row,
	// which repeats on every page; one that does not must be let split, or
	// Word and LibreOffice print it past the bottom margin.
	room := l.TextHeight()
	if width > l.TextWidth() { // in an appendix's landscape section
		turned := l.Landscape()
		room = turned.TextHeight()
	}
	room -= l.RowHeight(t.Header, widths, layout.Bold)
	border := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="` + eighthPoints(l.RuleWidth) + `" w:space="0" w:color="000000"/>`
	}
	d.b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + twips(width) + `" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>` +
		border("top") + border("left") + border("bottom") + border("right") + border("insideH") + border("insideV") +
		`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="` + twips(l.TablePadding) +
		`" w:type="dxa"/><w:right w:w="` + twips(l.TablePadding) + `" w:type="dxa"/></w:tblCellMar>` +
		`<w:tblLook w:val="0000" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		d.b.WriteString(`<w:gridCol w:w="` + twips(w) + `"/>`)
	}
	d.b.WriteString(`</w:tblGrid>`)
	row := func(cells []plan.Text, header bool) {
		d.b.WriteString(`<w:tr><w:trPr>`)
		if header || l.RowHeight(cells, widths, layout.Regular) <= room {
			d.b.WriteString(`<w:cantSplit/>`)
		}
		if header {
			d.b.WriteString(`<w:tblHeader/>`)
		}
		d.b.WriteString(`</w:trPr>`)
		for c, w := range widths {
			d.cellStart(w, "center")
			style, extra := styleTableText, pProps{}
			if header {
				style = styleTableHeading
			} else {
				switch t.ColumnAlign(c) {
				case plan.AlignCenter:
					extra.jc = "center"
				case plan.AlignRight:
					extra.jc = "right"
				}
			}
			var cell plan.Text
			if c < len(cells) {
				cell = cells[c]
			}
			d.runsPara(style, extra, func() { d.textRunsOf(cell, runStyle{}) })
			d.b.WriteString(`</w:tc>`)
		}
		d.b.WriteString(`</w:tr>`)
	}
	row(t.Header, true)
	for _, r := range t.Rows {
		row(r, false)
	}
	d.b.WriteString(`</w:tbl>`)
}

// runStyle is the direct formatting of a run on top of its paragraph style.
type runStyle = rProps

func runSize(pt float64) runStyle { return runStyle{size: pt} }

// textPara writes a paragraph of one plain run.
func (d *builder) textPara(style string, extra pProps, text string) {
	d.runsPara(style, extra, func() { d.textRuns(text, runStyle{}) })
}

// runsPara writes a paragraph of the given style, with extra properties on
// top, whose runs come from fn. In template mode (d.direct) the style's
// properties are written on the paragraph and its runs, since an agency's
// template does not have this package's styles.
func (d *builder) runsPara(style string, extra pProps, fn func()) {
	d.b.WriteString(`<w:p>`)
	if d.direct {
		normal, def := d.styles[styleNormal], d.styles[style]
		d.b.WriteString(`<w:pPr>`)
		normal.p.merge(def.p).merge(extra).render(&d.b, d.l.RuleWidth)
		d.b.WriteString(`</w:pPr>`)
		d.base = normal.r.merge(def.r)
	} else if style != styleNormal || !extra.empty() {
		d.b.WriteString(`<w:pPr>`)
		if style != styleNormal {
			d.b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		extra.render(&d.b, d.l.RuleWidth)
		d.b.WriteString(`</w:pPr>`)
	}
	fn()
	d.b.WriteString(`</w:p>`)
	d.base = rProps{}
}

// textRunsOf writes styled text: each span a run, footnote references as
// Word footnotes.
func (d *builder) textRunsOf(t plan.Text, base runStyle) {
	for _, s := range t.SplitNotes() {
		if s.Note != nil {
			d.noteRef(s.Note)
			continue
		}
		rs := base
		rs.bold = rs.bold || s.Bold
		rs.italic = rs.italic || s.Italic
		d.textRuns(plan.NFC(s.Text), rs)
	}
}

// textRuns writes text in one style; "\n" becomes a line break and a tab a
// space (the PDF writer does the same, so both break lines alike).
func (d *builder) textRuns(text string, rs runStyle) {
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			d.b.WriteString(`<w:r><w:br/></w:r>`)
		}
		if line != "" {
			d.run(strings.ReplaceAll(line, "\t", " "), rs)
		}
	}
}

// run writes one run.
func (d *builder) run(text string, rs runStyle) {
	d.b.WriteString(`<w:r>`)
	if d.direct {
		rs = d.base.merge(rs)
	}
	if rs != (rProps{}) {
		d.b.WriteString(`<w:rPr>`)
		rs.render(&d.b)
		d.b.WriteString(`</w:rPr>`)
	}
	d.b.WriteString(`<w:t xml:space="preserve">`)
	xmlText(&d.b, text)
	d.b.WriteString(`</w:t></w:r>`)
}

// noteRef writes a footnote reference: the first to a note makes a Word
// footnote, bookmarked; a later one to the same note (plan.NoteNumbers) a
// NOTEREF field to that bookmark, which prints the same number and keeps
// it when Word renumbers the notes.
func (d *builder) noteRef(f *plan.Footnote) {
	number, first := d.notes.Ref(f)
	n := strconv.Itoa(number)
	if first {
		d.b.WriteString(`<w:bookmarkStart w:id="` + strconv.Itoa(noteBookmarkBase+number) + `" w:name="` + noteBookmark + n + `"/><w:r>`)
		d.noteRunProps()
		d.b.WriteString(`<w:footnoteReference w:id="` + strconv.Itoa(d.noteBase+number) + `"/></w:r>`)
		d.b.WriteString(`<w:bookmarkEnd w:id="` + strconv.Itoa(noteBookmarkBase+number) + `"/>`)
		return
	}
	d.b.WriteString(`<w:fldSimple w:instr=" NOTEREF ` + noteBookmark + n + ` \f \h "><w:r>`)
	d.noteRunProps()
	d.b.WriteString(`<w:t>` + n + `</w:t></w:r></w:fldSimple>`)
}

// The bookmarks on footnote references: hidden names (a leading "_"), and
// ids far from those an agency's template may hold.
const (
	noteBookmark     = "_RefKehoachNote"
	noteBookmarkBase = 1 << 20
)

// noteRunProps writes the properties of a footnote reference or mark:
// the character style, and in template mode superscript at the text's
// size as well.
func (d *builder) noteRunProps() {
	if d.direct {
		style := d.noteStyle
		if style == "" {
			style = styleFootnoteRef
		}
		d.b.WriteString(`<w:rPr><w:rStyle w:val="` + style + `"/>`)
		rProps{superscript: true, size: d.base.size}.render(&d.b)
		d.b.WriteString(`</w:rPr>`)
		return
	}
	d.b.WriteString(`<w:rPr><w:rStyle w:val="` + styleFootnoteRef + `"/></w:rPr>`)
}
