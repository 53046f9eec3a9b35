package docx

import (
	"strings"

	"github.com/kehoach/kehoach/render/layout"
)

// Style IDs. Every paragraph of the document uses one of these styles, so a
// person editing it in Word or LibreOffice keeps the look: a new heading
// typed in "Heading 2" is bold like the others.
const (
	styleNormal          = "Normal"          // body text (ô 6)
	styleHeading1        = "Heading1"        // part: "I. MỤC ĐÍCH, YÊU CẦU"
	styleHeading2        = "Heading2"        // section: "1. Mục đích"
	styleHeading3        = "Heading3"        // point: "a) …"
	styleHeading4        = "Heading4"        // sub-point: "- …"
	styleHeading5        = "Heading5"        // level 5: "+ …"
	styleHeading6        = "Heading6"        // level 6: "• …"
	styleBasis           = "LegalBasis"      // căn cứ: "Căn cứ Luật …;"
	styleDash            = "ListDash"        // "- …"
	stylePlus            = "ListPlus"        // "+ …"
	styleNumbered        = "ListNumbered"    // "1. …"
	styleParent          = "HeaderParent"    // cơ quan chủ quản
	styleIssuer          = "HeaderIssuer"    // cơ quan ban hành
	styleNationalName    = "NationalName"    // Quốc hiệu
	styleMotto           = "Motto"           // Tiêu ngữ
	styleRule            = "Rule"            // an empty paragraph whose top border is a rule
	styleNumber          = "NumberLine"      // "Số: 05/KH-STTTT"
	styleDate            = "DateLine"        // place and date
	styleStamp           = "Stamp"           // urgency and draft marks
	styleTitle           = "Title"           // "KẾ HOẠCH"
	styleSubject         = "Subject"         // trích yếu
	styleRecipientsLabel = "RecipientsLabel" // "Nơi nhận:"
	styleRecipients      = "Recipients"      // its items
	styleSigner          = "Signer"          // authority and position lines
	styleSignerName      = "SignerName"      // the signer's name
	styleTableText       = "TableText"       // body table cells
	styleTableHeading    = "TableHeading"    // body table header cells
	styleFootnoteText    = "FootnoteText"
	styleFootnoteRef     = "FootnoteReference"
	styleHeader          = "Header" // the page-number header
	styleAppendixLabel   = "AppendixLabel"
	styleAppendixTitle   = "AppendixTitle"
	styleAttached        = "AttachedLine" // "(Kèm theo Kế hoạch …)"
	styleEnd             = "SectionEnd"   // the tiny paragraph before the header table and between two tables
	styleClose           = "SectionClose" // the empty paragraph of no height that closes the plan and each appendix
	styleCorner          = "CornerText"   // the top-right text of an appendix file or an electronic copy
)

// styleDef is one paragraph style: its properties on top of Normal's.
type styleDef struct {
	id, name string
	p        pProps
	r        rProps
}

// wordStyles gives each element of the layout's style sheet its Word
// style, in the order styles.xml lists them, Normal first.
var wordStyles = []struct {
	element  layout.Element
	id, name string
}{
	{layout.BodyText, styleNormal, "Normal"},
	{layout.PartHeading, styleHeading1, "heading 1"},
	{layout.SectionHeading, styleHeading2, "heading 2"},
	{layout.PointHeading, styleHeading3, "heading 3"},
	{layout.SubPointHeading, styleHeading4, "heading 4"},
	{layout.DashItem, styleDash, "List Dash"},
	{layout.PlusItem, stylePlus, "List Plus"},
	{layout.NumberedItem, styleNumbered, "List Numbered"},
	{layout.ParentAgency, styleParent, "Header Parent Agency"},
	{layout.IssuingAgency, styleIssuer, "Header Issuer"},
	{layout.NationalName, styleNationalName, "National Name"},
	{layout.Motto, styleMotto, "Motto"},
	{layout.RuleLine, styleRule, "Rule"},
	{layout.NumberLine, styleNumber, "Number Line"},
	{layout.DateLine, styleDate, "Date Line"},
	{layout.Stamp, styleStamp, "Stamp"},
	{layout.Title, styleTitle, "Title"},
	{layout.Subject, styleSubject, "Subject"},
	{layout.RecipientsLabel, styleRecipientsLabel, "Recipients Label"},
	{layout.RecipientItem, styleRecipients, "Recipients"},
	{layout.SignerLine, styleSigner, "Signer"},
	{layout.SignerName, styleSignerName, "Signer Name"},
	{layout.TableCell, styleTableText, "Table Text"},
	{layout.TableHeaderCell, styleTableHeading, "Table Heading"},
	{layout.FootnoteText, styleFootnoteText, "footnote text"},
	{layout.PageNumber, styleHeader, "header"},
	{layout.AppendixLabel, styleAppendixLabel, "Appendix Label"},
	{layout.AppendixTitle, styleAppendixTitle, "Appendix Title"},
	{layout.AttachedLine, styleAttached, "Attached Line"},
	{layout.SectionEnd, styleEnd, "Section End"},
	{layout.Basis, styleBasis, "Legal Basis"},
	{layout.FifthHeading, styleHeading5, "heading 5"},
	{layout.SixthHeading, styleHeading6, "heading 6"},
	{layout.CornerText, styleCorner, "Corner Text"},
	{layout.SectionClose, styleClose, "Section Close"},
}

