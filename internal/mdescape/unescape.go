package mdescape

import (
	"bufio"
	"bytes"
	"html"
	"sync"

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
func Unescape(v []byte) string {
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
