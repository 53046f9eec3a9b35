package server

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every request the service cannot serve gets a problem of its status
// and code, worded in both languages.
func TestErrorStatuses(t *testing.T) {
	h := New(WithMaxBody(64 << 10))
	ct, noPlan := form(t, formPart{"template", "mau.docx", []byte("x")})
	ctOdd, oddPart := form(t, formPart{"plan", "ke-hoach.md", seed(t)}, formPart{"extra", "", []byte("x")})
	ctTwice, twice := form(t, formPart{"plan", "a.md", seed(t)}, formPart{"plan", "b.md", seed(t)})
	ctExe, exe := form(t, formPart{"plan", "ke-hoach.exe", seed(t)})
	ctNoName, noName := form(t, formPart{"plan", "", seed(t)})
	for _, c := range []struct {
		name, method, target, contentType string
		body                              []byte
		status                            int
		code                              string
	}{
		{"unknown format", "POST", "/v1/render?format=odt", "text/markdown", seed(t), 400, codeUnknownFormat},
		{"bad force", "POST", "/v1/render?force=2", "text/markdown", seed(t), 400, codeMalformed},
		{"empty body", "POST", "/v1/render", "text/markdown", nil, 400, codeMalformed},
		{"form without boundary", "POST", "/v1/check", "multipart/form-data", seed(t), 400, codeMalformed},
		{"form cut off", "POST", "/v1/check", ct, noPlan[:len(noPlan)/2], 400, codeMalformed},
		{"form without plan", "POST", "/v1/check", ct, noPlan, 400, codeMalformed},
		{"form with an unknown part", "POST", "/v1/check", ctOdd, oddPart, 400, codeMalformed},
		{"form with two plans", "POST", "/v1/check", ctTwice, twice, 400, codeMalformed},
		{"form of garbage", "POST", "/v1/check", "multipart/form-data; boundary=xyz", []byte("garbage\r\n"), 400, codeMalformed},
		{"no such route", "GET", "/v2/render", "", nil, 404, codeNotFound},
		{"no such asset", "GET", "/assets/..%2F..%2Fetc%2Fpasswd", "", nil, 404, codeNotFound},
		{"no such font", "GET", "/v1/fonts/Arial.ttf", "", nil, 404, codeNotFound},
		{"no such example", "GET", "/examples/none.md", "", nil, 404, codeNotFound},
		{"GET a POST route", "GET", "/v1/render", "", nil, 405, codeMethod},
		{"POST a GET route", "POST", "/healthz", "text/markdown", seed(t), 405, codeMethod},
		{"body over the limit", "POST", "/v1/render", "text/markdown", bytes.Repeat([]byte("a"), 65<<10), 413, codeTooLarge},
		{"no content type", "POST", "/v1/render", "", seed(t), 415, codeUnsupportedType},
		{"HTML", "POST", "/v1/render", "text/html", seed(t), 415, codeUnsupportedType},
		{"bad content type", "POST", "/v1/render", "text/markdown; =;", seed(t), 415, codeUnsupportedType},
		{"a damaged Word file", "POST", "/v1/check", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", []byte("PK"), 422, codeUnreadablePlan},
		{"a file of another kind", "POST", "/v1/check", ctExe, exe, 415, codeUnsupportedType},
		{"a file without a name or a type", "POST", "/v1/check", ctNoName, noName, 415, codeUnsupportedType},
		{"invalid plan", "POST", "/v1/render", "text/markdown", []byte("no front matter"), 422, codeInvalidPlan},
		{"checker error", "POST", "/v1/render", "text/markdown", breaking(t), 422, codeBreaksDecree},
	} {
		t.Run(c.name, func(t *testing.T) {
			req := httptest.NewRequest(c.method, c.target, bytes.NewReader(c.body))
			if c.contentType != "" {
				req.Header.Set("Content-Type", c.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			p := problemOf(t, rec, c.status, c.code)
			assert.Equal(t, rec.Header().Get("X-Request-ID"), p.RequestID)
			assert.Equal(t, "urn:kehoach:request:"+p.RequestID, p.Instance)
			if c.status == 405 {
				assert.NotEmpty(t, rec.Header().Get("Allow"))
			}
		})
	}
}

// A body over the limit is refused by its declared length before it is
// read, and by what arrives when no length is declared (chunked).
func TestBodyLimit(t *testing.T) {
	h := New(WithMaxBody(1 << 10))
	srv := httptest.NewServer(h)
	defer srv.Close()
	big := bytes.Repeat([]byte("x"), 4<<10)
	res, err := http.Post(srv.URL+"/v1/check", "text/markdown", bytes.NewReader(big))
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)

	chunked := io.MultiReader(bytes.NewReader(big)) // no length: sent chunked
	res, err = http.Post(srv.URL+"/v1/check", "text/markdown", chunked)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)

	ct, body := form(t, formPart{"plan", "ke-hoach.md", big})
	res, err = http.Post(srv.URL+"/v1/check", ct, bytes.NewReader(body))
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
}

// The queue: with one worker busy and one request waiting, the next is
// refused at once with 503 and Retry-After; once the worker is free the
// waiting request is served and the queue is empty again.
func TestQueueFull(t *testing.T) {
	started, release := blockRenders(t)
	h := New(WithWorkers(1), WithQueue(1))
	answers := make(chan *httptest.ResponseRecorder, 2)
	send := func() { answers <- post(t, h, "/v1/render?format="+blockingFormat, "text/markdown", seed(t)) }
	go send()
	<-started // the worker is busy
	go send()
	waitFor(t, func() bool { return h.(*handler).gate.queued() == 1 })

	rec := post(t, h, "/v1/render?format=pdf", "text/markdown", seed(t))
	problemOf(t, rec, http.StatusServiceUnavailable, codeBusy)
	assert.Equal(t, "1", rec.Header().Get("Retry-After"))
	metrics := get(t, h, "/metrics").Body.String()
	assert.Contains(t, metrics, `kehoach_rejections_total{reason="queue_full"} 1`)
	assert.Contains(t, metrics, "kehoach_renders_in_flight 1\n")
	assert.Contains(t, metrics, "kehoach_renders_queued 1\n")

	release()
	for range 2 {
		a := <-answers
		assert.Equal(t, http.StatusOK, a.Code, a.Body.String())
	}
	assert.Equal(t, int64(0), h.(*handler).gate.queued())
	assert.Equal(t, 0, h.(*handler).gate.working())
}

// A render that passes its time gets 504 at its time, and its worker's
// place is given back when the render ends; a request that waits for a
// worker past its time gets 503.
func TestRenderTimeout(t *testing.T) {
	started, release := blockRenders(t)
	h := New(WithWorkers(1), WithRenderTimeout(200*time.Millisecond))
	begin := time.Now()
	rec := post(t, h, "/v1/render?format="+blockingFormat, "text/markdown", seed(t))
	problemOf(t, rec, http.StatusGatewayTimeout, codeRenderTimeout)
	assert.Less(t, time.Since(begin), 2*time.Second)
	<-started
	assert.Equal(t, 1, h.(*handler).gate.working(), "the render still holds its place")

	waited := post(t, h, "/v1/render?format=pdf", "text/markdown", seed(t))
	problemOf(t, waited, http.StatusServiceUnavailable, codeBusy)
	assert.Equal(t, "1", waited.Header().Get("Retry-After"))

	release()
	waitFor(t, func() bool { return h.(*handler).gate.working() == 0 })
	assert.Contains(t, get(t, h, "/metrics").Body.String(), `kehoach_rejections_total{reason="render_timeout"} 1`)
}

// A client that goes away stops its request: one waiting for a worker
// leaves the queue and is never worked on, and one whose client is gone
// before it gets a worker starts no work; neither is answered.
func TestCancellation(t *testing.T) {
	started, release := blockRenders(t)
	h := New(WithWorkers(1), WithQueue(4))
	go post(t, h, "/v1/render?format="+blockingFormat, "text/markdown", seed(t))
	<-started

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan *httptest.ResponseRecorder)
	go func() {
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/v1/render?format="+blockingFormat, bytes.NewReader(seed(t)))
		req.Header.Set("Content-Type", "text/markdown")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		done <- rec
	}()
	waitFor(t, func() bool { return h.(*handler).gate.queued() == 1 })
	cancel()
	rec := <-done
	assert.Empty(t, rec.Body.String(), "no one to answer")
	assert.Equal(t, int64(0), h.(*handler).gate.queued(), "the queue does not keep a request whose client went away")

	gone, cancelGone := context.WithCancel(context.Background())
	cancelGone()
	req := httptest.NewRequestWithContext(gone, http.MethodPost, "/v1/render?format="+blockingFormat, bytes.NewReader(seed(t)))
	req.Header.Set("Content-Type", "text/markdown")
	h.ServeHTTP(httptest.NewRecorder(), req)

	release()
	waitFor(t, func() bool { return h.(*handler).gate.working() == 0 })
	assert.Equal(t, 1, blockedCalls(), "only the first request was rendered")
	metrics := get(t, h, "/metrics").Body.String()
	assert.Contains(t, metrics, `kehoach_http_requests_total{route="/v1/render",code="499"} 2`)
}

