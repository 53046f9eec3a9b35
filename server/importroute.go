package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/kehoach/kehoach/plan"
)

// importAnswer is what POST /v1/import answers in JSON: the plan as
// read, in the model's JSON encoding (which /v1/render reads back as
// application/json), and the findings on what could not be read or
// breaks the decree.
type importAnswer struct {
	Plan     json.RawMessage `json:"plan"`
	Findings []jsonFinding   `json:"findings"`
}

// serveImport answers POST /v1/import?format=json: any plan file the
// pipeline reads (Word and text files once their readers are
// registered), as the model's JSON encoding with the findings. The
// authoring format (format=md) comes with the writer of that format:
// until then it is answered 501.
func (h *handler) serveImport(w http.ResponseWriter, r *http.Request) {
	switch format := r.URL.Query().Get("format"); format {
	case "", "json":
	case "md":
		writeProblem(w, r, &problem{status: http.StatusNotImplemented, code: codeNotImplemented, text: msg{
			"chưa chuyển được kế hoạch sang định dạng soạn thảo Markdown: hãy gửi \"format=json\"",
			"answering the plan in the Markdown authoring format is not supported yet: send \"format=json\""}})
		return
	default:
		writeProblem(w, r, malformed(msgf("tham số \"format=%s\" không hợp lệ: hãy gửi \"format=json\"", "the parameter \"format=%s\" is not valid: send \"format=json\"", format)))
		return
	}
	infoOf(r).format = "json"
	lang := acceptedLanguage(r)
	h.serveWork(w, r, "import", func(ctx context.Context, in *input) answer {
		j, prob := h.judge(ctx, in)
		if prob != nil {
			return answer{problem: prob}
		}
		var encoded bytes.Buffer
		if err := plan.WriteJSON(&encoded, j.plan); err != nil {
			return answer{problem: invalidPlan(j.findings)}
		}
		b, err := marshalJSON(importAnswer{Plan: encoded.Bytes(), Findings: findingsJSON(j.findings, lang)})
		if err != nil {
			return answer{problem: &problem{status: http.StatusInternalServerError, code: codeInternal, text: msgInternal}}
		}
		return answer{status: http.StatusOK, contentType: "application/json", body: b,
			headers: map[string]string{"Content-Language": lang, "Vary": "Accept-Language"}}
	})
}
