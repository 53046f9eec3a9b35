package examples_test

import (
	"fmt"
	"io/fs"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/examples"
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
	// ke-hoach-004.md KH-STTTT <nil>
	// plan-08.md KH-SVHTT <nil>
	// plan-09.md KH-SCT <nil>
	// plan-10.md KH-ĐKT <nil>
}
