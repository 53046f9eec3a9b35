package plan

import (
	"fmt"
	"strings"
)

// Authority prefixes of Decree 30 (Phụ lục I, mục II.7.a), with their dot.
const (
	AuthorityOnBehalf   = "TM."  // thay mặt: for a collective body
	AuthoritySignedFor  = "KT."  // ký thay: a deputy for the head
	AuthorityByOrder    = "TL."  // thừa lệnh
	AuthorityDelegated  = "TUQ." // thừa ủy quyền
	AuthorityActingHead = "Q."   // quyền: the acting head
)

// AuthorityPrefixes lists the prefixes an authority line may start with.
var AuthorityPrefixes = []string{AuthorityOnBehalf, AuthoritySignedFor, AuthorityByOrder, AuthorityDelegated, AuthorityActingHead}

// SplitAuthority splits an authority line into its prefix and what follows:
// "KT. GIÁM ĐỐC" → "KT.", "GIÁM ĐỐC". The error, a [*FieldError] of
// [CodeAuthorityPrefix], says what was expected when the line does not
// start with one of the decree's prefixes.
func SplitAuthority(line string) (prefix, rest string, err error) {
	line = strings.TrimSpace(line)
	for _, p := range AuthorityPrefixes {
		if strings.HasPrefix(line, p) {
			rest = strings.TrimSpace(line[len(p):])
			if rest == "" {
				return p, "", problem(CodeAuthorityPrefix,
					fmt.Sprintf("%q thiếu tên tập thể hoặc chức vụ sau %s", line, p),
					fmt.Sprintf("%q names no body or position after %s", line, p))
			}
			return p, rest, nil
		}
	}
	head, _, _ := strings.Cut(line, " ")
	hintVi, hintEn := "", ""
	upper := strings.ToUpper(head)
	switch {
	case upper == "T/M" || upper == "K/T" || upper == "T/L" || strings.HasPrefix(upper, "T/M.") || strings.HasPrefix(upper, "K/T.") || strings.HasPrefix(upper, "T/L."):
		hintVi = fmt.Sprintf(" (%s là cách viết trong văn bản của Đảng)", head)
		hintEn = fmt.Sprintf(" (%s is the Party documents' form)", head)
	case upper != head && isAuthorityPrefix(upper):
		hintVi, hintEn = " (viết chữ viết tắt bằng chữ in hoa)", " (write the prefix in upper case)"
	case isAuthorityPrefix(upper + "."):
		hintVi, hintEn = " (chữ viết tắt phải có dấu chấm)", " (the prefix needs its dot)"
	}
	if line == "" {
		return "", "", problem(CodeAuthorityPrefix,
			"dòng quyền hạn ký để trống: dòng này bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (ví dụ \"KT. GIÁM ĐỐC\")",
			"is empty: an authority line starts with one of TM., KT., TL., TUQ., Q. (e.g. \"KT. GIÁM ĐỐC\")")
	}
	return "", "", problem(CodeAuthorityPrefix,
		fmt.Sprintf("%q không phải chữ viết tắt quyền hạn ký%s: dòng quyền hạn ký bắt đầu bằng TM., KT., TL., TUQ. hoặc Q., ví dụ \"KT. GIÁM ĐỐC\"", head, hintVi),
		fmt.Sprintf("unknown authority prefix %q%s: an authority line starts with TM., KT., TL., TUQ. or Q., e.g. \"KT. GIÁM ĐỐC\"", head, hintEn))
}

func isAuthorityPrefix(s string) bool {
	for _, p := range AuthorityPrefixes {
		if s == p {
			return true
		}
	}
	return false
}
