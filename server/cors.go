package server

import (
	"net/http"
	"slices"
	"strings"
)

// cors answers the browsers' preflight requests of the origins allowed
// (WithCORS), and marks the answers to their requests as readable by
// them. A request from another origin is served all the same (a server
// cannot stop a client that is not a browser); its browser keeps the
// answer from the page. Preflights are answered before authentication
// (a browser sends no credentials with them), and are counted and logged
// under the route they ask about, as mux routes it.
func (h *handler) cors(mux *http.ServeMux) http.Handler {
	var next http.Handler = mux
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if len(h.cfg.origins) == 0 {
			next.ServeHTTP(w, r)
			return
		}
		// Every answer may depend on the origin, those to requests
		// without one too: a cache must not give one origin's answer to
		// another.
		addVary(w.Header(), "Origin")
		origin := r.Header.Get("Origin")
		if origin == "" {
			next.ServeHTTP(w, r)
			return
		}
		allowed := slices.Contains(h.cfg.origins, origin) || slices.Contains(h.cfg.origins, "*")
		preflight := r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != ""
		if preflight {
			if _, pattern := mux.Handler(r); pattern != "/" { // "/" is no route's: the 404 of any other path
				infoOf(r).route = routeName(pattern)
			}
		}
		if !allowed {
			if preflight {
				writeProblem(w, r, &problem{status: http.StatusForbidden, code: codeForbiddenOrigin, text: msgf(
					"trang web %q không được phép gọi máy chủ này", "pages of %q may not call this server", origin)})
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", origin)
		if preflight {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
			w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept-Language, X-Request-ID")
			w.Header().Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		w.Header().Set("Access-Control-Expose-Headers", "Content-Disposition, Content-Language, Retry-After, X-Request-ID")
		next.ServeHTTP(w, r)
	})
}

// addVary adds a request header's name to an answer's Vary, once, keeping
// those the handlers before it added (Origin, Accept-Language).
func addVary(h http.Header, name string) {
	for _, v := range h.Values("Vary") {
		for _, token := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(token), name) {
				return
			}
		}
	}
	h.Add("Vary", name)
}
