package docx

import (
	"archive/zip"
	"bytes"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// fuzzParts are the parts a fuzzed package holds, in FuzzExtract's
// order.
var fuzzParts = []string{"word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml"}

// fuzzPackage returns a Word package of the given parts, stored (not
// deflated), so that the fuzzer's mutations reach the XML.
func fuzzPackage(parts [][]byte) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	add := func(name string, data []byte) {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		_, _ = w.Write(data)
	}
	add("[Content_Types].xml", []byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`))
	add("_rels/.rels", []byte(`<Relationships xmlns="`+nsRel+`"><Relationship Id="d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`))
	add("word/_rels/document.xml.rels", []byte(`<Relationships xmlns="`+nsRel+`">`+
		`<Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`+
		`<Relationship Id="n" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`+
		`<Relationship Id="f" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`))
	for i, name := range fuzzParts {
		add(name, parts[i])
	}
	_ = zw.Close()
	return b.Bytes()
}

// partsOf returns a package's parts in FuzzExtract's order.
func partsOf(t testing.TB, src []byte) [][]byte {
	pkg, err := ooxml.Read(src, limits.Default(), func(string) bool { return true })
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, name := range fuzzParts {
		data, _ := pkg.Get(name)
		out = append(out, data)
	}
	return out
}

// FuzzExtract: no document, however broken, makes Extract or Inspect
// panic or hang; a flow read has rows as wide as their table, and its
// covered cells hold nothing. Seeds: kehoach's own DOCX of the example
// plans, and small documents of every feature the reader reads.
func FuzzExtract(f *testing.F) {
	for _, name := range testplans.Names {
		parts := partsOf(f, ownDocx(f, testplans.Load(f, name)))
		f.Add(parts[0], parts[1], parts[2], parts[3])
	}
	docPart := func(body string) []byte {
		return []byte(`<?xml version="1.0"?><w:document ` + testNamespaces + `><w:body>` + body + `</w:body></w:document>`)
	}
	numbering := []byte(part("numbering", `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>`+
		`<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlRestart w:val="0"/><w:isLgl/></w:lvl></w:abstractNum>`+
		`<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`))
	styles := []byte(part("styles", `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>`+
		`<w:style w:type="paragraph" w:default="1" w:styleId="A"><w:basedOn w:val="B"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:b/></w:rPr></w:style>`+
		`<w:style w:type="character" w:styleId="C"><w:rPr><w:b/><w:caps/></w:rPr></w:style>`+
		`<w:style w:type="table" w:styleId="T"><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr></w:style>`))
	notes := []byte(part("footnotes", `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/><w:t>chú thích</w:t></w:r></w:p></w:footnote>`))
	for _, body := range []string{
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:rStyle w:val="C"/></w:rPr><w:t>mục</w:t></w:r></w:p>`,
		`<w:tbl><w:tblPr><w:tblStyle w:val="T"/></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/><w:hMerge/></w:tcPr><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
		`<w:p><w:r><w:t>a</w:t><w:footnoteReference w:id="1"/></w:r><w:bookmarkStart w:name="b"/><w:fldSimple w:instr="NOTEREF b \f"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`,
		`<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><wp:extent cx="5" cy="0"/><wps:wsp><a:prstGeom prst="line"/><a:ext cx="9" cy="0"/><wps:txbx><w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line from="0,0" to="10pt,0"/></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
		`<w:p><w:pPr><w:rPr><w:del/></w:rPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:titlePg/></w:sectPr></w:pPr><w:ins><w:r><w:t>x</w:t></w:ins><w:del><w:r><w:delText>y</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>1</w:t><w:fldChar w:fldCharType="end"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:br/><w:tab/><w:noBreakHyphen/></w:r></w:p><w:sectPr/>`,
		`<w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t><w:br/><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p><w:p><w:r><w:t>Hà Nội, ngày 5 tháng 03năm 2026</w:t></w:r></w:p><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>Nơi nhận:</w:t></w:r></w:p>`,
		`<w:p><m:oMath><m:r><m:t>&lt;&#x41;&#65;&amp;</m:t></m:r></m:oMath><![CDATA[x]]><!-- c --></w:p>`,
	} {
		f.Add(docPart(body), styles, numbering, notes)
	}
	f.Fuzz(func(t *testing.T, document, styles, numbering, notes []byte) {
		src := fuzzPackage([][]byte{document, styles, numbering, notes})
		start := time.Now()
		d, err := Extract(src)
		if err == nil {
			checkFlow(t, d.Blocks)
		}
		_, _ = Inspect(src)
		_, _ = Extract(document) // the file alone: what it is
		if el := time.Since(start); el > 10*time.Second {
			t.Fatalf("took %v", el)
		}
	})
}

// checkFlow fails on a table whose rows are not as wide as each other,
// or a covered cell that holds something.
func checkFlow(t *testing.T, blocks []flow.Block) {
	for _, b := range blocks {
		tb, ok := b.(*flow.Table)
		if !ok {
			continue
		}
		for _, row := range tb.Rows {
			if len(row) != len(tb.Rows[0]) {
				t.Fatalf("rows of %d and %d cells", len(row), len(tb.Rows[0]))
			}
			for _, c := range row {
				if c.Covered && len(c.Blocks) > 0 || c.Cols < 1 || c.Rows < 1 {
					t.Fatalf("cell %+v", c)
				}
				checkFlow(t, c.Blocks)
			}
		}
	}
}
