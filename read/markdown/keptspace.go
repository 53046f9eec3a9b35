package markdown

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/mdescape"
)

// White space written as a character reference ("&#32;", "&#10;",
// "&nbsp;") is the author's own: the reader neither trims it from the
// ends of a text nor takes it for the space that separates a heading's
// number from its title, or one legal basis from the next. That is how
// [Write] writes a text that starts or ends with a space or a line break.
//
// While the body is read, such a character is held as a marker: a byte
// that UTF-8 text never holds (the file was checked to be UTF-8), then
// the character's place in keptSpaces. The regular expressions and the
// trimming see a character that is neither a space nor a letter; [unmark]
// gives the characters back once the body is read.

// spaceMarker starts a marker.
const spaceMarker = '\xf8'

// keptSpaces are the characters a marker holds: every character that is
// white space to the reader (Go's unicode.IsSpace, and the \pZ the
// regular expressions name).
var keptSpaces = []rune{'\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680',
	'\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
	'\u2028', '\u2029', '\u202f', '\u205f', '\u3000'}

// marker returns the marker of a white-space character, or "" when r is
// none.
func marker(r rune) string {
	for i, s := range keptSpaces {
		if s == r {
			return string([]byte{spaceMarker, byte(0x80 + i)})
		}
	}
	return ""
}

// charRef matches a character reference as CommonMark reads one, at the
// start of its input.
var charRef = lazyregexp.New(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// resolve returns the characters of a text node's source, v, with
// backslash escapes and character references resolved, the white space
// written as references marked.
func (b *bodyReader) resolve(v []byte) string {
	var out strings.Builder
	from := 0
	for i := bytes.IndexByte(v, '&'); i >= 0; {
		if end, mark := spaceRef(v, i); mark != "" && !escapedAt(v, i) {
			out.WriteString(mdescape.Unescape(v[from:i]))
			out.WriteString(mark)
			from, b.marked = end, true
		}
		next := bytes.IndexByte(v[i+1:], '&')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	if from == 0 {
		return mdescape.Unescape(v)
	}
	out.WriteString(mdescape.Unescape(v[from:]))
	return out.String()
}

// spaceRef returns, for a character reference to white space at v[i:]
// ("&#32;", "&#x20;", "&nbsp;"), where it ends and the character's
// marker; "" for anything else, which costs no allocation.
func spaceRef(v []byte, i int) (end int, mark string) {
	j := bytes.IndexByte(v[i:min(len(v), i+34)], ';')
	if j < 3 {
		return 0, ""
	}
	ref := v[i : i+j+1]
	if ref[1] != '#' && !spaceNames[string(ref)] || !charRef.Match(ref) {
		return 0, ""
	}
	char := html.UnescapeString(string(ref))
	r, size := utf8.DecodeRuneInString(char)
	if size != len(char) {
		return 0, ""
	}
	return i + len(ref), marker(r)
}

// spaceNames are the named character references to white space.
var spaceNames = map[string]bool{"&Tab;": true, "&NewLine;": true, "&nbsp;": true, "&NonBreakingSpace;": true,
	"&ensp;": true, "&emsp;": true, "&emsp13;": true, "&emsp14;": true, "&numsp;": true, "&puncsp;": true,
	"&thinsp;": true, "&ThinSpace;": true, "&hairsp;": true, "&VeryThinSpace;": true, "&MediumSpace;": true}

// escapedAt reports whether the character at i follows an odd number of
// backslashes, which escape it.
func escapedAt(v []byte, i int) bool {
	n := 0
	for i > 0 && v[i-1] == '\\' {
		n++
		i--
	}
	return n%2 == 1
}

// unmarkString gives back the white space that markers hold in s.
func unmarkString(s string) string {
	if strings.IndexByte(s, spaceMarker) < 0 {
		return s
	}
	var out strings.Builder
	out.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if k := i + 1; s[i] == spaceMarker && k < len(s) && s[k] >= 0x80 && int(s[k]-0x80) < len(keptSpaces) {
			out.WriteRune(keptSpaces[s[k]-0x80])
			i++
			continue
		}
		out.WriteByte(s[i])
	}
	return out.String()
}

// unmark gives back the white space that markers hold everywhere in the
// plan's body, once it is read.
func (b *bodyReader) unmark() {
	if b.marked {
		b.plan.MapBodyText(unmarkString)
	}
}
