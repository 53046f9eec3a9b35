package kehoach_test

import (
	"bytes"
	"fmt"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
)

// A program reads a plan, checks it and renders it, all in memory.
func Example() {
	src := []byte(`---
issuer: SỞ NỘI VỤ
symbol: KH-SNV
place: Hà Nội
date: 2025-03-10
subject: Cải cách hành chính năm 2025
signer: {position: GIÁM ĐỐC, name: Trần Văn B}
recipients: [UBND Thành phố (B/c)]
archive: VT
---

# MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng phục vụ người dân.

# TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc.
`)
	p, err := kehoach.Read(src, "ke-hoach.md")
	findings := kehoach.Check(p, err)
	fmt.Println("findings:", len(findings), "errors:", check.HasErrors(findings))
	var pdf bytes.Buffer
	if err := kehoach.Render(&pdf, p, "pdf"); err != nil {
		fmt.Println(err)
	}
	fmt.Println(bytes.HasPrefix(pdf.Bytes(), []byte("%PDF-")))
	// Output:
	// findings: 0 errors: false
	// true
}
