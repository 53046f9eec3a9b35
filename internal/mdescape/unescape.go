package mdescape

import (
	"bufio"
	"bytes"
	"html"
	"strings"
	"sync"
	"unicode/utf8"

	ghtml "github.com/yuin/goldmark/renderer/html"
)

// htmlWriter is goldmark's HTML writer, which resolves backslash escapes
// and entity references by CommonMark's rules.
var htmlWriter = ghtml.NewWriter()

// Unescape resolves the backslash escapes and entity references of a
// piece of Markdown text (and writes NUL as U+FFFD), as CommonMark reads
// it: goldmark's own HTML writer does it, and its HTML escaping is then
// undone. The readers of Markdown (read/markdown's authoring format,
// read/text's printed Markdown) share it.
//
// Most of a plan's text has no backslash, ampersand or NUL and is
// returned as it is; text whose only escapes are backslashes (an "&" that
// cannot start an entity reference, as in "R&D", is text) is resolved
// here. Only an entity reference goes through the writer, which builds
// goldmark's table of HTML entities, and the standard library's, on first
// use: some milliseconds that every process reading a plan paid.
func Unescape(v []byte) string {
	if !bytes.ContainsAny(v, "\\&\x00") {
		return string(v)
	}
	if !hasEntity(v) {
		return unescapeBackslashes(v)
	}
	return resolve(v)
}

// hasEntity reports whether an "&" in v may start an entity reference.
// A name in capitals seldom does: "TT&TT;", "NN&PTNT;" are agencies'
// abbreviations, and only the few names of upperEntities are HTML's.
func hasEntity(v []byte) bool {
	for i, c := range v {
		if c != '&' {
			continue
		}
		rest := string(v[i+1 : min(len(v), i+34)])
		if !LooksLikeEntity(rest) {
			continue
		}
		name := rest[:strings.IndexByte(rest, ';')]
		if !allCapitals(name) || upperEntities[name] {
			return true
		}
	}
	return false
}

// upperEntities are the names of HTML's entity references written all in
// capitals (TestUpperEntities checks them against the standard library's
// table).
var upperEntities = map[string]bool{
	"AMP": true, "COPY": true, "DD": true, "ENG": true, "ETH": true, "GT": true,
	"LT": true, "QUOT": true, "REG": true, "THORN": true, "TRADE": true,
}

// allCapitals reports whether s is made of ASCII capital letters only.
func allCapitals(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// unescapeBackslashes resolves CommonMark's backslash escapes (a
// backslash before ASCII punctuation stands for the punctuation) and
// writes NUL as U+FFFD, as goldmark's writer does.
func unescapeBackslashes(v []byte) string {
	var b strings.Builder
	b.Grow(len(v))
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && i+1 < len(v) && isASCIIPunct(v[i+1]):
			b.WriteByte(v[i+1])
			i++
		case c == 0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// isASCIIPunct reports whether c is ASCII punctuation, which CommonMark
// lets a backslash escape.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// resolve is Unescape's work on text that may hold escapes: goldmark's
// writer, its HTML escaping undone.
func resolve(v []byte) string {
	var buf bytes.Buffer
	w := escapeWriters.Get().(*bufio.Writer)
	w.Reset(&buf)
	htmlWriter.Write(w, v)
	_ = w.Flush()
	w.Reset(nil)
	escapeWriters.Put(w)
	return html.UnescapeString(buf.String())
}

// escapeWriters holds the buffered writers Unescape lends goldmark's
// writer: a long paragraph has thousands of escaped pieces, and a new
// writer for each is 4 KB of garbage.
var escapeWriters = sync.Pool{New: func() any { return bufio.NewWriter(nil) }}
