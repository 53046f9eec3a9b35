package layout

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Metrics are the measurements of one font style that layout needs: the
// advance width of every character and the vertical extents, all in font
// units (UnitsPerEm to the em).
type Metrics struct {
	UnitsPerEm int
	// Ascent, Descent (positive, below the baseline) and LineGap are the
	// horizontal header's values, which Word and LibreOffice use for
	// single line spacing.
	Ascent, Descent, LineGap int
	// bmp holds the Basic Multilingual Plane's advances in blocks of 256
	// runes, a block only where the font has glyphs: a few dozen for a
	// text font, where one table for the whole plane was 136 KB of fresh
	// memory per style, paid in page faults by every process.
	bmp     [blockCount]*glyphBlock
	wide    map[rune]uint16 // beyond the Basic Multilingual Plane
	missing uint16          // the advance of glyph 0 (.notdef)
	// fallback finds the font that prints a character this one lacks,
	// for the metrics of a [Fonts] set; nil for a font's own.
	fallback *fallback
}

// glyphBlockBits is the base-2 logarithm of glyphBlockSize, the number of
// runes of a [glyphBlock], and blockCount the number of blocks of the
// Basic Multilingual Plane.
const (
	glyphBlockBits = 8
	glyphBlockSize = 1 << glyphBlockBits
	blockCount     = 0x10000 / glyphBlockSize
)

// glyphBlock holds the advances of 256 consecutive runes of the Basic
// Multilingual Plane, each plus one: 0 is a rune the font lacks. (An
// advance of 65,535 units, four times the largest em, is kept as 65,534.)
type glyphBlock [glyphBlockSize]uint16

// bmpAdvance returns the advance of r, a rune of the Basic Multilingual
// Plane, and whether the font has it.
func (m *Metrics) bmpAdvance(r rune) (uint16, bool) {
	u := uint32(r)
	b := m.bmp[(u>>glyphBlockBits)%blockCount]
	if b == nil {
		return 0, false
	}
	a := b[u%glyphBlockSize]
	return a - 1, a != 0
}

// setAdvance records that the font has r, a rune of the Basic
// Multilingual Plane, with advance a.
func (m *Metrics) setAdvance(r rune, a uint16) {
	u := uint32(r)
	b := m.bmp[(u>>glyphBlockBits)%blockCount]
	if b == nil {
		b = new(glyphBlock)
		m.bmp[(u>>glyphBlockBits)%blockCount] = b
	}
	b[u%glyphBlockSize] = min(a, 0xFFFE) + 1
}

// Advance returns the advance width of r in font units; a character the
// font lacks takes the advance of the fallback that prints it (in the
// metrics of a [Fonts] set), scaled to these units, or the width of the
// missing-glyph box it prints as.
func (m *Metrics) Advance(r rune) int {
	if r >= 0 && r < 0x10000 {
		if a, ok := m.bmpAdvance(r); ok {
			return int(a)
		}
	} else if a, ok := m.wide[r]; ok {
		return int(a)
	}
	if m.fallback != nil {
		if _, fb := m.fallback.find(r); fb != nil {
			return int(float64(fb.Advance(r))*float64(m.UnitsPerEm)/float64(fb.UnitsPerEm) + 0.5)
		}
	}
	return int(m.missing)
}

// HasGlyph reports whether the font has a glyph for r, or, in the metrics
// of a [Fonts] set, one of its fallbacks.
func (m *Metrics) HasGlyph(r rune) bool {
	if m.has(r) {
		return true
	}
	if m.fallback != nil {
		_, fb := m.fallback.find(r)
		return fb != nil
	}
	return false
}

// has reports whether the font itself has a glyph for r.
func (m *Metrics) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		_, ok := m.bmpAdvance(r)
		return ok
	}
	_, ok := m.wide[r]
	return ok
}

// Width returns the width of s at size points, without kerning: Word does
// not kern unless a document asks, and LibreOffice, printing a DOCX that
// has document defaults, follows Word (measured: the 38 words of the
// examples with kerning pairs all print unkerned).
func (m *Metrics) Width(s string, size float64) float64 {
	units := 0
	for _, r := range s {
		units += m.Advance(r)
	}
	return float64(units) * size / float64(m.UnitsPerEm)
}

// LineHeight returns the height of one line at single spacing: ascent,
// descent and line gap, as Word and LibreOffice lay out Times New Roman
// and its metric twins.
func (m *Metrics) LineHeight(size float64) float64 {
	return float64(m.Ascent+m.Descent+m.LineGap) * size / float64(m.UnitsPerEm)
}

// BaselineAt returns the distance from the top of a single-spaced line to
// its baseline at size points: LibreOffice and Word put the line gap above
// the ascent.
func (m *Metrics) BaselineAt(size float64) float64 {
	return float64(m.Ascent+m.LineGap) * size / float64(m.UnitsPerEm)
}

