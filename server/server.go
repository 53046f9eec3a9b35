package server

import (
	"net/http"
	"slices"
	"strings"
)

// handler is the service: the routes, and what every request shares
// (the workers' gate, the metrics, the editor's page made once).
type handler struct {
	cfg     config
	gate    *gate
	metrics *serverMetrics
	root    http.Handler
	routes  []route
	assets  *assets
}

// route is one method on one path of the service.
type route struct {
	method string
	// path is the ServeMux pattern's path: "/v1/render", "/{$}" for the
	// editor's page alone, "/assets/{name}".
	path    string
	handler http.HandlerFunc
	// work says the route does a plan's work: it goes through the
	// embedder's authentication (WithAuth).
	work bool
}

// New returns the service as an http.Handler, to serve alone or to mount
// in an application's own server (under a prefix with
// http.StripPrefix). It is safe for concurrent use and keeps nothing
// from one request to the next: any number of instances may serve
// behind a load balancer.
//
// Routes:
//
//	GET  /                 the web editor
//	POST /v1/render        a plan's document: ?format=pdf|docx|md|html|json|authoring|record|edxml, ?force=1,
//	                       and for html ?fragment=1 (the pages alone) and ?fonts=link
//	POST /v1/check         the checker's findings, as kehoach check -json prints them
//	POST /v1/import        a plan file read into the model's JSON encoding, with its findings
//	POST /v1/preview       the editor's preview: findings and pages in one answer
//	GET  /v1/openapi.json  the OpenAPI 3.1 description of all routes
//	GET  /v1/version       the version and the formats served
//	GET  /v1/fonts/{name}  the fonts of the HTML pages
//	GET  /healthz          200 while serving, 503 once draining (DrainOn)
//	GET  /metrics          the Prometheus text format
//
// A plan is sent as the request's body (text/markdown,
// application/json) or as the part "plan" of a multipart/form-data form,
// read by its file name's extension, with an agency's DOCX template in
// the part "template" and its layout profile (docs/profiles.md) in the
// part "profile"; ?profile= names a shipped profile instead (default,
// lao-cai), for a plan sent as the body. Errors are application/problem+json (RFC 9457),
// worded in the language of Accept-Language (Vietnamese by default) and
// in both languages in detail_vi and detail_en, with a stable code.
// docs/api.md describes each route, and /v1/openapi.json too.
func New(opts ...Option) http.Handler {
	h := &handler{cfg: newConfig(opts)}
	h.gate = newGate(h.cfg.workers, h.cfg.queue)
	h.metrics = newMetrics(h.gate)
	h.assets = newAssets()
	h.routes = []route{
		{method: http.MethodGet, path: "/{$}", handler: h.serveEditor},
		{method: http.MethodGet, path: "/assets/{name}", handler: h.serveAsset},
		{method: http.MethodGet, path: "/examples/{name}", handler: h.serveExample},
		{method: http.MethodPost, path: "/v1/render", handler: h.serveRender, work: true},
		{method: http.MethodPost, path: "/v1/check", handler: h.serveCheck, work: true},
		{method: http.MethodPost, path: "/v1/import", handler: h.serveImport, work: true},
		{method: http.MethodPost, path: "/v1/preview", handler: h.servePreview, work: true},
		{method: http.MethodGet, path: "/v1/openapi.json", handler: h.serveOpenAPI},
		{method: http.MethodGet, path: "/v1/version", handler: h.serveVersion},
		{method: http.MethodGet, path: "/" + fontBase + "{name}", handler: h.serveFont},
		{method: http.MethodGet, path: "/healthz", handler: h.serveHealth},
		{method: http.MethodGet, path: "/metrics", handler: h.serveMetrics},
	}
	mux := http.NewServeMux()
	paths := map[string][]route{}
	var order []string
	for _, rt := range h.routes {
		if _, ok := paths[rt.path]; !ok {
			order = append(order, rt.path)
		}
		paths[rt.path] = append(paths[rt.path], rt)
	}
	for _, p := range order {
		mux.Handle(p, h.methods(p, paths[p]))
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeProblem(w, r, &problem{status: http.StatusNotFound, code: codeNotFound, text: msgNotFound})
	})
	h.root = h.observe(h.cors(mux))
	return h
}

// ServeHTTP serves a request.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.root.ServeHTTP(w, r)
}

// routeName names a route's path pattern in the log and the metrics:
// "/v1/render", "/" for the editor's page ("/{$}"), "/assets/{name}".
func routeName(pattern string) string { return strings.TrimSuffix(pattern, "{$}") }

// methods dispatches the requests of one path by method: HEAD as GET,
// OPTIONS with the methods allowed, anything else 405.
func (h *handler) methods(path string, routes []route) http.Handler {
	byMethod := map[string]http.Handler{}
	allowed := []string{http.MethodOptions}
	for _, rt := range routes {
		var next http.Handler = rt.handler
		if rt.work && h.cfg.auth != nil {
			next = h.cfg.auth(next)
		}
		byMethod[rt.method] = next
		allowed = append(allowed, rt.method)
		if rt.method == http.MethodGet {
			byMethod[http.MethodHead] = next
			allowed = append(allowed, http.MethodHead)
		}
	}
	slices.Sort(allowed)
	allow := strings.Join(allowed, ", ")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		infoOf(r).route = routeName(path)
		if next, ok := byMethod[r.Method]; ok {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Allow", allow)
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		writeProblem(w, r, &problem{status: http.StatusMethodNotAllowed, code: codeMethod, text: msgf(
			"phương thức %q không dùng được với %s: dùng %q", "the method %q is not allowed on %s: use %q", r.Method, routeName(path), allow)})
	})
}
