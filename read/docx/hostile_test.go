package docx

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/limits"
)

// compoundFile returns an OLE2 compound file (512-byte sectors) holding
// streams of the given names; a stream named WordDocument starts with a
// Word FIB, its encryption flag set when encrypted.
func compoundFile(encrypted bool, streams ...string) []byte {
	const size = 512
	data := make([]byte, size*5) // header, FAT, directory, two sectors of stream data
	copy(data, oleSignature)
	binary.LittleEndian.PutUint16(data[0x18:], 0x3E)
	binary.LittleEndian.PutUint16(data[0x1A:], 3)
	binary.LittleEndian.PutUint16(data[0x1C:], 0xFFFE)
	binary.LittleEndian.PutUint16(data[0x1E:], 9)
	binary.LittleEndian.PutUint16(data[0x20:], 6)
	binary.LittleEndian.PutUint32(data[0x2C:], 1)          // one FAT sector
	binary.LittleEndian.PutUint32(data[0x30:], 1)          // the directory in sector 1
	binary.LittleEndian.PutUint32(data[0x38:], 4096)       // mini stream cutoff
	binary.LittleEndian.PutUint32(data[0x3C:], 0xFFFFFFFE) // no mini FAT
	binary.LittleEndian.PutUint32(data[0x44:], 0xFFFFFFFE) // no DIFAT sectors
	for i := range 109 {
		binary.LittleEndian.PutUint32(data[0x4C+4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(data[0x4C:], 0) // the FAT in sector 0
	fat := data[size : 2*size]
	for i := 0; i < size/4; i++ {
		binary.LittleEndian.PutUint32(fat[4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(fat[0:], 0xFFFFFFFD)  // the FAT's own sector
	binary.LittleEndian.PutUint32(fat[4:], 0xFFFFFFFE)  // the directory, one sector
	binary.LittleEndian.PutUint32(fat[8:], 3)           // stream data: sectors 2, 3
	binary.LittleEndian.PutUint32(fat[12:], 0xFFFFFFFE) //
	dir := data[2*size : 3*size]
	entry := func(i int, name string, kind byte, start, length uint32) {
		e := dir[128*i : 128*(i+1)]
		units := utf16.Encode([]rune(name))
		for j, u := range units {
			binary.LittleEndian.PutUint16(e[2*j:], u)
		}
		binary.LittleEndian.PutUint16(e[0x40:], uint16(2*len(units)+2))
		e[0x42] = kind
		binary.LittleEndian.PutUint32(e[0x74:], start)
		binary.LittleEndian.PutUint32(e[0x78:], length)
	}
	entry(0, "Root Entry", 5, 0xFFFFFFFE, 0)
	for i, name := range streams[:min(len(streams), 3)] {
		entry(i+1, name, 2, 2, 4096)
	}
	fib := data[3*size:]
	binary.LittleEndian.PutUint16(fib, 0xA5EC)
	if encrypted {
		binary.LittleEndian.PutUint16(fib[0x0A:], 0x0100)
	}
	return data
}

// nested returns a document whose tables nest n deep.
func nested(n int) string {
	return strings.Repeat(`<w:tbl><w:tr><w:tc>`, n) + `<w:p/>` + strings.Repeat(`</w:tc></w:tr></w:tbl>`, n)
}

// TestHostile: files that are no Word document, or that are past the
// limits, get an error that names what they are or the limit, within the
// hostile-input budget.
func TestHostile(t *testing.T) {
	var bomb bytes.Buffer // word/document.xml inflating to 40 MiB of spaces
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("word/document.xml")
	_, _ = w.Write([]byte(`<w:document xmlns:w="` + nsW + `"><w:body>`))
	spaces := bytes.Repeat([]byte(" "), 1<<20)
	for range 40 {
		_, _ = w.Write(spaces)
	}
	_ = zw.Close()
	deepElements := testDocx(t, strings.Repeat(`<w:sdt><w:sdtContent>`, 100_000)+strings.Repeat(`</w:sdtContent></w:sdt>`, 100_000), nil)
	manyParas := testDocx(t, strings.Repeat(`<w:p/>`, 1001), nil)
	manyCells := testDocx(t, `<w:tbl>`+strings.Repeat(`<w:tr><w:tc/><w:tc/></w:tr>`, 501)+`</w:tbl>`, nil)
	laughs := testDocx(t, "", nil)
	laughs = replaceDocument(t, laughs, `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="`+nsW+`"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`)
	broken := replaceDocument(t, testDocx(t, "", nil), `<w:document xmlns:w="`+nsW+`"><w:body><w:p>`)
	png := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...)
	xlsx := zipOf(t, map[string]string{"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
		"_rels/.rels":     `<Relationships xmlns="` + nsRel + `"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<workbook/>`})
	odt := zipOf(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
	small := limits.Limits{Nodes: 1000, TableCells: 1000}
	// Within the limits but large: the reader's work grows with the part.
	runs := testDocx(t, `<w:p>`+strings.Repeat(`<w:r><w:t>a</w:t></w:r>`, 1_000_000)+`</w:p>`, nil)
	alternating := testDocx(t, `<w:p>`+strings.Repeat(`<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r>`, 200_000)+`</w:p>`, nil)
	paragraphs := testDocx(t, strings.Repeat(`<w:p><w:r><w:t>đoạn văn bản</w:t></w:r></w:p>`, limits.Default().Nodes-1_000), nil)
	// A header, then a subject of 300,000 letters without a space.
	header := p("UBND TỈNH X") + p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + p("Độc lập - Tự do - Hạnh phúc") + p("Hà Nội, ngày 05 tháng 3 năm 2026") + p("KẾ HOẠCH")
	word := testDocx(t, header+p(strings.Repeat("a", 300_000))+p("Nội dung."), nil)
	// One row of 3,000 cells spanning 63 columns each: at most 256 columns.
	wide := testDocx(t, `<w:tbl><w:tr>`+strings.Repeat(`<w:tc><w:tcPr><w:gridSpan w:val="63"/></w:tcPr></w:tc>`, 3000)+`</w:tr></w:tbl>`, nil)
	// Nonsense page widths and margins.
	margins := testDocx(t, header+p("Tổ chức hội nghị")+`<w:sectPr><w:pgSz w:w="10" w:h="-5"/><w:pgMar w:top="-99999999" w:left="999999999" w:right="0" w:bottom="0"/></w:sectPr>`, nil)
	t.Run("large files within the limits", func(t *testing.T) {
		for _, src := range [][]byte{runs, alternating, paragraphs, word, wide, margins} {
			var err error
			budget.Within(t, func() { _, err = Extract(src) })
			assert.NoError(t, err)
			budget.Within(t, func() { _, err = Inspect(src) })
			assert.NoError(t, err)
		}
	})
	for _, c := range []struct {
		name string
		src  []byte
		opts []Option
		want error
		says []string // in the English message
	}{
		{"a zip bomb", bomb.Bytes(), nil, limits.ErrExceeded, []string{"(PartSize)"}},
		{"10,000 nested tables", testDocx(t, nested(10_000), nil), nil, limits.ErrExceeded, []string{"(Depth)", "tables nest"}},
		{"65 nested tables", testDocx(t, nested(65), nil), nil, limits.ErrExceeded, []string{"(Depth)"}},
		{"100,000 nested content controls", deepElements, nil, limits.ErrExceeded, []string{"(Depth)", "XML elements nest"}},
		{"more paragraphs than the limit", manyParas, []Option{WithLimits(small)}, limits.ErrExceeded, []string{"(Nodes)"}},
		{"more cells than the limit", manyCells, []Option{WithLimits(small)}, limits.ErrExceeded, []string{"(TableCells)"}},
		{"spans that cover more cells than the limit", testDocx(t, `<w:tbl>`+strings.Repeat(`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="60"/></w:tcPr></w:tc></w:tr>`, 4000)+`</w:tbl>`, nil),
			nil, limits.ErrExceeded, []string{"(TableCells)"}},
		{"a file past the size limit", append([]byte("PK"), make([]byte, 2<<20)...), []Option{WithLimits(limits.Limits{PackageSize: 1 << 20})}, limits.ErrExceeded, []string{"(PackageSize)"}},
		{"an encrypted .docx", compoundFile(false, "EncryptionInfo", "EncryptedPackage"), nil, ErrEncrypted, []string{"protected by a password", "remove the password"}},
		{"an encrypted .doc", compoundFile(true, "WordDocument", "1Table"), nil, ErrEncrypted, []string{"Word 97-2003", "password"}},
		{"a .doc", compoundFile(false, "WordDocument", "1Table"), nil, ErrLegacy, []string{"Word 97-2003 document (.doc)", "install LibreOffice"}},
		{"an .xls", compoundFile(false, "Workbook"), nil, ErrNotWord, []string{"Excel 97-2003 workbook"}},
		{"a PNG renamed .docx", png, nil, ErrNotWord, []string{"a PNG image"}},
		{"a PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), nil, ErrNotWord, []string{"a PDF document"}},
		{"an empty file", nil, nil, ErrNotWord, []string{"an empty file"}},
		{"a text", []byte("KẾ HOẠCH\nTriển khai"), nil, ErrNotWord, []string{"plain-text file"}},
		{"an .xlsx", xlsx, nil, ErrNotWord, []string{"an Excel workbook (.xlsx)"}},
		{"an .odt", odt, nil, ErrNotWord, []string{"OpenDocument text (.odt)"}},
		{"a damaged zip", append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0xFF}, 200)...), nil, ErrMalformed, []string{"damaged"}},
		{"XML that is not well formed", broken, nil, ErrMalformed, []string{"word/document.xml", "not well-formed XML"}},
		{"entities defined in a DTD", laughs, nil, ErrMalformed, []string{"not well-formed XML"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			budget.Within(t, func() { _, err = Extract(c.src, c.opts...) })
			require.Error(t, err)
			assert.ErrorIs(t, err, c.want)
			for _, s := range c.says {
				assert.Contains(t, err.Error(), s)
			}
			type bilingual interface{ Message(string) string }
			var b bilingual
			if assert.ErrorAs(t, err, &b, "the error speaks both languages") {
				assert.NotEqual(t, b.Message("vi"), b.Message("en"))
			}
			budget.Within(t, func() { _, err = Inspect(c.src, c.opts...) })
			assert.ErrorIs(t, err, c.want, "Inspect refuses it alike")
		})
	}
}
