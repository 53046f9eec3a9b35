package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/stretchr/testify/require"
)

// load reads an example plan.
func load(t testing.TB, name string) *plan.Plan { return testplans.Load(t, name) }

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
