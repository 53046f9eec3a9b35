package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// FuzzWrite builds plans from fuzzed strings: every output is a zip whose
// XML parts all parse, whatever the text (control characters, invalid
// UTF-8, markup, very long words).
func FuzzWrite(f *testing.F) {
	testplans.AddSeeds(f)
	f.Fuzz(func(t *testing.T, issuer, subject, text, cell, authority, place string) {
		p := testplans.Fuzzed(issuer, subject, text, cell, authority, place)
		var buf bytes.Buffer
		if err := Write(&buf, p); err != nil {
			if plan.AsErrors(err) == nil {
				t.Fatalf("a failure that is not a validation error: %v", err)
			}
			if buf.Len() != 0 {
				t.Fatal("an invalid plan wrote output")
			}
			return
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatalf("not a zip: %v", err)
		}
		for _, zf := range zr.File {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatalf("%s: %v", zf.Name, err)
			}
			dec := xml.NewDecoder(bytes.NewReader(data))
			for {
				if _, err := dec.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s does not parse: %v", zf.Name, err)
				}
			}
		}
	})
}
