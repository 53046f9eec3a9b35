package plan

import (
	"strings"
	"unicode"
)

// Text is inline text: a sequence of spans, each plain, bold, italic or
// both, or a footnote reference. A "\n" inside a span is a line break.
//
// Build it with [Plain] and the chaining methods:
//
//	plan.Plain("Thực hiện ").Bold("Chỉ thị số 19/CT-TTg").Plain(" của Thủ tướng")
type Text []Span

// Span is a run of text with one style, or a footnote reference when Note
// is set (Text is then ignored).
type Span struct {
	Text   string    `json:"text,omitempty"`
	Bold   bool      `json:"bold,omitempty"`
	Italic bool      `json:"italic,omitempty"`
	Note   *Footnote `json:"note,omitempty"`
	// NoteNumber is a footnote reference's printed number and NoteAgain
	// says the note was referred to before, so its text is not printed
	// again. [Plan.Walk] sets them on the text it gives; they are 0 and
	// false in the model itself.
	NoteNumber int  `json:"-"`
	NoteAgain  bool `json:"-"`
}

// Footnote is the text of a footnote. Footnotes are numbered automatically,
// in order of appearance through the whole document ([Plan.Walk]).
//
// A note referred to from several places is one *Footnote in several
// spans, or, in JSON, footnotes with the same ID: the later references
// print the first one's number and the note is printed once. The Markdown
// reader gives a footnote referred to more than once its label as ID.
type Footnote struct {
	ID   string `json:"id,omitempty"`
	Text Text   `json:"text"`
}

// Plain returns a Text of one plain span (nil for an empty string).
func Plain(s string) Text { return Text(nil).Plain(s) }

// Plain appends plain text.
func (t Text) Plain(s string) Text { return t.add(Span{Text: s}) }

// Bold appends bold text.
func (t Text) Bold(s string) Text { return t.add(Span{Text: s, Bold: true}) }

// Italic appends italic text.
func (t Text) Italic(s string) Text { return t.add(Span{Text: s, Italic: true}) }

// BoldItalic appends bold italic text.
func (t Text) BoldItalic(s string) Text { return t.add(Span{Text: s, Bold: true, Italic: true}) }

// Note appends a footnote reference whose note is the given plain text.
func (t Text) Note(note string) Text {
	return append(t, Span{Note: &Footnote{Text: Plain(normalize(note))}})
}

// WithoutNotes returns t without its footnote references. Writers print a
// note's text so: a note of a note has nowhere to go on the page.
func (t Text) WithoutNotes() Text {
	out := make(Text, 0, len(t))
	for _, s := range t {
		if s.Note == nil {
			out = append(out, s)
		}
	}
	return out
}

// add appends s, merging it into the last span when their styles match.
func (t Text) add(s Span) Text {
	s.Text = normalize(s.Text)
	if s.Text == "" {
		return t
	}
	if n := len(t); n > 0 && t[n-1].sameStyle(s) {
		t[n-1].Text += s.Text
		return t
	}
	return append(t, s)
}

func (s Span) sameStyle(o Span) bool {
	return s.Note == nil && o.Note == nil && s.Bold == o.Bold && s.Italic == o.Italic
}

// String returns the text without styles and without footnote references.
func (t Text) String() string {
	switch len(t) {
	case 0:
		return ""
	case 1:
		return t[0].Text
	}
	var b strings.Builder
	for _, s := range t {
		b.WriteString(s.Text) // a span with a note has its text before the mark
	}
	return b.String()
}

// SplitNotes returns t with every span that has both text and a footnote
// split in two: the text in the span's style, then the note's mark, which
// follows the text (a span from JSON or Go may hold both; the Markdown
// reader never makes one). Writers print text so. It returns t itself
// when no span needs it.
func (t Text) SplitNotes() Text {
	split := 0
	for _, s := range t {
		if s.Note != nil && s.Text != "" {
			split++
		}
	}
	if split == 0 {
		return t
	}
	out := make(Text, 0, len(t)+split)
	for _, s := range t {
		if s.Note != nil && s.Text != "" {
			out = append(out, Span{Text: s.Text, Bold: s.Bold, Italic: s.Italic}, Span{Note: s.Note})
			continue
		}
		out = append(out, s)
	}
	return out
}

// IsBlank reports whether the text has no visible characters and no
// footnote reference.
func (t Text) IsBlank() bool {
	for _, s := range t {
		if s.Note != nil || strings.TrimSpace(s.Text) != "" {
			return false
		}
	}
	return true
}

