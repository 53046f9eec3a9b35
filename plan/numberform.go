package plan

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NumberForm is how the headings of one level are numbered, written as the
// first heading's label would be: "I." (Roman numerals), "A." (capital
// letters of the Vietnamese alphabet), "1." (Arabic numerals), "1.1." and
// "1.1.1." (the parent's number, a dot, its own), "a)" (letters of the
// Vietnamese alphabet, as the decree numbers points), "(1)", "(a)", a
// word before the number ("Phần I", "Phần I.", "Mục 1", "Chương I"), or a
// mark without a number: "-", "+", "•", "*".
type NumberForm string

// The decree's scheme (Phụ lục I, mục II.6): parts I., II.; sections 1.,
// 2.; points a), b); then "-" and "+"; and below "+", a bullet.
var DecreeForms = []NumberForm{"I.", "1.", "a)", "-", "+", "•"}

// counter kinds of a form.
const (
	counterNone     = iota // a mark: "-", "+"
	counterRoman           // I, II
	counterUpper           // A, B (the Vietnamese alphabet)
	counterLower           // a, b (the Vietnamese alphabet)
	counterArabic          // 1, 2
	counterCompound        // 1.1, 1.1.1: the parent's number and its own
)

// parsedForm is a form taken apart: the text before the counter, its
// kind, and the text after it.
type parsedForm struct {
	prefix, suffix string
	kind           int
	depth          int // the numbers of a compound counter: 2 for "1.1."
}

// parse takes a form apart, or reports it is not one kehoach knows.
func (f NumberForm) parse() (parsedForm, bool) {
	s := strings.TrimSpace(string(f))
	switch s {
	case "-", "+", "•", "*", "–":
		return parsedForm{prefix: s}, true
	}
	var pf parsedForm
	// A word before the number: "Phần I", "Mục 1".
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		pf.prefix, s = s[:i+1], s[i+1:]
		for _, r := range strings.TrimSpace(pf.prefix) {
			if !unicode.IsLetter(r) {
				return pf, false
			}
		}
	}
	if strings.HasPrefix(s, "(") {
		pf.prefix += "("
		s = s[1:]
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
	if end < 0 {
		end = len(s)
	}
	counter := strings.TrimRight(s[:end], ".")
	pf.suffix = s[len(counter):]
	switch {
	case counter == "I":
		pf.kind = counterRoman
	case counter == "A":
		pf.kind = counterUpper
	case counter == "a":
		pf.kind = counterLower
	case counter == "1":
		pf.kind = counterArabic
	case strings.Count(counter, ".") > 0 && strings.Trim(counter, "1.") == "" && !strings.Contains(counter, ".."):
		pf.kind, pf.depth = counterCompound, strings.Count(counter, ".")+1
	default:
		return pf, false
	}
	switch pf.suffix {
	case ".", ")", "":
	default:
		return pf, false
	}
	if strings.HasSuffix(pf.prefix, "(") != (pf.suffix == ")") && strings.HasSuffix(pf.prefix, "(") {
		return pf, false // "(1" without its parenthesis
	}
	return pf, true
}

// Valid reports whether kehoach knows the form.
func (f NumberForm) Valid() bool { _, ok := f.parse(); return ok }

// Label returns the label of the n-th heading (from 1) in form f, whose
// parent's number is parent ("2", "1.3"; "" at the top), and the number
// its own children's compound labels continue ("1.3.2"). A form kehoach
// does not know is returned as it is.
func (f NumberForm) Label(n int, parent string) (label, number string) {
	pf, ok := f.parse()
	if !ok {
		return string(f), parent
	}
	var counter string
	switch pf.kind {
	case counterNone:
		return pf.prefix, parent
	case counterRoman:
		counter = Roman(n)
	case counterUpper:
		counter = strings.ToUpper(PointLetter(n))
	case counterLower:
		counter = PointLetter(n)
	case counterArabic:
		counter = strconv.Itoa(n)
	case counterCompound:
		if parent == "" {
			parent = "1"
		}
		counter = parent + "." + strconv.Itoa(n)
	}
	number = strconv.Itoa(n)
	if pf.kind == counterCompound {
		number = counter
	}
	return pf.prefix + counter + pf.suffix, number
}

// Numbering says how a plan's headings are numbered. The zero value is
// the decree's scheme, automatic: parts I., sections 1., points a), then
// "-", "+" and "•" ([DecreeForms]).
type Numbering struct {
	// Written prints each heading's label as its author wrote it
	// ([Section.Label]), as a document brought in from an existing one
	// prints: A./B. parts, "Phần I", a numbering that skips.
	Written bool
	// Forms are the automatic forms of levels 1, 2, …, e.g. ["I.", "1.",
	// "1.1.", "a)"]; a level past the list takes the decree's form.
	// Ignored when Written.
	Forms []NumberForm
}

