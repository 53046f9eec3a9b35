package structure

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
)

// labelKind says what a written label is.
type labelKind int

const (
	noLabel     labelKind = iota
	partLabel             // I., A., Phần I, Mục I: a part's
	numberLabel           // 1., 1.1., (1), a): a heading's or a numbered paragraph's
	bulletLabel           // -, +, •
)

// labelPatterns match a label at the start of a paragraph, in the order
// tried; each's first group is the label itself.
var labelPatterns = []struct {
	re   *lazyregexp.Regexp
	kind labelKind
}{
	{lazyregexp.New(`^((?i:phần|mục|chương)\s+(?:[IVXLC]{1,6}|\d{1,2}|(?i:thứ)\s+\pL+)[.:]?)(?:\s+|$)`), partLabel},
	{lazyregexp.New(`^([IVXLC]{1,6}\s?[.:)/\-–])(?:\s*)(\S|$)`), partLabel},
	{lazyregexp.New(`^([A-ZĐ][.)])\s+\S`), partLabel},
	{lazyregexp.New(`^(\d{1,2}(?:\.\d{1,2})+\.?)(?:\s+|$)`), numberLabel},
	{lazyregexp.New(`^(\d{1,2}\s?[.)])(?:\s+\S|[^\d\s.]|$)`), numberLabel},
	{lazyregexp.New(`^(\((?:\d{1,2}|[a-zđ])\))\s*\S`), numberLabel},
	{lazyregexp.New(`^([a-zđ]\s?[).])\s+\S`), numberLabel},
	{lazyregexp.New(`^([-–+•*])(?:\s+|\S)`), bulletLabel},
}

// splitLabel takes a written label off the start of a paragraph's text:
// "II. NỘI DUNG" gives "II." and "NỘI DUNG". A number followed by nothing
// a label can be ("2025 - 2030 là giai đoạn", "TP. Hà Nội", "1.000 tỷ") is
// no label.
func splitLabel(s string) (label, rest string, kind labelKind) {
	for _, p := range labelPatterns {
		m := p.re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		label = strings.TrimSpace(s[m[2]:m[3]])
		rest = strings.TrimSpace(s[m[3]:])
		if p.kind == partLabel && isRomanLike(label) && !isRomanLabel(label) {
			continue // "LC-", "CI." are not Roman numbers of parts
		}
		if p.kind == bulletLabel && (label == "-" || label == "–") && strings.HasPrefix(rest, "-") {
			continue // "--" is a rule
		}
		if p.kind == numberLabel && strings.HasPrefix(rest, "/") {
			continue // "12/3/2026": a date
		}
		return normalizeLabel(label), rest, p.kind
	}
	return "", s, noLabel
}

// startsLabel reports whether a text starts with a label.
func startsLabel(s string) bool {
	_, _, kind := splitLabel(s)
	return kind != noLabel
}

// isRomanLike reports whether a label is written with Roman numerals'
// letters and its punctuation.
func isRomanLike(label string) bool {
	return strings.Trim(strings.TrimRight(label, ".:)/-– "), "IVXLC") == ""
}

// isRomanLabel reports whether a label's numeral is a Roman number of a
// part (I to XXXIX).
func isRomanLabel(label string) bool {
	_, ok := plan.ParseRoman(strings.TrimRight(label, ".:)/-– "))
	return ok
}

// normalizeLabel writes a label as kehoach prints labels: "II-", "II :"
// and "II/" as "II.", "3 )" as "3)", "phần i" as "Phần I".
func normalizeLabel(label string) string {
	label = strings.Join(strings.Fields(label), " ")
	switch {
	case label == "–" || label == "*":
		return "-"
	case strings.TrimRight(label, "-–:/ ") != "" && (strings.HasSuffix(label, "-") || strings.HasSuffix(label, "–") || strings.HasSuffix(label, ":") || strings.HasSuffix(label, "/")):
		label = strings.TrimRight(label, "-–:/ ") + "."
	}
	return strings.ReplaceAll(label, " .", ".")
}

// labelNumber returns a label's number among its siblings: 2 for "II.",
// "2.", "1.2.", "b)", "B."; 0 for a mark or a word.
func labelNumber(label string) int {
	_, n, ok := plan.LabelForm(label)
	if ok {
		return n
	}
	s := strings.TrimRight(strings.TrimLeft(label, "("), ".)")
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return 0
}

// formKey returns the form a label is written in, for telling levels
// apart: "I." for Roman parts, "1." for numbers, "1.1." for two-level
// numbers, "a)" for letters, "(1)", "A.", "Phần I" …; a mark is itself.
func formKey(label string) string {
	if form, _, ok := plan.LabelForm(label); ok {
		s := string(form)
		if i := strings.LastIndexByte(s, ' '); i > 0 { // "PHẦN I" and "Phần I" are one form
			s = strings.ToLower(s[:i]) + s[i:]
		}
		if !strings.Contains(s, "(") { // "a." and "a)" are one form, as "1." and "1)"
			s = strings.TrimRight(s, ".)")
		}
		return s
	}
	if utf8.RuneCountInString(label) == 1 {
		return label
	}
	return strings.ToLower(strings.Fields(label)[0])
}

// isTitleLike reports whether the text after a number is a heading's
// title, not a numbered paragraph's sentence: short, and not ending a
// sentence; a title may end with a colon, before what it heads.
func isTitleLike(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return true
	}
	if utf8.RuneCountInString(rest) > 120 || words(rest) > 22 {
		return false
	}
	return !strings.HasSuffix(rest, ".") && !strings.HasSuffix(rest, ";") && !strings.HasSuffix(rest, ",")
}
