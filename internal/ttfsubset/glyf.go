package ttfsubset

import (
	"encoding/binary"

	"github.com/kehoach/kehoach/render/layout"
)

// indexToLocFormat is the offset in the head table of the format of loca:
// 0 for offsets in 16-bit words, 1 for 32-bit byte offsets.
const indexToLocFormat = 50

// outlines are a font's glyph outlines: the glyf table and where each
// glyph lies in it, from loca.
type outlines struct {
	glyf []byte
	// offsets has one more entry than there are glyphs: glyph g lies in
	// glyf[offsets[g]:offsets[g+1]].
	offsets []int
}

// readOutlines reads the outlines of a font, checking that every glyph
// lies inside glyf.
func readOutlines(tables layout.FontTables) (*outlines, error) {
	head, err := tables.Get("head", 54)
	if err != nil {
		return nil, err
	}
	maxp, err := tables.Get("maxp", 6)
	if err != nil {
		return nil, err
	}
	glyf, err := tables.Get("glyf", 0)
	if err != nil {
		return nil, err
	}
	count := int(binary.BigEndian.Uint16(maxp[4:]))
	if count == 0 {
		return nil, errMalformed("no glyphs")
	}
	long := binary.BigEndian.Uint16(head[indexToLocFormat:]) != 0
	size := 2
	if long {
		size = 4
	}
	loca, err := tables.Get("loca", size*(count+1))
	if err != nil {
		return nil, err
	}
	o := &outlines{glyf: glyf, offsets: make([]int, count+1)}
	for g := range o.offsets {
		if long {
			o.offsets[g] = int(binary.BigEndian.Uint32(loca[4*g:]))
		} else {
			o.offsets[g] = 2 * int(binary.BigEndian.Uint16(loca[2*g:]))
		}
		if o.offsets[g] > len(glyf) || g > 0 && o.offsets[g] < o.offsets[g-1] {
			return nil, errMalformed("glyph %d lies outside glyf", g-1)
		}
	}
	return o, nil
}

// count returns the number of glyphs.
func (o *outlines) count() int { return len(o.offsets) - 1 }

// glyph returns the data of glyph g.
func (o *outlines) glyph(g int) []byte { return o.glyf[o.offsets[g]:o.offsets[g+1]] }

// The flags of a composite glyph's component.
const (
	argsAreWords   = 0x0001
	weHaveAScale   = 0x0008
	moreComponents = 0x0020
	weHaveXYScale  = 0x0040
	weHaveTwoByTwo = 0x0080
)

// components calls fn with the glyph of each component of glyph g, if it
// is a composite glyph.
func (o *outlines) components(g int, fn func(component int) error) error {
	b := o.glyph(g)
	if len(b) < 10 || int16(binary.BigEndian.Uint16(b)) >= 0 {
		return nil // empty, or a simple glyph
	}
	for at := 10; ; {
		if at+4 > len(b) {
			return errMalformed("composite glyph %d truncated", g)
		}
		flags := binary.BigEndian.Uint16(b[at:])
		if err := fn(int(binary.BigEndian.Uint16(b[at+2:]))); err != nil {
			return err
		}
		at += 4 + 2
		if flags&argsAreWords != 0 {
			at += 2
		}
		switch {
		case flags&weHaveTwoByTwo != 0:
			at += 8
		case flags&weHaveXYScale != 0:
			at += 4
		case flags&weHaveAScale != 0:
			at += 2
		}
		if flags&moreComponents == 0 {
			return nil
		}
	}
}

// addComponents marks the components of every kept glyph kept, and
// theirs, each glyph looked at once.
func (o *outlines) addComponents(kept []bool) error {
	var todo []int
	for g, k := range kept {
		if k {
			todo = append(todo, g)
		}
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		err := o.components(g, func(c int) error {
			if c >= len(kept) {
				return errMalformed("glyph %d has a component %d beyond the font's glyphs", g, c)
			}
			if !kept[c] {
				kept[c] = true
				todo = append(todo, c)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// subset returns the glyf and loca tables holding the kept glyphs only,
// each on a four-byte boundary, every other glyph empty, and the format
// of loca: short (0) when glyf is small enough for it.
func (o *outlines) subset(kept []bool) (glyf, loca []byte, format uint16) {
	size := 0
	for g, k := range kept {
		if k {
			size += (len(o.glyph(g)) + 3) &^ 3
		}
	}
	glyf = make([]byte, 0, size)
	offsets := make([]int, len(o.offsets))
	for g, k := range kept {
		if k {
			glyf = append(glyf, o.glyph(g)...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
		offsets[g+1] = len(glyf)
	}
	if len(glyf) <= 2*0xFFFF {
		loca = make([]byte, 2*len(offsets))
		for g, off := range offsets {
			binary.BigEndian.PutUint16(loca[2*g:], uint16(off/2))
		}
		return glyf, loca, 0
	}
	loca = make([]byte, 4*len(offsets))
	for g, off := range offsets {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(off))
	}
	return glyf, loca, 1
}
