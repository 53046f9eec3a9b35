package check_test

import (
	"fmt"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/plan"
)

// Check finds what departs from Decree 30: here an abbreviated place and
// a signer's name with a title.
func ExampleCheck() {
	p := &plan.Plan{
		Issuer:     []string{"SỞ NỘI VỤ"},
		Symbol:     "KH-SNV",
		Place:      "TP. HCM",
		Subject:    "Tổ chức Hội nghị tổng kết năm 2025",
		Sections:   []*plan.Section{plan.NewPart("MỤC ĐÍCH, YÊU CẦU"), plan.NewPart("TỔ CHỨC THỰC HIỆN")},
		Recipients: []string{"UBND Thành phố (B/c)"},
		Archive:    "VT",
		Signer:     plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "TS. Trần Văn B"},
	}
	for _, f := range check.Check(p) {
		fmt.Println(f.Severity, f.Rule, f.Field, "—", f.Ref)
	}
	// Output:
	// error ND30-PLACE-NAME place — Phụ lục I, mục II.4
	// warning ND30-NAME-TITLE signer.name — Phụ lục I, mục II.7.c
}
