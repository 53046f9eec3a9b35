package docx

import (
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	relsNS  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relsTop = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
)

// trickTemplate returns the example template with parts added and
// changed: extra relationships of the document, content types, parts.
func trickTemplate(t *testing.T, docRels, types string, parts map[string]string) []byte {
	t.Helper()
	base := map[string]string{}
	for _, e := range templateEntries(t, nil) {
		base[e.name] = string(e.data)
	}
	change := map[string]string{
		"word/_rels/document.xml.rels": strings.Replace(base["word/_rels/document.xml.rels"], "</Relationships>", docRels+"</Relationships>", 1),
		"[Content_Types].xml":          strings.Replace(base["[Content_Types].xml"], "</Types>", types+"</Types>", 1),
	}
	for name, data := range parts {
		if _, ok := base[name]; ok {
			change[name] = data
		}
	}
	entries := templateEntries(t, change)
	for name, data := range parts {
		if _, ok := base[name]; !ok {
			entries = append(entries, entry{name: name, data: []byte(data)})
		}
	}
	return makePackage(t, entries)
}

// Audit gap 6: each way a template could turn the filled document
// against its reader is taken out of the output, by content type and
// relationship type; the document still opens, and every part it
// carries has a content type.
func TestTemplateTricks(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	settings := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:attachedTemplate r:id="rId1"/><w:defaultTabStop w:val="720"/></w:settings>`
	for _, trick := range []struct {
		name           string
		docRels, types string
		parts          map[string]string
		gone           []string // names and texts the output must not hold
	}{
		{name: "remote template",
			docRels: `<Relationship Id="rId9" Type="` + relsNS + `settings" Target="settings.xml"/>`,
			types:   `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>`,
			parts: map[string]string{"word/settings.xml": settings,
				"word/_rels/settings.xml.rels": relsTop + `<Relationship Id="rId1" Type="` + relsNS + `attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>`},
			gone: []string{"evil.example", "attachedTemplate"}},
		{name: "external image",
			docRels: `<Relationship Id="rId9" Type="` + relsNS + `image" Target="http://track.example/pixel.png" TargetMode="External"/>`,
			gone:    []string{"track.example"}},
		{name: "OLE object",
			docRels: `<Relationship Id="rId9" Type="` + relsNS + `oleObject" Target="embeddings/oleObject1.bin"/>`,
			types:   `<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>`,
			parts:   map[string]string{"word/embeddings/oleObject1.bin": "OLE"},
			gone:    []string{"oleObject"}},
		{name: "custom properties",
			types: `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`,
			parts: map[string]string{"docProps/custom.xml": `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>`,
				"_rels/.rels": relsTop + `<Relationship Id="rId1" Type="` + relsNS + `officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="` + relsNS + `custom-properties" Target="docProps/custom.xml"/></Relationships>`},
			gone: []string{"custom"}},
		{name: "renamed macro project",
			docRels: `<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="payload.dat"/>`,
			parts:   map[string]string{"word/payload.dat": "VBA"},
			gone:    []string{"payload.dat", "vbaProject"}},
		{name: "part with no content type",
			parts: map[string]string{"word/notes.dat": "whatever"},
			gone:  []string{"notes.dat"}},
		{name: "ActiveX control",
			docRels: `<Relationship Id="rId9" Type="` + relsNS + `control" Target="activeX/ctl.xml"/>`,
			types:   `<Override PartName="/word/activeX/ctl.xml" ContentType="application/vnd.ms-office.activeX+xml"/>`,
			parts:   map[string]string{"word/activeX/ctl.xml": `<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>`},
			gone:    []string{"activeX", "ctl.xml"}},
	} {
		t.Run(trick.name, func(t *testing.T) {
			out := render(t, p, WithTemplate(trickTemplate(t, trick.docRels, trick.types, trick.parts)))
			parts := unzip(t, out)
			types := string(parts["[Content_Types].xml"])
			for name, data := range parts {
				for _, gone := range trick.gone {
					assert.NotContains(t, name, gone)
					assert.NotContains(t, string(data), gone, name)
				}
				if name != "[Content_Types].xml" && !strings.HasSuffix(name, ".rels") {
					ext := path.Ext(name)
					assert.True(t, strings.Contains(types, `PartName="/`+name+`"`) || strings.Contains(types, `Extension="`+strings.TrimPrefix(ext, ".")+`"`),
						"%s has no content type", name)
				}
			}
			assert.Contains(t, paraTexts(openDocx(t, out)), "Phát động phong trào", "the document is filled")
		})
	}
}

