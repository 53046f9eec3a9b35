package markdown

import (
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// WithGaps makes [Write] write a plan that may be invalid, as an import
// from a Word or text file leaves it, for its author to complete: the
// front matter opens with a comment listing problems (what the reader
// could not find, what is not valid), each in Vietnamese and in English,
// and a required field that was not found (the issuer, symbol, place,
// subject, signer, recipients) is written with an empty value where the
// author fills it in. Read reports each such field until it is filled.
func WithGaps(problems plan.Errors) Option {
	return func(c *config) { c.gaps, c.unchecked = problems, true }
}

// gapComments writes the import's problems as YAML comments.
func (w *writer) gapComments() {
	if len(w.gaps) == 0 {
		return
	}
	w.out = append(w.out, "# Văn bản được nhập vào kehoach; cần bổ sung hoặc sửa các mục sau trước khi xuất văn bản:\n"...)
	w.out = append(w.out, "# The document was imported; fill in or correct what follows before rendering it:\n"...)
	for _, e := range w.gaps {
		field := ""
		if e.Field != "" && e.Field != "body" {
			field = e.Field + ": "
		} else if e.Line > 0 {
			field = plan.LineWord("vi") + " " + strconv.Itoa(e.Line) + ": "
		}
		w.comment("# - " + field + e.Message("vi"))
		w.comment("#   " + e.Message("en"))
	}
}

// comment writes one comment line, its line breaks and control
// characters as spaces, so that it stays one line of YAML comment.
func (w *writer) comment(s string) {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == '\u2028' || r == '\u2029' || r == '\u0085' {
			return ' '
		}
		return r
	}, cleanString(s))
	w.out = append(w.out, s...)
	w.out = append(w.out, '\n')
}

// gapIn reports whether a problem of the import names field or one of
// its parts ("signer" for "signer.name").
func (w *writer) gapIn(field string) bool {
	for _, e := range w.gaps {
		if e.Field == field || strings.HasPrefix(e.Field, field+".") || strings.HasPrefix(e.Field, field+"[") {
			return true
		}
	}
	return false
}

// blank writes "key:" with no value for a required field an import did
// not find (empty is true and a problem names field), for the author to
// fill in.
func (w *writer) blank(key, field string, empty bool) {
	if empty && w.gaps != nil && w.gapIn(field) {
		w.out = append(w.out, key...)
		w.out = append(w.out, ":\n"...)
	}
}
