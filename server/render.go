package server

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/html"
)

// serveRender answers POST /v1/render?format=pdf|docx|md|html|json…: the
// plan's document in the format (pdf by default), named after the plan's
// number and symbol; 422 for an invalid plan, and for a plan the checker
// finds in breach of the decree unless force=1. format=html takes
// fragment=1 and fonts=link (htmlPage).
func (h *handler) serveRender(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	name := q.Get("format")
	if name == "" {
		name = "pdf"
	}
	f, ok := kehoach.LookupFormat(name)
	if !ok {
		writeProblem(w, r, unknownFormat(name))
		return
	}
	force, prob := flagParam(q, "force")
	if prob != nil {
		writeProblem(w, r, prob)
		return
	}
	page, prob := h.readHTMLPage(r, f.Name)
	if prob != nil {
		writeProblem(w, r, prob)
		return
	}
	infoOf(r).format = f.Name
	h.serveWork(w, r, f.Name, func(ctx context.Context, in *input) answer {
		j, prob := h.judge(ctx, in)
		switch {
		case prob != nil:
			return answer{problem: prob}
		case j.invalid:
			return answer{problem: invalidPlan(j.findings)}
		case check.HasErrors(j.findings) && !force:
			return answer{problem: &problem{status: http.StatusUnprocessableEntity, code: codeBreaksDecree, text: msgBreaksDecree, findings: j.findings}}
		}
		opts := []kehoach.Option{kehoach.WithLimits(h.cfg.limits)}
		if in.layout != nil {
			opts = append(opts, kehoach.WithLayout(*in.layout))
		}
		if in.template != nil {
			if f.Name != "docx" {
				return answer{problem: malformed(msgf(
					"tệp mẫu (phần \"template\") chỉ dùng cho bản DOCX, nhưng định dạng được yêu cầu là %s: hãy gửi \"format=docx\"",
					"a template (the part \"template\") fills the DOCX output, and the format asked for is %s: send \"format=docx\"", f.Name))}
			}
			if err := docx.CheckTemplate(in.template); err != nil {
				return answer{problem: &problem{status: http.StatusUnprocessableEntity, code: codeInvalidTemplate, text: errorWords(err)}}
			}
			opts = append(opts, kehoach.WithTemplate(in.template))
		}
		if ctx.Err() != nil {
			return answer{problem: errGone}
		}
		var buf bytes.Buffer
		var err error
		if page.asked() {
			err = page.write(&buf, j.plan, in.layout, html.WithLimits(h.cfg.limits))
		} else {
			err = kehoach.Render(&buf, j.plan, f.Name, opts...)
		}
		if err != nil {
			return answer{problem: renderProblem(err, in.template != nil)}
		}
		a := answer{status: http.StatusOK, contentType: f.MediaType, disposition: attachment(documentName(j.plan, f.Ext)), body: buf.Bytes()}
		if strings.HasPrefix(f.MediaType, "text/html") {
			// A document to look at, not a page of this site: no script,
			// no request anywhere, whatever it holds.
			a.headers = map[string]string{"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; font-src data: 'self'" + page.fontSource() + "; img-src data:; sandbox"}
		}
		return a
	})
}

// renderProblem words a writer's error: a plan's problems (422), a
// template's (422), or the writer's own failure (500).
func renderProblem(err error, template bool) *problem {
	if problems := plan.AsErrors(err); problems != nil {
		found := kehoach.Check(nil, problems)
		return invalidPlan(found)
	}
	if template {
		return &problem{status: http.StatusUnprocessableEntity, code: codeInvalidTemplate, text: errorWords(err)}
	}
	text := errorWords(err)
	return &problem{status: http.StatusInternalServerError, code: codeInternal, text: msg{
		msgInternal.vi + ": " + text.vi, msgInternal.en + ": " + text.en}}
}

// unknownFormat is the problem of a format no writer writes.
func unknownFormat(name string) *problem {
	var names []string
	for _, f := range kehoach.Formats() {
		names = append(names, f.Name)
	}
	e := &kehoach.UnknownFormatError{Name: name, Known: names}
	return &problem{status: http.StatusBadRequest, code: codeUnknownFormat, text: msg{e.Message("vi"), e.Message("en")}}
}

// flagParam reads a yes-or-no query parameter: absent, "0", "false" or
// "1", "true" (and the other forms strconv.ParseBool reads; "" is yes,
// as "?force" alone asks).
func flagParam(q map[string][]string, name string) (bool, *problem) {
	values, ok := q[name]
	if !ok {
		return false, nil
	}
	v := values[len(values)-1]
	if v == "" {
		return true, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, malformed(msgf("tham số %s=%q không hợp lệ: ghi 1 hoặc 0", "the parameter %s=%q is not valid: write 1 or 0", name, v))
	}
	return b, nil
}
