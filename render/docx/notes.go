package docx

import (
	"strconv"
	"strings"
	"time"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// separators returns the two special footnotes Word expects first: the
// rule above the notes, and the one above notes continued from a previous
// page. Each is a paragraph in the style sheet's NoteSeparator style, one
// line of footnote text with no space before it, so that Word gives the
// notes about the room LibreOffice does (layout.FootnoteGap).
func separators(l *layout.Layout) string {
	st := l.StyleSheet().Style(layout.NoteSeparator)
	size := `<w:sz w:val="` + halfPoints(st.Size) + `"/>`
	sp := spacingOf(st.Spacing).xml()
	para := func(mark string) string {
		return `<w:p><w:pPr>` + sp + `<w:ind w:firstLine="` + twips(st.Indent.FirstLine) + `"/><w:rPr>` + size +
			`</w:rPr></w:pPr><w:r><w:rPr>` + size + `</w:rPr><w:` + mark + `/></w:r></w:p>`
	}
	return `<w:footnote w:type="separator" w:id="-1">` + para("separator") + `</w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0">` + para("continuationSeparator") + `</w:footnote>`
}

// footnotesXML builds word/footnotes.xml: the separators, then each note
// as a real Word footnote, numbered in order of reference.
func (d *builder) footnotesXML() []byte {
	return []byte(xmlHeader + `<w:footnotes xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">` + separators(d.l) +
		d.footnoteElements() + `</w:footnotes>`)
}

// footnoteElements returns the w:footnote elements of the notes collected
// while the body was written.
func (d *builder) footnoteElements() string {
	var b strings.Builder
	for _, note := range d.notes.list {
		nb := builder{l: d.l, p: d.p, sheet: d.sheet, styles: d.styles, direct: d.direct, noteStyle: d.noteStyle, fallbacks: d.fallbacks}
		nb.runsPara(styleFootnoteText, pProps{}, func() {
			nb.b.WriteString(`<w:r>`)
			nb.noteRunProps()
			nb.b.WriteString(`<w:footnoteRef/></w:r>`)
			nb.run(" ", runStyle{})
			nb.textRunsOf(note.Text, runStyle{})
		})
		b.WriteString(`<w:footnote w:id="` + strconv.Itoa(d.noteBase+note.Number) + `">`)
		b.WriteString(nb.b.String())
		b.WriteString(`</w:footnote>`)
	}
	return b.String()
}

// footnotes are the notes a document prints, as the walk numbers them, in
// the order they are first referred to in what has been written.
type footnotes struct {
	list []plan.NoteText
	seen map[int]bool
}

// add records notes first referred to in an element just written; a note
// already recorded (a template that prints the body twice) is not again.
func (f *footnotes) add(notes []plan.NoteText) {
	for _, n := range notes {
		if f.seen[n.Number] {
			continue
		}
		if f.seen == nil {
			f.seen = map[int]bool{}
		}
		f.seen[n.Number] = true
		f.list = append(f.list, n)
	}
}

// has reports whether note number n has been written.
func (f *footnotes) has(n int) bool { return f.seen[n] }

// Len returns how many notes have been written.
func (f *footnotes) Len() int { return len(f.list) }

// coreXML builds docProps/core.xml: the subject as title, the issuer as
// author, Vietnamese as language, and the time only when one is given, so
// that the same plan gives the same bytes.
func coreXML(p *plan.Plan, created time.Time) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`)
	xmlText(&b, plan.NFC(p.Subject))
	b.WriteString(`</dc:title><dc:creator>`)
	xmlText(&b, p.Name())
	b.WriteString(`</dc:creator><dc:language>vi-VN</dc:language>`)
	if !created.IsZero() {
		ts := created.UTC().Format(time.RFC3339)
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:created>` +
			`<dcterms:modified xsi:type="dcterms:W3CDTF">` + ts + `</dcterms:modified>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}
