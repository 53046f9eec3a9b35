package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// bases checks how the legal bases (căn cứ ban hành) end: "sau mỗi căn
// cứ phải xuống dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết
// thúc bằng dấu chấm (.)" (Phụ lục I, mục II.6.a). The last basis may
// end with ";" when a "Xét đề nghị …" or "Theo đề nghị …" line follows
// it, which continues the list of grounds.
func (c *checker) bases() {
	last := len(c.p.Bases) - 1
	if last < 0 {
		return
	}
	var pending *plan.Element // the last basis, ending with ";": judged by what follows
	i := -1
	for e := range c.p.Walk() {
		if e.Kind != plan.KindBasis {
			if pending != nil && !continuesBases(e) {
				c.basisEnd(*pending, last, true, ";")
			}
			return
		}
		i++
		text := strings.TrimRightFunc(e.Text.String(), unicode.IsSpace)
		if text == "" {
			continue // Validate reports an empty basis
		}
		end, _ := utf8.DecodeLastRuneInString(text)
		switch {
		case i < last && end != ';':
			c.basisEnd(e, i, false, string(end))
		case i == last && end == ';':
			pending = &e
		case i == last && end != '.':
			c.basisEnd(e, i, true, string(end))
		}
	}
	if pending != nil {
		c.basisEnd(*pending, last, true, ";")
	}
}

// continuesBases reports whether an element continues the list of
// grounds after the bases: "Xét đề nghị của …", "Theo đề nghị của …".
func continuesBases(e plan.Element) bool {
	if _, ok := e.Node.(*plan.Paragraph); !ok {
		return false
	}
	key := plainKey(e.Text.String())
	return strings.HasPrefix(key, "xet ") || strings.HasPrefix(key, "theo de nghi")
}

// basisEnd reports the i-th basis (from 0), ending with end, which is
// not what it should end with: ";", or "." for the last.
func (c *checker) basisEnd(e plan.Element, i int, last bool, end string) {
	endsVi, endsEn := "không có dấu câu ở cuối", "ends without punctuation"
	if r, _ := utf8.DecodeRuneInString(end); unicode.IsPunct(r) || unicode.IsSymbol(r) {
		endsVi, endsEn = fmt.Sprintf("kết thúc bằng dấu %q", end), fmt.Sprintf("ends with %q", end)
	}
	if !last {
		c.report(RuleBasisEnd, e.Line, e.Path,
			fmt.Sprintf("căn cứ thứ %d %s: các căn cứ đứng trước căn cứ cuối cùng kết thúc bằng dấu chấm phẩy (;)", i+1, endsVi),
			fmt.Sprintf("basis %d %s: every basis before the last ends with a semicolon (;)", i+1, endsEn))
		return
	}
	c.report(RuleBasisEnd, e.Line, e.Path,
		fmt.Sprintf("căn cứ cuối cùng (thứ %d) %s: căn cứ cuối cùng kết thúc bằng dấu chấm (.), hoặc bằng dấu chấm phẩy nếu sau nó là dòng \"Xét đề nghị …\"", i+1, endsVi),
		fmt.Sprintf("the last basis (basis %d) %s: the last basis ends with a full stop (.), or with a semicolon when a \"Xét đề nghị …\" line follows it", i+1, endsEn))
}
