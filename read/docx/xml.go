package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/limits"
)

// The namespaces read, by their transitional names; Strict OOXML's
// names are mapped onto these as the parts are read (strictNames), so
// that elements are matched by namespace, whatever prefix a file gives
// them.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsMC  = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsWP  = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
	nsA   = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsWPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
	nsV   = "urn:schemas-microsoft-com:vml"
	nsO   = "urn:schemas-microsoft-com:office:office"
	nsM   = "http://schemas.openxmlformats.org/officeDocument/2006/math"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsXML = "http://www.w3.org/XML/1998/namespace"
)

// strictNames maps Strict OOXML's namespaces (ISO/IEC 29500 Strict,
// which LibreOffice and Word can save) onto the transitional ones.
var strictNames = map[string]string{
	"http://purl.oclc.org/ooxml/wordprocessingml/main":             nsW,
	"http://purl.oclc.org/ooxml/officeDocument/relationships":      nsR,
	"http://purl.oclc.org/ooxml/drawingml/main":                    nsA,
	"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":   nsWP,
	"http://purl.oclc.org/ooxml/officeDocument/math":               nsM,
	"http://purl.oclc.org/ooxml/officeDocument/extendedProperties": nsExtended,
}

// nsExtended is docProps/app.xml's namespace.
const nsExtended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

// extraDepth is how deep a part's elements may nest beyond what its
// tables' nesting needs: a text box in a shape in a run takes a dozen
// levels.
const extraDepth = 64

// levelsPerTable is how many levels of elements one table adds (table,
// row, cell, and the content controls or custom XML around them).
const levelsPerTable = 8

// tokKind says what [xreader.next] read.
type tokKind int8

const (
	tokStart tokKind = iota + 1 // an element's start: xreader.el
	tokEnd                      // an element's end
	tokText                     // character data: xreader.chars
)

// element is an element just started: its name in its namespace, and
// its attributes, parsed when asked for (attr), which must be before the
// reader goes past the element's children.
type element struct {
	Name  xml.Name
	attrs []byte // the start tag's attributes, as written
	x     *xreader
	scope int // how many namespace declarations are in scope
}

// nsDecl is a namespace declaration in scope: a prefix ("" for the
// default namespace) and its name.
type nsDecl struct {
	prefix []byte
	uri    string
}

// xreader reads a part's XML, an element, its end or a piece of text at
// a time, the elements' names in the transitional namespaces whatever
// prefix the file gives them. It reads well-formed XML 1.0 without a
// document type's entities (a file that uses them is refused, so no
// entity expansion), and refuses elements nested deeper than the limits
// allow. Names are interned and attributes parsed on demand, so that
// reading a part allocates little more than the text it holds.
type xreader struct {
	data       []byte
	i          int
	part       string
	depth      int
	maxDepth   int
	open       [][]byte // the qualified names of the open elements
	scopes     []nsDecl
	marks      []int // len(scopes) when each open element started
	el         element
	chars      []byte
	buf        []byte
	pendingEnd bool // a self-closing element's end comes next
	names      map[string]string
}

func newReader(part string, data []byte, lim limits.Limits) *xreader {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	return &xreader{data: data, part: part, maxDepth: extraDepth + levelsPerTable*lim.Depth, names: map[string]string{}}
}

// intern returns b as a string, one string for each name.
func (x *xreader) intern(b []byte) string {
	if s, ok := x.names[string(b)]; ok {
		return s
	}
	s := string(b)
	x.names[s] = s
	return s
}

// next reads the next element start, end or text; io.EOF at the end.
func (x *xreader) next() (tokKind, error) {
	if x.pendingEnd {
		x.pendingEnd = false
		x.close()
		return tokEnd, nil
	}
	for {
		if x.i >= len(x.data) {
			if x.depth > 0 {
				return 0, x.malformed(errors.New("the part ends inside an element"))
			}
			return 0, io.EOF
		}
		rest := x.data[x.i:]
		if rest[0] != '<' {
			j := bytes.IndexByte(rest, '<')
			if j < 0 {
				j = len(rest)
			}
			raw := rest[:j]
			x.i += j
			if x.depth == 0 {
				if len(bytes.TrimSpace(raw)) > 0 {
					return 0, x.malformed(errors.New("text outside the root element"))
				}
				continue
			}
			if err := x.decode(raw); err != nil {
				return 0, err
			}
			return tokText, nil
		}
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			if err := x.skipTo("?>"); err != nil {
				return 0, err
			}
		case bytes.HasPrefix(rest, []byte("<!--")):
			if err := x.skipTo("-->"); err != nil {
				return 0, err
			}
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			j := bytes.Index(rest, []byte("]]>"))
			if j < 0 {
				return 0, x.malformed(errors.New("unclosed CDATA section"))
			}
			x.i += j + 3
			if x.depth == 0 {
				return 0, x.malformed(errors.New("text outside the root element"))
			}
			x.chars = rest[len("<![CDATA["):j]
			return tokText, nil
		case bytes.HasPrefix(rest, []byte("<!")):
			if err := x.doctype(); err != nil {
				return 0, err
			}
		case bytes.HasPrefix(rest, []byte("</")):
			j := bytes.IndexByte(rest, '>')
			if j < 0 {
				return 0, x.malformed(errors.New("unclosed end tag"))
			}
			name := bytes.TrimSpace(rest[2:j])
			if len(x.open) == 0 || !bytes.Equal(x.open[len(x.open)-1], name) {
				return 0, x.malformed(fmt.Errorf("element <%s> closed by </%s>", x.top(), name))
			}
			x.i += j + 1
			x.close()
			return tokEnd, nil
		default:
			return tokStart, x.start()
		}
	}
}

