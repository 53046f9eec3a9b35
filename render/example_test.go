package render_test

import (
	"bytes"
	"fmt"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/markdown"
)

// Every writer takes the same plan; each renders in memory and writes only
// a complete document, and refuses an invalid plan with the plan's errors.
func Example() {
	p := &plan.Plan{Issuer: []string{"SỞ NỘI VỤ"}, Symbol: "KH-SNV", Place: "Hà Nội"}
	var out bytes.Buffer
	err := markdown.Write(&out, p)
	fmt.Println(err)
	fmt.Println(out.Len(), "bytes written")
	// Output:
	// subject: is required: the trích yếu, a sentence-case summary printed under the title
	// 0 bytes written
}
