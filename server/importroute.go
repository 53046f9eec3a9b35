package server

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// importAnswer is what POST /v1/import answers in JSON: the plan as
// read, in the model's JSON encoding (which /v1/render reads back as
// application/json), and the findings on what could not be read or
// breaks the decree.
type importAnswer struct {
	Plan     json.RawMessage `json:"plan"`
	Findings []jsonFinding   `json:"findings"`
}

// authoringMediaType is the content type of a plan in the authoring
// format, as POST /v1/import?format=md answers it.
const authoringMediaType = "text/markdown; charset=utf-8"

// serveImport answers POST /v1/import?format=json|md: any plan file the
// pipeline reads (Word and text files among them), as the model's JSON
// encoding with the findings (json, the default), or as a plan in the
// authoring format for its author to complete (md), as kehoach import
// writes it: what the reader could not find or is not valid listed in
// comments at the top of its front matter, in both languages, and the
// required fields it did not find left empty.
func (h *handler) serveImport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	switch format {
	case "":
		format = "json"
	case "json", "md":
	default:
		writeProblem(w, r, malformed(msgf("tham số \"format=%s\" không hợp lệ: hãy gửi \"format=md\" (định dạng soạn thảo) hoặc \"format=json\"",
			"the parameter \"format=%s\" is not valid: send \"format=md\" (the authoring format) or \"format=json\"", format)))
		return
	}
	infoOf(r).format = format
	lang := acceptedLanguage(r)
	h.serveWork(w, r, "import", func(ctx context.Context, in *input) answer {
		j, prob := h.judge(ctx, in)
		if prob != nil {
			return answer{problem: prob}
		}
		if format == "md" {
			return authoring(j)
		}
		var encoded bytes.Buffer
		if err := plan.WriteJSON(&encoded, j.plan); err != nil {
			return answer{problem: invalidPlan(j.findings)}
		}
		b, err := marshalJSON(importAnswer{Plan: encoded.Bytes(), Findings: findingsJSON(j.findings, lang)})
		if err != nil {
			return answer{problem: &problem{status: http.StatusInternalServerError, code: codeInternal, text: msgInternal}}
		}
		return answer{status: http.StatusOK, contentType: "application/json", body: b, lang: lang}
	})
}

// authoring answers a plan read in the authoring format, with the
// reader's problems as comments (markdown.WithGaps), named after its
// number and symbol as the rendered documents are.
func authoring(j *judged) answer {
	var b bytes.Buffer
	if err := markdown.Write(&b, j.plan, markdown.WithGaps(j.problems)); err != nil {
		return answer{problem: renderProblem(err, false)}
	}
	return answer{status: http.StatusOK, contentType: authoringMediaType,
		disposition: attachment(documentName(j.plan, ".md")), body: b.Bytes()}
}
