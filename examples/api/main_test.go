package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/plan"
)

// readSeed reads examples/ke-hoach-004.md through the pipeline.
func readSeed(t *testing.T) *plan.Plan {
	t.Helper()
	src, err := os.ReadFile("../ke-hoach-004.md")
	require.NoError(t, err)
	p, err := kehoach.Read(src, "ke-hoach-004.md")
	require.NoError(t, err)
	return p
}

// The plan built with the API is the plan of examples/ke-hoach-004.md.
func TestBuildPlanEqualsMarkdown(t *testing.T) {
	built := buildPlan()
	require.NoError(t, built.Validate())
	var a, b bytes.Buffer
	require.NoError(t, plan.WriteJSON(&a, readSeed(t)))
	require.NoError(t, plan.WriteJSON(&b, built))
	assert.Equal(t, a.String(), b.String())
}

// write makes the output directory when it is missing (go run
// ./examples/api -o out on a fresh clone) and writes there the document
// kehoach render makes of examples/ke-hoach-004.md.
func TestWriteMakesTheDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "plans")
	out, err := write(dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "ke-hoach-004-api.md"), out)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, kehoach.Render(&want, readSeed(t), "md"))
	assert.Equal(t, want.String(), string(got))
}

// A directory that cannot be made is an error, and nothing is written.
func TestWriteUnderAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	_, err := write(filepath.Join(file, "out"))
	assert.Error(t, err)
}
