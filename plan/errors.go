package plan

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// FieldError is one problem with a plan: where it is (a field, a source
// line, or both), its kind, and what is wrong and what is expected there,
// in Vietnamese and in English.
type FieldError struct {
	// File is the source file, when known.
	File string
	// Line is the source line, 0 when unknown (a plan built in code, or a
	// field missing from the front matter).
	Line int
	// Field names the field in the authoring format's terms, e.g.
	// "issuer", "signer.authority[1]" or "body" for the Markdown body.
	Field string
	// Code names the kind of problem, one of the Code constants (e.g.
	// [CodeRequired]): it stays the same across versions and languages, so
	// that a program can act on a problem or word it in its own terms.
	Code string
	// Vi and En say what is wrong and what is expected, in Vietnamese and
	// in English.
	Vi, En string
}

// Message returns what is wrong in a language: "en" for English, anything
// else for Vietnamese.
func (e *FieldError) Message(lang string) string {
	if lang == "en" {
		return e.En
	}
	return e.Vi
}

// Format returns the problem as "file:line: field: message" in a language
// ("en", or Vietnamese for anything else), leaving out the parts that are
// unknown; without a file, the line is "line 3: " ("dòng 3: ").
func (e *FieldError) Format(lang string) string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
		if e.Line > 0 {
			fmt.Fprintf(&b, "%d:", e.Line)
		}
		b.WriteString(" ")
	} else if e.Line > 0 {
		b.WriteString(LineWord(lang))
		fmt.Fprintf(&b, " %d: ", e.Line)
	}
	if e.Field != "" && e.Field != "body" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Message(lang))
	return b.String()
}

// Error formats the problem in English, as [FieldError.Format] does.
func (e *FieldError) Error() string { return e.Format("en") }

// LineWord returns the word for a source line in a language: "line", or
// "dòng" for anything but "en".
func LineWord(lang string) string {
	if lang == "en" {
		return "line"
	}
	return "dòng"
}

// problem returns a problem of a kind without its place, for the functions
// that judge a value before its field is known ([ParseDate],
// [SplitAuthority]).
func problem(code, vi, en string) *FieldError {
	return &FieldError{Code: code, Vi: vi, En: en}
}

// Errors is a list of problems found at once. Validate and the readers
// return it as their error; errors.As finds both the list and each
// [*FieldError] in it.
type Errors []*FieldError

// Error joins the problems, one per line, in English.
func (es Errors) Error() string { return es.Format("en") }

// Format joins the problems, one per line, in a language, as
// [FieldError.Format] words each.
func (es Errors) Format(lang string) string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Format(lang)
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems, so that errors.As and errors.Is look at
// each of them.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Err returns the list as an error, or nil when it is empty.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// Add appends a problem: its line (0 when unknown), its field, its kind
// (a Code constant), and what is wrong and expected in Vietnamese and in
// English.
func (es *Errors) Add(line int, field, code, vi, en string) {
	*es = append(*es, &FieldError{Line: line, Field: field, Code: code, Vi: vi, En: en})
}

// AddError appends err as a problem at a line and a field: its kind and
// words when it is a [*FieldError] (as [ParseDate] and [SplitAuthority]
// return), else as a value that does not read ([CodeInvalidValue]).
func (es *Errors) AddError(line int, field string, err error) {
	var fe *FieldError
	if errors.As(err, &fe) {
		es.Add(line, field, fe.Code, fe.Vi, fe.En)
		return
	}
	es.Add(line, field, CodeInvalidValue, "giá trị không đọc được", err.Error())
}

// Sorted orders problems by line, keeping the order of problems on the same
// line (and of those without a line, which come first).
func (es Errors) Sorted() Errors {
	sort.SliceStable(es, func(i, j int) bool { return es[i].Line < es[j].Line })
	return es
}

// WithFile sets File on every problem.
func (es Errors) WithFile(file string) Errors {
	for _, e := range es {
		e.File = file
	}
	return es
}

// AsErrors returns the problems carried by err: the list itself for an
// [Errors], a one-element list for a [*FieldError], nil otherwise.
func AsErrors(err error) Errors {
	var list Errors
	if errors.As(err, &list) {
		return list
	}
	var one *FieldError
	if errors.As(err, &one) {
		return Errors{one}
	}
	return nil
}

// MergeProblems returns a reader's problems and Validate's, in line order,
// leaving out what Validate says about a field the reader already named
// (a key that did not decode is empty, not forgotten), and a required
// field's absence when an unknown key is its misspelling ("isuer").
// Problems in the Markdown body, all named "body", are kept.
func MergeProblems(read, valid Errors) Errors {
	named := map[string]bool{}
	for _, e := range read {
		if e.Field != "body" {
			named[e.Field] = true
		}
		if meant := meantField(e); meant != "" {
			named[meant] = true
		}
	}
	out := append(Errors(nil), read...)
	for _, e := range valid {
		if !named[e.Field] {
			out = append(out, e)
		}
	}
	return out.Sorted()
}

// meantField returns the field an unknown key or member was most likely
// meant to be, by the suggestion in its English message ("signer.name"
// for "signer.nam"), or "".
func meantField(e *FieldError) string {
	const mean = `(did you mean "`
	i := strings.Index(e.En, mean)
	if e.Code != CodeUnknownKey || i < 0 {
		return ""
	}
	meant, _, _ := strings.Cut(e.En[i+len(mean):], `"`)
	key := e.Field
	if key == "" { // the Markdown reader quotes the key in its message
		if _, rest, ok := strings.Cut(e.En, `"`); ok {
			key, _, _ = strings.Cut(rest, `"`)
		}
	}
	return joinPath(parentPath(key), meant)
}

// parentPath returns the path of the object that holds a member:
// "signer" for "signer.nam", "" for "isuer".
func parentPath(field string) string {
	if i := strings.LastIndex(field, "."); i >= 0 {
		return field[:i]
	}
	return ""
}

// CheckUTF8 returns a problem at the first invalid UTF-8 sequence of each
// line that has one, for the first 20 such lines, or nil when src is valid
// UTF-8. Every reader of text runs it first.
func CheckUTF8(src []byte) Errors {
	if utf8.Valid(src) {
		return nil
	}
	const most = 20 // lines reported; a file in another encoding has them everywhere
	var errs Errors
	lastLine := 0
	for i := 0; i < len(src) && len(errs) < most; {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			line := bytes.Count(src[:i], []byte{'\n'}) + 1
			if line != lastLine { // the first bad byte of each line
				start := bytes.LastIndexByte(src[:i], '\n') + 1
				col := utf8.RuneCount(src[start:i]) + 1 // in characters, as an editor counts
				errs.Add(line, "", CodeInvalidUTF8,
					fmt.Sprintf("tệp không ở bảng mã UTF-8 (byte 0x%02X ở cột %d): lưu lại tệp với bảng mã UTF-8", src[i], col),
					fmt.Sprintf("invalid UTF-8 (byte 0x%02X at column %d): save the file as UTF-8", src[i], col))
				lastLine = line
			}
		}
		i += size
	}
	return errs
}

// IsBodyPath reports whether a field is a path into the body, which a
// line locates better than the path does.
func IsBodyPath(field string) bool {
	for _, p := range []string{"body", "preamble", "sections", "appendices"} {
		if strings.HasPrefix(field, p) {
			return true
		}
	}
	return false
}
