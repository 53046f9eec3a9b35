package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/limits"
)

// FuzzTemplate feeds the template filler arbitrary files, and the example
// template with its document's XML fuzzed. Whatever the input, it never
// panics and never hangs; a template it refuses gets an error in both
// languages; a filled document is a zip whose XML parts all parse, with
// no entry of an unsafe name and no macro.
func FuzzTemplate(f *testing.F) {
	tpl, err := os.ReadFile("../../examples/agency-template.docx")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(tpl, "")
	f.Add([]byte("PK\x03\x04"), "")
	f.Add([]byte{}, `<w:p><w:r><w:t>{{noi_dung}}</w:t></w:r></w:p>`)
	f.Add([]byte{}, `<w:p><w:r><w:t>{{so_</w:t></w:r><w:r><w:t>ky_hieu}} {{x}}</w:t></w:r></w:p>`)
	f.Add([]byte{}, `<w:txbxContent><w:p><w:r><w:t>{{noi_nhan}}</w:t></w:r></w:p></w:txbxContent>`)
	p := load(f, "plan-10.md")
	lim := limits.Limits{PackageSize: 1 << 20, PartSize: 1 << 20, PackageInflated: 4 << 20}
	f.Fuzz(func(t *testing.T, data []byte, body string) {
		if len(data) == 0 { // the example template, its body's paragraphs given
			data = withBody(t, tpl, body)
		}
		var buf bytes.Buffer
		err := Write(&buf, p, WithTemplate(data), WithLimits(lim))
		if err != nil {
			var both interface{ Message(string) string }
			if !errors.As(err, &both) || both.Message("vi") == both.Message("en") {
				t.Fatalf("an error not worded in both languages: %v", err)
			}
			if buf.Len() != 0 {
				t.Fatal("a refused template wrote output")
			}
			return
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatalf("not a zip: %v", err)
		}
		for _, zf := range zr.File {
			if !ooxml.SafeName(zf.Name) || ooxml.IsMacro(zf.Name) {
				t.Fatalf("the output carries %q", zf.Name)
			}
			if !strings.HasSuffix(zf.Name, ".xml") && !strings.HasSuffix(zf.Name, ".rels") {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			dec := xml.NewDecoder(io.LimitReader(rc, 8<<20))
			for {
				if _, err := dec.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s does not parse: %v", zf.Name, err)
				}
			}
			rc.Close()
		}
	})
}

// withBody returns the template with its document body's paragraphs
// replaced by body, or the template itself for an empty body.
func withBody(t *testing.T, tpl []byte, body string) []byte {
	if body == "" {
		return tpl
	}
	zr, err := zip.NewReader(bytes.NewReader(tpl), int64(len(tpl)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if zf.Name == documentPart {
			s := string(b)
			start, end := strings.Index(s, "<w:body>"), strings.Index(s, "<w:sectPr")
			if start >= 0 && end > start {
				b = []byte(s[:start+len("<w:body>")] + body + s[end:])
			}
		}
		w, _ := zw.Create(zf.Name)
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}
