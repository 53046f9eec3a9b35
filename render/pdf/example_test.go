package pdf_test

import (
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/kehoach/kehoach/read/markdown"

	"github.com/kehoach/kehoach/render/pdf"
)

const source = `---
issuer: SỞ NỘI VỤ
symbol: KH-SNV
place: Hà Nội
date: 2026-03-05
subject: Tổ chức Hội nghị tổng kết công tác năm 2025
signer:
  authority: [KT. GIÁM ĐỐC]
  position: PHÓ GIÁM ĐỐC
  name: Trần Văn B
recipients: [UBND Thành phố (B/c)]
archive: VT
---

# MỤC ĐÍCH, YÊU CẦU

Đánh giá kết quả thực hiện nhiệm vụ năm 2025.
`

// Write renders a plan to PDF in memory; the same plan and options give
// the same bytes, so a batch job can compare outputs or cache them.
func Example() {
	p, err := markdown.Read([]byte(source), "plan.md")
	if err != nil {
		log.Fatal(err)
	}
	var first, second bytes.Buffer
	if err := pdf.Write(&first, p); err != nil {
		log.Fatal(err)
	}
	_ = pdf.Write(&second, p)
	fmt.Println(bytes.HasPrefix(first.Bytes(), []byte("%PDF-")))
	fmt.Println(bytes.Equal(first.Bytes(), second.Bytes()))
	fmt.Println(bytes.Count(first.Bytes(), []byte("/Type /Page\n")), "page")
	// Output:
	// true
	// true
	// 1 page
}

// WithTime records a given date as the document's creation and
// modification date instead of the plan's date.
func ExampleWithTime() {
	p, _ := markdown.Read([]byte(source), "plan.md")
	var out bytes.Buffer
	if err := pdf.Write(&out, p, pdf.WithTime(time.Date(2026, 3, 6, 8, 30, 0, 0, time.UTC))); err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Contains(out.Bytes(), []byte("/CreationDate (D:20260306083000)")))
	// Output: true
}
