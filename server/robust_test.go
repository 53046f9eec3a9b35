package server

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Malformed bodies and wrong content types get a clear 4xx, never a
// panic or a 5xx, and leave no goroutine behind.
func TestMalformedRequests(t *testing.T) {
	before := runtime.NumGoroutine()
	h := New(WithMaxBody(32 << 10))
	var valid bytes.Buffer
	w := multipart.NewWriter(&valid)
	w.SetBoundary("B")
	part, _ := w.CreateFormFile("plan", "ke-hoach.md")
	part.Write(seed(t)[:2000])
	w.Close()
	cases := []struct{ contentType, body string }{
		{"multipart/form-data; boundary=B", valid.String()[:valid.Len()-10]},
		{"multipart/form-data; boundary=B", strings.Replace(valid.String(), "\r\n\r\n", "\n", 1)},
		{"multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"a.md\"\r\n\r\n"},
		{"multipart/form-data; boundary=B", "--B\r\n" + strings.Repeat("X-Long: "+strings.Repeat("a", 1000)+"\r\n", 40) + "\r\n\r\n--B--\r\n"},
		{"multipart/form-data; boundary=B", "--B--\r\n"},
		{"multipart/form-data; boundary=B", ""},
		{"multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data; name=\"plan\"; filename*=UTF-8''%E0%A4%A.md\r\n\r\nx\r\n--B--\r\n"},
		{"multipart/form-data; boundary=" + strings.Repeat("b", 80), "--x"},
		{"multipart/mixed; boundary=B", valid.String()},
		{"application/x-www-form-urlencoded", "plan=---%0A"},
		{"application/json", "{\"issuer\": [" + strings.Repeat("[", 100) + "]}"},
		{"application/json", "\xff\xfe{"},
		{"text/markdown", "---\n" + strings.Repeat("- ", 10000)},
		{"text/markdown; charset=latin1", "---\nissuer: S\xd4 Y T\xc9\n---\n"},
		{"image/png", "\x89PNG"},
		{"*/*", "x"},
		{"", "x"},
	}
	for i, c := range cases {
		for _, target := range []string{"/v1/render?format=pdf", "/v1/check", "/v1/import", "/v1/preview"} {
			rec := post(t, h, target, c.contentType, []byte(c.body))
			assert.True(t, rec.Code >= 400 && rec.Code < 500 || rec.Code == 200, "case %d %s: %d %s", i, target, rec.Code, rec.Body.String())
			if rec.Code >= 400 {
				assert.Equal(t, problemMediaType, rec.Header().Get("Content-Type"), "case %d", i)
			}
		}
	}
	after := settledGoroutines(before)
	assert.LessOrEqual(t, after, before, "goroutines left behind")
}

// FuzzForm sends fuzzed multipart bodies: the handler answers each with
// a status below 500 and never panics.
func FuzzForm(f *testing.F) {
	f.Add("B", "--B\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"a.md\"\r\n\r\n---\nissuer: X\n---\n\r\n--B--\r\n")
	f.Add("B", "--B\r\nContent-Disposition: form-data; name=\"template\"; filename=\"t.docx\"\r\nContent-Type: application/zip\r\n\r\nPK\x03\x04\r\n--B--\r\n")
	f.Add("xyz", "--xyz\r\n\r\n\r\n--xyz--")
	f.Add("B", "--B\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"../../a.json\"\r\n\r\n{}\r\n--B--\r\n")
	h := New(WithMaxBody(64 << 10))
	f.Fuzz(func(t *testing.T, boundary, body string) {
		rec := post(t, h, "/v1/render?format=md", "multipart/form-data; boundary=\""+strings.ReplaceAll(boundary, `"`, "")+"\"", []byte(body))
		if rec.Code >= 500 {
			t.Fatalf("%d: %s", rec.Code, rec.Body.String())
		}
	})
}

// Over a real connection: a header over the server's limit gets 431; a
// body that stalls gets 408 at the body's time; a client that goes away
// mid-body is let go. No goroutine stays behind.
func TestSlowAndHugeRequests(t *testing.T) {
	before := runtime.NumGoroutine()
	srv := httptest.NewUnstartedServer(New(WithBodyTimeout(300 * time.Millisecond)))
	std := NewHTTPServer(nil)
	srv.Config.MaxHeaderBytes = std.MaxHeaderBytes
	srv.Config.ReadHeaderTimeout = std.ReadHeaderTimeout
	srv.Start()
	defer func() {
		srv.Close()
		after := settledGoroutines(before)
		assert.LessOrEqual(t, after, before, "goroutines left behind")
	}()
	addr := srv.Listener.Addr().String()

	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/v1/check", strings.NewReader("x"))
	req.Header.Set("Content-Type", "text/markdown")
	req.Header.Set("X-Huge", strings.Repeat("a", 200<<10))
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, res.StatusCode)

	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: text/markdown\r\nContent-Length: 5000\r\n\r\n---\nissuer: X\n")
	start := time.Now()
	res, err = http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, http.StatusRequestTimeout, res.StatusCode, string(body))
	assert.Contains(t, string(body), `"code": "request-timeout"`)
	assert.Less(t, time.Since(start), 3*time.Second)

	gone, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	fmt.Fprintf(gone, "POST /v1/render HTTP/1.1\r\nHost: x\r\nContent-Type: text/markdown\r\nContent-Length: 5000\r\n\r\n---\n")
	gone.Close()
}
