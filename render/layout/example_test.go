package layout_test

import (
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/render/layout"
)

// The default layout is Part A of the layout contract; both writers read
// every number from it.
func Example() {
	l := layout.Default()
	fmt.Printf("A4 %.0f × %.0f mm, text width %.0f mm\n", layout.ToMM(l.PageWidth), layout.ToMM(l.PageHeight), layout.ToMM(l.TextWidth()))
	fmt.Printf("body %g pt, first-line indent %.0f mm\n", l.BodySize, layout.ToMM(l.FirstIndent))
	fmt.Println(l.Check())
	// Output:
	// A4 210 × 297 mm, text width 165 mm
	// body 14 pt, first-line indent 10 mm
	// <nil>
}

// Balance breaks an agency name into even lines, as a clerk breaks it by
// hand, rather than filling the first line.
func ExampleBalance() {
	l := layout.Default()
	lines := layout.Balance("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", layout.Bold, l.IssuerSize, layout.MM(58))
	for _, s := range lines {
		fmt.Println(s)
	}
	// Output:
	// SỞ THÔNG TIN VÀ
	// TRUYỀN THÔNG
}

// The style sheet says how each element of the page prints: the DOCX
// writes its rules as Word styles, the page composition reads the
// computed styles.
func ExampleStyleSheet() {
	l := layout.Default()
	sheet := l.StyleSheet()
	for _, e := range []layout.Element{layout.BodyText, layout.PartHeading, layout.DateLine, layout.RecipientItem} {
		st := sheet.Style(e)
		fmt.Printf("%g pt bold %v italic %v, %.1f pt before, first line %.1f mm\n",
			st.Size, st.Bold, st.Italic, st.Spacing.Before, layout.ToMM(st.Indent.FirstLine))
	}
	// Output:
	// 14 pt bold false italic false, 6.0 pt before, first line 10.0 mm
	// 14 pt bold true italic false, 6.0 pt before, first line 10.0 mm
	// 14 pt bold false italic true, 0.0 pt before, first line 0.0 mm
	// 11 pt bold false italic false, 0.0 pt before, first line 0.0 mm
}

// An agency's layout profile names its choices within the decree's
// ranges; what it leaves out keeps the default. A value outside them is
// refused, naming the line, the key and the range.
func ExampleReadProfile() {
	l, err := layout.ReadProfile([]byte("line_spacing: exactly 17\nspace_before_pt: 3\nspace_after_pt: 6\n"))
	fmt.Println(err)
	fmt.Printf("lines %.1f mm apart, %g pt between paragraphs\n", layout.ToMM(l.BodyLineHeight()), layout.ParagraphGap(l.ParaSpacingAfter, l.ParaSpacing))

	_, err = layout.ReadProfile([]byte("body_size_pt: 12\n"))
	var pe *layout.ProfileError
	if errors.As(err, &pe) {
		fmt.Println(pe.Message("en"))
		fmt.Println(pe.Message("vi"))
	}
	// Output:
	// <nil>
	// lines 6.0 mm apart, 6 pt between paragraphs
	// line 1: body_size_pt: 12 pt is outside the decree's range 13–14 pt
	// dòng 1: body_size_pt: 12 pt nằm ngoài khoảng Nghị định 30 cho phép (13–14 pt)
}
