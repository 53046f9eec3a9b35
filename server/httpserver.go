package server

import (
	"net/http"
	"time"
)

// NewHTTPServer returns an http.Server for h with the timeouts and
// limits a server open to a network needs: headers within 10 s and
// 64 KiB (a larger header gets 431), idle connections closed after
// 2 minutes. Reading a body is bounded by the handler itself
// ([WithBodyTimeout]), and writing an answer by the render time. Set its
// Addr, or call its Serve with a listener.
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
