package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/templates"
)

// TestPreviewFonts: the preview of a plan with ✓, which Liberation Serif
// lacks, links the fallback DejaVu Sans (regular and bold) beside
// Liberation Serif, and the server serves every font the pages link, each
// the embedded file byte for byte, as the PDF embeds it.
func TestPreviewFonts(t *testing.T) {
	h := New()
	body := bytes.Replace(seed(t), []byte("5. Tiếp tục củng cố,"), []byte("5. Kết quả ✓, **hoàn thành ✓**. Tiếp tục củng cố,"), 1)
	require.NotEqual(t, seed(t), body, "the symbols put in")
	rec := post(t, h, "/v1/preview", "text/markdown", body)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var answer struct{ HTML string }
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &answer))
	require.Contains(t, answer.HTML, "✓")

	// The embedded files, under the names the pages link them by.
	files := map[string][]byte{"DejaVuSans-Regular.ttf": templates.FallbackFont(false), "DejaVuSans-Bold.ttf": templates.FallbackFont(true)}
	for _, bold := range []bool{false, true} {
		for _, italic := range []bool{false, true} {
			files[templates.FontFile(bold, italic)] = templates.Font(bold, italic)
		}
	}

	var linked []string
	for _, m := range regexp.MustCompile(`src:url\("`+regexp.QuoteMeta(fontBase)+`([^"]+)"\)`).FindAllStringSubmatch(answer.HTML, -1) {
		linked = append(linked, m[1])
	}
	assert.Contains(t, linked, "DejaVuSans-Regular.ttf", "the regular ✓")
	assert.Contains(t, linked, "DejaVuSans-Bold.ttf", "the bold ✓")
	assert.Contains(t, linked, "LiberationSerif-Regular.ttf")
	for _, name := range linked {
		font := get(t, h, "/"+fontBase+name)
		if !assert.Equal(t, http.StatusOK, font.Code, name) {
			continue
		}
		assert.Equal(t, "font/ttf", font.Header().Get("Content-Type"), name)
		assert.Equal(t, "public, max-age=31536000, immutable", font.Header().Get("Cache-Control"), name)
		require.Contains(t, files, name)
		assert.True(t, bytes.Equal(files[name], font.Body.Bytes()), "%s: the embedded file", name)
	}
}
