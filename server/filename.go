package server

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/plan"
)

// documentName returns a document's file name from its plan's number
// and symbol, as a văn thư files it: "125-KH-STTTT.pdf", or
// "KH-STTTT.pdf" with the number left blank; "ke-hoach" and the
// extension when the plan has neither. Characters a file name cannot
// hold become "-".
func documentName(p *plan.Plan, ext string) string {
	var parts []string
	for _, s := range []string{p.Number, p.Symbol} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	base := strings.Join(parts, "-")
	base = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r), strings.ContainsRune(`/\:*?"<>|;%`, r), unicode.IsSpace(r):
			return '-'
		}
		return r
	}, norm.NFC.String(base))
	base = strings.Trim(base, "-.")
	if base == "" {
		base = "ke-hoach"
	}
	return base + ext
}

// asciiName returns a file name without diacritics ("QĐ" → "QD"), for
// the filename parameter old clients read; the others read filename*.
func asciiName(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		switch {
		case r == 'đ':
			b.WriteRune('d')
		case r == 'Đ':
			b.WriteRune('D')
		case unicode.Is(unicode.Mn, r):
		case r < 0x80 && r >= 0x20 && r != '"' && r != '\\':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	return b.String()
}

// attachment returns the Content-Disposition of a document to save as
// name: an ASCII filename and, when the name is not ASCII, its UTF-8
// form in filename* (RFC 6266, RFC 5987).
func attachment(name string) string {
	ascii := asciiName(name)
	if ascii == name {
		return fmt.Sprintf("attachment; filename=%q", name)
	}
	return fmt.Sprintf("attachment; filename=%q; filename*=UTF-8''%s", ascii, extValue(name))
}

// extValue percent-encodes a value for an RFC 5987 ext-value: every byte
// but the attr-chars.
func extValue(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c < 0x80 && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) || strings.IndexByte("!#$&+-.^_`|~", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}
