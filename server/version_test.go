package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
)

// TestVersionAgreesWithRoutes: what /v1/version lists is what the routes
// do: each extension under readers is read (not 415), and a Word 97–2003
// .doc, which the server refuses with 415, is not listed; each format is
// rendered with the content type listed.
func TestVersionAgreesWithRoutes(t *testing.T) {
	h := New()
	rec := get(t, h, "/v1/version")
	require.Equal(t, http.StatusOK, rec.Code)
	var v struct {
		Readers []string
		Formats []struct {
			Name      string
			MediaType string `json:"media_type"`
		}
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &v))
	assert.NotContains(t, v.Readers, ".doc")
	assert.Contains(t, v.Readers, ".docx")
	for _, ext := range v.Readers {
		ct, body := form(t, formPart{"plan", "plan" + ext, []byte("# x\n")})
		assert.NotEqual(t, http.StatusUnsupportedMediaType, post(t, h, "/v1/check", ct, body).Code, ext)
	}
	ct, body := form(t, formPart{"plan", "plan.doc", []byte("\xd0\xcf\x11\xe0")})
	problemOf(t, post(t, h, "/v1/check", ct, body), http.StatusUnsupportedMediaType, codeUnsupportedType)

	for _, f := range v.Formats {
		if strings.HasPrefix(f.Name, "test-") {
			continue // the tests' own
		}
		rec := post(t, h, "/v1/render?format="+f.Name, "text/markdown", seed(t))
		require.Equal(t, http.StatusOK, rec.Code, "%s: %s", f.Name, rec.Body.String())
		assert.Equal(t, f.MediaType, rec.Header().Get("Content-Type"), f.Name)
	}
}

// TestOpenAPIFormats: the OpenAPI document names every format the
// pipeline writes in format's description, with its content type, and
// lists that content type among the 200 answers of /v1/render.
func TestOpenAPIFormats(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []struct{ Name, Description string } `json:"parameters"`
			Responses  map[string]struct {
				Content map[string]any `json:"content"`
			} `json:"responses"`
		} `json:"paths"`
	}
	require.NoError(t, json.Unmarshal(openAPI, &doc))
	render := doc.Paths["/v1/render"]["post"]
	var described string
	for _, p := range render.Parameters {
		if p.Name == "format" {
			described = p.Description
		}
	}
	require.NotEmpty(t, described)
	for _, f := range kehoach.Formats() {
		if strings.HasPrefix(f.Name, "test-") {
			continue
		}
		base, _, _ := strings.Cut(f.MediaType, ";")
		assert.Contains(t, described, f.Name+" ("+base, "format %s with its content type", f.Name)
		assert.Contains(t, render.Responses["200"].Content, base, f.Name)
	}
}
