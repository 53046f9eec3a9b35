package plan

import (
	"errors"
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
// "KT. GIÁM ĐỐC" → "KT.", "GIÁM ĐỐC". The error says what was expected
// when the line does not start with one of the decree's prefixes.
func SplitAuthority(line string) (prefix, rest string, err error) {
	line = strings.TrimSpace(line)
	for _, p := range AuthorityPrefixes {
		if strings.HasPrefix(line, p) {
			rest = strings.TrimSpace(line[len(p):])
			if rest == "" {
				return p, "", fmt.Errorf("%q names no body or position after %s", line, p)
			}
			return p, rest, nil
		}
	}
	head, _, _ := strings.Cut(line, " ")
	hint := ""
	upper := strings.ToUpper(head)
	switch {
	case upper == "T/M" || upper == "K/T" || upper == "T/L" || strings.HasPrefix(upper, "T/M.") || strings.HasPrefix(upper, "K/T.") || strings.HasPrefix(upper, "T/L."):
		hint = fmt.Sprintf(" (%s is the Party documents' form)", head)
	case upper != head && isAuthorityPrefix(upper):
		hint = " (write the prefix in upper case)"
	case isAuthorityPrefix(upper + "."):
		hint = " (the prefix needs its dot)"
	}
	if line == "" {
		return "", "", errors.New("is empty: an authority line starts with one of TM., KT., TL., TUQ., Q. (e.g. \"KT. GIÁM ĐỐC\")")
	}
	return "", "", fmt.Errorf("unknown authority prefix %q%s: an authority line starts with TM., KT., TL., TUQ. or Q., e.g. \"KT. GIÁM ĐỐC\"", head, hint)
}

func isAuthorityPrefix(s string) bool {
	for _, p := range AuthorityPrefixes {
		if s == p {
			return true
		}
	}
	return false
}