// waitFor polls cond for up to 5 s.
func waitFor(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// The bearer token: the API's work needs it, compared whole; the editor,
// the health and the metrics do not.
func TestBearerToken(t *testing.T) {
	h := New(WithAuth(BearerToken("s3cret-token")))
	for _, auth := range []string{"", "Bearer", "Bearer wrong", "Basic czNjcmV0LXRva2Vu", "Bearer s3cret-token-and-more", "Bearer s3cret-toke"} {
		rec := post(t, h, "/v1/check", "text/markdown", seed(t), "Authorization", auth)
		problemOf(t, rec, http.StatusUnauthorized, codeUnauthorized)
		assert.Equal(t, `Bearer realm="kehoach"`, rec.Header().Get("WWW-Authenticate"))
	}
	for _, auth := range []string{"Bearer s3cret-token", "bearer s3cret-token", "BEARER  s3cret-token "} {
		rec := post(t, h, "/v1/check", "text/markdown", seed(t), "Authorization", auth)
		assert.Equal(t, http.StatusOK, rec.Code, auth)
	}
	for _, path := range []string{"/", "/healthz", "/metrics", "/v1/version", "/v1/openapi.json", "/assets/editor.js"} {
		assert.Equal(t, http.StatusOK, get(t, h, path).Code, path)
	}
}

// CORS: no origin is allowed by default; an allowed origin gets its
// headers and its preflight answered before authentication; another
// origin's preflight is refused.
func TestCORS(t *testing.T) {
	closed := New()
	rec := post(t, closed, "/v1/check", "text/markdown", seed(t), "Origin", "https://eoffice.example.vn")
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))

	h := New(WithCORS("https://eoffice.example.vn/"), WithAuth(BearerToken("t")))
	pre := httptest.NewRequest(http.MethodOptions, "/v1/render", nil)
	pre.Header.Set("Origin", "https://eoffice.example.vn")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	pre.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, pre)
	assert.Equal(t, http.StatusNoContent, rec.Code)
	assert.Equal(t, "https://eoffice.example.vn", rec.Header().Get("Access-Control-Allow-Origin"))
	assert.Contains(t, rec.Header().Get("Access-Control-Allow-Headers"), "Authorization")
	assert.Contains(t, rec.Header().Get("Access-Control-Allow-Methods"), "POST")
	assert.Contains(t, rec.Header().Values("Vary"), "Origin")

	rec = post(t, h, "/v1/render", "text/markdown", seed(t), "Origin", "https://eoffice.example.vn", "Authorization", "Bearer t")
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "https://eoffice.example.vn", rec.Header().Get("Access-Control-Allow-Origin"))
	assert.Contains(t, rec.Header().Get("Access-Control-Expose-Headers"), "Content-Disposition")

	pre.Header.Set("Origin", "https://evil.example")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, pre)
	problemOf(t, rec, http.StatusForbidden, codeForbiddenOrigin)
	assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))
	rec = post(t, h, "/v1/render", "text/markdown", seed(t), "Origin", "https://evil.example", "Authorization", "Bearer t")
	assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"), "served, but not readable by the other origin's page")

	any := New(WithCORS("*"))
	rec = post(t, any, "/v1/check", "text/markdown", seed(t), "Origin", "http://localhost:3000")
	assert.Equal(t, "http://localhost:3000", rec.Header().Get("Access-Control-Allow-Origin"))
}

