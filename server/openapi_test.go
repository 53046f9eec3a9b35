package server

import (
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The OpenAPI document is valid JSON of version 3.1, and lists exactly
// the handler's routes: every path and method it names is served, and
// every route served is named in it.
func TestOpenAPI(t *testing.T) {
	h := New()
	rec := get(t, h, "/v1/openapi.json")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Info    struct{ Title, Version string }       `json:"info"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
		Comps   map[string]map[string]json.RawMessage `json:"components"`
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &doc))
	assert.Regexp(t, `^3\.1\.\d+$`, doc.OpenAPI)
	assert.NotEmpty(t, doc.Info.Title)
	assert.NotEmpty(t, doc.Info.Version)

	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			if method == "parameters" || method == "summary" || method == "description" {
				continue
			}
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	served := map[string]bool{}
	for _, rt := range h.(*handler).routes {
		served[rt.method+" "+strings.TrimSuffix(rt.path, "{$}")] = true
	}
	assert.Equal(t, served, documented)

	// Each documented route answers, not 404 or 405: its path parameters
	// filled with a name that exists.
	names := map[string]string{"{name}": "editor.js"}
	for route := range documented {
		method, path, _ := strings.Cut(route, " ")
		switch {
		case strings.HasPrefix(path, "/v1/fonts/"):
			path = "/v1/fonts/LiberationSerif-Regular.ttf"
		case strings.HasPrefix(path, "/examples/"):
			path = "/examples/ke-hoach-004.md"
		default:
			path = strings.ReplaceAll(path, "{name}", names["{name}"])
		}
		var code int
		if method == http.MethodPost {
			code = post(t, h, path, "text/markdown", seed(t)).Code
		} else {
			code = get(t, h, path).Code
		}
		assert.NotContains(t, []int{404, 405}, code, route)
	}

	// Every $ref points at a component that exists.
	for _, ref := range regexp.MustCompile(`"\$ref": "#/components/([a-zA-Z]+)/([a-zA-Z]+)"`).FindAllStringSubmatch(rec.Body.String(), -1) {
		_, ok := doc.Comps[ref[1]][ref[2]]
		assert.True(t, ok, "%s/%s", ref[1], ref[2])
	}
	// Every problem code the server answers is listed.
	var codes []string
	for code := range titles {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	for _, code := range codes {
		assert.Contains(t, rec.Body.String(), `"`+code+`"`)
	}
}
