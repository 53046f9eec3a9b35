package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/kehoach/kehoach/limits"
)

// Defaults of the options.
const (
	// DefaultMaxBody is the largest request body read: 5 MiB.
	DefaultMaxBody = 5 << 20
	// DefaultRenderTimeout is how long one request's work (reading,
	// checking and rendering its plan) may take, waiting for a worker
	// included.
	DefaultRenderTimeout = 10 * time.Second
	// DefaultBodyTimeout is how long reading one request's body may take.
	DefaultBodyTimeout = 30 * time.Second
)

// queuePerWorker is how many requests may wait for each worker by
// default: renders take milliseconds (tens for a long PDF), so a full
// queue is about half a second of work, and 32 clients at once on two
// CPUs are all served (the load test, docs/deploy.md).
const queuePerWorker = 16

// config holds what the options set.
type config struct {
	maxBody       int64
	renderTimeout time.Duration
	bodyTimeout   time.Duration
	workers       int
	queue         int
	origins       []string
	auth          func(http.Handler) http.Handler
	logger        *slog.Logger
	limits        limits.Limits
	drain         context.Context
	publicURL     string
}

// newConfig applies the options over the defaults.
func newConfig(opts []Option) config {
	c := config{
		maxBody:       DefaultMaxBody,
		renderTimeout: DefaultRenderTimeout,
		bodyTimeout:   DefaultBodyTimeout,
		workers:       runtime.GOMAXPROCS(0),
		queue:         -1,
		logger:        slog.New(slog.DiscardHandler),
		drain:         context.Background(),
	}
	for _, o := range opts {
		o(&c)
	}
	c.workers = max(c.workers, 1)
	if c.queue < 0 {
		c.queue = queuePerWorker * c.workers
	}
	// A plan or a template is at most a request body.
	c.limits = c.limits.Or()
	c.limits.PlanSize = min(c.limits.PlanSize, c.maxBody)
	c.limits.PackageSize = min(c.limits.PackageSize, c.maxBody)
	return c
}

// An Option changes how the handler [New] returns serves.
type Option func(*config)

// WithMaxBody sets the largest request body read, in bytes
// ([DefaultMaxBody] by default); a larger one gets 413. It also bounds
// the plan and template read from the body.
func WithMaxBody(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxBody = n
		}
	}
}

// WithRenderTimeout sets how long one request's work may take, from its
// body read to its document made, waiting for a worker included
// ([DefaultRenderTimeout] by default); past it the answer is 504.
func WithRenderTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.renderTimeout = d
		}
	}
}

// WithBodyTimeout sets how long reading a request's body may take
// ([DefaultBodyTimeout] by default); a slower body gets 408. It needs a
// server whose connections allow read deadlines, as net/http's do.
func WithBodyTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.bodyTimeout = d
		}
	}
}

// WithWorkers sets how many plans are read, checked and rendered at once
// (by default runtime.GOMAXPROCS: the CPUs the process may use, which
// follows a container's CPU limit, not the machine's CPUs).
func WithWorkers(n int) Option { return func(c *config) { c.workers = n } }

// WithQueue sets how many requests may wait for a worker (16 for each
// worker by default; 0 means none waits). A request that finds the
// queue full gets 503 with Retry-After at once.
func WithQueue(n int) Option { return func(c *config) { c.queue = max(n, 0) } }

// WithCORS allows pages of these origins ("https://eoffice.example.vn",
// or "*" for any) to call the API from a browser. None is allowed by
// default: the editor served at / is of the server's own origin and
// needs none.
func WithCORS(origins ...string) Option {
	return func(c *config) {
		for _, o := range origins {
			if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" {
				c.origins = append(c.origins, o)
			}
		}
	}
}

// WithAuth puts a middleware of the embedder's in front of the API's work
// (POST /v1/render, /v1/check, /v1/import, /v1/preview): it lets a
// request through to next, or answers it itself. The editor's page, its
// assets, /healthz, /metrics, /v1/version and /v1/openapi.json stay open;
// wrap the whole handler to close them too. [BearerToken] is such a
// middleware.
func WithAuth(mw func(next http.Handler) http.Handler) Option {
	return func(c *config) { c.auth = mw }
}

// WithLogger logs a line per request (id, method, route, status,
// format, bytes, duration) and the errors of the server's own, such as a
// recovered panic, to l. Nothing is logged by default.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) {
		if l != nil {
			c.logger = l
		}
	}
}

// WithLimits reads plans and templates within lim (see package limits);
// the body limit ([WithMaxBody]) caps the plan and template sizes.
func WithLimits(lim limits.Limits) Option { return func(c *config) { c.limits = lim } }

// WithPublicURL sets the absolute URL clients reach the handler at
// ("https://kehoach.example.vn/kehoach/"): the pages of /v1/preview link
// the server's fonts there, not relative to the editor's page, so that
// another site's page can show them, and so do those of
// /v1/render?format=html&fonts=link, which otherwise link them at the
// URL the request came to (wrong behind a proxy that changes the scheme
// or the host). A URL that is not absolute http or https is ignored.
func WithPublicURL(u string) Option { return func(c *config) { c.publicURL = publicURL(u) } }

// ValidPublicURL reports whether [WithPublicURL] takes u.
func ValidPublicURL(u string) bool { return publicURL(u) != "" }

// DrainOn makes /healthz answer 503 once ctx is done, so that a load
// balancer stops sending requests to a server that is shutting down
// while it finishes those it has.
func DrainOn(ctx context.Context) Option { return func(c *config) { c.drain = ctx } }

// BearerToken returns a middleware for [WithAuth] that lets through the
// requests whose Authorization header is "Bearer " and token, compared in
// constant time, and answers the others 401 with a problem.
func BearerToken(token string) func(http.Handler) http.Handler {
	want := sha256.Sum256([]byte(token))
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			scheme, given, ok := strings.Cut(r.Header.Get("Authorization"), " ")
			ok = ok && strings.EqualFold(scheme, "Bearer") // the scheme's case does not matter
			got := sha256.Sum256([]byte(strings.TrimSpace(given)))
			if !ok || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="kehoach"`)
				writeProblem(w, r, &problem{status: http.StatusUnauthorized, code: codeUnauthorized, text: msgUnauthorized})
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