func (x *xreader) top() []byte {
	if len(x.open) == 0 {
		return nil
	}
	return x.open[len(x.open)-1]
}

// start reads a start tag.
func (x *xreader) start() error {
	rest := x.data[x.i:]
	n := 1
	for n < len(rest) && !isXMLSpace(rest[n]) && rest[n] != '>' && rest[n] != '/' {
		n++
	}
	name := rest[1:n]
	if len(name) == 0 {
		return x.malformed(errors.New("an element without a name"))
	}
	end, quote := -1, byte(0)
	for j := n; j < len(rest); j++ {
		switch c := rest[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<':
			return x.malformed(errors.New("'<' in a start tag"))
		case c == '>':
			end = j
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 {
		return x.malformed(errors.New("unclosed start tag"))
	}
	attrs := rest[n:end]
	self := false
	if t := bytes.TrimRight(attrs, " \t\r\n"); len(t) > 0 && t[len(t)-1] == '/' {
		self, attrs = true, t[:len(t)-1]
	}
	x.i += end + 1
	x.depth++
	if x.depth > x.maxDepth {
		return &limits.Error{Limit: "Depth", Max: int64(x.maxDepth), Got: int64(x.depth),
			What: x.part + "'s XML elements nest at least", WhatVi: "độ lồng các phần tử XML của " + x.part + " ít nhất là"}
	}
	x.open = append(x.open, name)
	x.marks = append(x.marks, len(x.scopes))
	x.declare(attrs)
	prefix, local := splitName(name)
	x.el = element{Name: xml.Name{Space: x.resolve(prefix, len(x.scopes), true), Local: x.intern(local)}, attrs: attrs, x: x, scope: len(x.scopes)}
	x.pendingEnd = self
	return nil
}

// close ends the innermost open element.
func (x *xreader) close() {
	n := len(x.open) - 1
	x.scopes = x.scopes[:x.marks[n]]
	x.open, x.marks = x.open[:n], x.marks[:n]
	x.depth--
}

// declare adds the namespace declarations of a start tag to the scope.
func (x *xreader) declare(attrs []byte) {
	eachAttr(attrs, func(name, value []byte) bool {
		switch {
		case bytes.Equal(name, []byte("xmlns")):
			x.scopes = append(x.scopes, nsDecl{uri: namespace(x.intern(value))})
		case bytes.HasPrefix(name, []byte("xmlns:")):
			x.scopes = append(x.scopes, nsDecl{prefix: name[len("xmlns:"):], uri: namespace(x.intern(value))})
		}
		return true
	})
}

// resolve returns the namespace a prefix names among the first scope
// declarations; an element without a prefix is in the default
// namespace, an attribute in none. An undeclared prefix stands for
// itself (an undeclared "w" for WordprocessingML).
func (x *xreader) resolve(prefix []byte, scope int, isElement bool) string {
	if len(prefix) == 0 && !isElement {
		return ""
	}
	if string(prefix) == "xml" {
		return nsXML
	}
	for i := min(scope, len(x.scopes)) - 1; i >= 0; i-- {
		if bytes.Equal(x.scopes[i].prefix, prefix) {
			return x.scopes[i].uri
		}
	}
	return namespace(x.intern(prefix))
}

func splitName(name []byte) (prefix, local []byte) {
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return name[:i], name[i+1:]
	}
	return nil, name
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// eachAttr calls fn with each attribute's name and raw value, until fn
// returns false.
func eachAttr(attrs []byte, fn func(name, value []byte) bool) {
	i := 0
	for i < len(attrs) {
		for i < len(attrs) && isXMLSpace(attrs[i]) {
			i++
		}
		start := i
		for i < len(attrs) && attrs[i] != '=' && !isXMLSpace(attrs[i]) {
			i++
		}
		name := attrs[start:i]
		for i < len(attrs) && isXMLSpace(attrs[i]) {
			i++
		}
		if i >= len(attrs) || attrs[i] != '=' {
			return
		}
		i++
		for i < len(attrs) && isXMLSpace(attrs[i]) {
			i++
		}
		if i >= len(attrs) || attrs[i] != '"' && attrs[i] != '\'' {
			return
		}
		q := attrs[i]
		i++
		end := bytes.IndexByte(attrs[i:], q)
		if end < 0 {
			return
		}
		if !fn(name, attrs[i:i+end]) {
			return
		}
		i += end + 1
	}
}

// skipTo moves past the next occurrence of s.
func (x *xreader) skipTo(s string) error {
	j := bytes.Index(x.data[x.i:], []byte(s))
	if j < 0 {
		return x.malformed(fmt.Errorf("unclosed %q", s))
	}
	x.i += j + len(s)
	return nil
}

// doctype skips a document type declaration, refusing one that
// declares entities: their expansion is how an XML bomb works, and no
// Office part has one.
func (x *xreader) doctype() error {
	depth := 0
	for j := x.i + 2; j < len(x.data); j++ {
		switch x.data[j] {
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				decl := x.data[x.i : j+1]
				if bytes.Contains(decl, []byte("<!ENTITY")) {
					return x.malformed(errors.New("a document type that declares entities"))
				}
				x.i = j + 1
				return nil
			}
		}
	}
	return x.malformed(errors.New("unclosed declaration"))
}

// decode sets chars to text with its references replaced, its line ends
// normalised, and bytes that are not UTF-8 replaced by U+FFFD.
func (x *xreader) decode(raw []byte) error {
	if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 && utf8.Valid(raw) {
		x.chars = raw
		return nil
	}
	out, err := unescape(x.buf[:0], raw)
	if err != nil {
		return x.malformed(err)
	}
	x.buf, x.chars = out, out
	return nil
}

// unescape appends raw text or an attribute's value to dst, its
// references replaced.
func unescape(dst, raw []byte) ([]byte, error) {
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			j := bytes.IndexByte(raw[i:], ';')
			if j < 0 || j > 12 {
				return dst, errors.New("a '&' that starts no reference")
			}
			ref := raw[i+1 : i+j]
			r, ok := reference(ref)
			if !ok {
				return dst, fmt.Errorf("unknown entity &%s;", ref)
			}
			dst = utf8.AppendRune(dst, r)
			i += j + 1
		case c == '\r':
			dst = append(dst, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case c < utf8.RuneSelf:
			dst = append(dst, c)
			i++
		default:
			r, size := utf8.DecodeRune(raw[i:])
			dst = utf8.AppendRune(dst, r) // U+FFFD for a byte that is no UTF-8
			i += size
		}
	}
	return dst, nil
}

