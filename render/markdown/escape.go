package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/mdescape"
)

// context says where escaped text goes, which changes what must be escaped.
type context int

const (
	inParagraph context = iota // a paragraph: "\n" is a hard line break
	inHeading                  // a heading: no line breaks
	inCell                     // a GFM table cell: "|" is escaped, "\n" is <br>
)

// nbsp keeps runs of spaces (the blanks of "Số:      /KH-STTTT") visible:
// a Markdown viewer collapses ordinary spaces.
const nbsp = '\u00a0'

// escapeText writes s so that a CommonMark + GFM parser reads back exactly
// s as text. atLineStart says whether s begins a line of the output, atEnd
// whether it ends the paragraph or cell (where a space would vanish).
func escapeText(b *strings.Builder, s string, ctx context, atLineStart, atEnd bool) {
	lineStart := atLineStart
	prevSpace := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next := s[i+size:]
		switch {
		case r == '\n':
			switch ctx {
			case inParagraph:
				b.WriteString("\\\n")
				lineStart, prevSpace = true, false
			case inCell:
				b.WriteString("<br>")
				prevSpace = false
			default:
				b.WriteByte(' ')
				prevSpace = true
			}
			i += size
			continue
		case r == '\t' || r == ' ':
			// A leading space, or one after another, would vanish.
			if prevSpace || lineStart || next == "" && atEnd || next != "" && (next[0] == ' ' || next[0] == '\n') {
				b.WriteRune(nbsp)
			} else {
				b.WriteByte(' ')
			}
			prevSpace = true
			i += size
			continue
		case r < 0x20 || r == 0x7f: // control characters print as nothing
			i += size
			continue
		case lineStart && r >= '0' && r <= '9':
			// "1. " or "1) " at the start of a line would open an ordered
			// list: escape the punctuation after the digits.
			digits := len(s[i:]) - len(strings.TrimLeft(s[i:], "0123456789"))
			b.WriteString(s[i : i+digits])
			i += digits
			if i < len(s) && (s[i] == '.' || s[i] == ')') {
				b.WriteByte('\\')
			}
			lineStart, prevSpace = false, false
			continue
		case r == '\\' && ctx == inParagraph && strings.HasPrefix(next, "\n"):
			// Before a hard line break ("\" + newline) an escaped backslash
			// is misread by goldmark; a character reference is not.
			b.WriteString("&#92;")
			lineStart, prevSpace = false, false
			i += size
			continue
		case needsEscape(r, next, ctx, lineStart):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		lineStart, prevSpace = false, false
		i += size
	}
}

// needsEscape reports whether r, followed by next, must be backslash-escaped.
func needsEscape(r rune, next string, ctx context, lineStart bool) bool {
	switch r {
	case '\\', '`', '*', '_', '[', ']', '<', '>', '~':
		return true
	case '|':
		return ctx == inCell
	case '&':
		return mdescape.LooksLikeEntity(next)
	case '#', '-', '+', '=':
		return lineStart
	}
	return false
}

// flanks and isPunct are the emphasis rules the authoring format's
// writer shares (package mdescape).
var (
	flanks  = mdescape.Flanks
	isPunct = mdescape.IsPunct
)
