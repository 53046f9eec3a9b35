package layout

import "strings"

// CheckError is one number of a layout that [Layout.Check] refuses: the
// profile key it is set by ("" when a profile cannot set it), and what is
// wrong, in Vietnamese and English.
type CheckError struct {
	Key    string
	Vi, En string
}

// Error returns the problem in English.
func (e *CheckError) Error() string { return "layout: " + e.En }

// Message returns the problem in a language ("en" for English,
// Vietnamese otherwise).
func (e *CheckError) Message(lang string) string {
	if lang == "en" {
		return e.Error()
	}
	return "bố cục: " + e.Vi
}

// CheckErrors are every number [Layout.Check] refuses, in the order it
// checks them.
type CheckErrors []*CheckError

// Error returns the problems in English, one per line.
func (e CheckErrors) Error() string { return e.Message("en") }

// Message returns the problems in a language, one per line.
func (e CheckErrors) Message(lang string) string {
	lines := make([]string, len(e))
	for i, p := range e {
		lines[i] = p.Message(lang)
	}
	return strings.Join(lines, "\n")
}

// Unwrap returns the problems, for errors.As.
func (e CheckErrors) Unwrap() []error {
	out := make([]error, len(e))
	for i, p := range e {
		out[i] = p
	}
	return out
}
