package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/kehoach/kehoach/read/markdown"

	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The plan built with the API is the plan of examples/ke-hoach-004.md.
func TestBuildPlanEqualsMarkdown(t *testing.T) {
	src, err := os.ReadFile("../ke-hoach-004.md")
	require.NoError(t, err)
	fromFile, err := markdown.Read(src, "ke-hoach-004.md")
	require.NoError(t, err)
	built := buildPlan()
	require.NoError(t, built.Validate())
	var a, b bytes.Buffer
	require.NoError(t, plan.WriteJSON(&a, fromFile))
	require.NoError(t, plan.WriteJSON(&b, built))
	assert.Equal(t, a.String(), b.String())
}
