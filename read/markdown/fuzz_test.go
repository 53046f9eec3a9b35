package markdown_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
	mdwrite "github.com/kehoach/kehoach/render/markdown"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// FuzzParseMarkdown feeds the reader arbitrary files. Whatever the input,
// it must not panic; every problem it reports must say where; and a plan
// it accepts must validate, survive the JSON round trip, and render to
// Markdown that parses.
func FuzzParseMarkdown(f *testing.F) {
	files, _ := filepath.Glob("../../examples/*.md")
	for _, file := range append(files, "../../testdata/spec/example.md") {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Footnote))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := markdown.Read(src, "fuzz.md")
		if err != nil {
			errs := plan.AsErrors(err)
			if len(errs) == 0 {
				t.Fatalf("error is not plan.Errors: %v", err)
			}
			for _, e := range errs {
				if e.Vi == "" || e.En == "" || e.Code == "" || (e.Line == 0 && e.Field == "") {
					t.Fatalf("problem without a place or a message: %#v", e)
				}
			}
			return
		}
		js := acceptedJSON(t, p)
		back, err := plan.ParseJSON(js.Bytes(), "fuzz.json")
		if err != nil {
			t.Fatalf("ParseJSON of WriteJSON's output: %v\n%s", err, js.String())
		}
		var js2 bytes.Buffer
		if err := plan.WriteJSON(&js2, back); err != nil || !bytes.Equal(js.Bytes(), js2.Bytes()) {
			t.Fatalf("the JSON round trip changed the plan:\n%s\n---\n%s", js.String(), js2.String())
		}
		var out bytes.Buffer
		if err := mdwrite.Write(&out, p); err != nil {
			t.Fatalf("markdown.Write: %v", err)
		}
		md.Parser().Parse(text.NewReader(out.Bytes()))
	})
}

// acceptedJSON checks that a plan a reader accepted validates, and returns
// its JSON encoding.
func acceptedJSON(t *testing.T, p *plan.Plan) *bytes.Buffer {
	t.Helper()
	if err := p.Validate(); err != nil {
		t.Fatalf("an accepted plan does not validate: %v", err)
	}
	var js bytes.Buffer
	if err := plan.WriteJSON(&js, p); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	return &js
}
