package docx

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
)

// TestLibreOfficeWritten: kehoach's DOCX saved again by LibreOffice, a
// Word file written by another tool, reads as the same lines and
// inspects clean.
func TestLibreOfficeWritten(t *testing.T) {
	soffice := needSoffice(t)
	dir := t.TempDir()
	var names []string
	plans := map[string]int{}
	for i, name := range testplans.Names {
		file := filepath.Join(dir, name+".docx")
		require.NoError(t, os.WriteFile(file, ownDocx(t, testplans.Load(t, name)), 0o600))
		names = append(names, file)
		plans[name] = i
	}
	out := convert(t, soffice, "docx:MS Word 2007 XML", names)
	for _, name := range testplans.Names {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(out, name+".docx"))
			require.NoError(t, err)
			d, err := Extract(src)
			require.NoError(t, err)
			assert.Equal(t, ownLines(testplans.Load(t, name)), flowLines(d.Blocks))
			findings, err := Inspect(src)
			require.NoError(t, err)
			assert.Empty(t, findings)
		})
	}
}
