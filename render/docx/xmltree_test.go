package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// node is a parsed XML element, enough to read WordprocessingML in tests.
type node struct {
	name     string // local name, e.g. "p" for w:p
	attrs    map[string]string
	children []*node
	text     string // character data directly inside
}

func parseXML(t testing.TB, data []byte) *node {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &node{name: "#document"}
	stack := []*node{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			stack[len(stack)-1].text += string(tok)
		}
	}
	return root
}

// all returns the descendants with the given local name, in order.
func (n *node) all(name string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name == name {
			out = append(out, c)
		}
		out = append(out, c.all(name)...)
	}
	return out
}

// child returns the first direct child with the name, or nil.
func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

// kids returns the direct children with the name.
func (n *node) kids(name string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name == name {
			out = append(out, c)
		}
	}
	return out
}

// paraText returns a paragraph's text: w:t text, w:br as "\n", a
// non-breaking hyphen as "-".
func paraText(p *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, c := range n.children {
			switch c.name {
			case "t":
				b.WriteString(c.text)
			case "br":
				b.WriteString("\n")
			case "noBreakHyphen":
				b.WriteString("-")
			default:
				walk(c)
			}
		}
	}
	walk(p)
	return b.String()
}

func twipsAttrOf(t testing.TB, n *node, attr string) float64 {
	t.Helper()
	require.NotNil(t, n, "element with %s", attr)
	v, err := strconv.Atoi(n.attrs[attr])
	require.NoError(t, err, "%s=%q", attr, n.attrs[attr])
	return float64(v) / 20
}

// unzip returns the parts of a package.
func unzip(t testing.TB, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(rc)
		require.NoError(t, err)
		require.NoError(t, rc.Close())
		parts[f.Name] = b
	}
	return parts
}

// docxFile is a parsed package.
type docxFile struct {
	parts  map[string][]byte
	doc    *node // word/document.xml
	styles map[string]*node
	defs   *node // docDefaults
}

func openDocx(t testing.TB, data []byte) *docxFile {
	t.Helper()
	f := &docxFile{parts: unzip(t, data), styles: map[string]*node{}}
	for name, b := range f.parts {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			parseXML(t, b) // every XML part parses
		}
	}
	f.doc = parseXML(t, f.parts["word/document.xml"])
	if st, ok := f.parts["word/styles.xml"]; ok {
		root := parseXML(t, st)
		for _, s := range root.all("style") {
			f.styles[s.attrs["styleId"]] = s
		}
		f.defs = root.all("docDefaults")[0]
	}
	return f
}

// runFormat is the resolved formatting of a run.
type runFormat struct {
	font         string
	size         float64
	bold, italic bool
	caps         bool
}

// resolve returns a run's formatting as Word computes it: document
// defaults, then the paragraph style and the styles it is based on, then
// the run's own properties.
func (f *docxFile) resolve(p, r *node) runFormat {
	var out runFormat
	apply := func(rPr *node) {
		if rPr == nil {
			return
		}
		if fonts := rPr.child("rFonts"); fonts != nil && fonts.attrs["ascii"] != "" {
			out.font = fonts.attrs["ascii"]
		}
		if sz := rPr.child("sz"); sz != nil {
			v, _ := strconv.Atoi(sz.attrs["val"])
			out.size = float64(v) / 2
		}
		if rPr.child("b") != nil {
			out.bold = rPr.child("b").attrs["val"] != "0"
		}
		if rPr.child("i") != nil {
			out.italic = rPr.child("i").attrs["val"] != "0"
		}
		if rPr.child("caps") != nil {
			out.caps = true
		}
	}
	if f.defs != nil {
		apply(f.defs.child("rPrDefault").child("rPr"))
	}
	styleID := "Normal"
	if ps := p.child("pPr").child("pStyle"); ps != nil {
		styleID = ps.attrs["val"]
	}
	var chain []*node
	for id := styleID; id != ""; {
		s := f.styles[id]
		if s == nil {
			break
		}
		chain = append([]*node{s}, chain...)
		id = ""
		if b := s.child("basedOn"); b != nil {
			id = b.attrs["val"]
		}
	}
	for _, s := range chain {
		apply(s.child("rPr"))
	}
	apply(r.child("rPr"))
	return out
}

// format returns the formatting of a paragraph's first run with text.
func (f *docxFile) format(t testing.TB, p *node) runFormat {
	t.Helper()
	for _, r := range p.all("r") {
		if r.child("t") != nil {
			return f.resolve(p, r)
		}
	}
	t.Fatalf("paragraph %q has no text run", paraText(p))
	return runFormat{}
}

// paraProp returns a paragraph property from the paragraph or its style.
func (f *docxFile) paraProp(p *node, name string) *node {
	if n := p.child("pPr").child(name); n != nil {
		return n
	}
	styleID := "Normal"
	if ps := p.child("pPr").child("pStyle"); ps != nil {
		styleID = ps.attrs["val"]
	}
	for id := styleID; id != ""; {
		s := f.styles[id]
		if s == nil {
			return nil
		}
		if n := s.child("pPr").child(name); n != nil {
			return n
		}
		id = ""
		if b := s.child("basedOn"); b != nil {
			id = b.attrs["val"]
		}
	}
	return nil
}

// documentText returns the text of the document's paragraphs, one per
// line.
func documentText(t testing.TB, docx []byte) string {
	f := openDocx(t, docx)
	var texts []string
	for _, p := range f.doc.all("p") {
		texts = append(texts, paraText(p))
	}
	return strings.Join(texts, "\n")
}
