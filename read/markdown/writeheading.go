package markdown

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// heading writes a section's heading, "#" to "######" by its level: in
// a plan numbered as written, its label before the title; otherwise the
// title alone, since the number is the reader's to give; its role after
// it where the title does not give it. A title the
// reader would take for a number or an appendix ("1. Tổng quan", "Phụ
// lục …") starts with its first character escaped, which the reader
// reads as the title's own.
func (w *writer) heading(s *plan.Section, numbering plan.Numbering) {
	w.block()
	w.out = append(w.out, strings.Repeat("#", s.Level)...)
	title := s.Title
	read := asRead(title, textOptions{place: inHeading})
	if label := cleanString(s.Label); numbering.Written && label != "" {
		if w.labelReadBack(label, read, s.Level) {
			w.out = append(w.out, ' ')
			w.out = append(w.out, label...)
			if len(title) > 0 {
				w.out = append(w.out, ' ')
				w.out = w.writeText(w.out, title, textOptions{place: inHeading})
			}
			w.role(s, title)
			return
		}
		// A label the reader would not read back as one stays in the
		// title, which prints the same.
		title = append(plan.Plain(label+" "), title...)
		read = asRead(title, textOptions{place: inHeading})
	}
	_, _, numbered := cutLabel(read, numbering.Written)
	protect := numbered || s.Level == 1 && appendixTitle.MatchString(read)
	if text := w.writeText(nil, title, textOptions{place: inHeading, escapeFirst: protect}); len(text) > 0 {
		w.out = append(w.out, ' ')
		w.out = append(w.out, text...)
	}
	w.role(s, title)
}

// role ends a heading's line with its role, "{role=purpose}", when the
// reader would not give it from the title: a part's role that is not the
// one its title names, or another heading's.
func (w *writer) role(s *plan.Section, title plan.Text) {
	if s.Role != "" && (s.Level != plan.LevelPart || s.Role != plan.DetectRole(cleanText(title).String())) {
		w.out = append(w.out, " {role="+string(s.Role)+"}"...)
	}
	w.out = append(w.out, '\n')
}

// labelReadBack reports whether the reader reads back a heading written
// as the label, a space and a title (read is the title as the reader
// sees it) as that label and that title: the label is one of the written
// numbers the reader knows, needs no escape, and runs into nothing.
func (w *writer) labelReadBack(label, read string, level int) bool {
	if string(w.writeText(nil, plan.Plain(label), textOptions{place: inHeading})) != label {
		return false
	}
	heading, want := label+" "+read, len(label)+1
	if read == "" {
		heading, want = label, len(label)
	}
	written, end, ok := cutLabel(heading, true)
	return ok && written == label && end == want && !(level == 1 && appendixTitle.MatchString(heading))
}

// appendix writes an appendix's heading: "# Phụ lục: TITLE", and its
// orientation in braces when the author set one, "{landscape}". A title
// that ends in braces gets braces after it, "{}" when the orientation is
// the layout's to choose, so that its own are not read as attributes.
func (w *writer) appendix(a *plan.Appendix) {
	w.block()
	w.out = append(w.out, "# Phụ lục"...)
	title := plan.Plain(cleanString(a.Title))
	if len(title) > 0 {
		w.out = append(w.out, ": "...)
		w.out = w.writeText(w.out, title, textOptions{place: inHeading})
	}
	switch {
	case a.Orientation != plan.OrientationAuto:
		w.out = append(w.out, " {"+string(a.Orientation)+"}"...)
	case headingAttributes.MatchString(asRead(title, textOptions{place: inHeading})):
		w.out = append(w.out, " {}"...)
	}
	w.out = append(w.out, '\n')
}
