package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/limits"
)

// guardTemplate checks what a read template holds before any of it is
// parsed or filled, cheapest first: the number of XML elements of all
// its XML parts and of placeholder openers ("{{") in its story parts
// (counts of bytes, so that a small file that inflates to millions of
// elements costs a count, not seconds of searching); then that every XML
// part is well-formed, naming the part and the line of the first fault.
func guardTemplate(pkg *ooxml.Package, lim limits.Limits) error {
	var elements, openers int
	for _, name := range pkg.Names() {
		b, ok := pkg.Get(name)
		if !ok {
			continue
		}
		elements += bytes.Count(b, []byte("<"))
		if storyPart.MatchString(name) {
			openers += bytes.Count(b, []byte("{{"))
		}
	}
	if elements > lim.TemplateElements {
		return limitErr(&limits.Error{Limit: "TemplateElements", Max: int64(lim.TemplateElements), Got: int64(elements),
			What: "the template's XML elements (tags) number", WhatVi: "số phần tử XML (thẻ) trong mẫu là"})
	}
	// Each placeholder has one "{{" in the part's bytes, or none when Word
	// split its braces over runs: more openers than placeholders allowed
	// is a template past the limit (or one whose stray braces would cost
	// the search as much).
	if openers > lim.Placeholders {
		return limitErr(&limits.Error{Limit: "Placeholders", Max: int64(lim.Placeholders), Got: int64(openers),
			What: `the template's placeholder openers "{{" number`, WhatVi: `số dấu mở chỗ điền "{{" trong mẫu là`})
	}
	for _, name := range pkg.Names() {
		if b, ok := pkg.Get(name); ok {
			if err := wellFormed(name, b); err != nil {
				return err
			}
		}
	}
	return nil
}

// limitErr is a template past one of the limits.
func limitErr(e *limits.Error) error {
	return &templateError{vi: e.Message("vi"), en: e.Message("en"), cause: e}
}

// wellFormed reports the first XML fault of a part, naming the part and
// the line: a template damaged by hand or by a tool is refused for what
// it is, not blamed on its placeholders after the filling.
func wellFormed(name string, data []byte) error {
	if line, err := xmlFault(data); err != nil {
		return templateErr(fmt.Sprintf("phần %s của mẫu không phải XML hợp lệ (lỗi ở dòng %d): hãy mở mẫu bằng Word và lưu lại", name, line),
			fmt.Sprintf("the template's part %s is not well-formed XML (line %d: %v): open the template in Word and save it again", name, line, err))
	}
	return nil
}

// xmlFault returns the first fault of an XML part and its line, or nil.
func xmlFault(data []byte) (line int, err error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token() // not RawToken: it would not match end tags to start tags
		if err == io.EOF {
			return 0, nil
		}
		if err != nil {
			var syntax *xml.SyntaxError
			if errors.As(err, &syntax) {
				return syntax.Line, err
			}
			return 0, err
		}
	}
}

// placeholdersOutsideStories refuses a placeholder in an XML part the
// filler does not fill (comments, the document's properties, the
// glossary of building blocks, custom XML), naming the part: it would
// print as written.
func placeholdersOutsideStories(pkg *ooxml.Package) error {
	for _, name := range pkg.Names() {
		if storyPart.MatchString(name) {
			continue
		}
		b, _ := pkg.Get(name)
		m := placeholder.FindSubmatch(textOnly(b))
		if m == nil {
			continue
		}
		kind, kindVi := otherPartKind(name)
		return templateErr(fmt.Sprintf("{{%s}} nằm trong %s (%s), phần không được điền: hãy xoá nó khỏi đó, hoặc đặt nó trong thân văn bản, đầu trang, chân trang hay chú thích", m[1], name, kindVi),
			fmt.Sprintf("{{%s}} stands in %s (%s), which is not filled: remove it from there, or put it in the document's text, a page header or footer, or a footnote", m[1], name, kind))
	}
	return nil
}

// textOnly returns an XML part's character data, the tags dropped, so
// that a placeholder split over runs or elements is found whole.
func textOnly(b []byte) []byte {
	if !bytes.Contains(b, []byte("{")) {
		return nil
	}
	var out bytes.Buffer
	inTag := false
	for _, c := range b {
		switch {
		case c == '<':
			inTag = true
		case c == '>':
			inTag = false
		case !inTag:
			out.WriteByte(c)
		}
	}
	return out.Bytes()
}

// otherPartKind names a part the filler does not fill, for messages.
func otherPartKind(name string) (en, vi string) {
	switch {
	case strings.HasPrefix(name, "word/glossary/"):
		return "the glossary of building blocks", "kho khối dựng sẵn (glossary)"
	case strings.HasPrefix(name, "word/comments"):
		return "the comments", "các nhận xét (comments)"
	case strings.HasPrefix(name, "docProps/"):
		return "the document's properties", "thuộc tính của tệp"
	}
	return "a part that is not printed", "một phần không được in ra"
}
