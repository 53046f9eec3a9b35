package docx

import (
	"strconv"
	"strings"
)

// tri is a property that may be set on, set off, or left to what is
// inherited.
type tri int8

const (
	unset tri = iota
	on
	off
)

func triOf(b bool) tri {
	if b {
		return on
	}
	return off
}

// or returns t, or b when t is unset.
func (t tri) or(b tri) tri {
	if t == unset {
		return b
	}
	return t
}

// rprops are run properties, as one level of the style chain sets them.
type rprops struct {
	bold, italic, caps, smallCaps, vanish, strike tri
	underline                                     string  // Word's name of the underline; "none" for none, "" unset
	size                                          float64 // points; 0 unset
	ascii, hAnsi, asciiTheme, hAnsiTheme          string
	vertAlign                                     string
	style                                         string // a character style's id
	// deleted says a paragraph mark with these properties is a tracked
	// deletion; never inherited.
	deleted bool
}

// over returns r's set properties over b's.
func (r rprops) over(b rprops) rprops {
	b.bold, b.italic, b.caps = r.bold.or(b.bold), r.italic.or(b.italic), r.caps.or(b.caps)
	b.smallCaps, b.vanish, b.strike = r.smallCaps.or(b.smallCaps), r.vanish.or(b.vanish), r.strike.or(b.strike)
	pick := func(v, w string) string {
		if v != "" {
			return v
		}
		return w
	}
	b.underline, b.vertAlign, b.style = pick(r.underline, b.underline), pick(r.vertAlign, b.vertAlign), pick(r.style, b.style)
	// A theme font, when set, wins over the font named at the same level.
	if r.asciiTheme != "" || r.ascii != "" {
		b.ascii, b.asciiTheme = r.ascii, r.asciiTheme
	}
	if r.hAnsiTheme != "" || r.hAnsi != "" {
		b.hAnsi, b.hAnsiTheme = r.hAnsi, r.hAnsiTheme
	}
	if r.size != 0 {
		b.size = r.size
	}
	return b
}

// toggled returns r with a character style's toggle properties (bold,
// italic, caps) applied as Word does: a character style that turns one
// on over a paragraph style that has it on turns it off.
func (r rprops) toggled(char rprops) rprops {
	toggle := func(base, c tri) tri {
		if c != on {
			return c.or(base)
		}
		if base == on {
			return off
		}
		return on
	}
	bold, italic, caps := toggle(r.bold, char.bold), toggle(r.italic, char.italic), toggle(r.caps, char.caps)
	char.bold, char.italic, char.caps = unset, unset, unset
	r = char.over(r)
	r.bold, r.italic, r.caps = bold, italic, caps
	return r
}

// indent is a paragraph's indents in points, each possibly unset.
type indent struct {
	left, right, firstLine, hanging float64
	set                             uint8 // bits: 1 left, 2 right, 4 firstLine, 8 hanging
}

func (i indent) over(b indent) indent {
	if i.set&1 != 0 {
		b.left = i.left
	}
	if i.set&2 != 0 {
		b.right = i.right
	}
	if i.set&(4|8) != 0 { // the first line's indent is set one way or the other
		b.firstLine, b.hanging = i.firstLine, i.hanging
	}
	b.set |= i.set
	return b
}

// first returns how far the first line starts from the left margin.
func (i indent) first() float64 { return i.left + i.firstLine - i.hanging }

// pprops are paragraph properties, as one level of the style chain sets
// them.
type pprops struct {
	style   string
	jc      string
	ind     indent
	spacing spacing
	// contextual is Word's "don't add space between paragraphs of the
	// same style" (w:contextualSpacing).
	contextual tri
	outline    int // Word's outline level + 1; 0 unset
	numID      string
	numSet     bool
	ilvl       int
	ilvlSet    bool
	// Borders over and under the paragraph, visible or not.
	topBorder, bottomBorder tri
	// frameCenter says the paragraph is a frame centred on the page or
	// margins (a page number in a frame).
	frameCenter bool
	// centerTabs are the positions of centred tab stops, in points.
	centerTabs []float64
	// mark are the paragraph mark's run properties: the size of an empty
	// paragraph, and whether the mark is a tracked deletion.
	mark        rprops
	markDeleted bool
	sect        *section
}

func (p pprops) over(b pprops) pprops {
	if p.style != "" {
		b.style = p.style
	}
	if p.jc != "" {
		b.jc = p.jc
	}
	b.ind = p.ind.over(b.ind)
	b.spacing = p.spacing.over(b.spacing)
	b.contextual = p.contextual.or(b.contextual)
	if p.outline != 0 {
		b.outline = p.outline
	}
	if p.numSet {
		b.numID, b.numSet = p.numID, true
	}
	if p.ilvlSet {
		b.ilvl, b.ilvlSet = p.ilvl, true
	}
	b.topBorder, b.bottomBorder = p.topBorder.or(b.topBorder), p.bottomBorder.or(b.bottomBorder)
	b.frameCenter = b.frameCenter || p.frameCenter
	if p.centerTabs != nil {
		b.centerTabs = p.centerTabs
	}
	b.mark = p.mark.over(b.mark)
	b.markDeleted = b.markDeleted || p.markDeleted
	if p.sect != nil {
		b.sect = p.sect
	}
	return b
}

