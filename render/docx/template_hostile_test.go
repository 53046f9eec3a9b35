package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// The defects of the hostile-input review that concern agency templates,
// each reproduced and now refused or handled.

// entry is one zip entry of a hand-made package: its content, or raw
// compressed bytes with the sizes its header declares.
type entry struct {
	name     string
	data     []byte
	raw      []byte // when set, written as is with the declared sizes
	declared uint64
	crc      uint32
}

// makePackage writes entries as a zip package.
func makePackage(t *testing.T, entries []entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		if e.raw != nil {
			w, err := zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: e.crc,
				CompressedSize64: uint64(len(e.raw)), UncompressedSize64: e.declared})
			require.NoError(t, err)
			_, err = w.Write(e.raw)
			require.NoError(t, err)
			continue
		}
		w, err := zw.Create(e.name)
		require.NoError(t, err)
		_, err = w.Write(e.data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// templateEntries returns the example agency template's parts in order,
// with changes applied.
func templateEntries(t *testing.T, change map[string]string) []entry {
	t.Helper()
	tpl, err := os.ReadFile("../../examples/agency-template.docx")
	require.NoError(t, err)
	zr, err := zip.NewReader(bytes.NewReader(tpl), int64(len(tpl)))
	require.NoError(t, err)
	var out []entry
	for _, f := range zr.File {
		rc, err := f.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(rc)
		require.NoError(t, err)
		if c, ok := change[f.Name]; ok {
			b = []byte(c)
		}
		out = append(out, entry{name: f.Name, data: b})
	}
	return out
}

// zeros returns a deflate stream of n zero bytes, and its checksum.
func zeros(t *testing.T, n int) ([]byte, uint32) {
	t.Helper()
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestSpeed)
	require.NoError(t, err)
	chunk := make([]byte, 1<<20)
	crc := crc32.NewIEEE()
	for left := n; left > 0; left -= len(chunk) {
		c := chunk[:min(len(chunk), left)]
		_, _ = w.Write(c)
		_, _ = crc.Write(c)
	}
	require.NoError(t, w.Close())
	return buf.Bytes(), crc.Sum32()
}

// Defect 1: a zip bomb in any part (the document, a header, media,
// customXml) is refused after a bounded amount of work, with an error
// that names the limit, through CheckTemplate and WithTemplate alike.
func TestTemplateZipBomb(t *testing.T) {
	bomb, crc := zeros(t, 40<<20) // inflates past the 32 MiB part limit
	p := load(t, "ke-hoach-004.md")
	for _, part := range []string{"word/document.xml", "word/header1.xml", "word/media/image1.png", "customXml/item1.xml"} {
		for _, lie := range []bool{false, true} {
			t.Run(part, func(t *testing.T) {
				declared := uint64(40 << 20)
				if lie {
					declared = 1000 // a header that lies about its size
				}
				bombEntry := entry{name: part, raw: bomb, declared: declared, crc: crc}
				entries := templateEntries(t, nil)
				replaced := false
				for i := range entries {
					if entries[i].name == part {
						entries[i], replaced = bombEntry, true
					}
				}
				if !replaced {
					entries = append(entries, bombEntry)
				}
				tpl := makePackage(t, entries)
				budget.Within(t, func() {
					err := CheckTemplate(tpl)
					require.Error(t, err)
					assert.Contains(t, err.Error(), part)
					if lie { // the zip reader stops at the declared size
						assert.Contains(t, err.Error(), "not a readable .docx file")
					} else {
						assert.ErrorIs(t, err, limits.ErrExceeded, "%v", err)
						assert.Contains(t, err.Error(), "PartSize")
					}
					assert.Error(t, Write(io.Discard, p, WithTemplate(tpl)))
				})
			})
		}
	}
	// An entry that declares 2 GB is refused before anything inflates.
	entries := append(templateEntries(t, nil), entry{name: "word/media/big.bin", raw: []byte{1, 2, 3}, declared: 2 << 30})
	budget.Within(t, func() {
		err := CheckTemplate(makePackage(t, entries))
		assert.ErrorIs(t, err, limits.ErrExceeded)
		assert.ErrorContains(t, err, "2 GiB")
	})
	// Many parts just under the part limit: the package's total is bounded.
	half, halfCRC := zeros(t, 30<<20)
	entries = templateEntries(t, nil)
	for i := range 6 {
		entries = append(entries, entry{name: "word/media/image" + string(rune('a'+i)) + ".png", raw: half, declared: 30 << 20, crc: halfCRC})
	}
	budget.Within(t, func() {
		err := CheckTemplate(makePackage(t, entries))
		assert.ErrorIs(t, err, limits.ErrExceeded)
		assert.ErrorContains(t, err, "PackageInflated")
	})
	// The limits are options.
	err := Write(io.Discard, p, WithTemplate(makePackage(t, templateEntries(t, nil))), WithLimits(limits.Limits{PartSize: 1000}))
	assert.ErrorContains(t, err, "word/document.xml inflates to more than")
	var vi interface{ Message(string) string }
	require.True(t, errors.As(err, &vi))
	assert.Contains(t, vi.Message("vi"), "vượt giới hạn")
}

