package docxtest_test

import (
	"fmt"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/docxtest"
	"github.com/kehoach/kehoach/internal/testplans"
)

// stop is a [docxtest.TB] outside a test: a failure stops the program.
type stop struct{}

func (stop) Helper()                           {}
func (stop) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }

// A plan's DOCX with its "Số:" line emptied: the Word reader reports the
// symbol it could not find.
func ExamplePlant() {
	src := docxtest.Of(stop{}, testplans.Minimal())
	planted := docxtest.Plant(stop{}, src, "word/document.xml", docxtest.Replace("Số:", "   "))
	p, err := kehoach.Read(planted, "plan.docx")
	fmt.Println(p.Symbol == "", err != nil)
	// Output: true true
}
