package docx

import (
	"bytes"
	"strconv"
	"strings"
)

// is reports whether an element is a WordprocessingML one of the given
// local name.
func is(e element, local string) bool { return e.Name.Local == local && e.Name.Space == nsW }

// attr returns an attribute of the given namespace and local name; a
// WordprocessingML attribute written without its prefix is accepted.
func attr(e element, ns, local string) (string, bool) {
	var value []byte
	found := false
	eachAttr(e.attrs, func(name, v []byte) bool {
		prefix, l := splitName(name)
		if string(l) != local || string(prefix) == "xmlns" {
			return true
		}
		space := e.x.resolve(prefix, e.scope, false)
		if space == ns || space == "" && ns == nsW {
			value, found = v, true
			return false
		}
		return true
	})
	if !found {
		return "", false
	}
	if bytes.IndexByte(value, '&') < 0 {
		return string(value), true
	}
	out, err := unescape(nil, value)
	if err != nil {
		return "", false
	}
	return string(out), true
}

// val returns an element's w:val.
func val(e element) string {
	v, _ := attr(e, nsW, "val")
	return v
}

// onOff returns an on/off property's value: on unless its w:val says
// otherwise.
func onOff(e element) bool { return !isOff(val(e)) }

// isOff reports whether an on/off value says off.
func isOff(v string) bool {
	switch strings.ToLower(v) {
	case "0", "false", "off", "none":
		return true
	}
	return false
}

// twipsAttr returns an attribute holding a length in twentieths of a
// point (or, in Strict files, a measure with its unit: "2.5cm", "12pt"),
// in points.
func twipsAttr(e element, local string) (float64, bool) {
	v, ok := attr(e, nsW, local)
	if !ok {
		return 0, false
	}
	return measure(v, 1.0/20)
}

// measure parses a length: a number in the given unit (points per unit),
// or a number followed by mm, cm, in, pt, pc or pi.
func measure(v string, unit float64) (float64, bool) {
	v = strings.TrimSpace(v)
	per := unit
	for _, u := range []struct {
		suffix string
		pt     float64
	}{{"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"in", 72}, {"pt", 1}, {"pc", 12}, {"pi", 12}} {
		if strings.HasSuffix(v, u.suffix) {
			v, per = strings.TrimSpace(strings.TrimSuffix(v, u.suffix)), u.pt
			break
		}
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f != f || f > 1e9 || f < -1e9 {
		return 0, false
	}
	return f * per, true
}
