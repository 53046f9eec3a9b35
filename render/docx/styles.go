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
	styleEnd             = "SectionEnd"   // the tiny paragraph that closes a section after a table
)

// styleDef is one paragraph style: its properties on top of Normal's.
type styleDef struct {
	id, name string
	p        pProps
	r        rProps
}

// styleTable returns the document's paragraph styles, Normal first, with
// every number from the layout.
func styleTable(l *layout.Layout) []styleDef {
	body := spaced(l.ParaSpacing, 0, l.LineSpacing)
	plain := spaced(0, 0, 1)
	flush := indented(0, 0, 0)
	centred := pProps{spacing: plain, ind: flush, jc: "center"}
	left := pProps{spacing: plain, ind: flush, jc: "left"}
	keep := func(p pProps) pProps { p.keepNext = true; return p }
	heading := func(level int) pProps { return pProps{keepNext: true, outline: level} }
	cell := spaced(l.CellSpacing, l.CellSpacing, 1)
	withSpacing := func(p pProps, s *spacingProps) pProps { p.spacing = s; return p }
	return []styleDef{
		{styleNormal, "Normal", pProps{widow: true, spacing: body, ind: indented(0, 0, l.FirstIndent), jc: "both"}, rProps{size: l.BodySize}},
		{styleHeading1, "heading 1", heading(1), rProps{bold: true}},
		{styleHeading2, "heading 2", heading(2), rProps{bold: true}},
		{styleHeading3, "heading 3", heading(3), rProps{italic: true}},
		{styleHeading4, "heading 4", heading(4), rProps{italic: true}},
		{styleDash, "List Dash", pProps{}, rProps{}},
		{stylePlus, "List Plus", pProps{}, rProps{}},
		{styleNumbered, "List Numbered", pProps{}, rProps{}},
		{styleParent, "Header Parent Agency", centred, rProps{caps: true, size: l.ParentSize}},
		{styleIssuer, "Header Issuer", centred, rProps{bold: true, caps: true, size: l.IssuerSize}},
		{styleNationalName, "National Name", centred, rProps{bold: true, caps: true, size: l.NationalNameSize}},
		{styleMotto, "Motto", centred, rProps{bold: true, size: l.MottoSize}},
		{styleRule, "Rule", withSpacing(centred, spaced(l.RuleGap, 0, 1)), rProps{size: l.HairlineSize}},
		{styleNumber, "Number Line", centred, rProps{size: l.NumberSize}},
		{styleDate, "Date Line", centred, rProps{italic: true, size: l.DateSize}},
		{styleStamp, "Stamp", centred, rProps{bold: true, caps: true, size: l.UrgencySize}},
		{styleTitle, "Title", keep(withSpacing(centred, spaced(l.GapAfterHeader, 0, 1))), rProps{bold: true, caps: true, size: l.TitleSize}},
		{styleSubject, "Subject", keep(centred), rProps{bold: true, size: l.SubjectSize}},
		{styleRecipientsLabel, "Recipients Label", left, rProps{bold: true, italic: true, size: l.RecipientsLabelSize}},
		{styleRecipients, "Recipients", left, rProps{size: l.RecipientsSize}},
		{styleSigner, "Signer", keep(centred), rProps{bold: true, caps: true, size: l.SignerSize}},
		{styleSignerName, "Signer Name", withSpacing(centred, spaced(l.SignatureSpace, 0, 1)), rProps{bold: true, size: l.SignerSize}},
		{styleTableText, "Table Text", pProps{spacing: cell, ind: flush, jc: "left"}, rProps{size: l.TableSize}},
		{styleTableHeading, "Table Heading", pProps{keepNext: true, spacing: cell, ind: flush, jc: "center"}, rProps{bold: true, size: l.TableSize}},
		{styleFootnoteText, "footnote text", pProps{spacing: plain, ind: flush, jc: "both"}, rProps{size: l.FootnoteSize}},
		{styleHeader, "header", centred, rProps{size: l.PageNumberSize}},
		{styleAppendixLabel, "Appendix Label", keep(centred), rProps{bold: true, size: l.AppendixLabelSize}},
		{styleAppendixTitle, "Appendix Title", keep(centred), rProps{bold: true, size: l.AppendixTitleSize}}, // upper case in the text, web addresses kept (plan.UpperTitle)
		{styleAttached, "Attached Line", keep(centred), rProps{italic: true, size: l.AttachedSize}},
		{styleEnd, "Section End", pProps{spacing: plain, ind: flush}, rProps{size: l.HairlineSize}},
	}
}

// footnoteRefStyle is the character style of footnote numbers, in the
// text and before the note.
const footnoteRefStyle = `<w:style w:type="character" w:styleId="` + styleFootnoteRef + `"><w:name w:val="footnote reference"/>` +
	`<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`

// stylesXML builds the styles part from the layout.
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
	for _, s := range styleTable(l) {
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