// rPr reads a w:rPr element's properties. Revisions of the properties
// (w:rPrChange) hold what they were before: they count as a tracked
// change and are not read.
func (p *parser) rPr() (rprops, error) {
	var r rprops
	err := p.x.children(func(e element) error {
		if e.Name.Space != nsW {
			return p.x.skip()
		}
		switch e.Name.Local {
		case "b":
			r.bold = triOf(onOff(e))
		case "i":
			r.italic = triOf(onOff(e))
		case "caps":
			r.caps = triOf(onOff(e))
		case "smallCaps":
			r.smallCaps = triOf(onOff(e))
		case "vanish", "specVanish", "webHidden":
			if e.Name.Local != "webHidden" {
				r.vanish = triOf(onOff(e))
			}
		case "strike", "dstrike":
			r.strike = triOf(onOff(e))
		case "u":
			r.underline = val(e)
			if r.underline == "" {
				r.underline = "single"
			}
		case "sz":
			if v, ok := measure(val(e), 0.5); ok && v > 0 {
				r.size = v
			}
		case "rFonts":
			r.ascii, _ = attr(e, nsW, "ascii")
			r.hAnsi, _ = attr(e, nsW, "hAnsi")
			r.asciiTheme, _ = attr(e, nsW, "asciiTheme")
			r.hAnsiTheme, _ = attr(e, nsW, "hAnsiTheme")
		case "vertAlign":
			r.vertAlign = val(e)
		case "rStyle":
			r.style = val(e)
		case "del", "moveFrom": // in a paragraph mark's properties: the mark is deleted
			r.deleted = true
			p.changes++
		case "rPrChange", "ins", "moveTo":
			p.changes++
		}
		return p.x.skip()
	}, nil)
	return r, err
}

// pPr reads a w:pPr element's properties; a section's properties in it
// (the section that ends with the paragraph) when sections is set.
func (p *parser) pPr() (pprops, error) {
	var pp pprops
	err := p.x.children(func(e element) error {
		if e.Name.Space != nsW {
			return p.x.skip()
		}
		switch e.Name.Local {
		case "pStyle":
			pp.style = val(e)
		case "jc":
			pp.jc = val(e)
		case "ind":
			pp.ind = readIndent(e)
		case "spacing":
			pp.spacing = readSpacing(e)
		case "contextualSpacing":
			pp.contextual = triOf(onOff(e))
		case "outlineLvl":
			if n, err := strconv.Atoi(val(e)); err == nil && n >= 0 && n <= 9 {
				pp.outline = n + 1
			}
		case "numPr":
			return p.x.children(func(c element) error {
				switch {
				case is(c, "numId"):
					pp.numID, pp.numSet = val(c), true
				case is(c, "ilvl"):
					if n, err := strconv.Atoi(val(c)); err == nil && n >= 0 && n < 9 {
						pp.ilvl, pp.ilvlSet = n, true
					}
				case is(c, "ins"):
					p.changes++
				}
				return p.x.skip()
			}, nil)
		case "pBdr":
			return p.x.children(func(c element) error {
				switch {
				case is(c, "top"):
					pp.topBorder = triOf(visibleBorder(c))
				case is(c, "bottom"):
					pp.bottomBorder = triOf(visibleBorder(c))
				}
				return p.x.skip()
			}, nil)
		case "framePr":
			if a, _ := attr(e, nsW, "xAlign"); a == "center" {
				pp.frameCenter = true
			}
		case "tabs":
			pp.centerTabs = []float64{}
			return p.x.children(func(c element) error {
				if is(c, "tab") && val(c) == "center" {
					if pos, ok := twipsAttr(c, "pos"); ok {
						pp.centerTabs = append(pp.centerTabs, pos)
					}
				}
				return p.x.skip()
			}, nil)
		case "rPr":
			var err error
			pp.mark, err = p.rPr()
			pp.markDeleted = pp.mark.deleted
			return err
		case "sectPr":
			s, err := p.sectPr()
			pp.sect = s
			return err
		case "pPrChange":
			p.changes++
		}
		return p.x.skip()
	}, nil)
	return pp, err
}

func readIndent(e element) indent {
	var i indent
	for _, names := range [][2]string{{"left", "start"}, {"right", "end"}} {
		for _, n := range names {
			if v, ok := twipsAttr(e, n); ok {
				if names[0] == "left" {
					i.left, i.set = v, i.set|1
				} else {
					i.right, i.set = v, i.set|2
				}
				break
			}
		}
	}
	if v, ok := twipsAttr(e, "firstLine"); ok {
		i.firstLine, i.set = v, i.set|4
	}
	if v, ok := twipsAttr(e, "hanging"); ok {
		i.hanging, i.firstLine, i.set = v, 0, i.set|8
	}
	return i
}

// visibleBorder reports whether a border element draws a line.
func visibleBorder(e element) bool {
	switch strings.ToLower(val(e)) {
	case "", "nil", "none":
		return false
	}
	return true
}