// The template's legitimate hyperlinks stay: web and mail addresses.
func TestTemplateKeepsWebLinks(t *testing.T) {
	tpl := trickTemplate(t, `<Relationship Id="rId8" Type="`+relsNS+`hyperlink" Target="https://congbao.example.vn/" TargetMode="External"/>`+
		`<Relationship Id="rId9" Type="`+relsNS+`hyperlink" Target="file:///C:/Windows/calc.exe" TargetMode="External"/>`, "", nil)
	rels := string(unzip(t, render(t, load(t, "ke-hoach-004.md"), WithTemplate(tpl)))["word/_rels/document.xml.rels"])
	assert.Contains(t, rels, "https://congbao.example.vn/")
	assert.NotContains(t, rels, "calc.exe")
	assert.Contains(t, rels, "header1.xml")
}

// Audit gap 9: a template whose XML is damaged is refused for what it
// is, naming the part and the line, in words of each language, not
// blamed on its placeholders.
func TestTemplateMalformedXML(t *testing.T) {
	doc := ""
	for _, e := range templateEntries(t, nil) {
		if e.name == documentPart {
			doc = string(e.data)
		}
	}
	bad := strings.Replace(doc, "</w:body>", "\n<w:p><w:r><w:t>a &bogus; b</w:t></w:r></w:p>\n</w:body>", 1)
	lines := strings.Count(bad[:strings.Index(bad, "&bogus;")], "\n") + 1
	tpl := makePackage(t, templateEntries(t, map[string]string{documentPart: bad}))
	for _, err := range []error{CheckTemplate(tpl), Write(io.Discard, load(t, "ke-hoach-004.md"), WithTemplate(tpl))} {
		var m interface{ Message(string) string }
		require.True(t, errors.As(err, &m), "%v", err)
		vi, en := m.Message("vi"), m.Message("en")
		for _, msg := range []string{vi, en} {
			assert.Contains(t, msg, "word/document.xml")
			assert.NotContains(t, msg, "chỗ điền")
			assert.NotContains(t, msg, "placeholder")
		}
		assert.Contains(t, vi, "không phải XML hợp lệ (lỗi ở dòng "+strconv.Itoa(lines)+")")
		assert.NotContains(t, vi, "syntax error")
		assert.NotContains(t, vi, "entity")
		assert.Contains(t, en, "not well-formed XML (line "+strconv.Itoa(lines)+": ")
	}
}

// A part whose end tags do not match its start tags is damaged too.
func TestTemplateMismatchedTags(t *testing.T) {
	header := xmlHeader + "<w:hdr xmlns:w=\"" + nsW + "\">\n<w:p><w:r><w:t>a</w:t></w:p></w:r></w:hdr>"
	line := strconv.Itoa(strings.Count(header, "\n") + 1) // the fault is on the last line
	err := CheckTemplate(makePackage(t, templateEntries(t, map[string]string{"word/header1.xml": header})))
	var m interface{ Message(string) string }
	require.True(t, errors.As(err, &m), "%v", err)
	assert.Contains(t, m.Message("vi"), "phần word/header1.xml của mẫu không phải XML hợp lệ (lỗi ở dòng "+line+")")
	assert.Contains(t, m.Message("en"), "word/header1.xml is not well-formed XML (line "+line+": ")
}

// Audit gap 10: a placeholder in a part the filler does not fill (the
// comments, the document's properties, the glossary) is refused naming
// the part, not printed as written.
func TestTemplatePlaceholdersNotFilled(t *testing.T) {
	for part, data := range map[string]string{
		"word/comments.xml":          `<w:comments xmlns:w="` + nsW + `"><w:comment w:id="0"><w:p><w:r><w:t>{{trich_</w:t></w:r><w:r><w:t>yeu}}</w:t></w:r></w:p></w:comment></w:comments>`,
		"docProps/core.xml":          `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{{trich_yeu}}</dc:title></cp:coreProperties>`,
		"word/glossary/document.xml": `<w:glossaryDocument xmlns:w="` + nsW + `"><w:docParts><w:docPart><w:docPartBody><w:p><w:r><w:t>{{ trich_yeu }}</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>`,
	} {
		t.Run(part, func(t *testing.T) {
			tpl := makePackage(t, append(templateEntries(t, nil), entry{name: part, data: []byte(data)}))
			err := CheckTemplate(tpl)
			require.Error(t, err)
			assert.ErrorContains(t, err, "{{trich_yeu}} stands in "+part)
			assert.ErrorContains(t, err, "which is not filled")
			var m interface{ Message(string) string }
			require.True(t, errors.As(err, &m))
			assert.Contains(t, m.Message("vi"), "phần không được điền")
			assert.Error(t, Write(io.Discard, load(t, "ke-hoach-004.md"), WithTemplate(tpl)))
		})
	}
}
