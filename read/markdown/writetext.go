package markdown

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/mdescape"
	"github.com/kehoach/kehoach/plan"
	"github.com/yuin/goldmark/util"
)

// Where a text is written, which changes how it is escaped.
type place int

const (
	inParagraph place = iota // a paragraph, list item or note: "\n" is a hard line break
	inHeading                // a heading: no line breaks
	inCell                   // a table cell: "|" is escaped, "\n" is <br>
)

// textOptions say where a text goes and what it must not be read as.
type textOptions struct {
	place place
	// indent starts each line after a hard line break: the width of a
	// list item's mark, or a footnote's four spaces.
	indent string
	// escapeFirst writes the first character escaped, so that the text
	// is not read as a legal basis, a heading's number or an appendix.
	escapeFirst bool
	// basis keeps "; Căn cứ" inside a legal basis from starting another.
	basis bool
	// wholeCell is set for a cell's text, where "^" alone would join the
	// cell above.
	wholeCell bool
}

// separator is an empty HTML comment, which the reader drops: written
// between an emphasis mark and what would keep it from opening or
// closing ("a<!-- -->**(b)**"), or between two emphases that would run
// together.
const separator = "<!-- -->"

// textWriter writes one text.
type textWriter struct {
	w   *writer
	out []byte
	opt textOptions
	// keep marks the bytes of the text's characters that must be written
	// as character references: white space the reader would trim or
	// take for a separator.
	keep []bool
	// lineStart says the next character starts a line, where block
	// syntax ("- ", "1. ", "#") is read.
	lineStart bool
	// afterDelimiter says the last thing written closed an emphasis;
	// needsPunct that its closing mark follows punctuation, so that what
	// comes next must be white space or punctuation for it to close.
	afterDelimiter, needsPunct bool
	// afterNote says the last thing written was a footnote reference.
	afterNote bool
	// first says no character of the text is written yet (footnote
	// references aside).
	first bool
}

// writeText appends t to out as the reader reads it back.
func (w *writer) writeText(out []byte, t plan.Text, opt textOptions) []byte {
	t = cleanText(t)
	tw := textWriter{w: w, out: out, opt: opt, lineStart: opt.place == inParagraph, first: true}
	tw.keep = spacesToKeep(t, opt)
	at := 0 // byte offset of the span in the text's characters
	for _, s := range t {
		switch {
		case s.Note != nil:
			tw.note(s.Note)
		case s.Bold || s.Italic:
			tw.styled(s, at)
		default:
			tw.plain(s.Text, at)
		}
		at += len(s.Text)
	}
	return tw.out
}

// cleanText returns t as the reader can give it back: split where a span
// holds both text and a note, in NFC, invalid UTF-8 as U+FFFD (as the
// JSON encoding writes it) and U+0000 as U+FFFD (as CommonMark reads it).
func cleanText(t plan.Text) plan.Text {
	t = t.SplitNotes()
	clean := true
	for _, s := range t {
		if !utf8.ValidString(s.Text) || strings.IndexByte(s.Text, 0) >= 0 || !plan.IsNFC(s.Text) {
			clean = false
		}
	}
	if clean {
		return t
	}
	out := make(plan.Text, len(t))
	for i, s := range t {
		s.Text = plan.NFC(strings.ReplaceAll(validUTF8(s.Text), "\x00", "\uFFFD"))
		out[i] = s
	}
	return out
}

// cleanString is cleanText for a field of the front matter, which YAML
// can hold any character of.
func cleanString(s string) string {
	if utf8.ValidString(s) && plan.IsNFC(s) {
		return s
	}
	return plan.NFC(validUTF8(s))
}

// validUTF8 replaces each byte of s that is not UTF-8 by U+FFFD, as the
// JSON encoding does.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteRune(r) // RuneError for a bad byte
		i += size
	}
	return b.String()
}