// AscentAt returns the font's ascent at size points: the height of the
// glyphs' extent above the baseline.
func (m *Metrics) AscentAt(size float64) float64 {
	return float64(m.Ascent) * size / float64(m.UnitsPerEm)
}

// DescentAt returns the distance from the baseline to the bottom of the
// glyphs' extent at size points.
func (m *Metrics) DescentAt(size float64) float64 {
	return float64(m.Descent) * size / float64(m.UnitsPerEm)
}

// ParseMetrics reads the metrics of a TrueType font. Every offset is
// checked: a malformed file is an error, never a panic.
func ParseMetrics(data []byte) (*Metrics, error) {
	tables, err := ParseTables(data)
	if err != nil {
		return nil, err
	}
	m := &Metrics{}
	head, err := tables.Get("head", 54)
	if err != nil {
		return nil, err
	}
	m.UnitsPerEm = int(binary.BigEndian.Uint16(head[18:]))
	if m.UnitsPerEm < 16 || m.UnitsPerEm > 16384 {
		return nil, fmt.Errorf("font: unitsPerEm %d out of range", m.UnitsPerEm)
	}
	hhea, err := tables.Get("hhea", 36)
	if err != nil {
		return nil, err
	}
	m.Ascent = int(int16(binary.BigEndian.Uint16(hhea[4:])))
	m.Descent = -int(int16(binary.BigEndian.Uint16(hhea[6:])))
	m.LineGap = int(int16(binary.BigEndian.Uint16(hhea[8:])))
	numHMetrics := int(binary.BigEndian.Uint16(hhea[34:]))
	hmtx, err := tables.Get("hmtx", 4*numHMetrics)
	if err != nil {
		return nil, err
	}
	if numHMetrics == 0 {
		return nil, errors.New("font: no horizontal metrics")
	}
	glyphAdvance := func(g int) uint16 {
		if g >= numHMetrics {
			g = numHMetrics - 1 // monospaced tail: the last advance repeats
		}
		return binary.BigEndian.Uint16(hmtx[4*g:])
	}
	m.missing = glyphAdvance(0)
	cmap, err := tables.Get("cmap", 4)
	if err != nil {
		return nil, err
	}
	m.wide = map[rune]uint16{}
	err = readCmap(cmap, func(r rune, glyph int) {
		if glyph == 0 {
			return
		}
		a := glyphAdvance(glyph)
		if r < 0x10000 {
			m.setAdvance(r, a)
		} else {
			m.wide[r] = a
		}
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// FontTables are a TrueType file's tables by tag. The slices share the
// file's memory.
type FontTables map[string][]byte

// ParseTables reads a TrueType file's table directory, checking that each
// table lies inside the file.
func ParseTables(data []byte) (FontTables, error) {
	if len(data) < 12 {
		return nil, errors.New("font: too short to be a TrueType file")
	}
	switch v := binary.BigEndian.Uint32(data); v {
	case 0x00010000, 0x74727565: // TrueType outlines
	default:
		return nil, fmt.Errorf("font: not a TrueType file (version 0x%08X)", v)
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, errors.New("font: table directory truncated")
	}
	t := FontTables{}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		off, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || length < 0 || off > len(data) || length > len(data)-off {
			return nil, fmt.Errorf("font: table %q lies outside the file", rec[:4])
		}
		t[string(rec[:4])] = data[off : off+length]
	}
	return t, nil
}

// Get returns a table that must be at least min bytes long.
func (t FontTables) Get(tag string, min int) ([]byte, error) {
	b, ok := t[tag]
	if !ok {
		return nil, fmt.Errorf("font: no %q table", tag)
	}
	if len(b) < min {
		return nil, fmt.Errorf("font: %q table truncated", tag)
	}
	return b, nil
}

// readCmap calls fn for every character of the best Unicode subtable:
// format 12 (all planes) when present, else format 4 (the BMP).
func readCmap(cmap []byte, fn func(r rune, glyph int)) error {
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	if len(cmap) < 4+8*n {
		return errors.New("font: cmap truncated")
	}
	var best []byte
	bestFormat := 0
	for i := 0; i < n; i++ {
		rec := cmap[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if off+4 > len(cmap) {
			return errors.New("font: cmap subtable outside the table")
		}
		unicode := platform == 0 || platform == 3 && (encoding == 1 || encoding == 10)
		format := int(binary.BigEndian.Uint16(cmap[off:]))
		if unicode && (format == 12 || format == 4 && bestFormat != 12) {
			best, bestFormat = cmap[off:], format
		}
	}
	switch bestFormat {
	case 4:
		return readCmap4(best, fn)
	case 12:
		return readCmap12(best, fn)
	}
	return errors.New("font: no Unicode cmap")
}

func readCmap4(b []byte, fn func(rune, int)) error {
	if len(b) < 14 {
		return errors.New("font: cmap format 4 truncated")
	}
	segs := int(binary.BigEndian.Uint16(b[6:])) / 2
	if len(b) < 16+8*segs {
		return errors.New("font: cmap format 4 truncated")
	}
	ends, starts := b[14:], b[16+2*segs:]
	deltas, ranges := b[16+4*segs:], b[16+6*segs:]
	mapped := 0 // the characters of the segments so far
	for s := 0; s < segs; s++ {
		end := int(binary.BigEndian.Uint16(ends[2*s:]))
		start := int(binary.BigEndian.Uint16(starts[2*s:]))
		if mapped += end - start + 1; mapped > 0x10000 {
			// Overlapping segments: a hostile table of 32,767 segments
			// of the whole plane would take billions of steps.
			return errors.New("font: cmap format 4 maps more characters than the plane has")
		}
		delta := int(binary.BigEndian.Uint16(deltas[2*s:]))
		rangeOff := int(binary.BigEndian.Uint16(ranges[2*s:]))
		for c := start; c <= end && c != 0xFFFF; c++ {
			g := 0
			if rangeOff == 0 {
				g = (c + delta) & 0xFFFF
			} else {
				at := 16 + 6*segs + 2*s + rangeOff + 2*(c-start)
				if at+2 > len(b) {
					return errors.New("font: cmap format 4 glyph index outside the table")
				}
				if g = int(binary.BigEndian.Uint16(b[at:])); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			fn(rune(c), g)
		}
	}
	return nil
}

func readCmap12(b []byte, fn func(rune, int)) error {
	if len(b) < 16 {
		return errors.New("font: cmap format 12 truncated")
	}
	groups := int(binary.BigEndian.Uint32(b[12:]))
	if groups < 0 || groups > (len(b)-16)/12 {
		return errors.New("font: cmap format 12 truncated")
	}
	mapped := 0 // the characters of the groups so far
	for i := 0; i < groups; i++ {
		g := b[16+12*i:]
		start, end := binary.BigEndian.Uint32(g), binary.BigEndian.Uint32(g[4:])
		glyph := int(binary.BigEndian.Uint32(g[8:]))
		if end < start || end > 0x10FFFF || end-start > 0x10000 {
			return errors.New("font: cmap format 12 group out of range")
		}
		if mapped += int(end-start) + 1; mapped > 0x110000 {
			return errors.New("font: cmap format 12 maps more characters than Unicode has")
		}
		for c := start; c <= end; c++ {
			fn(rune(c), glyph+int(c-start))
		}
	}
	return nil
}

// Style is one of the four styles of the text font.
type Style struct{ Bold, Italic bool }

// Styles of the text font.
var (
	Regular    = Style{}
	Bold       = Style{Bold: true}
	Italic     = Style{Italic: true}
	BoldItalic = Style{Bold: true, Italic: true}
)

func (s Style) index() int {
	i := 0
	if s.Bold {
		i |= 1
	}
	if s.Italic {
		i |= 2
	}
	return i
}

// FontMetrics returns the metrics of one style of the embedded fonts
// ([DefaultFonts]): Liberation Serif's, with the advances of the
// characters it lacks taken from the fallback DejaVu Sans.
func FontMetrics(s Style) *Metrics { return DefaultFonts().Metrics(s) }

// LineHeight returns the height of a single-spaced line of the body font
// at size points: ascent, descent and line gap, rounded to a twip, as
// LibreOffice and Word lay lines out.
func LineHeight(size float64) float64 { return DefaultFonts().LineHeight(size) }

// LineHeight returns the height of a single-spaced line of the text font
// at size points, rounded to a twip.
func (f *Fonts) LineHeight(size float64) float64 {
	return RoundToTwip(f.Metrics(Regular).LineHeight(size))
}

// RoundToTwip rounds a length in points to twentieths of a point (twips),
// the unit LibreOffice and Word lay pages out in.
func RoundToTwip(pt float64) float64 { return math.Round(pt*20) / 20 }

// GlyphMap returns the glyph each character maps to in a TrueType font's
// cmap (its best Unicode subtable, as [ParseMetrics] reads it), for
// tools and tests that rebuild fonts.
func GlyphMap(data []byte) (map[rune]int, error) {
	glyphs := map[rune]int{}
	err := EachGlyph(data, func(r rune, glyph int) {
		if glyph != 0 {
			glyphs[r] = glyph
		}
	})
	return glyphs, err
}

// EachGlyph calls fn with every character of a TrueType font's cmap (its
// best Unicode subtable, as [ParseMetrics] reads it) and the glyph it maps
// to, 0 for none, in the subtable's order, without building a map: for
// tools that rebuild fonts and look up a few characters of a large one.
func EachGlyph(data []byte, fn func(r rune, glyph int)) error {
	tables, err := ParseTables(data)
	if err != nil {
		return err
	}
	cmap, err := tables.Get("cmap", 4)
	if err != nil {
		return err
	}
	return readCmap(cmap, fn)
}
