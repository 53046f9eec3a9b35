// Package docxtest makes Word files for the tests of what reads them (the
// command, the service): kehoach's own DOCX of a plan, and a DOCX with a
// mistake or a gap planted in one of its parts, as a clerk's word
// processor leaves it.
package docxtest

import (
	"bytes"
	"strings"

	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
)

// TB is the part of testing.TB the helpers use.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
}

// Of returns kehoach's own DOCX of a plan.
func Of(t TB, p *plan.Plan) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := docx.Write(&b, p); err != nil {
		t.Fatalf("docxtest: writing the DOCX: %v", err)
	}
	return b.Bytes()
}

// Plant returns a package with one of its parts ("word/document.xml")
// edited; the test fails when the edit changes nothing, so that a
// planted mistake is never silently missing.
func Plant(t TB, src []byte, part string, edit func(string) string) []byte {
	t.Helper()
	pkg, err := ooxml.Read(src, limits.Default(), func(string) bool { return true })
	if err != nil {
		t.Fatalf("docxtest: reading the package: %v", err)
	}
	data, _ := pkg.Get(part)
	edited := edit(string(data))
	if edited == string(data) {
		t.Fatalf("docxtest: the edit of %s changes nothing", part)
	}
	pkg.Set(part, []byte(edited))
	var b bytes.Buffer
	if err := pkg.Write(&b); err != nil {
		t.Fatalf("docxtest: writing the package: %v", err)
	}
	return b.Bytes()
}

// Replace is an edit that replaces the first old with new.
func Replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}