// spacesToKeep marks, for each byte of t's characters, the white space to
// write as a character reference: at the text's ends and around a line
// break, which Markdown trims; at the ends of an emphasis, which would
// not open or close on white space; after the ";" that ends a legal
// basis and before a "Căn cứ" that would start another.
func spacesToKeep(t plan.Text, opt textOptions) []bool {
	var plain strings.Builder
	for _, s := range t {
		plain.WriteString(s.Text)
	}
	p := plain.String()
	keep := make([]bool, len(p))
	mark := func(i int) {
		if i >= 0 && i < len(p) {
			if r, _ := utf8.DecodeRuneInString(p[i:]); util.IsSpaceRune(r) {
				keep[i] = true
			}
		}
	}
	lastStart := func(end int) int { _, size := utf8.DecodeLastRuneInString(p[:end]); return end - size }
	mark(0)
	mark(lastStart(len(p)))
	for i := 0; i < len(p); i++ {
		if p[i] == '\n' {
			mark(i + 1)
			if i > 0 {
				mark(lastStart(i))
			}
		}
	}
	at := 0
	for _, s := range t {
		if (s.Bold || s.Italic) && s.Text != "" {
			mark(at)
			mark(lastStart(at + len(s.Text)))
		}
		at += len(s.Text)
	}
	if opt.basis {
		for _, m := range nextBasis.FindAllStringIndex(p, -1) {
			mark(m[0] + 1)
		}
	}
	return keep
}

// plain writes a run of plain text at byte offset at of the text.
func (tw *textWriter) plain(s string, at int) {
	if s == "" {
		return
	}
	body := tw.escape(nil, s, at)
	tw.boundary(body)
	tw.out = append(tw.out, body...)
	tw.first = false
}

// styled writes an emphasis: "*…*", "**…**" or "***…***", with a
// separator before or after it where CommonMark would not pair its marks.
func (tw *textWriter) styled(s plan.Span, at int) {
	if s.Text == "" {
		return
	}
	delim := "*"
	switch {
	case s.Bold && s.Italic:
		delim = "***"
	case s.Bold:
		delim = "**"
	}
	lineStart, adjacent := tw.lineStart, tw.afterDelimiter
	tw.lineStart = false // inside the marks, block syntax is not read
	body := tw.escape(nil, s.Text, at)
	first, _ := utf8.DecodeRune(body)
	last, _ := utf8.DecodeLastRune(body)
	tw.boundary([]byte(delim))
	if before := tw.lastRune(lineStart); adjacent || !mdescape.Flanks(before, first) {
		tw.out = append(tw.out, separator...)
	}
	tw.out = append(tw.out, delim...)
	tw.out = append(tw.out, body...)
	tw.out = append(tw.out, delim...)
	tw.afterDelimiter, tw.needsPunct = true, mdescape.IsPunct(last)
	tw.lineStart, tw.first = false, false
}

// boundary writes a separator before next where the emphasis just closed
// would not close with next after it.
func (tw *textWriter) boundary(next []byte) {
	if tw.needsPunct {
		r, _ := utf8.DecodeRune(next)
		if !util.IsSpaceRune(r) && !mdescape.IsPunct(r) {
			tw.out = append(tw.out, separator...)
		}
	}
	tw.afterDelimiter, tw.needsPunct, tw.afterNote = false, false, false
}

// lastRune returns the character written before, 0 at the start of a
// line.
func (tw *textWriter) lastRune(lineStart bool) rune {
	if lineStart || len(tw.out) == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRune(tw.out)
	if r == '\n' {
		return 0
	}
	return r
}

// note writes a footnote reference.
func (tw *textWriter) note(f *plan.Footnote) {
	ref := "[^" + tw.w.noteLabel(f) + "]"
	tw.boundary([]byte(ref))
	tw.out = append(tw.out, ref...)
	tw.lineStart, tw.afterNote = false, true
}