// reference returns the character a reference names: the five
// predefined entities and numeric references.
func reference(ref []byte) (rune, bool) {
	switch string(ref) {
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "amp":
		return '&', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(ref) < 2 || ref[0] != '#' {
		return 0, false
	}
	base, digits := 10, ref[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || n > unicode.MaxRune || !utf8.ValidRune(rune(n)) {
		return utf8.RuneError, err == nil
	}
	return rune(n), true
}

// namespace returns a namespace's transitional name.
func namespace(s string) string {
	if strings.HasPrefix(s, "http://purl.oclc.org/") {
		if t, ok := strictNames[s]; ok {
			return t
		}
	}
	if s == "w" {
		return nsW
	}
	return s
}

// skip reads to the end of the element just started.
func (x *xreader) skip() error {
	for depth := 1; depth > 0; {
		k, err := x.next()
		if err != nil {
			return err
		}
		switch k {
		case tokStart:
			depth++
		case tokEnd:
			depth--
		}
	}
	return nil
}

// children calls fn for each child element of the element just started
// (fn must read each to its end, or skip it), and returns at its end;
// text between them is passed to text when not nil.
func (x *xreader) children(fn func(element) error, text func([]byte)) error {
	for {
		k, err := x.next()
		if err != nil {
			return err
		}
		switch k {
		case tokStart:
			if err := fn(x.el); err != nil {
				return err
			}
		case tokEnd:
			return nil
		case tokText:
			if text != nil {
				text(x.chars)
			}
		}
	}
}

// text returns the text content of the element just started, its
// children's included.
func (x *xreader) text() (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		k, err := x.next()
		if err != nil {
			return "", err
		}
		switch k {
		case tokStart:
			depth++
		case tokEnd:
			depth--
		case tokText:
			b.Write(x.chars)
		}
	}
	return b.String(), nil
}

func (x *xreader) malformed(err error) error {
	line := 1 + bytes.Count(x.data[:min(x.i, len(x.data))], []byte("\n"))
	err = fmt.Errorf("line %d: %w", line, err)
	return &Error{Kind: ErrMalformed, Err: err,
		Vi: fmt.Sprintf("văn bản Word bị hỏng: phần %s không phải XML hợp lệ (lỗi %q); mở và lưu lại tệp bằng Word hoặc LibreOffice", x.part, err.Error()),
		En: "the Word document is damaged: its part " + x.part + " is not well-formed XML (" + err.Error() + "); open it in Word or LibreOffice and save it again"}
}
