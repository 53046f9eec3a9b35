package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/render/docx"
)

// TestOddPlansAgreeWithLibreOffice prints the odd plans as LibreOffice
// prints their DOCX, and checks the page counts agree, except where
// LibreOffice's own layout breaks the decree's rules: with 50 empty parts
// it ends page 1 half empty and prints the signature alone on page 3.
// There kehoach keeps the body's end with the signature and uses fewer
// pages. (With 60 recipients the signature row is taller than a page; the
// DOCX lets it split, as the PDF does, and the two agree.)
func TestOddPlansAgreeWithLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdfinfo")
	dir := t.TempDir()
	plans := testplans.Odd()
	var names, docs []string
	for name, p := range plans {
		names = append(names, name)
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".docx")
		var buf strings.Builder
		require.NoError(t, docx.Write(&buf, p))
		require.NoError(t, os.WriteFile(path, []byte(buf.String()), 0o644))
		docs = append(docs, path)
	}
	theirs := pdfcheck.ConvertDocx(t, dir, docs...)
	for i, name := range names {
		ours := save(t, dir, strings.ReplaceAll(name, " ", "-")+".kehoach.pdf", plans[name])
		lo, kh := pdfcheck.PageCount(t, theirs[i]), pdfcheck.PageCount(t, ours)
		t.Logf("%s: LibreOffice %d pages, kehoach %d", name, lo, kh)
		if name == testplans.OddEmptyParts {
			assert.Less(t, kh, lo, "%s: fewer pages than LibreOffice", name)
			continue
		}
		assert.Equal(t, lo, kh, "%s: page count", name)
		if name == testplans.OddIntro {
			for _, pdf := range []string{theirs[i], ours} {
				assert.Equal(t, 2, pdfPageOf(t, pdf, "giới"), "%s: the paragraph over the table on page 2", pdf)
			}
		}
	}
}

// pdfPageOf returns the number of the first page of a PDF file that prints
// word, or 0.
func pdfPageOf(t *testing.T, pdf, word string) int {
	for i, pg := range pdfcheck.Read(t, pdf) {
		if pg.Find(word) != nil {
			return i + 1
		}
	}
	return 0
}
