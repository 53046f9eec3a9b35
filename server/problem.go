package server

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/render/layout"
)

// problemMediaType is the content type of an error's answer (RFC 9457).
const problemMediaType = "application/problem+json"

// A problem is an answer that is not the document asked for: its status,
// its stable code, what went wrong in both languages, and the findings
// that say why for a plan that is invalid or breaks the decree.
type problem struct {
	status     int
	code       string
	text       msg
	findings   []check.Finding
	retryAfter int // seconds, for 503; 0 for none
	// profile are the problems of a layout profile that cannot be used.
	profile []layout.ProfileProblem
}

// problemJSON is a problem as it is written: the members of RFC 9457
// and kehoach's own extension members.
type problemJSON struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Instance string `json:"instance,omitempty"`
	// Code is the stable code of the problem's kind; for a plan's own
	// problems, each finding has its code or rule.
	Code      string `json:"code"`
	DetailVi  string `json:"detail_vi"`
	DetailEn  string `json:"detail_en"`
	RequestID string `json:"request_id,omitempty"`
	// Findings are the plan's problems and the checker's findings, as
	// /v1/check answers them, for an invalid plan or one that breaks the
	// decree.
	Findings []jsonFinding `json:"findings,omitempty"`
	// ProfileProblems are the problems of a layout profile that cannot
	// be used, each with its line and key.
	ProfileProblems []profileProblemJSON `json:"profile_problems,omitempty"`
}

// jsonFinding is a finding as /v1/check answers it: the same object
// kehoach check -json prints, every field and the message in the
// request's language.
type jsonFinding struct {
	check.Finding
	Message string `json:"message"`
}

// findingsJSON gives each finding its message in lang.
func findingsJSON(found []check.Finding, lang string) []jsonFinding {
	out := make([]jsonFinding, len(found))
	for i, f := range found {
		out[i] = jsonFinding{f, f.Message(lang)}
	}
	return out
}

// writeProblem answers a problem as application/problem+json, its detail
// in the language the request accepts (Vietnamese by default) and in both
// languages in detail_vi and detail_en.
func writeProblem(w http.ResponseWriter, r *http.Request, p *problem) {
	lang := acceptedLanguage(r)
	info := infoOf(r)
	info.code = p.code
	body := problemJSON{
		Type:     "urn:kehoach:problem:" + p.code,
		Title:    titleOf(p.code).in(lang),
		Status:   p.status,
		Detail:   p.text.in(lang),
		Code:     p.code,
		DetailVi: p.text.vi,
		DetailEn: p.text.en,
	}
	if info.id != "" {
		body.Instance = "urn:kehoach:request:" + info.id
		body.RequestID = info.id
	}
	if len(p.findings) > 0 {
		body.Findings = findingsJSON(p.findings, lang)
	}
	if len(p.profile) > 0 {
		body.ProfileProblems = profileProblemsJSON(p.profile, lang)
	}
	h := w.Header()
	h.Set("Content-Type", problemMediaType)
	h.Set("Content-Language", lang)
	addVary(h, "Accept-Language")
	h.Set("Cache-Control", "no-store")
	if p.retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(p.retryAfter))
	}
	writeJSON(w, p.status, body)
}

// writeJSON answers v as indented JSON with a status; HTML's special
// characters are left as they are (the answer is not HTML).
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := marshalJSON(v)
	if err != nil { // every value written here encodes
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// marshalJSON encodes v as writeJSON writes it, with a final newline.
func marshalJSON(v any) ([]byte, error) {
	var b jsonBuffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(v)
	return b, err
}

// jsonBuffer collects what an encoder writes.
type jsonBuffer []byte

func (b *jsonBuffer) Write(p []byte) (int, error) {
	*b = append(*b, p...)
	return len(p), nil
}
