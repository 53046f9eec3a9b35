// Package testplans gives the writers' tests and benchmarks the example
// plans, and a long plan built from them.
package testplans

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/read/markdown"
	"github.com/kehoach/kehoach/render/layout"

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
	p, err := markdown.Read(src, path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Names are the example plans every writer is tested on: the seed plan,
// three real plans, a plan numbered as written (six levels, legal bases,
// a table with a group row and a two-row header on a landscape appendix)
// and a báo cáo.
var Names = []string{"ke-hoach-004.md", "plan-08.md", "plan-09.md", "plan-10.md",
	WrittenPlan, Report}

// The examples of issue 14's model: a plan numbered as its author wrote
// it, and a báo cáo (type BC).
const (
	WrittenPlan = "ke-hoach-cai-cach-hanh-chinh-written.md"
	Report      = "bao-cao-so-ket-6-thang.md"
)

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

// TallRow returns the seed plan 004 with a table in its first part whose
// second row is taller than a page: a writer must let that row split
// across pages, and keeps the others whole.
func TallRow(t testing.TB) *plan.Plan {
	t.Helper()
	p := Load(t, "ke-hoach-004.md")
	long := strings.Repeat("Tổ chức tuyên truyền, phổ biến, quán triệt nội dung kế hoạch đến cán bộ, công chức, viên chức và người lao động; ", 45)
	table := plan.NewTable([]string{"TT", "Nội dung", "Đơn vị"},
		[]string{"1", "Xây dựng kế hoạch", "Văn phòng"},
		[]string{"2", strings.TrimSpace(long), "Các phòng"},
		[]string{"3", "Báo cáo kết quả", "Văn phòng"})
	p.Sections[0].Content = append(plan.Nodes{table}, p.Sections[0].Content...)
	return p
}

// Profile is a layout profile shipped in examples/profiles: its name (the
// file's, without ".yaml") and the layout it reads as.
type Profile struct {
	Name   string
	Layout layout.Layout
}

// Profiles returns the shipped layout profiles, in the order of their
// file names, each read with [layout.ReadProfile].
func Profiles(t testing.TB) []Profile {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(Dir(), "profiles", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no profiles in examples/profiles: %v", err)
	}
	var out []Profile
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		l, err := layout.ReadProfile(data)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, Profile{strings.TrimSuffix(filepath.Base(path), ".yaml"), l})
	}
	return out
}

// KeptWhole returns the seed plan 004 with its last paragraph six
// sentences longer: kept with the signature, it no longer fits at the
// foot of page 3 with it, and moves whole to page 4, as LibreOffice moves
// a paragraph kept with the next rather than split it.
func KeptWhole(t testing.TB) *plan.Plan {
	t.Helper()
	p := Load(t, "ke-hoach-004.md")
	last := p.Sections[len(p.Sections)-1]
	var text *plan.Text
	switch b := last.Content[len(last.Content)-1].(type) {
	case *plan.Paragraph:
		text = &b.Text
	case *plan.Numbered:
		text = &b.Text
	default:
		t.Fatalf("the seed plan ends with a %T, not a paragraph", b)
	}
	more := strings.Repeat(" Các phòng, đơn vị chủ động phối hợp thực hiện nghiêm túc nội dung này.", 6)
	*text = plan.Plain(strings.TrimSuffix(text.String(), "./.") + more) // the walk adds the end mark
	return p
}
