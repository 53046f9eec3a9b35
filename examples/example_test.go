package examples_test

import (
	"fmt"
	"io/fs"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/examples"
	"github.com/kehoach/kehoach/render/layout"
)

// Every example plan reads through the pipeline.
func ExamplePlans() {
	names, _ := fs.Glob(examples.Plans(), "*.md")
	for _, name := range names {
		src, _ := fs.ReadFile(examples.Plans(), name)
		p, err := kehoach.Read(src, name)
		fmt.Println(name, p.Symbol, err)
	}
	// Output:
	// bao-cao-so-ket-6-thang.md BC-VHTT <nil>
	// ke-hoach-004.md KH-STTTT <nil>
	// ke-hoach-cai-cach-hanh-chinh-written.md KH-UBND <nil>
	// plan-08.md KH-SVHTT <nil>
	// plan-09.md KH-SCT <nil>
	// plan-10.md KH-ĐKT <nil>
}

// Every shipped layout profile reads as a layout within the decree.
func ExampleProfiles() {
	names, _ := fs.Glob(examples.Profiles(), "*.yaml")
	for _, name := range names {
		data, _ := fs.ReadFile(examples.Profiles(), name)
		l, err := layout.ReadProfile(data)
		fmt.Println(name, l.LineExact, err)
	}
	// Output:
	// default.yaml 0 <nil>
	// lao-cai.yaml 17 <nil>
}
