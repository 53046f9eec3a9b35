package compose

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// emptyHeadings returns a plan of n parts with nothing under them, each
// kept with the next, as a run of empty headings is.
func emptyHeadings(n int) *plan.Plan {
	p := &plan.Plan{Issuer: []string{"SỞ X"}, Symbol: "KH-X", Place: "Hà Nội", Subject: "Thử",
		Signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "A"}}
	for range n {
		p.Sections = append(p.Sections, plan.NewPart("MỤC"))
	}
	return p
}

// manyRecipients returns a plan with n recipients.
func manyRecipients(n int) *plan.Plan {
	p := emptyHeadings(1)
	for i := range n {
		p.Recipients = append(p.Recipients, fmt.Sprintf("Phòng %d", i))
	}
	return p
}

// The hostile review's pagination defects: 40,000 empty headings took 13 s
// and 100,000 empty parts 137 s (each kept heading summed the run after
// it); 200,000 recipients 15 s. Plans built in Go meet no reader's limit,
// so the pager itself is linear.
func TestHostilePagination(t *testing.T) {
	for _, c := range []struct {
		name string
		p    *plan.Plan
	}{{"100,000 empty parts", emptyHeadings(100_000)}, {"200,000 recipients", manyRecipients(200_000)}} {
		t.Run(c.name, func(t *testing.T) {
			var pages []Page
			var err error
			budget.Within(t, func() { pages, err = Pages(c.p, layout.Default()) })
			require.NoError(t, err)
			assert.Greater(t, len(pages), 100)
		})
	}
}

// BenchmarkEmptyHeadings lays out 10,000, 20,000 and 40,000 empty
// headings: the time grows in proportion.
func BenchmarkEmptyHeadings(b *testing.B) {
	for _, n := range []int{10_000, 20_000, 40_000} {
		p := emptyHeadings(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Pages(p, layout.Default()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRecipients lays out 10,000, 20,000 and 40,000 recipients.
func BenchmarkRecipients(b *testing.B) {
	for _, n := range []int{10_000, 20_000, 40_000} {
		p := manyRecipients(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Pages(p, layout.Default()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
