// Package ttfsubset cuts a TrueType font down to the glyphs a document
// draws, for a file that embeds its fonts (the HTML pages' @font-face
// data: URLs).
//
// The subset keeps every glyph's number: the character map (cmap), the
// horizontal metrics (hmtx) and the glyph positioning (GDEF, GPOS) stay as
// they are, and only the outlines (glyf, with its index loca) are
// rewritten, every glyph the document does not draw left empty. A kept
// composite glyph (an accented letter built from a base and a mark) keeps
// the glyphs it is built from. So a kept character prints from the same
// glyph, with the same advance, as in the whole font, and nothing that
// numbers glyphs needs renumbering.
//
// The tables a browser does not need to draw text the way a PDF draws it
// are left out: the glyph names (post becomes format 3), the signature
// (DSIG), the substitutions (GSUB, which the PDF does not apply and which
// could lead to a glyph left empty), the legacy kerning (kern; the pages
// do not kern), device metrics (hdmx, LTSH, VDMX) and embedded bitmaps
// (EBDT, EBLC, EBSC), and the vertical metrics (vhea, vmtx; the pages
// set text horizontally). A font this package cannot subset without changing
// what it draws (a collection, CFF outlines, a variable or colour font) is
// refused with [ErrUnsupported]: embed it whole.
package ttfsubset

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/render/layout"
)

// ErrUnsupported is returned for a font this package does not subset: a
// TrueType collection (.ttc), CFF outlines (.otf), a variable font or a
// colour font. Its outlines are not in a glyf table, or other tables
// choose among them.
var ErrUnsupported = errors.New("ttfsubset: font not subset (a collection, CFF outlines, a variable or colour font)")

// keptTables are the tables a subset keeps: those a browser reads to draw
// horizontal text (OpenType Sanitizer requires the first nine) and the
// hinting programs the kept outlines' instructions call.
var keptTables = map[string]bool{
	"cmap": true, "head": true, "hhea": true, "hmtx": true, "maxp": true, "name": true, "OS/2": true, "post": true,
	"glyf": true, "loca": true,
	"cvt ": true, "fpgm": true, "prep": true, "gasp": true,
	"GDEF": true, "GPOS": true,
}

// refusedTables are the tables of the fonts [Subset] refuses: outlines
// outside glyf, or tables that choose among the glyphs by other rules
// than the character map.
var refusedTables = []string{"CFF ", "CFF2", "fvar", "gvar", "COLR", "CBDT", "sbix", "SVG "}

// Subset returns a copy of a TrueType font (.ttf) in which only the glyphs
// of the characters keep keeps, glyph 0 (.notdef) and the components of
// those glyphs keep their outlines. keep is asked once for each character
// of the font's Unicode character map. The result is a new slice; data is
// not modified. Malformed data is an error, never a panic; a font it does
// not subset is [ErrUnsupported].
func Subset(data []byte, keep func(r rune) bool) ([]byte, error) {
	if len(data) >= 4 {
		switch string(data[:4]) {
		case "ttcf", "OTTO":
			return nil, ErrUnsupported
		}
	}
	tables, err := layout.ParseTables(data)
	if err != nil {
		return nil, err
	}
	for _, tag := range refusedTables {
		if _, ok := tables[tag]; ok {
			return nil, ErrUnsupported
		}
	}
	outlines, err := readOutlines(tables)
	if err != nil {
		return nil, err
	}
	kept := make([]bool, outlines.count())
	kept[0] = true
	err = layout.EachGlyph(data, func(r rune, glyph int) {
		if glyph > 0 && glyph < len(kept) && keep(r) {
			kept[glyph] = true
		}
	})
	if err != nil {
		return nil, err
	}
	if err := outlines.addComponents(kept); err != nil {
		return nil, err
	}
	glyf, loca, format := outlines.subset(kept)
	out := map[string][]byte{"glyf": glyf, "loca": loca}
	for tag, table := range tables {
		if keptTables[tag] && out[tag] == nil {
			out[tag] = table
		}
	}
	head := append([]byte(nil), out["head"]...) // readOutlines checked its length
	binary.BigEndian.PutUint16(head[indexToLocFormat:], format)
	out["head"] = head
	if post := out["post"]; len(post) >= postHeaderSize {
		out["post"] = postFormat3(post)
	}
	return assemble(binary.BigEndian.Uint32(data), out), nil
}

// postHeaderSize is the size of a post table's header, all of a format 3
// table.
const postHeaderSize = 32

// postFormat3 returns a post table without glyph names: its header, its
// version 3.
func postFormat3(post []byte) []byte {
	b := append([]byte(nil), post[:postHeaderSize]...)
	binary.BigEndian.PutUint32(b, 0x00030000)
	return b
}

// errMalformed wraps what is wrong with a font's outlines.
func errMalformed(format string, args ...any) error {
	return fmt.Errorf("ttfsubset: "+format, args...)
}
