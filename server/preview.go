package server

import (
	"bytes"
	"context"
	"io"
	"net/http"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// previewAnswer is what POST /v1/preview answers: the checker's findings
// and, for a plan that can be laid out, its pages as HTML, as the editor
// shows them side by side.
type previewAnswer struct {
	Findings []jsonFinding `json:"findings"`
	// HTML is the plan's pages, drawn by the HTML writer; empty for an
	// invalid plan (the findings say why) or when there is no HTML
	// writer (Unavailable says so).
	HTML string `json:"html,omitempty"`
	// Unavailable says why there is no HTML for a valid plan.
	Unavailable *previewProblem `json:"unavailable,omitempty"`
}

// previewProblem says why a preview has no pages.
type previewProblem struct {
	Code     string `json:"code"`
	DetailVi string `json:"detail_vi"`
	DetailEn string `json:"detail_en"`
}

// previewFormat is the pipeline's format the preview is drawn in.
const previewFormat = "html"

// fontBase is where the preview's pages load their fonts from, relative
// to the editor's page (see serveFont).
const fontBase = "v1/fonts/"

// writePreview draws the pages of a valid plan for the editor's preview
// with the HTML writer: the pages the PDF prints, line for line, as a
// fragment whose fonts load from fontBase (served once, cached), which
// keeps each preview small and quick to draw; l is the request's layout
// profile, nil for the default. base is WithPublicURL's, before fontBase:
// "" links the fonts relative to the editor's page.
func writePreview(w io.Writer, p *plan.Plan, l *layout.Layout, base string) error {
	return htmlPage{fragment: true, fontBase: base + fontBase}.write(w, p, l)
}

// servePreview answers POST /v1/preview, the editor's call on each pause
// in typing: the findings and the pages in one answer, from one read of
// the plan. The pages are drawn despite the checker's errors, as force=1
// renders them.
func (h *handler) servePreview(w http.ResponseWriter, r *http.Request) {
	lang := acceptedLanguage(r)
	infoOf(r).format = previewFormat
	h.serveWork(w, r, "preview", func(ctx context.Context, in *input) answer {
		j, prob := h.judge(ctx, in)
		if prob != nil {
			return answer{problem: prob}
		}
		out := previewAnswer{Findings: findingsJSON(j.findings, lang)}
		if !j.invalid {
			if _, ok := kehoach.LookupFormat(previewFormat); !ok {
				out.Unavailable = &previewProblem{Code: codeUnavailableWrite,
					DetailVi: "máy chủ này chưa có bộ ghi HTML nên chưa xem trước được trang in; vẫn tải được DOCX và PDF",
					DetailEn: "this server has no HTML writer, so the printed pages cannot be previewed; DOCX and PDF can still be downloaded"}
			} else if ctx.Err() != nil {
				return answer{problem: errGone}
			} else {
				var buf bytes.Buffer
				if err := writePreview(&buf, j.plan, in.layout, h.cfg.publicURL); err != nil {
					p := renderProblem(err, false)
					out.Unavailable = &previewProblem{Code: p.code, DetailVi: p.text.vi, DetailEn: p.text.en}
				} else {
					out.HTML = buf.String()
				}
			}
		}
		b, err := marshalJSON(out)
		if err != nil {
			return answer{problem: &problem{status: http.StatusInternalServerError, code: codeInternal, text: msgInternal}}
		}
		return answer{status: http.StatusOK, contentType: "application/json", body: b, lang: lang}
	})
}
