package server

import (
	"cmp"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/render/layout"
)

// input is a plan as a request sends it: its bytes and the name it is
// read by, and an agency's DOCX template. Everything comes from the
// request's body: no name in it is ever opened.
type input struct {
	src []byte
	// name is what kehoach.Read is given: the uploaded file's base name,
	// or "plan" and the extension of the body's content type.
	name string
	// shown is the file name findings carry: the uploaded file's base
	// name, "" for a plan sent as the body.
	shown    string
	template []byte
	// profile is the form's part "profile", an agency's layout profile
	// in YAML, and profileName the name its problems are shown under:
	// the file's base name, or "profile".
	profile     []byte
	profileName string
	// layout is what the plan is checked and laid out with: the profile
	// sent or named (chooseLayout); nil for the default.
	layout *layout.Layout
}

// mediaExtensions map the content types of a plan sent as the body to
// the extension of the reader that reads it. Those whose reader is not
// registered ([kehoach.RegisterReader]) are refused with 415.
var mediaExtensions = map[string]string{
	"text/markdown":    ".md",
	"text/x-markdown":  ".md",
	"application/json": ".json",
	"text/plain":       ".txt",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}

// The names of the parts of a multipart form.
const (
	partPlan     = "plan"
	partTemplate = "template"
)

// readInput reads the plan (and template) a request sends: as the body,
// with the content type of its format, or as a multipart/form-data form
// with the plan file in the part "plan", an agency's template in the
// part "template" and its layout profile in the part "profile". It reads at most the body limit, within the body's
// time.
func (h *handler) readInput(w http.ResponseWriter, r *http.Request) (*input, *problem) {
	if r.ContentLength > h.cfg.maxBody {
		h.metrics.rejected(rejectTooLarge)
		return nil, &problem{status: http.StatusRequestEntityTooLarge, code: codeTooLarge, text: msgTooLarge(h.cfg.maxBody)}
	}
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(h.cfg.bodyTimeout)) // not every writer has one: then the server's own timeouts hold
	r.Body = http.MaxBytesReader(w, r.Body, h.cfg.maxBody)
	in, prob := h.readBody(r)
	if prob != nil {
		// What is left of a body that failed is not read: the
		// connection closes after the answer, and its read deadline
		// stays, so that nothing waits for a stalled client.
		w.Header().Set("Connection", "close")
		return nil, prob
	}
	rc.SetReadDeadline(time.Time{})
	if prob := chooseLayout(r, in); prob != nil {
		return nil, prob
	}
	return in, nil
}

// readBody reads a request's plan, within the limits readInput set.
func (h *handler) readBody(r *http.Request) (*input, *problem) {

	mediaType, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return nil, h.unsupported(r.Header.Get("Content-Type"))
	}
	var in *input
	var prob *problem
	if mediaType == "multipart/form-data" {
		in, prob = h.readForm(r, params["boundary"])
	} else {
		ext, ok := mediaExtensions[mediaType]
		if !ok || !h.readable(ext) {
			return nil, h.unsupported(mediaType)
		}
		in = &input{name: "plan" + ext}
		in.src, err = io.ReadAll(r.Body)
		prob = h.bodyProblem(err)
	}
	if prob != nil {
		return nil, prob
	}
	if len(in.src) == 0 {
		return nil, &problem{status: http.StatusBadRequest, code: codeMalformed, text: msgEmptyBody}
	}
	return in, nil
}

// readForm reads a multipart form part by part, in memory: a form is
// never written to disk, as http.Request.ParseMultipartForm would write
// its larger files.
func (h *handler) readForm(r *http.Request, boundary string) (*input, *problem) {
	if boundary == "" {
		return nil, malformed(msg{"dữ liệu multipart/form-data thiếu tham số boundary", "multipart/form-data without a boundary parameter"})
	}
	mr := multipart.NewReader(r.Body, boundary)
	in := &input{}
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if prob := h.bodyProblem(err); prob != nil {
				return nil, prob
			}
			return nil, malformed(msgf("dữ liệu multipart/form-data hỏng (%q)", "malformed multipart/form-data (%q)", err.Error()))
		}
		field := part.FormName()
		if field != partPlan && field != partTemplate && field != partProfile {
			part.Close()
			return nil, malformed(msgf("biểu mẫu có phần %q lạ: chỉ nhận phần \"plan\" (tệp kế hoạch), \"template\" (tệp mẫu .docx) và \"profile\" (hồ sơ bố cục .yaml)",
				"the form has an unknown part %q: only \"plan\" (the plan file), \"template\" (a .docx template) and \"profile\" (a .yaml layout profile) are read", field))
		}
		if seen[field] {
			part.Close()
			return nil, malformed(msgf("biểu mẫu có hai phần %q: mỗi phần chỉ gửi một lần", "the form has the part %q twice: send each part once", field))
		}
		seen[field] = true
		data, err := io.ReadAll(part)
		part.Close()
		if prob := h.bodyProblem(err); prob != nil {
			return nil, prob
		}
		switch field {
		case partTemplate:
			in.template = data
			continue
		case partProfile:
			in.profile, in.profileName = data, cmp.Or(baseName(part.FileName()), partProfile)
			continue
		}
		in.src = data
		if prob := h.namePlan(in, part); prob != nil {
			return nil, prob
		}
	}
	if !seen[partPlan] {
		return nil, malformed(msg{"biểu mẫu thiếu phần \"plan\" chứa tệp kế hoạch", "the form has no part \"plan\" with the plan file"})
	}
	return in, nil
}

