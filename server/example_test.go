package server_test

import (
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"

	"github.com/kehoach/kehoach/server"
)

// An e-office application mounts the service under its own prefix, behind
// its own authentication, and sends it plans.
func Example() {
	mux := http.NewServeMux()
	kehoach := server.New(
		server.WithMaxBody(2<<20),
		server.WithWorkers(2),
		server.WithAuth(server.BearerToken("token-from-the-vault")),
		server.WithLogger(slog.New(slog.DiscardHandler)),
	)
	mux.Handle("/kehoach/", http.StripPrefix("/kehoach", kehoach))

	plan, _ := os.ReadFile("../examples/ke-hoach-004.md")
	req := httptest.NewRequest(http.MethodPost, "/kehoach/v1/render?format=docx", strings.NewReader(string(plan)))
	req.Header.Set("Content-Type", "text/markdown")
	req.Header.Set("Authorization", "Bearer token-from-the-vault")
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Println(rec.Code, rec.Header().Get("Content-Disposition"))
	// Output: 200 attachment; filename="KH-STTTT.docx"
}
