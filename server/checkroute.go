package server

import (
	"context"
	"net/http"

	"github.com/kehoach/kehoach"
)

// serveCheck answers POST /v1/check: the checker's findings on the plan
// as a JSON array, the objects kehoach check -json prints (an empty
// array for a plan that passes); 200 whatever they find, since the check
// itself succeeded. A Word file gets the findings on its own layout too
// ([kehoach.Inspect]: margins, fonts, the header as the word processor
// left them).
func (h *handler) serveCheck(w http.ResponseWriter, r *http.Request) {
	lang := acceptedLanguage(r)
	h.serveWork(w, r, "check", func(ctx context.Context, in *input) answer {
		j, prob := h.judge(ctx, in)
		if prob != nil {
			return answer{problem: prob}
		}
		own, err := kehoach.Inspect(in.src, in.name, kehoach.WithLimits(h.cfg.limits))
		if err != nil {
			return answer{problem: &problem{status: http.StatusUnprocessableEntity, code: codeUnreadablePlan, text: errorWords(err)}}
		}
		for i := range own {
			own[i].File = in.shown
		}
		b, err := marshalJSON(findingsJSON(append(j.findings, own...), lang))
		if err != nil {
			return answer{problem: &problem{status: http.StatusInternalServerError, code: codeInternal, text: msgInternal}}
		}
		return answer{status: http.StatusOK, contentType: "application/json", body: b, lang: lang}
	})
}
