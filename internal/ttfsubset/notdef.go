package ttfsubset

import (
	"encoding/binary"
	"math/bits"
	"slices"

	"github.com/kehoach/kehoach/render/layout"
)

// MostNotdef is the most characters [Notdef] maps: its character map
// gives each a segment of its own, and a segment takes 8 of the 65,535
// bytes a map of format 4 may hold.
const MostNotdef = 8000

// Notdef returns a font that draws each of runes as a TrueType or
// OpenType font draws a character it has no glyph for: its glyph 0
// (.notdef), with that glyph's advance. A PDF prints a character its font
// lacks so; a browser, given the font, would draw the character from a
// font of the reader's machine instead, at another width. Given this
// font as well (for those characters only), it draws what the PDF draws.
//
// The font has two glyphs, an empty .notdef and a copy of the font's
// .notdef (a browser takes a character mapped to glyph 0 for one the font
// lacks), and only the tables a browser reads to draw it: the font's
// head, hhea, maxp and OS/2, a post table of format 3, and a new name
// (notdefName), cmap, hmtx, glyf and loca. The copy keeps a simple glyph's outline,
// without its hinting instructions; a composite .notdef, or one in CFF
// outlines, is drawn empty, with its advance. Only characters of the
// Basic Multilingual Plane are mapped, at most [MostNotdef] of them;
// others are left out. Malformed data is an error, never a panic.
func Notdef(data []byte, runes []rune) ([]byte, error) {
	tables, err := layout.ParseTables(data)
	if err != nil {
		return nil, err
	}
	head, err := tables.Get("head", 54)
	if err != nil {
		return nil, err
	}
	hhea, err := tables.Get("hhea", 36)
	if err != nil {
		return nil, err
	}
	hmtx, err := tables.Get("hmtx", 4) // glyph 0's advance and side bearing
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{
		"head": append([]byte(nil), head[:54]...),
		"hhea": append([]byte(nil), hhea[:36]...),
		"hmtx": slices.Concat(hmtx[:4], hmtx[:4]),
		"cmap": notdefCmap(runes),
		"maxp": notdefMaxp(tables),
		"post": notdefPost(tables),
	}
	binary.BigEndian.PutUint16(out["head"][indexToLocFormat:], 0)
	binary.BigEndian.PutUint16(out["hhea"][34:], 2) // numberOfHMetrics
	if t, ok := tables["OS/2"]; ok {
		out["OS/2"] = t
	}
	out["name"] = notdefName
	glyph := notdefOutline(tables)
	out["glyf"] = glyph
	loca := make([]byte, 6) // glyph 0 empty, glyph 1 the outline
	binary.BigEndian.PutUint16(loca[4:], uint16(len(glyph)/2))
	out["loca"] = loca
	return assemble(0x00010000, out), nil
}

// emptyGlyph is a glyph without contours, bounds or instructions: an
// empty glyf table is refused by the OpenType Sanitizer.
var emptyGlyph = make([]byte, 12)

// notdefOutline returns the outline of a font's glyph 0 without its
// hinting instructions, padded to four bytes; an empty glyph for an empty
// or composite glyph, an outline not in glyf, or a malformed one.
func notdefOutline(tables layout.FontTables) []byte {
	o, err := readOutlines(tables)
	if err != nil {
		return emptyGlyph
	}
	g := o.glyph(0)
	if len(g) < 10 || int16(binary.BigEndian.Uint16(g)) < 0 {
		return emptyGlyph
	}
	at := 10 + 2*int(binary.BigEndian.Uint16(g)) // after endPtsOfContours
	if at+2 > len(g) {
		return nil
	}
	end := at + 2 + int(binary.BigEndian.Uint16(g[at:])) // after the instructions
	if end > len(g) {
		return emptyGlyph
	}
	out := slices.Concat(g[:at], []byte{0, 0}, g[end:])
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	if len(out) > 2*0xFFFF { // beyond a short loca
		return emptyGlyph
	}
	return out
}

