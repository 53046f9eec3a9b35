// Command maketemplate writes examples/agency-template.docx: an agency's
// own letterhead for the Lào Cai Department of Industry and Trade, made as
// Word makes such files — its own styles, its header typed as text, and
// placeholders that Word has split over several runs ("{{so_" and
// "ky_hieu}}" in runs of different formatting) — on which the DOCX
// writer's template mode is tested and shown.
//
// It runs from render/docx with go generate:
//
//	go generate ./render/docx
//
// and writes the file given as its argument. The output is the same bytes
// on every run, so the committed file changes only when this program does;
// its test checks that the two agree.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: maketemplate OUTPUT.docx")
		os.Exit(2)
	}
	docx, err := build()
	if err == nil {
		err = os.WriteFile(os.Args[1], docx, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "maketemplate:", err)
		os.Exit(1)
	}
}

// partTime is the fixed modification time of every part.
var partTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// build returns the template's bytes.
func build() ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range parts() {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: partTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(f.content)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// part is one file of the package.
type part struct{ name, content string }

// run returns a run of text in Times New Roman with the given properties.
func run(props, text string) string {
	return `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>` + props +
		`</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// para returns a paragraph of the given properties and runs.
func para(pPr string, runs ...string) string {
	return `<w:p><w:pPr>` + pPr + `</w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// cell returns a table cell of the given width in twips.
func cell(width string, paras ...string) string {
	return `<w:tc><w:tcPr><w:tcW w:w="` + width + `" w:type="dxa"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
}

// table returns a borderless table of two columns, as clerks lay out the
// header and the signature.
func table(widths [2]string, rows ...string) string {
	out := `<w:tbl><w:tblPr><w:tblW w:w="9355" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>` +
		`<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>` +
		`<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="` + widths[0] + `"/><w:gridCol w:w="` + widths[1] + `"/></w:tblGrid>`
	for _, r := range rows {
		out += `<w:tr>` + r + `</w:tr>`
	}
	return out + `</w:tbl>`
}

// Paragraph and run properties the agency's clerks use.
const (
	center = `<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>`
	sz13   = `<w:sz w:val="26"/>`
	sz14   = `<w:sz w:val="28"/>`
	// rule is a paragraph whose top border is the short rule under a name.
	rule = `<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="40" w:after="0"/>`
)

// document returns word/document.xml's body: the header typed as text,
// the title and subject, the body, the signature row and the appendices,
// each a placeholder.
func document() string {
	header := table([2]string{"3686", "5669"},
		cell("3686",
			para(center, run(sz13, "UBND TỈNH LÀO CAI")),
			para(center, run("<w:b/>"+sz13, "SỞ CÔNG THƯƠNG")),
			para(rule+`<w:ind w:left="1200" w:right="1200"/><w:jc w:val="center"/><w:rPr><w:sz w:val="4"/></w:rPr>`),
			para(`<w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/>`,
				run(sz13, "Số: "), run(sz13, "{{so_"), run("<w:lang w:val=\"en-US\"/>"+sz13, "ky_hieu}}")),
			para(`<w:spacing w:before="60" w:after="0"/><w:jc w:val="center"/>`, run("<w:b/>"+sz13, "{{do_khan}}")),
			para(center, run("<w:b/>"+sz13, "{{du_thao}}")))+
			cell("5669",
				para(center, run("<w:b/>"+sz13, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
				para(center, run("<w:b/>"+sz14, "Độc lập - Tự do - Hạnh phúc")),
				para(rule+`<w:ind w:left="1100" w:right="1100"/><w:jc w:val="center"/><w:rPr><w:sz w:val="4"/></w:rPr>`),
				para(`<w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/>`,
					run("<w:i/>"+sz14, "{{dia"), run("<w:i/>"+sz14, "_danh_ngay}}"))))
	signature := table([2]string{"4500", "4855"},
		cell("4500", para(`<w:spacing w:before="240"/>`, run(sz14, "{{noi_nhan}}")))+
			cell("4855", para(`<w:spacing w:before="240"/><w:jc w:val="center"/>`, run(sz14, "{{ nguoi_ky }}"))))
	return header +
		para(`<w:spacing w:before="360" w:after="0"/><w:jc w:val="center"/>`, run("<w:b/>"+sz14, "{{ten_loai}}")) +
		para(center, run("<w:b/>"+sz14, "{{trich_"), run("<w:b/>"+sz14, "yeu}}")) +
		para(`<w:jc w:val="both"/>`, run(sz14, "{{noi_dung}}")) +
		signature +
		para("", run(sz14, "{{phu_luc}}")) +
		`<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>`
}

// parts returns the package's files, in the order they are written.
func parts() []part {
	// The page number, centred at the top from page 2 on (titlePg: page 1
	// has no header), as the agency's clerks set it up.
	pageHeader := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + run(sz14, "2") + `<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`
	return []part{
		{"[Content_Types].xml", xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`},
		{"_rels/.rels", xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/_rels/document.xml.rels", xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`},
		{"word/header1.xml", xmlHeader + `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + pageHeader + `</w:hdr>`},
		{"word/styles.xml", xmlHeader + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style></w:styles>`},
		{"word/document.xml", xmlHeader + `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` + document() + `</w:body></w:document>`},
	}
}
