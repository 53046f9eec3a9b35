package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/docx"
	"github.com/kehoach/kehoach/read/internal/flow"
	writer "github.com/kehoach/kehoach/render/docx"
)

// Extract reads a Word document's paragraphs and tables in reading
// order: here kehoach's own DOCX of a short plan, whose header is a
// borderless table.
func ExampleExtract() {
	p := &plan.Plan{
		Issuer: []string{"SỞ NỘI VỤ"}, Symbol: "KH-SNV", Place: "Hà Nội", Subject: "Tổ chức hội nghị",
		Date:     plan.Date{Year: 2026, Month: 3, Day: 5},
		Sections: []*plan.Section{plan.NewPart("NỘI DUNG", plan.Para("Tổ chức hội nghị tổng kết."))},
		Signer:   plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Trần Văn B"},
		Archive:  "VT",
	}
	var b bytes.Buffer
	if err := writer.Write(&b, p); err != nil {
		log.Fatal(err)
	}
	d, err := docx.Extract(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	for _, block := range d.Blocks[:5] {
		switch block := block.(type) {
		case *flow.Table:
			fmt.Printf("a table of %d rows, borders %v\n", len(block.Rows), block.Borders)
		case *flow.Para:
			fmt.Printf("%q bold %v\n", block.String(), block.Bold)
		}
	}
	// Output:
	// a table of 2 rows, borders false
	// "KẾ HOẠCH" bold true
	// "Tổ chức hội nghị" bold true
	// "I. NỘI DUNG" bold true
	// "Tổ chức hội nghị tổng kết./." bold false
}

// Inspect checks a Word file's layout: this one's left margin is 20 mm.
func ExampleInspect() {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			`<w:p><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>Nội dung.</w:t></w:r></w:p>` +
			`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1134"/></w:sectPr></w:body></w:document>`,
	} {
		w, _ := zw.Create(name)
		_, _ = w.Write([]byte(content))
	}
	_ = zw.Close()
	findings, err := docx.Inspect(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range findings {
		fmt.Println(f.Rule, f.Field)
		fmt.Println(f.Vi)
		fmt.Println(f.En)
	}
	// Output:
	// ND30-LAYOUT-MARGINS sections[0].margins.left
	// lề trái 20 mm; Nghị định 30 quy định 30–35 mm
	// left margin 20 mm; Decree 30 sets 30–35 mm
}