// Defect 3: a plan's text is text, always: placeholders written in the
// plan are printed as written, neither filled nor blamed on the template,
// and filling ends.
func TestTemplatePlanTextIsText(t *testing.T) {
	tpl := makePackage(t, templateEntries(t, nil))
	p := load(t, "ke-hoach-004.md")
	p.Preamble = append(plan.Blocks{plan.Para("{{noi_dung}}"), plan.Para("Ký: {{ho_ten}} và {{noi_nhan}}, {{x}}.")}, p.Preamble...)
	p.Subject = "Về {{trich_yeu}}"
	var out []byte
	budget.Within(t, func() { out = render(t, p, WithTemplate(tpl)) })
	doc := paraTexts(openDocx(t, out))
	assert.Contains(t, doc, "{{noi_dung}}")
	assert.Contains(t, doc, "Ký: {{ho_ten}} và {{noi_nhan}}, {{x}}.")
	assert.Contains(t, doc, "Về {{trich_yeu}}")
	assert.Equal(t, 1, strings.Count(doc, "Nguyễn Bá Hiến"), "the signer's name once, where the template asks for it")
}

// paraTexts returns a document's paragraphs' texts, one per line.
func paraTexts(f *docxFile) string {
	var texts []string
	for _, p := range f.doc.all("p") {
		texts = append(texts, paraText(p))
	}
	return strings.Join(texts, "\n")
}

