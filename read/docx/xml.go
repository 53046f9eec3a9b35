package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

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

// xreader reads a part's XML elements, their names in the transitional
// namespaces, refusing elements nested deeper than the limits allow
// (encoding/xml itself keeps a stack as deep as the input).
type xreader struct {
	d        *xml.Decoder
	part     string
	depth    int
	maxDepth int
}

func newReader(part string, data []byte, lim limits.Limits) *xreader {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	// Word writes UTF-8 (package ooxml turns UTF-16 parts into UTF-8);
	// any other encoding a tool declares is read as UTF-8 too.
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) { return in, nil }
	return &xreader{d: d, part: part, maxDepth: extraDepth + levelsPerTable*lim.Depth}
}

// next returns the next token; io.EOF at the end.
func (x *xreader) next() (xml.Token, error) {
	t, err := x.d.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			if x.depth > 0 {
				return nil, x.malformed(errors.New("unexpected end of the part"))
			}
			return nil, io.EOF
		}
		return nil, x.malformed(err)
	}
	switch e := t.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > x.maxDepth {
			return nil, &limits.Error{Limit: "Depth", Max: int64(x.maxDepth), Got: int64(x.depth),
				What: x.part + "'s XML elements nest at least", WhatVi: "độ lồng các phần tử XML của " + x.part + " ít nhất là"}
		}
		e.Name.Space = namespace(e.Name.Space)
		for i := range e.Attr {
			if s := e.Attr[i].Name.Space; s != "" {
				e.Attr[i].Name.Space = namespace(s)
			}
		}
		return e, nil
	case xml.EndElement:
		x.depth--
		e.Name.Space = namespace(e.Name.Space)
		return e, nil
	}
	return t, nil
}

// namespace returns a namespace's transitional name; an undeclared "w"
// prefix is taken for WordprocessingML.
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
		t, err := x.next()
		if err != nil {
			return err
		}
		switch t.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// children calls fn for each child element of the element just started
// (fn must read each to its end, or skip it), and returns at its end;
// text between them is passed to text when not nil.
func (x *xreader) children(fn func(xml.StartElement) error, text func(xml.CharData)) error {
	for {
		t, err := x.next()
		if err != nil {
			return err
		}
		switch e := t.(type) {
		case xml.StartElement:
			if err := fn(e); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		case xml.CharData:
			if text != nil {
				text(e)
			}
		}
	}
}

// text returns the text content of the element just started, its
// children's included.
func (x *xreader) text() (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		t, err := x.next()
		if err != nil {
			return "", err
		}
		switch e := t.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(e)
		}
	}
	return b.String(), nil
}

func (x *xreader) malformed(err error) error {
	return &Error{Kind: ErrMalformed, Err: err,
		Vi: "văn bản Word bị hỏng: phần " + x.part + " không phải XML hợp lệ (" + err.Error() + "); mở và lưu lại tệp bằng Word hoặc LibreOffice",
		En: "the Word document is damaged: its part " + x.part + " is not well-formed XML (" + err.Error() + "); open it in Word or LibreOffice and save it again"}
}

// is reports whether an element is a WordprocessingML one of the given
// local name.
func is(e xml.StartElement, local string) bool { return e.Name.Local == local && e.Name.Space == nsW }

// attr returns an attribute of the given namespace and local name; a
// WordprocessingML attribute written without its prefix is accepted.
func attr(e xml.StartElement, ns, local string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == local && (a.Name.Space == ns || a.Name.Space == "" && ns == nsW) {
			return a.Value, true
		}
	}
	return "", false
}

// val returns an element's w:val.
func val(e xml.StartElement) string {
	v, _ := attr(e, nsW, "val")
	return v
}

// onOff returns an on/off property's value: on unless its w:val says
// otherwise.
func onOff(e xml.StartElement) bool {
	switch strings.ToLower(val(e)) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// twipsAttr returns an attribute holding a length in twentieths of a
// point (or, in Strict files, a measure with its unit: "2.5cm", "12pt"),
// in points.
func twipsAttr(e xml.StartElement, local string) (float64, bool) {
	v, ok := attr(e, nsW, local)
	if !ok {
		return 0, false
	}
	return measure(v, 1.0/20)
}

// measure parses a length: a number in the given unit (points per unit),
// or a number followed by mm, cm, in, pt, pc or pi.
func measure(v string, unit float64) (float64, bool) {
	v = strings.TrimSpace(v)
	per := unit
	for _, u := range []struct {
		suffix string
		pt     float64
	}{{"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"in", 72}, {"pt", 1}, {"pc", 12}, {"pi", 12}} {
		if strings.HasSuffix(v, u.suffix) {
			v, per = strings.TrimSpace(strings.TrimSuffix(v, u.suffix)), u.pt
			break
		}
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f != f || f > 1e9 || f < -1e9 {
		return 0, false
	}
	return f * per, true
}
