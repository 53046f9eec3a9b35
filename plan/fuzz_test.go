package plan_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kehoach/kehoach/plan"
	mdread "github.com/kehoach/kehoach/read/markdown"
)

// FuzzParseJSON feeds the JSON reader arbitrary files, starting from the
// examples' JSON encodings. Whatever the input, it must not panic; every
// problem it reports must say where, and within the file; and a plan it
// accepts must validate and write back the JSON it was read from.
func FuzzParseJSON(f *testing.F) {
	files, _ := filepath.Glob("../examples/*.md")
	for _, file := range files {
		src, _ := os.ReadFile(file)
		if p, err := mdread.Read(src, file); err == nil {
			var js bytes.Buffer
			if plan.WriteJSON(&js, p) == nil {
				f.Add(js.Bytes())
			}
		}
	}
	f.Add([]byte(`{"sections": [{"type": "sectoin"}], "signer": {"nam": 1}, "date": "2021-02-30"}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := plan.ParseJSON(src, "fuzz.json")
		lines := bytes.Count(src, []byte("\n")) + 1
		if err != nil {
			errs := plan.AsErrors(err)
			if len(errs) == 0 {
				t.Fatalf("error is not plan.Errors: %v", err)
			}
			for _, e := range errs {
				if e.Vi == "" || e.En == "" || e.Code == "" || (e.Line == 0 && e.Field == "" && len(bytes.TrimSpace(src)) > 0) {
					t.Fatalf("problem without a place or a message: %#v", e)
				}
				if e.Line > lines {
					t.Fatalf("problem past the end of the file (line %d of %d): %v", e.Line, lines, e)
				}
			}
			return
		}
		js := acceptedJSON(t, p)
		if _, err := plan.ParseJSON(js.Bytes(), "again.json"); err != nil {
			t.Fatalf("ParseJSON of WriteJSON's output: %v\n%s", err, js.String())
		}
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