// Accept-Language chooses the language of a problem's detail: English
// when preferred to Vietnamese, Vietnamese otherwise.
func TestAcceptLanguage(t *testing.T) {
	for header, want := range map[string]string{
		"": "vi", "en": "en", "en-US,en;q=0.9": "en", "vi-VN,vi;q=0.9,en;q=0.8": "vi", "fr,en;q=0.5": "en",
		"en;q=0.3,vi;q=0.7": "vi", "de": "vi", "en;q=bad": "vi", "EN-gb": "en",
	} {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Header.Set("Accept-Language", header)
		assert.Equal(t, want, acceptedLanguage(req), header)
	}
}

// The health check answers 200 while serving and 503 once draining.
func TestHealth(t *testing.T) {
	ctx, drain := context.WithCancel(context.Background())
	h := New(DrainOn(ctx))
	rec := get(t, h, "/healthz")
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.JSONEq(t, `{"status":"serving"}`, rec.Body.String())
	drain()
	rec = get(t, h, "/healthz")
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.JSONEq(t, `{"status":"draining"}`, rec.Body.String())
	assert.Equal(t, http.StatusOK, post(t, h, "/v1/check", "text/markdown", seed(t)).Code, "still serving while draining")
}

// The metrics count requests by route and status, time renders by
// format, and report the process's memory.
func TestMetrics(t *testing.T) {
	h := New()
	post(t, h, "/v1/render?format=pdf", "text/markdown", seed(t))
	post(t, h, "/v1/render?format=docx", "text/markdown", seed(t))
	post(t, h, "/v1/render?format=docx", "text/markdown", []byte("bad"))
	get(t, h, "/nowhere")
	rec := get(t, h, "/metrics")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "text/plain; version=0.0.4; charset=utf-8", rec.Header().Get("Content-Type"))
	m := rec.Body.String()
	for _, want := range []string{
		"# TYPE kehoach_http_requests_total counter\n",
		`kehoach_http_requests_total{route="/v1/render",code="200"} 2`,
		`kehoach_http_requests_total{route="/v1/render",code="422"} 1`,
		`kehoach_http_requests_total{route="other",code="404"} 1`,
		"# TYPE kehoach_render_duration_seconds histogram\n",
		`kehoach_render_duration_seconds_count{format="docx"} 2`,
		`kehoach_render_duration_seconds_bucket{format="pdf",le="+Inf"} 1`,
		`kehoach_render_duration_seconds_count{format="pdf"} 1`,
		"kehoach_renders_in_flight 0\n",
		"# TYPE kehoach_rejections_total counter\n",
		"process_resident_memory_bytes ",
	} {
		assert.Contains(t, m, want)
	}
	for _, line := range strings.Split(strings.TrimSpace(m), "\n") {
		if !strings.HasPrefix(line, "#") {
			assert.Regexp(t, `^[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? [0-9.e+-]+$`, line)
		}
	}
}

// /v1/version names the version and what is read and written.
func TestVersion(t *testing.T) {
	rec := get(t, New(), "/v1/version")
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Contains(t, rec.Body.String(), `"name": "pdf"`)
	assert.Contains(t, rec.Body.String(), `".md"`)
	assert.Contains(t, rec.Body.String(), `"go": "go1.`)
}

// A writer that panics gets 500 with a problem; the worker's place is
// given back and the server goes on serving.
func TestPanicRecovered(t *testing.T) {
	kehoach.RegisterFormat(kehoach.Format{Name: "test-panic", Ext: ".txt", MediaType: "text/plain", OnRequest: true,
		Write: func(io.Writer, *plan.Plan, *kehoach.Settings) error { panic("boom") }})
	var logs bytes.Buffer
	h := New(WithWorkers(1), WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	problemOf(t, post(t, h, "/v1/render?format=test-panic", "text/markdown", seed(t)), http.StatusInternalServerError, codeInternal)
	assert.Equal(t, 0, h.(*handler).gate.working())
	assert.Equal(t, http.StatusOK, post(t, h, "/v1/render?format=md", "text/markdown", seed(t)).Code)
	assert.Contains(t, logs.String(), "panic=boom")
}
