package docx

import "strings"

// spacing is a paragraph's spacing (w:spacing) as one level of the style
// chain sets it: the space before and after it in points, and its line
// spacing, each possibly unset.
type spacing struct {
	before, after float64
	// line is the line spacing: a multiple of single spacing when rule
	// is "auto" (Word writes 240ths), points when it is "exact" or
	// "atLeast".
	line float64
	rule string
	// autoBefore and autoAfter are Word's automatic spacing (HTML's),
	// which Word prints as 14 pt.
	autoBefore, autoAfter bool
	set                   uint8 // bits: 1 before, 2 after, 4 line
}

// autoSpacing is the space Word prints for beforeAutospacing and
// afterAutospacing.
const autoSpacing = 14

// readSpacing reads a w:spacing element.
func readSpacing(e element) spacing {
	var s spacing
	if v, ok := twipsAttr(e, "before"); ok {
		s.before, s.set = v, s.set|1
	}
	if onAttr(e, "beforeAutospacing") {
		s.autoBefore, s.set = true, s.set|1
	}
	if v, ok := twipsAttr(e, "after"); ok {
		s.after, s.set = v, s.set|2
	}
	if onAttr(e, "afterAutospacing") {
		s.autoAfter, s.set = true, s.set|2
	}
	if v, ok := attr(e, nsW, "line"); ok {
		rule, _ := attr(e, nsW, "lineRule")
		rule = strings.ToLower(rule)
		if rule == "" {
			rule = "auto"
		}
		per := 1.0 / 20 // exact and atLeast: twips
		if rule == "auto" {
			per = 1.0 / 240
		}
		if n, ok := measure(v, per); ok && n > 0 {
			s.line, s.rule, s.set = n, rule, s.set|4
		}
	}
	return s
}

// onAttr reports whether an on/off attribute of e is set and on.
func onAttr(e element, local string) bool {
	v, ok := attr(e, nsW, local)
	return ok && !isOff(v)
}

func (s spacing) over(b spacing) spacing {
	if s.set&1 != 0 {
		b.before, b.autoBefore = s.before, s.autoBefore
	}
	if s.set&2 != 0 {
		b.after, b.autoAfter = s.after, s.autoAfter
	}
	if s.set&4 != 0 {
		b.line, b.rule = s.line, s.rule
	}
	b.set |= s.set
	return b
}

// spaceBefore and spaceAfter return the space printed before and after
// the paragraph, in points.
func (s spacing) spaceBefore() float64 {
	if s.autoBefore {
		return autoSpacing
	}
	return s.before
}

func (s spacing) spaceAfter() float64 {
	if s.autoAfter {
		return autoSpacing
	}
	return s.after
}
