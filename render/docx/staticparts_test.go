package docx

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/templates"
)

// TestStaticPartsCurrent: the parts compressed at build time are
// templates/docx's, as they are now, and compressed as makeparts
// compresses them. When it fails, run go generate ./render/docx.
func TestStaticPartsCurrent(t *testing.T) {
	parts := templates.DocxParts()
	require.Len(t, staticPartData, len(parts), "go generate ./render/docx: a part was added or removed")
	for _, c := range staticPartData {
		want, ok := parts[c.name]
		require.True(t, ok, "%s is no longer a template part: go generate ./render/docx", c.name)
		got, err := io.ReadAll(flate.NewReader(bytes.NewReader(c.data)))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s changed: go generate ./render/docx", c.name)
		assert.Equal(t, crc32.ChecksumIEEE(want), c.crc, c.name)
		assert.Equal(t, uint64(len(want)), c.size, c.name)
		var z bytes.Buffer
		w, err := flate.NewWriter(&z, flate.BestCompression)
		require.NoError(t, err)
		_, _ = w.Write(want)
		require.NoError(t, w.Close())
		assert.Equal(t, z.Bytes(), c.data, "%s: compressed as makeparts does", c.name)
	}
}
