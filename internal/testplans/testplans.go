// Package testplans gives the writers' tests and benchmarks the example
// plans, and a long plan built from them.
package testplans

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// Dir returns the examples directory.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "examples")
}

// Load reads an example plan by file name, e.g. "ke-hoach-004.md".
func Load(t testing.TB, name string) *plan.Plan {
	t.Helper()
	path := filepath.Join(Dir(), name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.ParseMarkdown(src, path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Names are the example plans every writer is tested on.
var Names = []string{"ke-hoach-004.md", "plan-08.md", "plan-09.md", "plan-10.md"}

// Long returns the seed plan 004 with its body repeated: each copy adds
// three parts and about two pages.
func Long(t testing.TB, copies int) *plan.Plan {
	t.Helper()
	p := Load(t, "ke-hoach-004.md")
	var sections []*plan.Section
	for i := 0; i < copies; i++ {
		for _, s := range Load(t, "ke-hoach-004.md").Sections {
			s.Title = s.Title.Plain(fmt.Sprintf(" (ĐỢT %d)", i+1))
			sections = append(sections, s)
		}
	}
	p.Sections = sections
	return p
}

// Forty returns the plan of the 40-page benchmarks: the seed plan's body
// eighteen times, 41 pages as LibreOffice prints its DOCX (the writers'
// tests check the count).
func Forty(t testing.TB) *plan.Plan { return Long(t, 18) }