// namePlan names the plan of a form by its file's base name (the
// directories a browser or a client may send are dropped: the name only
// chooses the reader and is shown in findings), or by its part's content
// type when it has no file name.
func (h *handler) namePlan(in *input, part *multipart.Part) *problem {
	name := baseName(part.FileName())
	ext := strings.ToLower(path.Ext(name))
	if name == "" {
		mediaType, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		ext = mediaExtensions[mediaType]
		name = "plan" + ext
	} else {
		in.shown = name
	}
	switch {
	case ext == ".doc":
		return &problem{status: http.StatusUnsupportedMediaType, code: codeUnsupportedType, text: msgf(
			"%q: máy chủ không đọc tệp Word 97–2003 (.doc): hãy lưu tệp thành .docx (trong Word: Lưu thành, hoặc \"soffice --headless --convert-to docx\") rồi gửi lại",
			"%q: the server does not read Word 97–2003 files (.doc): save it as .docx (in Word: Save As, or \"soffice --headless --convert-to docx\") and send that", name)}
	case !h.readable(ext):
		return &problem{status: http.StatusUnsupportedMediaType, code: codeUnsupportedType, text: msgf(
			"%q: không đọc được loại tệp này: tệp kế hoạch có đuôi %s",
			"%q: not a kind of file that can be read: a plan file ends in %s", name, strings.Join(h.extensions(), ", "))}
	}
	in.name = name
	return nil
}

// baseName returns the last element of a file name as a client sends it,
// with either slash, without control characters; "" for none.
func baseName(name string) string {
	name = name[strings.LastIndexAny(name, `/\`)+1:]
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if name == "." || name == ".." {
		return ""
	}
	return strings.TrimSpace(name)
}

// readable reports whether the pipeline reads files with an extension.
// The service reads no Word 97–2003 file (.doc): the pipeline converts
// one with LibreOffice, a process of its own for seconds, which a
// request may not start; the 415 asks for the .docx.
func (h *handler) readable(ext string) bool {
	return ext != "" && ext != ".doc" && slices.Contains(kehoach.Extensions(), ext)
}

// extensions returns the extensions of the files the service reads.
func (h *handler) extensions() []string {
	return slices.DeleteFunc(kehoach.Extensions(), func(ext string) bool { return !h.readable(ext) })
}

// unsupported words a body of a content type no reader reads.
func (h *handler) unsupported(mediaType string) *problem {
	var accepted []string
	for t, ext := range mediaExtensions {
		if h.readable(ext) {
			accepted = append(accepted, t)
		}
	}
	slices.Sort(accepted)
	accepted = append(accepted, "multipart/form-data")
	list := strings.Join(accepted, ", ")
	if mediaType == "" {
		return &problem{status: http.StatusUnsupportedMediaType, code: codeUnsupportedType, text: msgf(
			"yêu cầu thiếu tiêu đề Content-Type: gửi kế hoạch với một trong các kiểu %s",
			"the request has no Content-Type: send the plan as one of %s", list)}
	}
	return &problem{status: http.StatusUnsupportedMediaType, code: codeUnsupportedType, text: msgf(
		"không đọc được dữ liệu kiểu %q: gửi kế hoạch với một trong các kiểu %s",
		"cannot read a body of type %q: send the plan as one of %s", mediaType, list)}
}

// bodyProblem words an error reading the body: over the limit (413),
// too slow (408), or cut off (400); nil for no error.
func (h *handler) bodyProblem(err error) *problem {
	var tooLarge *http.MaxBytesError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &tooLarge):
		h.metrics.rejected(rejectTooLarge)
		return &problem{status: http.StatusRequestEntityTooLarge, code: codeTooLarge, text: msgTooLarge(h.cfg.maxBody)}
	case errors.Is(err, os.ErrDeadlineExceeded):
		h.metrics.rejected(rejectSlowBody)
		return &problem{status: http.StatusRequestTimeout, code: codeRequestTimeout, text: msgRequestTimeout}
	}
	return malformed(msgf("không đọc hết được dữ liệu gửi lên (%q)", "the request body could not be read whole (%q)", err.Error()))
}

// malformed is a 400 problem.
func malformed(text msg) *problem {
	return &problem{status: http.StatusBadRequest, code: codeMalformed, text: text}
}
