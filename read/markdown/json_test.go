package markdown_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// Markdown → model → JSON → model gives the same model (JSON-equal), for
// every example.
func TestJSONRoundTrip(t *testing.T) {
	files, err := filepath.Glob("../../examples/*.md")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 4)
	for _, f := range append(files, "../../testdata/spec/example.md") {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			fromMD, err := markdown.Read(src, f)
			require.NoError(t, err)
			var buf bytes.Buffer
			require.NoError(t, plan.WriteJSON(&buf, fromMD))
			fromJSON, err := plan.ParseJSON(buf.Bytes(), "plan.json")
			require.NoError(t, err)
			var again bytes.Buffer
			require.NoError(t, plan.WriteJSON(&again, fromJSON))
			assert.Equal(t, buf.String(), again.String(), "the same model, and a stable encoding")
			assert.NotContains(t, buf.String(), `\u003c`, "no HTML escaping")
		})
	}
}
