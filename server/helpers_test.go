package server

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/langcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// example returns an example plan's file.
func exampleFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testplans.Dir(), name))
	require.NoError(t, err)
	return b
}

// seed is the seed plan 004 in the authoring format.
func seed(t testing.TB) []byte { return exampleFile(t, "ke-hoach-004.md") }

// breaking is the seed plan with a breach of the decree the checker
// reports as an error: the signer's name in upper case.
func breaking(t testing.TB) []byte {
	return bytes.Replace(seed(t), []byte("name: Nguyễn Bá Hiến"), []byte("name: NGUYỄN BÁ HIẾN"), 1)
}

// post sends a body of a content type to the handler.
func post(t testing.TB, h http.Handler, target, contentType string, body []byte, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// get asks the handler for a path.
func get(t testing.TB, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// form is a multipart form: its parts, each a field name, a file name and
// its bytes.
type formPart struct {
	field, file string
	data        []byte
}

func form(t testing.TB, parts ...formPart) (contentType string, body []byte) {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for _, p := range parts {
		var pw io.Writer
		var err error
		if p.file == "" {
			pw, err = w.CreateFormField(p.field)
		} else {
			pw, err = w.CreateFormFile(p.field, p.file)
		}
		require.NoError(t, err)
		pw.Write(p.data)
	}
	require.NoError(t, w.Close())
	return w.FormDataContentType(), b.Bytes()
}

// decodedProblem is a problem as a client reads it.
type decodedProblem struct {
	Type      string           `json:"type"`
	Title     string           `json:"title"`
	Status    int              `json:"status"`
	Detail    string           `json:"detail"`
	Instance  string           `json:"instance"`
	Code      string           `json:"code"`
	DetailVi  string           `json:"detail_vi"`
	DetailEn  string           `json:"detail_en"`
	RequestID string           `json:"request_id"`
	Findings  []map[string]any `json:"findings"`
}

// problemOf reads an answer as a problem of a status and code, and checks
// what every problem has: its content type, the RFC 9457 members, both
// languages, each in its own language.
func problemOf(t testing.TB, rec *httptest.ResponseRecorder, status int, code string) decodedProblem {
	t.Helper()
	require.Equal(t, status, rec.Code, rec.Body.String())
	assert.Equal(t, problemMediaType, rec.Header().Get("Content-Type"))
	var p decodedProblem
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &p), rec.Body.String())
	assert.Equal(t, code, p.Code)
	assert.Equal(t, "urn:kehoach:problem:"+code, p.Type)
	assert.Equal(t, status, p.Status)
	assert.NotEmpty(t, p.Title)
	assert.NotEmpty(t, p.DetailVi)
	assert.NotEmpty(t, p.DetailEn)
	assert.Empty(t, langcheck.English(p.DetailVi), "English in %q", p.DetailVi)
	assert.Empty(t, langcheck.Vietnamese(p.DetailEn), "Vietnamese in %q", p.DetailEn)
	if rec.Header().Get("Content-Language") == "en" {
		assert.Equal(t, p.DetailEn, p.Detail)
	} else {
		assert.Equal(t, "vi", rec.Header().Get("Content-Language"))
		assert.Equal(t, p.DetailVi, p.Detail, "Vietnamese by default")
	}
	return p
}

// blocking is a format whose writer waits until it is released, for the
// tests of the queue, the time limit and cancellation. It is registered
// once, under a name no real format has.
var blocking = struct {
	once    sync.Once
	mu      sync.Mutex
	release chan struct{}
	started chan struct{}
	calls   int
}{}

const blockingFormat = "test-blocking"

// blockRenders makes renders of blockingFormat wait until the returned
// function is called (at the test's end at the latest); started receives
// once per render as it starts.
func blockRenders(t testing.TB) (started <-chan struct{}, release func()) {
	blocking.once.Do(func() {
		kehoach.RegisterFormat(kehoach.Format{Name: blockingFormat, Ext: ".txt", MediaType: "text/plain", OnRequest: true,
			Write: func(w io.Writer, p *plan.Plan, _ *kehoach.Settings) error {
				blocking.mu.Lock()
				blocking.calls++
				release, started := blocking.release, blocking.started
				blocking.mu.Unlock()
				started <- struct{}{}
				<-release
				_, err := io.WriteString(w, p.Subject)
				return err
			}})
	})
	blocking.mu.Lock()
	blocking.release = make(chan struct{})
	blocking.started = make(chan struct{}, 100)
	blocking.calls = 0
	ch, st := blocking.release, blocking.started
	blocking.mu.Unlock()
	rel := sync.OnceFunc(func() { close(ch) })
	t.Cleanup(rel)
	return st, rel
}

// blockedCalls returns how many renders of blockingFormat started.
func blockedCalls() int {
	blocking.mu.Lock()
	defer blocking.mu.Unlock()
	return blocking.calls
}

// settledGoroutines waits until the number of goroutines is at most n,
// for up to 5 s, and returns it.
func settledGoroutines(n int) int {
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := runtime.NumGoroutine()
		if got <= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(20 * time.Millisecond)
	}
}