// Compact returns t with adjacent spans of the same style merged and empty
// spans dropped. It reuses t's storage.
func (t Text) Compact() Text {
	out := t[:0]
	for i := 0; i < len(t); {
		s := t[i]
		i++
		if s.Note != nil {
			out = append(out, s)
			continue
		}
		// The run of spans in s's style, empty ones included, is joined
		// in one go: adding the pieces one by one is quadratic, and a
		// long paragraph comes from the reader in many thousands.
		end, size := i, len(s.Text)
		for ; end < len(t) && (t[end].Note == nil && t[end].Text == "" || s.sameStyle(t[end])); end++ {
			size += len(t[end].Text)
		}
		if size == 0 {
			i = end
			continue
		}
		if end > i {
			var b strings.Builder
			b.Grow(size)
			b.WriteString(s.Text)
			for _, piece := range t[i:end] {
				b.WriteString(piece.Text)
			}
			s.Text, i = b.String(), end
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// WithSuffix returns a copy of t with s appended to its last text span (in
// that span's style), or as a new plain span when t ends with a footnote
// reference. It never modifies t.
func (t Text) WithSuffix(s string) Text {
	out := make(Text, len(t), len(t)+1)
	copy(out, t)
	if n := len(out); n > 0 && out[n-1].Note == nil {
		out[n-1].Text += s
		return out
	}
	return append(out, Span{Text: s})
}

// Upper returns a copy of the text in upper case, styles and footnotes
// kept: a part's title prints in capitals whatever the author typed. Web
// and e-mail addresses and terms written in mixed case keep their case,
// as UpperTitle says.
func (t Text) Upper() Text {
	out := make(Text, len(t))
	for i, s := range t {
		s.Text = UpperTitle(s.Text)
		out[i] = s
	}
	return out
}

// UpperTitle returns s in upper case, as a part's or an appendix's title,
// an agency's name or a signer's position prints, except what must keep
// its case: the words that are web or e-mail addresses ("http://x.vn/Abc",
// "www.x.vn", "vanthu@x.vn"), whose case is part of the address, and the
// terms written in mixed case, a lower-case letter before a capital
// ("IoT", "eKYC", "iPhone", the "IoT" of "IoT-based"), which a clerk keeps
// as written.
func UpperTitle(s string) string {
	if !strings.Contains(s, "://") && !strings.Contains(s, "@") && !strings.Contains(strings.ToLower(s), "www.") && !hasMixedCase(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for len(s) > 0 {
		space := strings.IndexFunc(s, unicode.IsSpace)
		if space < 0 {
			space = len(s)
		}
		word := s[:space]
		if isAddress(word) {
			b.WriteString(word)
		} else {
			upperRuns(&b, word)
		}
		rest := s[space:]
		next := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsSpace(r) })
		if next < 0 {
			next = len(rest)
		}
		b.WriteString(rest[:next])
		s = rest[next:]
	}
	return b.String()
}

// upperRuns writes word in upper case, but for its runs of letters written
// in mixed case, which it writes as they are.
func upperRuns(b *strings.Builder, word string) {
	for len(word) > 0 {
		end := strings.IndexFunc(word, func(r rune) bool { return !isLetter(r) })
		switch {
		case end < 0:
			end = len(word)
		case end == 0:
			end = strings.IndexFunc(word, isLetter)
			if end < 0 {
				end = len(word)
			}
			b.WriteString(strings.ToUpper(word[:end]))
			word = word[end:]
			continue
		}
		if run := word[:end]; hasMixedCase(run) {
			b.WriteString(run)
		} else {
			b.WriteString(strings.ToUpper(run))
		}
		word = word[end:]
	}
}

// isLetter reports whether r belongs to a run of letters: a letter or a
// combining mark.
func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// hasMixedCase reports whether some run of letters of s is written in
// mixed case: a lower-case letter before a capital ("IoT", "eKYC",
// "iPhone"), or two capitals before a lower-case letter ("GHz", "MHz").
// A capital and then lower-case letters ("Phụ") is a word's ordinary
// case, not mixed.
func hasMixedCase(s string) bool {
	lower, capitals := false, 0
	for _, r := range s {
		switch {
		case !isLetter(r):
			lower, capitals = false, 0
		case unicode.IsLower(r):
			if capitals >= 2 {
				return true
			}
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		case unicode.IsUpper(r):
			capitals++
		}
	}
	return false
}

// isAddress reports whether a word is a web or e-mail address.
func isAddress(w string) bool {
	lower := strings.ToLower(w)
	return strings.Contains(w, "://") || strings.Contains(lower, "www.") ||
		strings.Contains(w, "@") && strings.Contains(w[strings.Index(w, "@"):], ".")
}
