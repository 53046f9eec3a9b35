package main

import (
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The program prints the plan it builds as a Markdown document, with the
// automatic numbering and the end mark.
func TestProgramRuns(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	stdout := os.Stdout
	os.Stdout = w
	main()
	os.Stdout = stdout
	require.NoError(t, w.Close())
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Contains(t, string(out), "## I. MỤC ĐÍCH, YÊU CẦU")
	assert.Contains(t, string(out), "### 2. Yêu cầu")
	assert.Contains(t, string(out), "Văn phòng Sở **theo dõi, đôn đốc** việc thực hiện./.")
}
