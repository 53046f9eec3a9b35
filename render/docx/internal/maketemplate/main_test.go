package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// committed is the file go generate writes, from this package's folder.
const committed = "../../../../examples/agency-template.docx"

// TestCommittedTemplateIsCurrent: the committed template is what the
// program writes now, so a change to the program that was not followed by
// go generate ./render/docx fails here.
func TestCommittedTemplateIsCurrent(t *testing.T) {
	want, err := build()
	require.NoError(t, err)
	again, err := build()
	require.NoError(t, err)
	assert.Equal(t, want, again, "the same bytes on every run")
	have, err := os.ReadFile(committed)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(want, have), "examples/agency-template.docx is out of date: run go generate ./render/docx")
}

// TestTemplateParts: the package holds Word's parts, and the document
// has every placeholder, some split over runs as Word splits them.
func TestTemplateParts(t *testing.T) {
	docx, err := build()
	require.NoError(t, err)
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	require.NoError(t, err)
	files := map[string]string{}
	for _, f := range zr.File {
		r, err := f.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(r)
		require.NoError(t, err)
		files[f.Name] = string(b)
		assert.Equal(t, partTime, f.Modified.UTC(), "%s: the fixed time", f.Name)
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/header1.xml", "word/styles.xml", "word/document.xml"} {
		assert.Contains(t, files, name)
	}
	doc := files["word/document.xml"]
	for _, p := range []string{"{{ten_loai}}", "{{noi_dung}}", "{{noi_nhan}}", "{{ nguoi_ky }}", "{{phu_luc}}", "{{do_khan}}", "{{du_thao}}"} {
		assert.Contains(t, doc, p)
	}
	assert.NotContains(t, doc, "{{so_ky_hieu}}", "split over runs, as Word splits it")
	assert.True(t, strings.Contains(doc, ">{{so_<") && strings.Contains(doc, ">ky_hieu}}<"))
}