// styleIDs gives each element its Word style's id.
var styleIDs = func() map[layout.Element]string {
	ids := make(map[layout.Element]string, len(wordStyles))
	for _, w := range wordStyles {
		ids[w.element] = w.id
	}
	return ids
}()

// styleTable returns the document's paragraph styles, Normal first: each
// the rule the layout's style sheet declares for its element.
func styleTable(sheet *layout.StyleSheet) []styleDef {
	out := make([]styleDef, len(wordStyles))
	for i, w := range wordStyles {
		r := sheet.Rule(w.element)
		out[i] = styleDef{w.id, w.name, paraProps(r), rProps{bold: r.Bold, italic: r.Italic, caps: r.Caps, size: r.Size}}
	}
	return out
}

// paraProps returns a style rule's paragraph properties as Word writes
// them; what the rule leaves unset stays unset.
func paraProps(r layout.StyleRule) pProps {
	p := pProps{keepNext: r.KeepNext, widow: r.WidowControl, jc: jcOf(r.Align), outline: r.Outline}
	if s := r.Spacing; s != nil {
		p.spacing = spacingOf(*s)
	}
	if i := r.Indent; i != nil {
		p.ind = indOf(*i)
	}
	return p
}

// indOf returns an indent as Word writes it.
func indOf(i layout.Indent) *indProps {
	return &indProps{left: i.Left, right: i.Right, first: i.FirstLine, hanging: i.Hanging}
}

// jcOf returns Word's name of an alignment, "" for one inherited.
func jcOf(a layout.Align) string {
	switch a {
	case layout.AlignLeft:
		return "left"
	case layout.AlignCenter:
		return "center"
	case layout.AlignRight:
		return "right"
	case layout.AlignJustify:
		return "both"
	}
	return ""
}

// footnoteRefStyle is the character style of footnote numbers, in the
// text and before the note.
const footnoteRefStyle = `<w:style w:type="character" w:styleId="` + styleFootnoteRef + `"><w:name w:val="footnote reference"/>` +
	`<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`

// stylesXML builds the styles part from the layout and its style sheet.
func stylesXML(l *layout.Layout) []byte {
	var b strings.Builder
	b.Grow(12000)
	b.WriteString(xmlHeader + `<w:styles xmlns:w="` + nsW + `"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts`)
	for _, attr := range []string{"ascii", "hAnsi", "eastAsia", "cs"} {
		b.WriteString(` w:` + attr + `="`)
		xmlText(&b, l.FontName)
		b.WriteString(`"`)
	}
	b.WriteString(`/><w:sz w:val="` + halfPoints(l.BodySize) + `"/><w:szCs w:val="` + halfPoints(l.BodySize) +
		`"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	for _, s := range styleTable(l.StyleSheet()) {
		b.WriteString(`<w:style w:type="paragraph"`)
		if s.id == styleNormal {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(` w:styleId="` + s.id + `"><w:name w:val="` + s.name + `"/>`)
		if s.id != styleNormal {
			b.WriteString(`<w:basedOn w:val="` + styleNormal + `"/>`)
		}
		b.WriteString(`<w:qFormat/><w:pPr>`)
		s.p.render(&b, l.RuleWidth)
		b.WriteString(`</w:pPr><w:rPr>`)
		s.r.render(&b)
		b.WriteString(`</w:rPr></w:style>`)
	}
	b.WriteString(footnoteRefStyle)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return []byte(b.String())
}
