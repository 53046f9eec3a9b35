package pdf

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// FuzzWrite builds plans from fuzzed strings: Write never panics, an
// invalid plan writes nothing, and every PDF is sound: its cross-reference
// table points at its objects and its trailer at the table.
func FuzzWrite(f *testing.F) {
	testplans.AddSeeds(f)
	f.Fuzz(func(t *testing.T, issuer, subject, text, cell, authority, place string) {
		var buf bytes.Buffer
		if err := Write(&buf, testplans.Fuzzed(issuer, subject, text, cell, authority, place)); err != nil {
			if plan.AsErrors(err) == nil {
				t.Fatalf("a failure that is not a validation error: %v", err)
			}
			if buf.Len() != 0 {
				t.Fatal("an invalid plan wrote output")
			}
			return
		}
		if err := checkStructure(buf.Bytes()); err != nil {
			t.Fatal(err)
		}
	})
}

var (
	startxrefPattern = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`)
	xrefEntry        = regexp.MustCompile(`^(\d{10}) (\d{5}) ([nf])( \n| \r|\r\n)`)
	sizePattern      = regexp.MustCompile(`/Size (\d+)`)
)

// checkStructure checks a PDF's skeleton as a reader finds it: the header,
// the trailer's pointer to the cross-reference table, and each entry of
// the table pointing at the object of its number.
func checkStructure(pdf []byte) error {
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) {
		return fmt.Errorf("no PDF header")
	}
	m := startxrefPattern.FindSubmatch(pdf)
	if m == nil {
		return fmt.Errorf("no startxref and %%%%EOF at the end")
	}
	off, _ := strconv.Atoi(string(m[1]))
	if off >= len(pdf) || !bytes.HasPrefix(pdf[off:], []byte("xref\n")) {
		return fmt.Errorf("startxref %d does not point at the xref table", off)
	}
	rest := pdf[off+len("xref\n"):]
	var first, count int
	n, err := fmt.Sscanf(string(rest[:bytes.IndexByte(rest, '\n')]), "%d %d", &first, &count)
	if n != 2 || err != nil {
		return fmt.Errorf("xref subsection header: %v", err)
	}
	rest = rest[bytes.IndexByte(rest, '\n')+1:]
	for i := 0; i < count; i++ {
		e := xrefEntry.FindSubmatch(rest)
		if e == nil {
			return fmt.Errorf("xref entry %d malformed", first+i)
		}
		rest = rest[len(e[0]):]
		if string(e[3]) == "f" {
			continue
		}
		at, _ := strconv.Atoi(string(e[1]))
		want := fmt.Sprintf("%d 0 obj", first+i)
		if at >= len(pdf) || !bytes.HasPrefix(pdf[at:], []byte(want)) {
			return fmt.Errorf("xref entry %d points at %d, not at %q", first+i, at, want)
		}
	}
	size := sizePattern.FindSubmatch(rest)
	if size == nil || string(size[1]) != strconv.Itoa(first+count) {
		return fmt.Errorf("trailer /Size does not match the %d objects", first+count)
	}
	return nil
}

// seedPDFs returns the PDFs of the fuzz test's seeds.
func seedPDFs(t *testing.T) [][]byte {
	var out [][]byte
	for i, s := range testplans.FuzzSeeds {
		var buf bytes.Buffer
		require.NoError(t, Write(&buf, testplans.Fuzzed(s[0], s[1], s[2], s[3], s[4], s[5])), "seed %d", i)
		out = append(out, buf.Bytes())
	}
	return out
}

// TestFuzzSeedsPassQpdf: qpdf accepts the PDFs of the fuzz test's seeds,
// whose text holds PDF syntax, invalid UTF-8 and emoji.
func TestFuzzSeedsPassQpdf(t *testing.T) {
	pdfcheck.Require(t, "qpdf")
	for i, pdf := range seedPDFs(t) {
		path := filepath.Join(t.TempDir(), "seed.pdf")
		require.NoError(t, os.WriteFile(path, pdf, 0o644))
		out, ok := pdfcheck.Run(t, "qpdf", "--check", path)
		assert.True(t, ok, "seed %d: qpdf --check: %s", i, out)
	}
}

// TestStructureCheck: the seeds' PDFs pass the fuzz test's structural
// check, and damaged files fail it.
func TestStructureCheck(t *testing.T) {
	var good []byte
	for i, pdf := range seedPDFs(t) {
		require.NoError(t, checkStructure(pdf), "seed %d", i)
		good = pdf
	}
	shifted := append([]byte("%PDF-1.3\n%extra line\n"), good[len("%PDF-1.3\n"):]...)
	assert.ErrorContains(t, checkStructure(shifted), "does not point at the xref table")
	renumbered := bytes.Replace(good, []byte("\n3 0 obj"), []byte("\n3 9 obj"), 1)
	assert.ErrorContains(t, checkStructure(renumbered), "xref entry 3 points at")
	assert.ErrorContains(t, checkStructure(good[:len(good)-10]), "startxref")
	assert.ErrorContains(t, checkStructure(good[5:]), "header")
}
