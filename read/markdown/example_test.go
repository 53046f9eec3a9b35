package markdown_test

import (
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// Reading a plan in the authoring format; every problem comes back at
// once, each with its line.
func ExampleRead() {
	src := []byte(`---
issuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
symbol: KH-STTTT
place: Vĩnh Phúc
date: 2025-02-30
subject: Phát động phong trào thi đua
signer: {position: GIÁM ĐỐC, name: Nguyễn Văn A}
---

# I. MỤC ĐÍCH, YÊU CẦU

## 2. Mục đích
`)
	_, err := markdown.Read(src, "plan.md")
	var problems plan.Errors
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Println(p)
		}
	}
	// Output:
	// plan.md:5: date: "2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days
	// plan.md:12: heading "2. Mục đích" is numbered "2.", but it is section 1: write "1." or leave the number out (numbering is automatic)
}