// Defect 4 and 10: placeholders in page headers, footers and footnotes
// are filled, in the package's order, so the same input gives the same
// bytes; a block placeholder where the body cannot go is refused naming
// the part.
func TestTemplateHeadersAndNotes(t *testing.T) {
	header := func(text string) string {
		return xmlHeader + `<w:hdr xmlns:w="` + nsW + `"><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:hdr>`
	}
	notes := xmlHeader + `<w:footnotes xmlns:w="` + nsW + `"><w:footnote w:id="1"><w:p><w:r><w:t>Về {{trich_yeu}}</w:t></w:r></w:p></w:footnote></w:footnotes>`
	entries := templateEntries(t, map[string]string{"word/header1.xml": header("{{so_ky_hieu}} {{dia_danh}}")})
	entries = append(entries,
		entry{name: "word/header2.xml", data: []byte(header("{{ten_loai}} {{ho_ten}}"))},
		entry{name: "word/footer1.xml", data: []byte(header("{{ky_hieu}} {{co_quan_ban_hanh}}"))},
		entry{name: "word/footnotes.xml", data: []byte(notes)})
	tpl := makePackage(t, entries)
	p := load(t, "ke-hoach-004.md")
	first := render(t, p, WithTemplate(tpl))
	for range 20 {
		require.Equal(t, first, render(t, p, WithTemplate(tpl)), "the same template and plan, the same bytes")
	}
	parts := unzip(t, first)
	assert.Contains(t, string(parts["word/header1.xml"]), "/KH-STTTT Vĩnh Phúc")
	assert.Contains(t, string(parts["word/header2.xml"]), "KẾ HOẠCH Nguyễn Bá Hiến")
	assert.Contains(t, string(parts["word/footer1.xml"]), "KH-STTTT SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
	assert.Contains(t, string(parts["word/footnotes.xml"]), "Về Phát động phong trào")

	entries = templateEntries(t, map[string]string{"word/header1.xml": header("{{noi_dung}}")})
	err := CheckTemplate(makePackage(t, entries))
	assert.ErrorContains(t, err, "{{noi_dung}} appears 2 times")
	entries = templateEntries(t, map[string]string{"word/header1.xml": header("{{phu_luc}}")})
	for i, e := range entries {
		if e.name == "word/document.xml" {
			entries[i].data = []byte(strings.Replace(string(e.data), "{{phu_luc}}", "", 1))
		}
	}
	only := entries
	err = CheckTemplate(makePackage(t, only))
	assert.ErrorContains(t, err, "{{phu_luc}} stands in word/header1.xml (a page header)")
}

// Defect 5: footnote ids near the top of Word's range are refused, not
// wrapped to negative numbers in a file LibreOffice cannot open.
func TestTemplateFootnoteIDOverflow(t *testing.T) {
	notes := xmlHeader + `<w:footnotes xmlns:w="` + nsW + `"><w:footnote w:id="2147483647"><w:p/></w:footnote></w:footnotes>`
	tpl := makePackage(t, append(templateEntries(t, nil), entry{name: "word/footnotes.xml", data: []byte(notes)}))
	p := load(t, "ke-hoach-004.md")
	p.Preamble[0].(*plan.Paragraph).Text = p.Preamble[0].(*plan.Paragraph).Text.Note("Ghi chú.")
	err := Write(io.Discard, p, WithTemplate(tpl))
	assert.ErrorContains(t, err, "2147483647")
	assert.ErrorContains(t, err, "too large")
}

// Defect 11: what the output carries is only what a document needs: no
// entries with unsafe names, no macros.
func TestTemplateDropsUnsafeEntries(t *testing.T) {
	entries := templateEntries(t, map[string]string{
		"[Content_Types].xml": strings.Replace(string(templateEntries(t, nil)[0].data), "</Types>",
			`<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>`, 1),
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
	})
	require.Equal(t, "[Content_Types].xml", entries[0].name)
	for _, name := range []string{"../evil.txt", "/etc/evil", `word\evil.xml`, "word/vbaProject.bin", "word/vbaData.xml", "C:evil"} {
		entries = append(entries, entry{name: name, data: []byte("x")})
	}
	out := render(t, load(t, "ke-hoach-004.md"), WithTemplate(makePackage(t, entries)))
	parts := unzip(t, out)
	for name := range parts {
		assert.NotContains(t, name, "..")
		assert.NotContains(t, name, `\`)
		assert.False(t, strings.HasPrefix(name, "/"), name)
		assert.NotContains(t, strings.ToLower(name), "vba")
		assert.NotContains(t, name, ":")
	}
	assert.NotContains(t, string(parts["[Content_Types].xml"]), "vbaProject")
	assert.NotContains(t, string(parts["word/_rels/document.xml.rels"]), "vbaProject")
}

// A file that is not a package, and an empty one, get clear errors.
func TestTemplateNotAPackage(t *testing.T) {
	for _, data := range [][]byte{[]byte("%PDF-1.7"), {}, makePackage(t, []entry{{name: "a.txt", data: []byte("x")}})} {
		err := CheckTemplate(data)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "docx template: ")
	}
	assert.ErrorContains(t, CheckTemplate(makePackage(t, []entry{{name: "a.txt", data: []byte("x")}})), "no word/document.xml")
}

// BenchmarkTemplatePlaceholders fills templates holding 10,000, 20,000
// and 40,000 inline placeholders (the limit raised to let them in): the
// time grows in proportion, one pass over the template.
func BenchmarkTemplatePlaceholders(b *testing.B) {
	t := &testing.T{}
	p := load(b, "ke-hoach-004.md")
	for _, n := range []int{10_000, 20_000, 40_000} {
		entries := templateEntries(t, nil)
		for i, e := range entries {
			if e.name == "word/document.xml" {
				extra := strings.Repeat(`<w:p><w:r><w:t>{{so_ky_hieu}} {{ho_ten}}</w:t></w:r></w:p>`, n/2)
				entries[i].data = []byte(strings.Replace(string(e.data), "</w:body>", extra+"</w:body>", 1))
			}
		}
		tpl := makePackage(t, entries)
		lim := limits.Limits{Placeholders: 50_000}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, p, WithTemplate(tpl), WithLimits(lim)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
