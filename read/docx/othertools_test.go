package docx

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/text"
	htmlwriter "github.com/kehoach/kehoach/render/html"
)

// convert converts files with LibreOffice to the format filter names
// ("docx:MS Word 2007 XML", "txt:Text (encoded):UTF8"), with the extra
// arguments given (an import filter), into a new directory, and returns
// it.
func convert(t *testing.T, soffice, filter string, files []string, extra ...string) string {
	t.Helper()
	out := t.TempDir()
	args := append([]string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(out, "profile")),
		"--convert-to", filter, "--outdir", out}, extra...)
	args = append(args, files...)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, args...)
	isolate(cmd)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	return out
}

// needSoffice returns LibreOffice's command, skipping the test without
// it (failing it where the tools are required).
func needSoffice(t *testing.T) string {
	t.Helper()
	soffice := findSoffice()
	if soffice == "" {
		if os.Getenv("KEHOACH_REQUIRE_TOOLS") == "1" {
			t.Fatal("LibreOffice (soffice) is required")
		}
		t.Skip("LibreOffice (soffice) is not installed")
	}
	return soffice
}

// readsAs is what a plan read from a file holds, as a test compares it:
// its header, title, parts, recipients and signer.
func readsAs(p *plan.Plan) realPlan {
	want := realPlan{typ: p.Type, number: p.Number, parent: p.Parent, issuer: p.Issuer, symbol: p.Symbol, place: p.Place, date: p.Date,
		subject: p.Subject, recipients: p.Recipients, archive: p.Archive, signer: p.Signer, appendices: len(p.Appendices)}
	for _, s := range p.Sections {
		if s.Level == plan.LevelPart {
			want.parts = append(want.parts, s.Title.String())
		}
	}
	return want
}

// assertSameReading checks that a converted file reads as its original:
// every field, the parts, and 98% of the body's words in order.
func assertSameReading(t *testing.T, orig, got *plan.Plan) {
	t.Helper()
	want := readsAs(orig) // the appendices too: a text export keeps no page break, but the caption opens one
	assertRealPlan(t, want, got)
	assert.Equal(t, want.parts, readsAs(got).parts, "parts")
	assert.GreaterOrEqual(t, testplans.Recall(testplans.BodyWords(orig, true), testplans.BodyWords(got, true)), 0.98, "the body's words, in order")
}

// readFile reads a plan from a .docx or a .txt file.
func readFile(t *testing.T, path string) *plan.Plan {
	t.Helper()
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	var p *plan.Plan
	if strings.HasSuffix(path, ".txt") {
		p, _ = text.Read(src, filepath.Base(path))
	} else {
		p, _ = Read(src, filepath.Base(path))
	}
	require.NotNil(t, p)
	return p
}

// TestOtherToolsRealDocs: the real Word files saved again by LibreOffice
// as Word files, and exported by it as plain text, read as the originals
// do.
func TestOtherToolsRealDocs(t *testing.T) {
	dir := realDocs(t)
	soffice := needSoffice(t)
	var files []string
	for _, want := range realPlans {
		matches, _ := filepath.Glob(filepath.Join(dir, want.file+"_*.docx"))
		require.Len(t, matches, 1)
		files = append(files, matches[0])
	}
	docxDir := convert(t, soffice, "docx:MS Word 2007 XML", files)
	txtDir := convert(t, soffice, "txt:Text (encoded):UTF8", files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".docx")
		orig := readFile(t, f)
		t.Run(name[:2]+"/docx", func(t *testing.T) {
			assertSameReading(t, orig, readFile(t, filepath.Join(docxDir, name+".docx")))
		})
		t.Run(name[:2]+"/txt", func(t *testing.T) {
			assertSameReading(t, orig, readFile(t, filepath.Join(txtDir, name+".txt")))
		})
	}
}

// TestOtherToolsRealTexts: the real plan texts (and the seed plan) opened
// by LibreOffice and saved as Word files, a paragraph a line, read as
// the texts do.
func TestOtherToolsRealTexts(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	files, _ := filepath.Glob(filepath.Join(shared, "realplans", "*.txt"))
	seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "004_*.txt"))
	files = append(files, seeds...)
	if len(files) == 0 {
		t.Skipf("the real plan texts are not here (%s)", shared)
	}
	docxDir := convert(t, needSoffice(t), "docx:MS Word 2007 XML", files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			assertSameReading(t, readFile(t, f), readFile(t, filepath.Join(docxDir, name+".docx")))
		})
	}
}

// TestOtherToolsOwnOutput: kehoach's own DOCX and HTML of the example
// plans, made again into Word files by LibreOffice (the DOCX through
// OpenDocument, the HTML, whose printed lines are placed on pages, as a
// paragraph a line), read as kehoach's own DOCX does; the HTML's
// headings that only their bold told from paragraphs may not be told.
func TestOtherToolsOwnOutput(t *testing.T) {
	soffice := needSoffice(t)
	dir := t.TempDir()
	var docxs, htmls []string
	for _, name := range testplans.Names {
		p := testplans.Load(t, name)
		base := filepath.Join(dir, strings.TrimSuffix(name, ".md"))
		require.NoError(t, os.WriteFile(base+".docx", ownDocx(t, p), 0o600))
		docxs = append(docxs, base+".docx")
		html, err := os.Create(base + ".html")
		require.NoError(t, err)
		require.NoError(t, htmlwriter.Write(html, p))
		require.NoError(t, html.Close())
		htmls = append(htmls, base+".html")
	}
	odtDir := convert(t, soffice, "odt", docxs)
	odts, _ := filepath.Glob(filepath.Join(odtDir, "*.odt"))
	fromODT := convert(t, soffice, "docx:MS Word 2007 XML", odts)
	fromHTML := convert(t, soffice, "docx:MS Word 2007 XML", htmls, "--infilter=HTML (StarWriter)")
	for _, f := range docxs {
		name := strings.TrimSuffix(filepath.Base(f), ".docx")
		orig := readFile(t, f)
		t.Run(name+"/odt", func(t *testing.T) {
			assertSameReading(t, orig, readFile(t, filepath.Join(fromODT, name+".docx")))
		})
		t.Run(name+"/html", func(t *testing.T) {
			got := readFile(t, filepath.Join(fromHTML, name+".docx"))
			assertSameReading(t, orig, got)
		})
	}
}