// Form returns the automatic form of a heading level.
func (n Numbering) Form(level int) NumberForm {
	if level >= 1 && level <= len(n.Forms) {
		return n.Forms[level-1]
	}
	if level >= 1 && level <= len(DecreeForms) {
		return DecreeForms[level-1]
	}
	return DecreeForms[len(DecreeForms)-1]
}

// IsDecree reports whether the numbering is the decree's automatic scheme.
func (n Numbering) IsDecree() bool {
	if n.Written {
		return false
	}
	for i, f := range n.Forms {
		if i >= len(DecreeForms) || f != DecreeForms[i] {
			return false
		}
	}
	return true
}

// MarshalJSON encodes the numbering as the authoring format writes it:
// "written", or the list of forms; the decree's scheme is null (left out
// of a plan).
func (n Numbering) MarshalJSON() ([]byte, error) {
	switch {
	case n.Written:
		return []byte(`"written"`), nil
	case len(n.Forms) == 0:
		return []byte("null"), nil
	}
	return json.Marshal(n.Forms)
}

// UnmarshalJSON reads "written", "auto" or a list of forms.
func (n *Numbering) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		return n.set(s)
	}
	var forms []NumberForm
	if err := json.Unmarshal(b, &forms); err != nil {
		return fmt.Errorf(`expected "written", "auto" or a list of forms such as ["I.", "1.", "1.1.", "a)"]`)
	}
	*n = Numbering{Forms: forms}
	return nil
}

// IsZero reports whether n is the decree's scheme, so that encoders leave
// it out.
func (n Numbering) IsZero() bool { return !n.Written && len(n.Forms) == 0 }

// set reads a numbering written as one word.
func (n *Numbering) set(s string) error {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "written", "as-written", "viết sẵn":
		*n = Numbering{Written: true}
	case "auto", "automatic", "", "tự động":
		*n = Numbering{}
	default:
		return fmt.Errorf(`%q: expected "written", "auto" or a list of forms such as ["I.", "1.", "1.1.", "a)"]`, s)
	}
	return nil
}

// ParseNumbering reads a numbering as the authoring format writes it: a
// word ("written", "auto") or a comma-separated list of forms.
func ParseNumbering(s string) (Numbering, error) {
	var n Numbering
	err := n.set(s)
	if err == nil || !strings.Contains(s, ",") {
		return n, err
	}
	for _, f := range strings.Split(s, ",") {
		n.Forms = append(n.Forms, NumberForm(strings.TrimSpace(f)))
	}
	return n, nil
}

// LabelForm returns the form of a written label, as [NumberForm] writes
// forms ("IV." → "I.", "1.2.3." → "1.1.1.", "đ)" → "a)", "Phần II" →
// "Phần I"), its number among its siblings (4, 3, 5, 2; 0 for a mark),
// and whether the label is one of the forms kehoach knows.
func LabelForm(label string) (form NumberForm, n int, ok bool) {
	s := strings.TrimSpace(label)
	switch s {
	case "-", "+", "•", "*", "–":
		return NumberForm(s), 0, true
	}
	prefix := ""
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		prefix, s = s[:i+1], s[i+1:]
	}
	if strings.HasPrefix(s, "(") {
		prefix += "("
		s = s[1:]
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' })
	if end < 0 {
		end = len(s)
	}
	counter := strings.TrimRight(s[:end], ".")
	suffix := s[len(counter):]
	if counter == "" || suffix != "." && suffix != ")" && suffix != "" {
		return "", 0, false
	}
	kind := ""
	switch {
	case isAllDigits(counter):
		kind, n = "1", atoiSafe(counter)
	case strings.Contains(counter, "."):
		parts := strings.Split(counter, ".")
		for _, p := range parts {
			if !isAllDigits(p) {
				return "", 0, false
			}
		}
		kind = strings.TrimSuffix(strings.Repeat("1.", len(parts)), ".")
		n = atoiSafe(parts[len(parts)-1])
	default:
		if r, ok := ParseRoman(counter); ok && (prefix != "" || suffix == "." || len(counter) > 1) && counter == strings.ToUpper(counter) {
			kind, n = "I", r
			break
		}
		if letter, ok := ParsePointLetter(strings.ToLower(counter)); ok && utf8.RuneCountInString(counter) == 1 {
			kind, n = "a", letter
			if counter == strings.ToUpper(counter) {
				kind = "A"
			}
			break
		}
		return "", 0, false
	}
	return NumberForm(prefix + kind + suffix), n, true
}

func isAllDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoiSafe(s string) int { n, _ := strconv.Atoi(s); return n }
