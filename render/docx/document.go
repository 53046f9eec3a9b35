package docx

import (
	"strconv"
	"strings"
	"sync"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// builder writes word/document.xml for one plan.
type builder struct {
	b      strings.Builder
	l      *layout.Layout
	p      *plan.Plan
	sheet  *layout.StyleSheet
	styles map[string]styleDef // the Word styles, by id
	notes  footnotes           // the footnotes written, numbered by the walk
	// noteBase is added to footnote numbers: 0 in the default package,
	// past the template's own footnotes when filling a template.
	noteBase int
	// noteStyle is the footnote reference style's id in template mode:
	// the template's own, or this package's, which addFootnotes adds.
	noteStyle string
	// direct writes style properties on each paragraph and run instead of
	// referring to styles (template mode).
	direct bool
	base   rProps // the current paragraph's run properties, in direct mode
	// afterTable says the element just written is a table: Word would
	// join a table that follows it.
	afterTable bool
	// caps says the paragraph being written is in a style of capitals
	// (the agency, the signer's lines): a term in mixed case turns them
	// off for its run.
	caps bool
	// fallbacks says whether the plan prints characters the text font
	// lacks (1), or not (-1); 0 until asked (holdsFallbacks). fellBack
	// says a run of the paragraph being written is in a fallback font.
	fallbacks int8
	fellBack  bool
	// Electronic issuing (issuing.go): the signature and seal pictures,
	// the top-right text, and what the document holds (0 the whole plan,
	// partPlan its own pages, i > 0 appendix i alone).
	pictures   []picturePart
	cornerText string
	part       int
}

func newBuilder(l *layout.Layout, p *plan.Plan) *builder {
	d := &builder{l: l, p: p, sheet: l.StyleSheet()}
	if l.IsDefault() {
		d.styles = defaultStyleDefs()
	} else {
		d.styles = styleDefs(d.sheet)
	}
	return d
}

// styleDefs returns the Word styles of a style sheet by id.
func styleDefs(sheet *layout.StyleSheet) map[string]styleDef {
	defs := make(map[string]styleDef, len(wordStyles))
	for _, s := range styleTable(sheet) {
		defs[s.id] = s
	}
	return defs
}

// defaultStyleDefs are the default layout's Word styles, built once and
// only read.
var defaultStyleDefs = sync.OnceValue(func() map[string]styleDef {
	l := layout.Default()
	return styleDefs(l.StyleSheet())
})

// Relationship IDs of word/_rels/document.xml.rels (templates/docx).
const (
	relHeaderPage  = "rIdHeaderPage"  // the PAGE field, centred, from page 2
	relHeaderFirst = "rIdHeaderFirst" // an empty header for each section's first page
)

func (d *builder) document() {
	d.b.Grow(64 << 10)
	d.b.WriteString(xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	head := d.l.Head(d.p)
	// A tiny paragraph before the header table: LibreOffice lays out a
	// document that opens with a table 22 pt lower on page 1 when the
	// document has footnotes; one that opens with a paragraph it does
	// not. The PDF writer leaves the same room.
	d.corner()
	d.separator()
	d.header(head)
	d.titleBlock(head)
	var main string // the properties of the section being written
	open := func(a *plan.Appendix) (pProps, float64) {
		d.sectionEnd(main) // the previous section ends on the page it fills
		landscape := d.l.AppendixLandscape(a)
		main = d.sectPr(true, landscape) // a new page, numbered from 1 (Phụ lục I, mục II.9)
		l := *d.l
		if landscape {
			l = l.Landscape()
		}
		return pProps{}, l.TextWidth()
	}
	if d.part == partPlan { // the appendices go to files of their own
		open = nil
	}
	d.content(true, func() {
		d.signature()
		main = d.sectPr(false, false)
	}, open)
	d.sectionEnd("")
	d.b.WriteString(main)
	d.b.WriteString(`</w:body></w:document>`)
}

// header writes the first page's header block (ô 1–4): a borderless table,
// row 1 the names, row 2 "Số:" and the date, so that the two share a
// baseline whatever the number of name lines (layout contract §2.2).
func (d *builder) header(h layout.Head) {
	l := d.l
	d.layoutTable([]float64{h.LeftWidth, h.RightWidth})

	d.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	d.cellStart(h.LeftWidth, "top", 1, "")
	for _, para := range h.Parent {
		d.textPara(styleParent, pProps{}, para)
	}
	for _, para := range h.Issuer {
		d.textPara(styleIssuer, pProps{}, para)
	}
	d.rule(h.LeftWidth, h.IssuerRule, nil) // 1/3–1/2 of the issuer's line, centred
	d.b.WriteString(`</w:tc>`)
	d.cellStart(h.RightWidth, "top", 1, "")
	d.textPara(styleNationalName, pProps{}, plan.NationalName)
	d.textPara(styleMotto, pProps{}, plan.Motto)
	d.rule(h.RightWidth, h.MottoRule, nil) // exactly as long as the Tiêu ngữ
	d.b.WriteString(`</w:tc></w:tr>`)

	// Row 2: "Số:" (13 pt) moves down by the difference of the ascents so
	// that it sits on the date's (14 pt) baseline.
	d.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	d.cellStart(h.LeftWidth, "top", 1, "")
	d.textPara(styleNumber, pProps{spacing: spacingOf(h.NumberSpacing)}, l.NumberLine(d.p)) // a blank number as wide as the layout sets
	if d.p.Urgency != "" {
		d.stamp(d.p.Urgency.Stamp(), l.UrgencyBox(d.p.Urgency), h)
	}
	if d.p.Draft {
		d.textPara(styleStamp, pProps{spacing: spacingOf(h.RowSpacing)}, plan.DraftMark)
	}
	d.b.WriteString(`</w:tc>`)
	d.cellStart(h.RightWidth, "top", 1, "")
	datePPr := pProps{spacing: spacingOf(h.RowSpacing)}
	if h.DateSize != l.DateSize { // too long at 14 pt: one point smaller
		d.runsPara(styleDate, datePPr, func() { d.run(l.DateLine(d.p, h.DateSize), runSize(h.DateSize)) })
	} else {
		d.textPara(styleDate, datePPr, l.DateLine(d.p, h.DateSize))
	}
	d.b.WriteString(`</w:tc></w:tr></w:tbl>`)
}

// stamp writes the độ khẩn stamp: a bordered box of the given width and
// the stamp's height, centred in the header's left column, text and border
// in the stamp's red (Phụ lục I, mục II.10.b).
func (d *builder) stamp(text string, width float64, h layout.Head) {
	ind := layout.RuleIndent(h.LeftWidth, width)
	color := d.l.StampColor.Hex()
	box := &boxProps{color: color, pad: d.l.StampPad()}
	extra := pProps{border: boxBorder, box: box, spacing: spacingOf(d.l.StampSpacing(h.RowSpacing)), ind: indented(ind, ind, 0)}
	d.runsPara(styleStamp, extra, func() { d.textRuns(text, runStyle{color: color}) })
}

// titleBlock writes the tên loại, the trích yếu and the rule under it
// (ô 5a).
func (d *builder) titleBlock(h layout.Head) {
	d.textPara(styleTitle, pProps{}, d.p.Title())
	d.textPara(styleSubject, pProps{}, h.Subject)
	d.rule(d.l.TextWidth(), h.SubjectRule, &h.SubjectRuleSpacing)
}

// rule writes a solid horizontal line of the given length, centred in a
// box of the given width: an empty paragraph whose top border, between
// its computed indents, is the line (the decree's "đường kẻ ngang, nét
// liền"; not a text underline, which would be as long as the text). Its
// spacing is the style's, or the given one (the rule that ends a title
// block).
func (d *builder) rule(box, length float64, spacing *layout.Spacing) {
	ind := layout.RuleIndent(box, length)
	extra := pProps{border: topBorder, ind: indented(ind, ind, 0)}
	if spacing != nil {
		extra.spacing = spacingOf(*spacing)
	}
	d.runsPara(styleRule, extra, func() {})
}

// signature writes the signature row (ô 7, 9b): "Nơi nhận:" and its items
// on the left, level with the first authority line on the right; the
// row never splits across pages, unless it cannot share a page with the
// body's last lines (some fifty recipients, layout.SignatureFits), as the
// PDF writer lets it.
func (d *builder) signature() {
	l := d.l
	left, right := l.SignatureLeft(), l.SignatureRight
	d.layoutTable([]float64{left, right})
	if l.SignatureFits(d.p) {
		d.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	} else {
		d.b.WriteString(`<w:tr>`)
	}
	d.cellStart(left, "top", 1, "")
	d.recipientsBlock()
	d.b.WriteString(`</w:tc>`)
	d.cellStart(right, "top", 1, "")
	d.signerBlock()
	d.b.WriteString(`</w:tc></w:tr></w:tbl>`)
}

// recipientsBlock writes "Nơi nhận:" and its items (ô 9b), the label
// level with the signer's first authority line, or an empty paragraph
// when there are none.
func (d *builder) recipientsBlock() {
	l := d.l
	lines := d.p.RecipientLines()
	if len(lines) == 0 {
		d.textPara(styleRecipients, pProps{}, "")
		return
	}
	d.textPara(styleRecipientsLabel, pProps{spacing: spacingOf(l.SignatureSpacing().Label)}, plan.RecipientsLabel)
	for _, line := range lines {
		d.textPara(styleRecipients, pProps{}, line)
	}
}

// body writes the elements of the plan's body, up to the signature.
func (d *builder) body() { d.content(true, nil, nil) }

// appendices writes the appendices (see content).
func (d *builder) appendices(open func(a *plan.Appendix) (extra pProps, width float64)) {
	d.content(false, nil, open)
}

// content writes, in one walk of the plan, its body (when body is set),
// then calls bodyDone (when set), then writes the appendices (when open is
// set): for each, open (called with it first) says what its label
// paragraph adds to its style (a template's page break) and the text
// width it is laid out on; then come its label ("Phụ lục II"), its title,
// the "(Kèm theo …)" line, a short rule and its content, ending "./."
// (contract §6).
func (d *builder) content(body bool, bodyDone func(), open func(a *plan.Appendix) (extra pProps, width float64)) {
	width := d.l.TextWidth()
	done := func() {
		if bodyDone != nil {
			bodyDone()
			bodyDone = nil
		}
	}
	d.afterTable = false
	for e, next := range d.p.WalkAhead() {
		switch {
		case d.part > 0 && e.Appendix != d.part: // an appendix file holds its appendix alone
		case e.Appendix == 0:
			if body {
				d.element(e, next, width)
			}
		case open == nil:
			done()
			return
		case e.Kind == plan.KindAppendix:
			done()
			var extra pProps
			extra, width = open(d.p.Appendices[e.Appendix-1])
			d.textPara(styleAppendixLabel, extra, e.Label)
			h := d.l.AppendixHead(d.captionPlan(), e.Text.String(), width)
			if len(h.Title) > 0 {
				d.textPara(styleAppendixTitle, pProps{}, strings.Join(h.Title, "\n"))
			}
			d.textPara(styleAttached, pProps{}, strings.Join(h.Attached, "\n"))
			d.rule(width, h.Rule, &h.RuleSpacing)
			d.afterTable = false
		default:
			d.element(e, next, width)
		}
	}
	done()
}

// signerBlock writes the authority and position lines, the room to sign
// and stamp, and the name, all centred (ô 7a–7c).
func (d *builder) signerBlock() {
	l, signer := d.l, d.p.Signer
	spacing := l.SignatureSpacing()
	first := spacingOf(spacing.FirstSigner)
	lines := l.SignerLines(signer)
	if d.direct { // an agency's template: its cell has its own width, so the lines wrap there
		lines = nil
		for _, line := range append(append([]string{}, signer.Authority...), signer.Position...) {
			lines = append(lines, plan.UpperTitle(plan.NFC(line)))
		}
	}
	for _, line := range lines {
		d.textPara(styleSigner, pProps{spacing: first}, line)
		first = nil
	}
	var extra pProps
	nameBefore := d.sheet.Style(layout.SignerName).Spacing.Before
	if first != nil { // no authority or position: the name alone, after the gap
		extra.spacing = spacingOf(spacing.NameAlone)
		nameBefore = spacing.NameAlone.Before
	}
	d.signerName(extra, nameBefore)
}

// sectPr returns a section's properties: A4, the margins, the page-number
// header with an empty one on the section's first page (the decree prints
// no number on page 1), and for an appendix a new page numbered from 1.
func (d *builder) sectPr(appendix, landscape bool) string {
	l := *d.l
	if landscape {
		l = l.Landscape()
	}
	var b strings.Builder
	b.WriteString(`<w:sectPr><w:headerReference w:type="default" r:id="` + relHeaderPage + `"/>` +
		`<w:headerReference w:type="first" r:id="` + relHeaderFirst + `"/>`)
	if appendix {
		b.WriteString(`<w:type w:val="nextPage"/>`)
	}
	b.WriteString(`<w:pgSz w:w="` + twips(l.PageWidth) + `" w:h="` + twips(l.PageHeight) + `"`)
	if landscape {
		b.WriteString(` w:orient="landscape"`)
	}
	// The right margin leaves the layout's text width in whole twips:
	// margins rounded each on its own would leave LibreOffice and Word
	// up to a twip and a half more or less (9,355 twips for A4 with
	// margins of 30 and 15 mm, where the PDF breaks lines in 9,354;
	// render/layout/fit.go).
	right := twipCount(l.PageWidth) - twipCount(l.Margins.Left) - twipCount(l.TextWidth())
	b.WriteString(`/><w:pgMar w:top="` + twips(l.Margins.Top) + `" w:right="` + strconv.Itoa(right) +
		`" w:bottom="` + twips(l.Margins.Bottom) + `" w:left="` + twips(l.Margins.Left) +
		`" w:header="` + twips(l.HeaderDistance) + `" w:footer="` + twips(l.HeaderDistance) + `" w:gutter="0"/>`)
	if appendix {
		b.WriteString(`<w:pgNumType w:start="1"/>`)
	}
	b.WriteString(`<w:titlePg/></w:sectPr>`)
	return b.String()
}

// sectionEnd writes the empty paragraph that follows the signature or an
// appendix (layout.SectionClose, of no height): Word needs a paragraph
// after a table, and one that carries the properties of a section ending
// before the next.
func (d *builder) sectionEnd(sectPr string) {
	d.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + styleClose + `"/>` + sectPr + `</w:pPr></w:p>`)
}

// separator writes the tiny paragraph Word needs between two tables.
func (d *builder) separator() { d.runsPara(styleEnd, pProps{}, func() {}) }

// layoutTable opens a borderless table of fixed columns, for the header
// and the signature row.
func (d *builder) layoutTable(widths []float64) {
	total := 0.0
	for _, w := range widths {
		total += w
	}
	d.b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + twips(total) + `" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>` +
		`<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
		`<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>` +
		`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		d.b.WriteString(`<w:gridCol w:w="` + twips(w) + `"/>`)
	}
	d.b.WriteString(`</w:tblGrid>`)
}

// cellStart opens a table cell of the given width and vertical alignment,
// spanning cols grid columns (gridSpan, when more than one), with merge
// its vMerge element, if any.
func (d *builder) cellStart(width float64, vAlign string, cols int, merge string) {
	d.b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + twips(width) + `" w:type="dxa"/>`)
	if cols > 1 {
		d.b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(cols) + `"/>`)
	}
	d.b.WriteString(merge + `<w:vAlign w:val="` + vAlign + `"/></w:tcPr>`)
}