// escape appends the characters of s, at byte offset at of the text, to
// out, escaped so that the reader reads them back as they are.
func (tw *textWriter) escape(out []byte, s string, at int) []byte {
	opt := tw.opt
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next := s[i+size:]
		lineStart, first, afterNote := tw.lineStart, tw.first && i == 0, tw.afterNote && i == 0
		tw.lineStart = false
		switch {
		case tw.keep[at+i] || opt.place == inHeading && r == '\n' || isControl(r):
			out = appendRef(out, r)
		case unicode.Is(unicode.M, r) && (i == 0 || opt.place == inCell && s[i-1] == '\n'):
			// A combining mark at a span's start may follow "-->" or
			// "<br>", and would join the ">" once the reader puts the
			// file in NFC ("≯").
			out = appendRef(out, r)
		case r == '\n' && opt.place == inCell:
			out = append(out, "<br>"...)
		case r == '\n':
			out = append(out, '\\', '\n')
			out = append(out, opt.indent...)
			tw.lineStart = true
		case first && opt.escapeFirst:
			if r < utf8.RuneSelf && isASCIIPunct(byte(r)) {
				out = append(out, '\\', byte(r))
			} else {
				out = appendRef(out, r)
			}
		case r == '\\' && strings.HasPrefix(next, "\n") && opt.place == inParagraph && !tw.keep[at+i+1]:
			out = append(out, "&#92;"...) // "\\" before a hard line break is misread
		case lineStart && r >= '0' && r <= '9':
			digits := len(s[i:]) - len(strings.TrimLeft(s[i:], "0123456789"))
			out = append(out, s[i:i+digits]...)
			if j := i + digits; j < len(s) && (s[j] == '.' || s[j] == ')') {
				out = append(out, '\\', s[j])
				digits++
			}
			i += digits
			continue
		case tw.needsEscape(r, next, lineStart, afterNote, first):
			out = append(out, '\\', byte(r))
		default:
			out = utf8.AppendRune(out, r)
		}
		i += size
	}
	return out
}

// needsEscape reports whether the ASCII punctuation r, followed by next,
// must be written with a backslash.
func (tw *textWriter) needsEscape(r rune, next string, lineStart, afterNote, first bool) bool {
	switch r {
	case '\\', '`', '*', '_', '[', ']', '<', '|':
		return true
	case '&':
		return mdescape.LooksLikeEntity(next)
	case '#':
		return lineStart || tw.opt.place == inHeading
	case '-', '+', '=', '>', '~', ':':
		return lineStart || r == ':' && afterNote
	case '(':
		return afterNote // "[^1](x)" would be a link
	case '{': // an attribute line "{…}", a heading's "{role=…}"
		return first && tw.opt.place == inParagraph || tw.opt.place == inHeading
	case '^':
		return first && tw.opt.wholeCell && next == "" // "^" alone joins the cell above
	}
	return false
}

// isControl reports whether r is a character written as a reference
// wherever it stands: a control character (a line break and a tab
// aside), or one that a text editor or YAML takes for a line break or a
// byte order mark.
func isControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f ||
		r == '\u2028' || r == '\u2029' || r == '\ufeff' || r == '\ufffe' || r == '\uffff'
}

// appendRef appends r as a decimal character reference, "&#32;".
func appendRef(out []byte, r rune) []byte {
	out = append(out, "&#"...)
	out = strconv.AppendInt(out, int64(r), 10)
	return append(out, ';')
}

// asRead returns t's characters as the reader sees them before it gives
// back the white space written as references: that white space marked.
// The writer asks with it what the reader would take for a heading's
// number, an appendix or a heading's attributes.
func asRead(t plan.Text, opt textOptions) string {
	t = cleanText(t)
	keep := spacesToKeep(t, opt)
	var b strings.Builder
	at := 0
	for _, s := range t {
		for i, r := range s.Text {
			if keep[at+i] || opt.place == inHeading && r == '\n' {
				b.WriteString(marker(r))
			} else {
				b.WriteRune(r)
			}
		}
		at += len(s.Text)
	}
	return b.String()
}

// noteLabelSafe reports whether a footnote ID can be a label as it is:
// 1 to 64 letters, digits, "_" and "-". (A regular expression saying
// so, `^[\p{L}\p{N}_-]{1,64}$`, took 3 ms to compile at every start of
// the process, sixty-four copies of two Unicode classes.)
func noteLabelSafe(label string) bool {
	n := 0
	for _, r := range label {
		if n++; n > 64 || !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_' && r != '-' {
			return false
		}
	}
	return n > 0
}
