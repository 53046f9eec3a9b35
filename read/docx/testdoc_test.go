package docx

import (
	"archive/zip"
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The namespaces a test document declares on its root.
const testNamespaces = `xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:mc="` + nsMC + `" xmlns:wp="` + nsWP +
	`" xmlns:a="` + nsA + `" xmlns:wps="` + nsWPS + `" xmlns:v="` + nsV + `" xmlns:o="` + nsO + `" xmlns:m="` + nsM + `"`

// testDocx returns a Word package whose body is the given XML, with
// other parts (styles.xml, numbering.xml, footnotes.xml…) when given,
// related to the document by their names.
func testDocx(t testing.TB, body string, parts map[string]string) []byte {
	t.Helper()
	files := map[string]string{
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + testNamespaces + `><w:body>` + body + `</w:body></w:document>`,
	}
	rels := []string{}
	types := []string{`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`}
	for name, content := range parts {
		files["word/"+name] = content
		kind := strings.TrimSuffix(name, ".xml")
		kind = strings.TrimRight(kind, "0123456789")
		rels = append(rels, `<Relationship Id="rId`+kind+name+`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/`+kind+`" Target="`+name+`"/>`)
		types = append(types, `<Override PartName="/word/`+name+`" ContentType="application/xml"/>`)
	}
	files["word/_rels/document.xml.rels"] = `<?xml version="1.0"?><Relationships xmlns="` + nsRel + `">` + strings.Join(rels, "") + `</Relationships>`
	files["_rels/.rels"] = `<?xml version="1.0"?><Relationships xmlns="` + nsRel + `"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	files["[Content_Types].xml"] = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` + strings.Join(types, "") + `</Types>`
	return zipOf(t, files)
}

// zipOf returns a zip of the given files.
func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write([]byte(files[name]))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// part wraps a part's content in its root element.
func part(root, content string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:` + root + ` ` + testNamespaces + `>` + content + `</w:` + root + `>`
}

// p is a paragraph of plain runs.
func p(texts ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, s := range texts {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}
