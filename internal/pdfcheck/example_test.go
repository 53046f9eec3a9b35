package pdfcheck_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/pdfcheck"
)

// A line may end after a hyphen, so the words a PDF shows are cut there;
// Subsequence then finds a plan's words in order among a page's.
func Example() {
	want := pdfcheck.SplitWords("Chỉ thị số 19/CT-TTg ngày 16/7/2021")
	fmt.Println(want)
	page := []string{"Thực", "hiện", "Chỉ", "thị", "số", "19/CT-", "TTg", "ngày", "16/7/2021", "của"}
	fmt.Println(pdfcheck.Subsequence(page, want))
	fmt.Println(pdfcheck.Subsequence(page, []string{"thị", "Chỉ"}))
	// Output:
	// [Chỉ thị số 19/CT- TTg ngày 16/7/2021]
	// <nil>
	// word 1 "Chỉ" (after "thị") not found in order
}
