package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHTMLOptions: format=html takes fragment=1 (the pages alone, for
// another site's page) and fonts=link (the server's fonts linked at an
// absolute URL: WithPublicURL's, else the one the request came to, the
// prefix of a mounting application included); with another format, or a
// value of their own they do not know, they are 400.
func TestHTMLOptions(t *testing.T) {
	h := New()
	whole := post(t, h, "/v1/render?format=html", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, whole.Code)
	assert.Contains(t, whole.Body.String(), "<html")
	assert.Contains(t, whole.Body.String(), "data:font/", "fonts embedded by default")

	frag := post(t, h, "/v1/render?format=html&fragment=1", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, frag.Code, frag.Body.String())
	assert.True(t, strings.HasPrefix(frag.Body.String(), `<div class="kehoach"`), frag.Body.String()[:80])
	assert.NotContains(t, frag.Body.String(), "<html")
	assert.Contains(t, frag.Body.String(), "data:font/")

	linked := post(t, h, "/v1/render?format=html&fragment=1&fonts=link", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, linked.Code)
	assert.Contains(t, linked.Body.String(), `url("http://example.com/v1/fonts/LiberationSerif-Regular.ttf")`)
	assert.NotContains(t, linked.Body.String(), "data:font/")
	assert.Less(t, linked.Body.Len()*4, frag.Body.Len(), "linked fonts make the page much smaller")

	public := New(WithPublicURL("https://kehoach.example.vn/kehoach"))
	rec := post(t, public, "/v1/render?format=html&fonts=link", "text/markdown", seed(t))
	assert.Contains(t, rec.Body.String(), `url("https://kehoach.example.vn/kehoach/v1/fonts/LiberationSerif-Regular.ttf")`)
	assert.Contains(t, rec.Body.String(), "<html")
	assert.Contains(t, rec.Header().Get("Content-Security-Policy"), "font-src data: 'self' https://kehoach.example.vn;", "the fonts' origin allowed")

	mux := http.NewServeMux()
	mux.Handle("/kehoach/", http.StripPrefix("/kehoach", New()))
	rec = post(t, mux, "/kehoach/v1/render?format=html&fonts=link", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Contains(t, rec.Body.String(), `url("http://example.com/kehoach/v1/fonts/LiberationSerif-Regular.ttf")`)

	p := problemOf(t, post(t, h, "/v1/render?format=pdf&fragment=1", "text/markdown", seed(t), "Accept-Language", "en"), http.StatusBadRequest, codeMalformed)
	assert.Contains(t, p.DetailEn, `"format=html"`)
	problemOf(t, post(t, h, "/v1/render?format=html&fonts=cdn", "text/markdown", seed(t)), http.StatusBadRequest, codeMalformed)
	problemOf(t, post(t, h, "/v1/render?format=html&fragment=2", "text/markdown", seed(t)), http.StatusBadRequest, codeMalformed)

	for u, want := range map[string]string{
		"https://k.example.vn": "https://k.example.vn/", "http://k.example.vn/a/": "http://k.example.vn/a/",
		"/kehoach/": "", "ftp://k.example.vn/": "", "https://k.example.vn/?q=1": "", "javascript:alert(1)": "", "": "",
	} {
		assert.Equal(t, want, publicURL(u), u)
		assert.Equal(t, want != "", ValidPublicURL(u), u)
	}
}

// TestPreviewFontURL: the preview's pages link the fonts relative to the
// editor's page, or at WithPublicURL's absolute URL for another site's
// page.
func TestPreviewFontURL(t *testing.T) {
	for base, want := range map[string]string{"": `url("v1/fonts/`, "https://kehoach.example.vn/": `url("https://kehoach.example.vn/v1/fonts/`} {
		rec := post(t, New(WithPublicURL(base)), "/v1/preview", "text/markdown", seed(t))
		require.Equal(t, http.StatusOK, rec.Code)
		var a previewAnswer
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &a))
		assert.Contains(t, a.HTML, want, base)
	}
}
