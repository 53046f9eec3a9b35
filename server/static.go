package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/examples"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/html"
)

// The editor's files: its page (a template, filled once), its style
// sheet and its script, written by hand and served as they are.
//
//go:embed editor
var editorFiles embed.FS

//go:embed openapi.json
var openAPI []byte

// editorPage is the editor's page template, parsed when the first server
// is made, not in every process that links the package.
var editorPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.ParseFS(editorFiles, "editor/index.html"))
})

// asset is a file served as it is, with its content type and ETag.
type asset struct {
	data        []byte
	contentType string
	etag        string
}

// assets are the files the handler serves, made once by New.
type assets struct {
	editor   asset
	files    map[string]asset // the editor's style sheet and script
	fonts    map[string]asset // the HTML pages' fonts (html.Fonts), by the names the pages link
	examples map[string]asset
}

// editorData fills the editor's page: what it offers to choose from,
// from the model and the pipeline, so that the page never lists a type
// or a file kind the server does not know.
type editorData struct {
	Types    []docType
	Examples []example
	Accept   string // the file kinds the pipeline reads: ".json,.md"
	// Profiles are the shipped layout profiles the editor offers, but
	// the default, which it names "Mặc định".
	Profiles []string
}

type docType struct{ Abbr, Name string }

type example struct{ File, Label string }

func newAssets() *assets {
	a := &assets{files: map[string]asset{}, fonts: map[string]asset{}, examples: map[string]asset{}}
	for _, name := range []string{"editor.css", "editor.js"} {
		b, _ := fs.ReadFile(editorFiles, "editor/"+name)
		a.files[name] = newAsset(b, mediaTypeOf(name))
	}
	for name, data := range html.Fonts() { // the text font's and the fallback's, which a ✓ prints in
		a.fonts[name] = newAsset(data, html.FontMediaType)
	}
	var data editorData
	for _, t := range plan.DocTypes() {
		data.Types = append(data.Types, docType{string(t), t.Name()})
	}
	names, _ := fs.Glob(examples.Plans(), "*.md")
	for _, name := range names {
		b, _ := fs.ReadFile(examples.Plans(), name)
		a.examples[name] = newAsset(b, "text/markdown; charset=utf-8")
		data.Examples = append(data.Examples, example{name, exampleLabel(b, name)})
	}
	data.Accept = strings.Join(kehoach.Extensions(), ",")
	for _, name := range profileNames() {
		if name != "default" {
			data.Profiles = append(data.Profiles, name)
		}
	}
	var page bytes.Buffer
	if err := editorPage().Execute(&page, data); err != nil {
		panic(err) // the page and its data are the program's own
	}
	a.editor = newAsset(page.Bytes(), "text/html; charset=utf-8")
	return a
}

// exampleLabel names an example plan in the editor's list: its type,
// number and symbol, and the start of its subject.
func exampleLabel(src []byte, name string) string {
	p, err := kehoach.Read(src, name)
	if err != nil || p == nil {
		return name
	}
	t := p.Type
	if t == "" {
		t = plan.TypeKH
	}
	label := t.Name() + " " + strings.TrimPrefix(p.Number+"/"+p.Symbol, "/")
	subject := p.Subject
	if utf8.RuneCountInString(subject) > 70 {
		subject = string([]rune(subject)[:70]) + "…"
	}
	return label + ": " + subject
}

func newAsset(b []byte, contentType string) asset {
	sum := sha256.Sum256(b)
	return asset{data: b, contentType: contentType, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
}

func mediaTypeOf(name string) string {
	switch path.Ext(name) {
	case ".css":
		return "text/css; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	}
	return "application/octet-stream"
}

// serve answers an asset, 304 when the client has it (If-None-Match).
func (a asset) serve(w http.ResponseWriter, r *http.Request, cacheControl string) {
	w.Header().Set("Content-Type", a.contentType)
	w.Header().Set("ETag", a.etag)
	w.Header().Set("Cache-Control", cacheControl)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.data))
}

// editorPolicy is the editor's Content-Security-Policy: its own script
// and styles only, no request but to this server; the preview's frame
// shows the pages' HTML, which holds no script, with inline styles and
// fonts.
const editorPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
	"img-src 'self' data: blob:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

// serveEditor answers the web editor's page.
func (h *handler) serveEditor(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", editorPolicy)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	h.assets.editor.serve(w, r, "no-cache")
}

// serveAsset answers the editor's style sheet and script; the browser
// asks again whether they changed (they change with the server).
func (h *handler) serveAsset(w http.ResponseWriter, r *http.Request) {
	a, ok := h.assets.files[r.PathValue("name")]
	if !ok {
		writeProblem(w, r, &problem{status: http.StatusNotFound, code: codeNotFound, text: msgNotFound})
		return
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	a.serve(w, r, "no-cache")
}

// serveFont answers a font of the HTML pages, kept by browsers and
// caches for a year: a font's file never changes under its name.
func (h *handler) serveFont(w http.ResponseWriter, r *http.Request) {
	a, ok := h.assets.fonts[r.PathValue("name")]
	if !ok {
		writeProblem(w, r, &problem{status: http.StatusNotFound, code: codeNotFound, text: msgNotFound})
		return
	}
	w.Header().Set("Access-Control-Allow-Origin", "*") // fonts load across origins only with it
	a.serve(w, r, "public, max-age=31536000, immutable")
}

// serveExample answers an example plan in the authoring format.
func (h *handler) serveExample(w http.ResponseWriter, r *http.Request) {
	a, ok := h.assets.examples[r.PathValue("name")]
	if !ok {
		writeProblem(w, r, &problem{status: http.StatusNotFound, code: codeNotFound, text: msgNotFound})
		return
	}
	a.serve(w, r, "no-cache")
}

// serveOpenAPI answers the OpenAPI 3.1 description of the service.
func (h *handler) serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(openAPI)
}

// serveHealth answers 200 while the server serves, 503 once it drains.
func (h *handler) serveHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if h.cfg.drain.Err() != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "draining"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "serving"})
}

// versionAnswer is what GET /v1/version answers.
type versionAnswer struct {
	Version  string          `json:"version"`
	Go       string          `json:"go"`
	Revision string          `json:"revision,omitempty"`
	Formats  []versionFormat `json:"formats"`
	// Readers are the extensions of the plan files the server reads:
	// the pipeline's, but the Word 97–2003 .doc (see readable).
	Readers []string `json:"readers"`
	// Profiles are the shipped layout profiles that ?profile= names.
	Profiles []string `json:"profiles"`
}

type versionFormat struct {
	Name      string `json:"name"`
	Ext       string `json:"ext"`
	MediaType string `json:"media_type"`
}

// serveVersion answers the program's version and what it reads and
// writes.
func (h *handler) serveVersion(w http.ResponseWriter, r *http.Request) {
	v := versionAnswer{Version: "(devel)", Go: runtime.Version(), Readers: h.extensions(), Profiles: profileNames()}
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			v.Version = info.Main.Version
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" {
				v.Revision = s.Value
			}
		}
	}
	for _, f := range kehoach.Formats() {
		v.Formats = append(v.Formats, versionFormat{f.Name, f.Ext, f.MediaType})
	}
	w.Header().Set("Cache-Control", "no-cache")
	writeJSON(w, http.StatusOK, v)
}
