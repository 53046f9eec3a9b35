package server

import (
	"context"
	"net/http"
)

// serveCheck answers POST /v1/check: the checker's findings on the plan
// as a JSON array, the objects kehoach check -json prints (an empty
// array for a plan that passes); 200 whatever they find, since the check
// itself succeeded.
func (h *handler) serveCheck(w http.ResponseWriter, r *http.Request) {
	lang := acceptedLanguage(r)
	h.serveWork(w, r, "check", func(ctx context.Context, in *input) answer {
		j, prob := h.judge(ctx, in)
		if prob != nil {
			return answer{problem: prob}
		}
		b, err := marshalJSON(findingsJSON(j.findings, lang))
		if err != nil {
			return answer{problem: &problem{status: http.StatusInternalServerError, code: codeInternal, text: msgInternal}}
		}
		return answer{status: http.StatusOK, contentType: "application/json", body: b,
			headers: map[string]string{"Content-Language": lang, "Vary": "Accept-Language"}}
	})
}
