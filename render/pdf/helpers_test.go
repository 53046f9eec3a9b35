package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/stretchr/testify/require"
)

// load reads an example plan.
func load(t testing.TB, name string) *plan.Plan { return testplans.Load(t, name) }

// readPlan reads a plan of the package's testdata.
func readPlan(t testing.TB, path string) *plan.Plan {
	t.Helper()
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	p, err := markdown.Read(src, path)
	require.NoError(t, err)
	return p
}

// readProfile reads a layout profile of the package's testdata.
func readProfile(t testing.TB, path string) layout.Layout {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	l, err := layout.ReadProfile(data)
	require.NoError(t, err, path)
	return l
}

// render writes a plan as PDF.
func render(t testing.TB, p *plan.Plan, opts ...Option) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, p, opts...))
	return buf.Bytes()
}

// save writes a plan as PDF into dir and returns the file's path.
func save(t testing.TB, dir, name string, p *plan.Plan) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, render(t, p), 0o644))
	return path
}

// fontMetrics is how poppler boxes the words of our PDFs: with the
// ascent and descent that fpdf writes in the font descriptors, those of
// the font's hhea table.
func fontMetrics() pdfcheck.Metrics {
	m := layout.FontMetrics(layout.Regular)
	return pdfcheck.Metrics{Ascent: m.AscentAt(1), Descent: m.DescentAt(1)}
}

// sample is a plan printed under a layout, by name.
type sample struct {
	name string
	plan *plan.Plan
	l    layout.Layout
}

// profileSamples returns every example plan under each shipped layout
// profile, named "<profile>-<plan>".
func profileSamples(t testing.TB) []sample {
	var out []sample
	for _, profile := range testplans.Profiles(t) {
		for _, name := range testplans.Names {
			out = append(out, sample{profile.Name + "-" + strings.TrimSuffix(name, ".md"), load(t, name), profile.Layout})
		}
	}
	return out
}

// printBoth prints each sample twice, as our PDF and as our DOCX printed
// to PDF by LibreOffice (all in one start of LibreOffice), and returns
// the two lists of PDF files.
func printBoth(t testing.TB, samples []sample) (ours, theirs []string) {
	t.Helper()
	dir := t.TempDir()
	var docs []string
	for _, s := range samples {
		var buf bytes.Buffer
		require.NoError(t, docx.Write(&buf, s.plan, docx.WithLayout(s.l)))
		path := filepath.Join(dir, s.name+".docx")
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		docs = append(docs, path)
		path = filepath.Join(dir, s.name+".kehoach.pdf")
		require.NoError(t, os.WriteFile(path, render(t, s.plan, WithLayout(s.l)), 0o644))
		ours = append(ours, path)
	}
	return ours, pdfcheck.ConvertDocx(t, dir, docs...)
}
