package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
)

// The README's Go example is this program, and docs/library.md's is
// examples/build, word for word, so that both always compile and run.
func TestDocsShowThePrograms(t *testing.T) {
	for doc, program := range map[string]string{
		"../../README.md":       "main.go",
		"../../docs/library.md": "../build/main.go",
	} {
		page, err := os.ReadFile(doc)
		require.NoError(t, err)
		src, err := os.ReadFile(program)
		require.NoError(t, err)
		assert.True(t, strings.Contains(string(page), "```go\n"+string(src)+"```\n"), "%s shows %s word for word", doc, program)
	}
}

// The program writes the plan named on its command line as a PDF in the
// current directory: the bytes kehoach.Render makes of it.
func TestProgramWritesThePDF(t *testing.T) {
	plan, err := filepath.Abs("../ke-hoach-004.md")
	require.NoError(t, err)
	args := os.Args
	t.Cleanup(func() { os.Args = args })
	os.Args = []string{"readme", plan}
	t.Chdir(t.TempDir())

	main()

	got, err := os.ReadFile("ke-hoach-004.pdf")
	require.NoError(t, err)
	src, err := os.ReadFile(plan)
	require.NoError(t, err)
	p, err := kehoach.Read(src, plan)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, kehoach.Render(&want, p, "pdf"))
	assert.True(t, bytes.HasPrefix(got, []byte("%PDF-")))
	assert.Equal(t, want.Bytes(), got)
}
