package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// mixedCaseCodes are the abbreviations Decree 30 writes in mixed case; in
// a symbol they keep exactly that case (Phụ lục III). "TTg", the Prime
// Minister (Thủ tướng Chính phủ), is not in the decree's table, but every
// document the Prime Minister issues writes it so ("15/CT-TTg",
// "749/QĐ-TTg"), and a clerk copying one keeps it: it is not reported.
var mixedCaseCodes = []string{"QyĐ", "CTr", "TTr", "TrS", "TTg"}

// symbol checks the ký hiệu (ô 3): its syntax, its first group against
// the document type, and its case.
func (c *checker) symbol() {
	sym := plan.NFC(c.p.Symbol)
	if strings.TrimSpace(sym) == "" {
		return // Validate reports a missing symbol
	}
	if vi, en := symbolSyntax(sym); vi != "" {
		c.field(RuleSymbolFormat, "symbol", vi, en)
		return
	}
	groups := strings.Split(sym, "-")
	abbr := string(c.p.DocType())
	if !strings.EqualFold(groups[0], abbr) {
		name := ""
		if n := c.p.DocType().Name(); n != "" {
			name = " (" + n + ")"
		}
		c.field(RuleSymbolType, "symbol",
			fmt.Sprintf("ký hiệu %q phải bắt đầu bằng chữ viết tắt tên loại %q%s, ví dụ %q", sym, abbr, name, abbr+"-"+lastGroup(groups)),
			fmt.Sprintf("symbol %q must start with the type's abbreviation %q%s, e.g. %q", sym, abbr, name, abbr+"-"+lastGroup(groups)))
	}
	for _, g := range groups {
		want := strings.ToUpper(g)
		for _, code := range mixedCaseCodes {
			if strings.EqualFold(g, code) {
				want = code
			}
		}
		if g != want {
			c.field(RuleSymbolCase, "symbol",
				fmt.Sprintf("trong ký hiệu, viết %q chứ không viết %q: ký hiệu viết in hoa, trừ các chữ viết tắt QyĐ, CTr, TTr, TrS và TTg (Thủ tướng Chính phủ) giữ nguyên cách viết", want, g),
				fmt.Sprintf("write %q, not %q, in the symbol: a symbol is in upper case, except QyĐ, CTr, TTr, TrS and TTg (the Prime Minister), which keep their case", want, g))
			return
		}
	}
}

// symbolSyntax returns what is wrong with a symbol's syntax, or "".
func symbolSyntax(sym string) (vi, en string) {
	if strings.ContainsFunc(sym, unicode.IsSpace) {
		return fmt.Sprintf("ký hiệu %q không được có dấu cách: viết %q", sym, strings.Join(strings.Fields(sym), "")),
			fmt.Sprintf("symbol %q must have no spaces: write %q", sym, strings.Join(strings.Fields(sym), ""))
	}
	if strings.Contains(sym, "/") {
		for _, part := range strings.FieldsFunc(sym, func(r rune) bool { return r == '/' || r == '-' }) {
			if len(part) == 4 && textutil.IsDigits(part) {
				return fmt.Sprintf("ký hiệu %q không ghi năm (năm chỉ có trong số của văn bản quy phạm pháp luật) và không có dấu \"/\", ví dụ \"KH-UBND\"", sym),
					fmt.Sprintf("symbol %q must not carry a year (only legal normative documents do) nor a \"/\", e.g. \"KH-UBND\"", sym)
			}
		}
		return fmt.Sprintf("ký hiệu %q không có dấu \"/\": dấu \"/\" đứng giữa số và ký hiệu, dấu \"-\" nối các nhóm chữ, ví dụ \"KH-UBND\"", sym),
			fmt.Sprintf("symbol %q must not contain \"/\": \"/\" stands between the number and the symbol, and \"-\" joins the symbol's groups, e.g. \"KH-UBND\"", sym)
	}
	for _, g := range strings.Split(sym, "-") {
		if g == "" {
			return fmt.Sprintf("ký hiệu %q có nhóm chữ trống: dấu \"-\" chỉ đứng giữa hai nhóm chữ, ví dụ \"KH-UBND\"", sym),
				fmt.Sprintf("symbol %q has an empty group: \"-\" stands only between two groups, e.g. \"KH-UBND\"", sym)
		}
		if i := strings.IndexFunc(g, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); i >= 0 {
			bad := string([]rune(g[i:])[0])
			return fmt.Sprintf("ký hiệu %q có ký tự %q: các nhóm chữ nối với nhau bằng dấu \"-\", ví dụ \"KH-UBND\"", sym, bad),
				fmt.Sprintf("symbol %q contains %q: the groups are joined by \"-\", e.g. \"KH-UBND\"", sym, bad)
		}
	}
	return "", ""
}

func lastGroup(groups []string) string {
	if len(groups) < 2 {
		return "UBND"
	}
	return groups[len(groups)-1]
}
