package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"net/http"
	"time"
)

// requestInfo is what the log line and the metrics of a request record,
// filled in as the request is handled.
type requestInfo struct {
	id     string
	route  string // the route's path pattern, "" for none
	format string // the format rendered, for /v1/render
	code   string // the problem's code, for an error
}

type infoKey struct{}

// infoOf returns the request's info, or an empty one for a request that
// did not come through the handler's middleware (a test calling a route
// directly).
func infoOf(r *http.Request) *requestInfo {
	if info, ok := r.Context().Value(infoKey{}).(*requestInfo); ok {
		return info
	}
	return &requestInfo{}
}

// requestID returns the request's X-Request-ID when it is a short token
// of safe characters (so that it can go into a log line and a header as
// it is), else a new random one.
func requestID(r *http.Request) string {
	if id := r.Header.Get("X-Request-ID"); id != "" && len(id) <= 64 && safeToken(id) {
		return id
	}
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func safeToken(s string) bool {
	for _, c := range []byte(s) {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':'
		if !ok {
			return false
		}
	}
	return true
}

// recorder remembers the status and the size of an answer.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (rec *recorder) WriteHeader(status int) {
	if rec.status == 0 {
		rec.status = status
	}
	rec.ResponseWriter.WriteHeader(status)
}

func (rec *recorder) Write(b []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	n, err := rec.ResponseWriter.Write(b)
	rec.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's deadlines.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// statusClientGone is the status a request whose client went away before
// its answer is logged and counted with, as nginx logs it; nothing is
// sent.
const statusClientGone = 499

// observe gives each request an id (X-Request-ID, answered back),
// recovers a panic as a 500 problem, logs a line per request and counts
// it in the metrics.
func (h *handler) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{id: requestID(r)}
		r = r.WithContext(context.WithValue(r.Context(), infoKey{}, info))
		w.Header().Set("X-Request-ID", info.id)
		rec := &recorder{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				h.cfg.logger.Error("panic", "id", info.id, "route", info.route, "panic", v)
				if rec.status == 0 {
					writeProblem(rec, r, &problem{status: http.StatusInternalServerError, code: codeInternal, text: msgInternal})
				}
			}
			status := rec.status
			if status == 0 {
				status = http.StatusOK
				if r.Context().Err() != nil {
					status = statusClientGone
				}
			}
			elapsed := time.Since(start)
			h.metrics.request(info.route, status)
			attrs := []slog.Attr{
				slog.String("id", info.id), slog.String("method", r.Method), slog.String("route", info.route),
				slog.Int("status", status), slog.Int64("bytes", rec.bytes), slog.Duration("duration", elapsed),
			}
			if info.format != "" {
				attrs = append(attrs, slog.String("format", info.format))
			}
			if info.code != "" {
				attrs = append(attrs, slog.String("code", info.code))
			}
			h.cfg.logger.LogAttrs(r.Context(), slog.LevelInfo, "http", attrs...)
		}()
		next.ServeHTTP(rec, r)
	})
}
