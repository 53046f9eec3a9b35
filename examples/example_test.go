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
	// bao-cao-so-ket-6-thang.md BC-VHTT <nil>
	// ke-hoach-004.md KH-STTTT <nil>
	// ke-hoach-cai-cach-hanh-chinh-written.md KH-UBND <nil>
	// plan-08.md KH-SVHTT <nil>
	// plan-09.md KH-SCT <nil>
	// plan-10.md KH-ĐKT <nil>
}
