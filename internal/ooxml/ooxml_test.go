package ooxml

import (
	"archive/zip"

	"bytes"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/limits"
)

func zipOf(t *testing.T, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		require.NoError(t, err)
		_, _ = w.Write([]byte("<x>" + n + "</x>"))
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestSafeName(t *testing.T) {
	for name, safe := range map[string]bool{
		"word/document.xml": true, "[Content_Types].xml": true, "_rels/.rels": true,
		"../x": false, "/x": false, `word\x.xml`: false, "C:x": false, "word/../x": false, "a/./b": false,
		"": false, "a\x00b": false, "a//b": false,
	} {
		assert.Equal(t, safe, SafeName(name), "%q", name)
	}
}

// TestReadWrite: what is read is written back, the unsafe entries left
// out, loaded parts readable, changes kept, and the same package gives
// the same bytes.
func TestReadWrite(t *testing.T) {
	data := zipOf(t, "[Content_Types].xml", "word/document.xml", "../evil", "word/media/a.png", "word/")
	pkg, err := Read(data, limits.Limits{}, func(n string) bool { return n != "word/media/a.png" })
	require.NoError(t, err)
	assert.Equal(t, []string{"[Content_Types].xml", "word/document.xml", "word/media/a.png"}, pkg.Names())
	doc, ok := pkg.Get("word/document.xml")
	require.True(t, ok)
	assert.Equal(t, "<x>word/document.xml</x>", string(doc))
	_, ok = pkg.Get("word/media/a.png")
	assert.False(t, ok, "not loaded")
	pkg.Set("word/document.xml", []byte("<y/>"))
	pkg.Set("word/new.xml", []byte("<z/>"))
	var a, b bytes.Buffer
	require.NoError(t, pkg.Write(&a))
	require.NoError(t, pkg.Write(&b))
	assert.Equal(t, a.Bytes(), b.Bytes())
	again, err := Read(a.Bytes(), limits.Limits{}, func(string) bool { return true })
	require.NoError(t, err)
	assert.Equal(t, []string{"[Content_Types].xml", "word/document.xml", "word/media/a.png", "word/new.xml"}, again.Names())
	png, _ := again.Get("word/media/a.png")
	assert.Equal(t, "<x>word/media/a.png</x>", string(png), "copied as it came")
}

func TestLimits(t *testing.T) {
	data := zipOf(t, "a.xml", "b.xml", "c.xml")
	_, err := Read(data, limits.Limits{PackageEntries: 2}, func(string) bool { return true })
	assert.ErrorIs(t, err, limits.ErrExceeded)
	assert.ErrorContains(t, err, "PackageEntries")
	_, err = Read(data, limits.Limits{PackageSize: 10}, func(string) bool { return true })
	assert.ErrorContains(t, err, "PackageSize")
	_, err = Read(data, limits.Limits{PartSize: 5}, func(string) bool { return true })
	assert.ErrorContains(t, err, "a.xml inflates to")
	_, err = Read(data, limits.Limits{PackageInflated: 20}, func(string) bool { return true })
	assert.ErrorContains(t, err, "PackageInflated")
	_, err = Read([]byte("not a zip"), limits.Limits{}, func(string) bool { return true })
	assert.ErrorIs(t, err, ErrNotPackage)
}

// TestSanitizeMacros: the macro project, its data and its relationships
// go, by their content types, and the main part becomes an ordinary one.
func TestSanitizeMacros(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml":            `<Types><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/><Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/></Types>`,
		"word/document.xml":              `<w:document/>`,
		"word/vbaProject.bin":            "MZ",
		"word/vbaData.xml":               "<x/>",
		"word/_rels/vbaProject.bin.rels": "<r/>",
		"word/_rels/document.xml.rels":   `<Relationships><Relationship Id="rId1" Target="vbaProject.bin"/><Relationship Id="rId2" Target="styles.xml"/></Relationships>`,
	} {
		w, _ := zw.Create(name)
		_, _ = w.Write([]byte(content))
	}
	require.NoError(t, zw.Close())
	pkg, err := Read(buf.Bytes(), limits.Limits{}, func(string) bool { return true })
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"word/vbaData.xml", "word/vbaProject.bin", "word/_rels/vbaProject.bin.rels"}, pkg.Sanitize())
	assert.ElementsMatch(t, []string{"[Content_Types].xml", "word/document.xml", "word/_rels/document.xml.rels"}, pkg.Names())
	ct, _ := pkg.Get("[Content_Types].xml")
	assert.NotContains(t, string(ct), "vba")
	assert.NotContains(t, string(ct), "macroEnabled")
	assert.Contains(t, string(ct), "wordprocessingml.document.main+xml")
	rels, _ := pkg.Get("word/_rels/document.xml.rels")
	assert.NotContains(t, string(rels), "vbaProject")
	assert.Contains(t, string(rels), "styles.xml")
	assert.Empty(t, pkg.Sanitize(), "nothing left to drop")
}

// TestUTF16Parts: an XML part saved in UTF-16 is read as UTF-8, and
// written back so.
func TestUTF16Parts(t *testing.T) {
	enc := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	doc, err := enc.Bytes([]byte(`<?xml version="1.0" encoding="UTF-16"?><w:t>{{noi_dung}} Kế hoạch</w:t>`))
	require.NoError(t, err)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	_, _ = w.Write(doc)
	require.NoError(t, zw.Close())
	pkg, err := Read(buf.Bytes(), limits.Limits{}, func(string) bool { return true })
	require.NoError(t, err)
	got, _ := pkg.Get("word/document.xml")
	assert.Equal(t, `<?xml version="1.0" encoding="UTF-8"?><w:t>{{noi_dung}} Kế hoạch</w:t>`, string(got))
}
