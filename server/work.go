package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/plan"
)

// answer is what a request's work answers: a document, or a problem.
type answer struct {
	problem     *problem
	status      int
	contentType string
	disposition string // Content-Disposition, for a document to save
	body        []byte
	headers     map[string]string
	// lang is the language the answer is worded in, for an answer
	// worded in the request's (Accept-Language): its Content-Language,
	// and Vary names Accept-Language.
	lang string
}

// serveWork runs the work of a POST request: it reads the request's
// plan, waits for a worker (or refuses the request when the queue is
// full), and does the work within the render time, checking between its
// steps that the client is still there. metric names the histogram the
// work's time goes to.
func (h *handler) serveWork(w http.ResponseWriter, r *http.Request, metric string, work func(ctx context.Context, in *input) answer) {
	in, prob := h.readInput(w, r)
	if prob != nil {
		writeProblem(w, r, prob)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.renderTimeout)
	defer cancel()
	switch err := h.gate.enter(ctx, h.cfg.renderTimeout); {
	case r.Context().Err() != nil: // the client went away: no one to answer
		return
	case errors.Is(err, errQueueFull):
		h.metrics.rejected(rejectQueueFull)
		writeProblem(w, r, &problem{status: http.StatusServiceUnavailable, code: codeBusy, text: msgBusy, retryAfter: 1})
		return
	case err != nil: // waited for a worker past the request's time
		h.metrics.rejected(rejectQueueTimeout)
		writeProblem(w, r, &problem{status: http.StatusServiceUnavailable, code: codeBusy, text: msgBusy, retryAfter: 1})
		return
	}
	start := time.Now()
	done := make(chan answer, 1)
	go func() {
		// The worker's place is given back when the work ends, not when
		// the request does: a render that passed its time still holds the
		// CPU, and the number of renders at once stays bounded. It is
		// given back before the answer is sent.
		var a answer
		defer func() { done <- a }()
		defer h.gate.leave()
		defer func() {
			if v := recover(); v != nil {
				h.cfg.logger.Error("panic", "id", infoOf(r).id, "route", infoOf(r).route, "panic", v)
				a = answer{problem: &problem{status: http.StatusInternalServerError, code: codeInternal, text: msgInternal}}
			}
		}()
		a = work(ctx, in)
		h.metrics.rendered(metric, time.Since(start))
	}()
	select {
	case a := <-done:
		if r.Context().Err() != nil {
			return
		}
		if a.problem != nil {
			writeProblem(w, r, a.problem)
			return
		}
		for k, v := range a.headers {
			w.Header().Set(k, v)
		}
		if a.lang != "" {
			w.Header().Set("Content-Language", a.lang)
			addVary(w.Header(), "Accept-Language")
		}
		w.Header().Set("Content-Type", a.contentType)
		if a.disposition != "" {
			w.Header().Set("Content-Disposition", a.disposition)
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(a.body)))
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(a.status)
		w.Write(a.body)
	case <-ctx.Done():
		if r.Context().Err() != nil {
			return
		}
		h.metrics.rejected(rejectRenderTimeout)
		writeProblem(w, r, &problem{status: http.StatusGatewayTimeout, code: codeRenderTimeout, text: msgRenderTimeout})
	}
}

// errGone is the work of a request whose client went away or whose time
// ran out: nothing more is done, and no one reads the answer.
var errGone = &problem{status: http.StatusServiceUnavailable, code: codeBusy, text: msgBusy}

// judged is a plan read and checked.
type judged struct {
	plan     *plan.Plan
	findings []check.Finding
	invalid  bool // the plan could not be laid out: its findings say why
	// problems are the reader's: what it could not find or is not valid,
	// as an import writes them at the top of the authoring format.
	problems plan.Errors
}

// judge reads the input's plan through the pipeline, by its name's
// extension and within the limits, and checks it. A plan that cannot be
// read at all is a problem; an invalid one has its problems among the
// findings.
func (h *handler) judge(ctx context.Context, in *input) (*judged, *problem) {
	if ctx.Err() != nil {
		return nil, errGone
	}
	p, err := kehoach.Read(in.src, in.name, kehoach.WithLimits(h.cfg.limits))
	var unknown *kehoach.UnknownFormatError
	switch {
	case errors.As(err, &unknown):
		return nil, &problem{status: http.StatusUnsupportedMediaType, code: codeUnsupportedType, text: msg{unknown.Message("vi"), unknown.Message("en")}}
	case err != nil && plan.AsErrors(err) == nil:
		return nil, &problem{status: http.StatusUnprocessableEntity, code: codeUnreadablePlan, text: errorWords(err)}
	}
	if ctx.Err() != nil {
		return nil, errGone
	}
	found := kehoach.Check(p, err, in.checkOptions()...)
	for i := range found {
		if in.shown == "" { // a plan sent as the body has no file name
			found[i].File = ""
		}
	}
	return &judged{plan: p, findings: found, invalid: err != nil, problems: plan.AsErrors(err)}, nil
}

// checkOptions are the checker's options for the input's plan: its
// layout, as the command's -profile gives it.
func (in *input) checkOptions() []check.Option {
	if in.layout == nil {
		return nil
	}
	return []check.Option{check.WithLayout(*in.layout)}
}

// errorWords words an error in both languages: its own words when it
// has both, else its English words (quoted in Vietnamese).
func errorWords(err error) msg {
	var both bilingual
	if errors.As(err, &both) {
		return msg{both.Message("vi"), both.Message("en")}
	}
	return msg{fmt.Sprintf("lỗi %q", err.Error()), err.Error()}
}

// invalidPlan is the problem of a plan that cannot be laid out.
func invalidPlan(found []check.Finding) *problem {
	return &problem{status: http.StatusUnprocessableEntity, code: codeInvalidPlan, text: msgInvalidPlan, findings: found}
}