// notdefMaxp returns the font's maxp for two glyphs: of version 1.0,
// whose maxima hold the copied outline, or with none for a font of CFF
// outlines (version 0.5).
func notdefMaxp(tables layout.FontTables) []byte {
	maxp := make([]byte, 32)
	if t, err := tables.Get("maxp", 32); err == nil && binary.BigEndian.Uint32(t) == 0x00010000 {
		copy(maxp, t)
	}
	binary.BigEndian.PutUint32(maxp, 0x00010000)
	binary.BigEndian.PutUint16(maxp[4:], 2)
	return maxp
}

// notdefPost returns a post table of format 3: the font's header, or
// zeros (no italic angle, no underline) for a font without one.
func notdefPost(tables layout.FontTables) []byte {
	if t, err := tables.Get("post", postHeaderSize); err == nil {
		return postFormat3(t)
	}
	post := make([]byte, postHeaderSize)
	binary.BigEndian.PutUint32(post, 0x00030000)
	return post
}

// notdefCmap returns a character map (Windows Unicode, format 4) mapping
// each of runes in the Basic Multilingual Plane, at most MostNotdef of
// them, to glyph 1: a segment each, its delta taking it to 1.
func notdefCmap(runes []rune) []byte {
	var chars []uint16
	for _, r := range runes {
		if r >= 0 && r < 0xFFFF && len(chars) < MostNotdef {
			chars = append(chars, uint16(r))
		}
	}
	slices.Sort(chars)
	chars = slices.Compact(chars)
	segs := len(chars) + 1 // and the last, 0xFFFF, which the format requires
	length := 16 + 8*segs
	b := make([]byte, 12+length)
	binary.BigEndian.PutUint16(b[2:], 1)  // one subtable
	binary.BigEndian.PutUint16(b[4:], 3)  // Windows
	binary.BigEndian.PutUint16(b[6:], 1)  // Unicode BMP
	binary.BigEndian.PutUint32(b[8:], 12) // at
	t := b[12:]
	binary.BigEndian.PutUint16(t, 4)
	binary.BigEndian.PutUint16(t[2:], uint16(length))
	binary.BigEndian.PutUint16(t[6:], uint16(2*segs))
	searchRange := 2 << (bits.Len(uint(segs)) - 1)
	binary.BigEndian.PutUint16(t[8:], uint16(searchRange))
	binary.BigEndian.PutUint16(t[10:], uint16(bits.Len(uint(segs))-1))
	binary.BigEndian.PutUint16(t[12:], uint16(2*segs-searchRange))
	ends, starts, deltas := t[14:], t[16+2*segs:], t[16+4*segs:] // idRangeOffsets stay 0
	for i, c := range append(chars, 0xFFFF) {
		binary.BigEndian.PutUint16(ends[2*i:], c)
		binary.BigEndian.PutUint16(starts[2*i:], c)
		delta := 1 - c // glyph 1; for 0xFFFF, glyph 0
		if c == 0xFFFF {
			delta = 1
		}
		binary.BigEndian.PutUint16(deltas[2*i:], delta)
	}
	return b
}

// notdefName is the name table of the fonts [Notdef] makes: their family
// "kehoach notdef", style "Regular", full and PostScript names, for
// Windows in English (a browser declares a font under the name its
// @font-face rule gives).
var notdefName = func() []byte {
	names := []struct {
		id   uint16
		text string
	}{{1, "kehoach notdef"}, {2, "Regular"}, {4, "kehoach notdef"}, {6, "kehoach-notdef"}}
	const header, record = 6, 12
	b := make([]byte, header+record*len(names))
	binary.BigEndian.PutUint16(b[2:], uint16(len(names)))
	binary.BigEndian.PutUint16(b[4:], uint16(len(b)))
	var stringsData []byte
	for i, n := range names {
		r := b[header+record*i:]
		binary.BigEndian.PutUint16(r, 3)         // Windows
		binary.BigEndian.PutUint16(r[2:], 1)     // Unicode BMP
		binary.BigEndian.PutUint16(r[4:], 0x409) // English (United States)
		binary.BigEndian.PutUint16(r[6:], n.id)
		binary.BigEndian.PutUint16(r[8:], uint16(2*len(n.text)))
		binary.BigEndian.PutUint16(r[10:], uint16(len(stringsData)))
		for _, c := range n.text { // ASCII: UTF-16BE a byte each after a zero
			stringsData = append(stringsData, 0, byte(c))
		}
	}
	return append(b, stringsData...)
}()
