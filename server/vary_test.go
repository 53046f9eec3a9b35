package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// varyOf returns the names an answer's Vary lists, each once.
func varyOf(h http.Header) []string {
	var names []string
	for _, v := range h.Values("Vary") {
		for _, token := range strings.Split(v, ",") {
			names = append(names, strings.TrimSpace(token))
		}
	}
	return names
}

// TestVary: with CORS on, every answer's Vary names Origin, and every
// answer worded in the request's language (the findings of /v1/check,
// /v1/import and /v1/preview, and every problem) names Accept-Language
// too, each once; the work's own headers do not overwrite the CORS
// layer's.
func TestVary(t *testing.T) {
	h := New(WithCORS("https://eoffice.example.vn"))
	origin := []string{"Origin", "https://eoffice.example.vn"}
	for _, c := range []struct {
		target, contentType string
		body                []byte
		status              int
		language            bool
	}{
		{"/v1/check", "text/markdown", seed(t), http.StatusOK, true},
		{"/v1/import", "text/markdown", seed(t), http.StatusOK, true},
		{"/v1/preview", "text/markdown", seed(t), http.StatusOK, true},
		{"/v1/render?format=pdf", "text/markdown", seed(t), http.StatusOK, false},
		{"/v1/import?format=md", "text/markdown", seed(t), http.StatusOK, false},
		{"/v1/render?format=pdf", "text/markdown", []byte("bad"), http.StatusUnprocessableEntity, true},
		{"/v1/check", "image/png", seed(t), http.StatusUnsupportedMediaType, true},
	} {
		for _, header := range [][]string{origin, nil} {
			rec := post(t, h, c.target, c.contentType, c.body, header...)
			assert.Equal(t, c.status, rec.Code, c.target)
			vary := varyOf(rec.Header())
			assert.Contains(t, vary, "Origin", "%s %v", c.target, header)
			if c.language {
				assert.Contains(t, vary, "Accept-Language", c.target)
				assert.NotEmpty(t, rec.Header().Get("Content-Language"), c.target)
			}
			seen := map[string]bool{}
			for _, name := range vary {
				assert.False(t, seen[name], "%s: %q twice in Vary", c.target, name)
				seen[name] = true
			}
		}
	}
	assert.Contains(t, varyOf(get(t, h, "/v1/version").Header()), "Origin")
	assert.Empty(t, varyOf(post(t, New(), "/v1/render", "text/markdown", seed(t)).Header()), "no CORS: nothing varies")
}

// TestPreflightMetrics: the browsers' preflights are counted under the
// route they ask about, allowed or refused, not as "other"; a preflight
// to no route stays "other".
func TestPreflightMetrics(t *testing.T) {
	h := New(WithCORS("https://eoffice.example.vn"))
	preflight := func(path, origin string) int {
		req := httptest.NewRequest(http.MethodOptions, path, nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	assert.Equal(t, http.StatusNoContent, preflight("/v1/render", "https://eoffice.example.vn"))
	assert.Equal(t, http.StatusNoContent, preflight("/v1/check", "https://eoffice.example.vn"))
	assert.Equal(t, http.StatusForbidden, preflight("/v1/check", "https://evil.example"))
	assert.Equal(t, http.StatusNoContent, preflight("/assets/editor.js", "https://eoffice.example.vn"))
	preflight("/nowhere", "https://eoffice.example.vn")
	m := get(t, h, "/metrics").Body.String()
	for _, want := range []string{
		`kehoach_http_requests_total{route="/v1/render",code="204"} 1`,
		`kehoach_http_requests_total{route="/v1/check",code="204"} 1`,
		`kehoach_http_requests_total{route="/v1/check",code="403"} 1`,
		`kehoach_http_requests_total{route="/assets/{name}",code="204"} 1`,
		`kehoach_http_requests_total{route="other",code="204"} 1`,
	} {
		assert.Contains(t, m, want)
	}
}
