package kehoach_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/html"
	"github.com/kehoach/kehoach/render/layout"
)

// TestHTMLInOwnFonts: the pipeline's HTML, like its PDF, prints in the
// fonts WithFonts gives: the pages html.WithFonts draws, byte for byte,
// as many as the composition in those fonts has, DejaVu Serif declared
// and Liberation Serif not; the record's places count the same pages.
func TestHTMLInOwnFonts(t *testing.T) {
	fonts, err := layout.DefaultFonts().WithMain(fonttest.DejaVuSerif(t))
	require.NoError(t, err)
	p := testplans.Load(t, "ke-hoach-004.md")
	var got, want, plain bytes.Buffer
	require.NoError(t, kehoach.Render(&got, p, "html", kehoach.WithFonts(fonts)))
	require.NoError(t, html.Write(&want, p, html.WithFonts(fonts)))
	require.NoError(t, kehoach.Render(&plain, p, "html"))
	assert.True(t, bytes.Equal(want.Bytes(), got.Bytes()), "the pipeline's HTML is html.WithFonts'")
	assert.Contains(t, got.String(), "@font-face{font-family:kehoach-DejaVuSerif;")
	assert.NotContains(t, got.String(), "@font-face{font-family:kehoach-serif;")
	assert.Contains(t, plain.String(), "@font-face{font-family:kehoach-serif;")

	l := layout.Default()
	l.Fonts = fonts
	pages, err := compose.Pages(p, l)
	require.NoError(t, err)
	plainPages, err := compose.Pages(p, layout.Default())
	require.NoError(t, err)
	require.Greater(t, len(pages), len(plainPages), "DejaVu Serif, wider, takes more pages")
	assert.Equal(t, len(pages), strings.Count(got.String(), `<div class="kh-page `))
	record := recordOf(t, p, kehoach.WithFonts(fonts))
	assert.Equal(t, float64(len(pages)), record["places"].(map[string]any)["pages"])
}
