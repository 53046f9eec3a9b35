package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/layout"
)

// newPlan returns a short plan built in Go.
func newPlan() *plan.Plan {
	return &plan.Plan{
		Issuer:  []string{"ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA"},
		Symbol:  "KH-UBND",
		Place:   "Tân Hòa",
		Date:    plan.Date{Year: 2026, Month: 4, Day: 2},
		Subject: "Ra quân tổng vệ sinh môi trường",
		Sections: []*plan.Section{
			plan.NewPart("NỘI DUNG", plan.Dash("Thu gom rác thải tại các khu dân cư.")),
		},
		Archive: "VT",
		Signer:  plan.Signer{Authority: []string{"TM. ỦY BAN NHÂN DÂN"}, Position: []string{"CHỦ TỊCH"}, Name: "Lê Thị C"},
	}
}

// Write renders a plan as a Word document: a zip package whose main part
// is word/document.xml.
func Example() {
	var out bytes.Buffer
	if err := docx.Write(&out, newPlan()); err != nil {
		log.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			fmt.Println("has", f.Name)
		}
	}
	// Output: has word/document.xml
}

// WithLayout changes layout numbers within the decree's ranges; numbers
// outside them are refused.
func ExampleWithLayout() {
	p := newPlan()
	l := layout.Default()
	l.Margins.Right = layout.MM(25) // the decree allows 15–20 mm
	err := docx.Write(new(bytes.Buffer), p, docx.WithLayout(l))
	fmt.Println(err)
	// Output: layout: right margin 25 mm is outside the decree's range 15–20 mm
}
