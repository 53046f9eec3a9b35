package ttfsubset

import (
	"encoding/binary"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/render/layout"
)

// FuzzSubset: whatever the data, render/layout parses it as a font or
// refuses it, and Subset returns an error or a font whose
// tables lie inside it, no larger than the data, its new directory and
// index, without panicking. (TestHostileFonts holds the worst inputs to
// the budget of a hostile input; budget.Within here, collecting garbage
// at every input, would slow the fuzzer a thousandfold.)
func FuzzSubset(f *testing.F) {
	f.Add(tinyFont(), "K")
	f.Add(tinyFont(), "")
	f.Add(tinyFont()[:200], "K")
	f.Add([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x0c"), "a")
	f.Add([]byte("OTTO"), "a")
	f.Fuzz(func(t *testing.T, data []byte, keep string) {
		// The same bytes as an agency's font (kehoach render -font, the
		// library's WithFonts): parsed or refused, never a panic.
		if fonts, err := layout.ParseFonts("fuzz.ttf", data); err == nil {
			for _, font := range fonts {
				for _, r := range keep {
					_ = font.Metrics.Advance(r)
				}
			}
		}
		sub, err := Subset(data, func(r rune) bool { return strings.ContainsRune(keep, r) })
		if err != nil {
			return
		}
		if _, err := layout.ParseTables(sub); err != nil {
			t.Fatalf("the subset's tables: %v", err)
		}
		// The kept tables, each padded, in a new directory, with a new
		// loca of at most 4 bytes a glyph (maxp counts at most 65,535)
		// where the old may be 2, and each kept glyph padded.
		if limit := len(data) + (12+3)*len(keptTables) + 12 + 4*65536 + 3*65536; len(sub) > limit {
			t.Fatalf("%d bytes from %d", len(sub), len(data))
		}
	})
}

// tinyFont returns a TrueType font of three glyphs, small enough for the
// fuzzer to mutate quickly: .notdef, an empty simple glyph, and a
// composite glyph of it that "K" maps to.
func tinyFont() []byte {
	u16 := func(b []byte, at int, v uint16) { binary.BigEndian.PutUint16(b[at:], v) }
	head := make([]byte, 54)
	u16(head, 18, 1000) // unitsPerEm; loca short
	hhea := make([]byte, 36)
	u16(hhea, 34, 3) // numberOfHMetrics
	maxp := make([]byte, 6)
	binary.BigEndian.PutUint32(maxp, 0x00005000)
	u16(maxp, 4, 3)
	hmtx := []byte{0x01, 0xf4, 0, 0, 0x02, 0x58, 0, 0, 0x02, 0x58, 0, 0}
	simple := make([]byte, 12) // no contours, no instructions
	composite := make([]byte, 16)
	u16(composite, 0, 0xFFFF)  // numberOfContours -1
	u16(composite, 10, 0x0002) // ARGS_ARE_XY_VALUES, byte arguments
	u16(composite, 12, 1)      // glyph 1
	glyf := append(append(append([]byte(nil), simple...), simple...), composite...)
	loca := make([]byte, 8)
	for g, off := range []int{0, 12, 24, 40} {
		u16(loca, 2*g, uint16(off/2))
	}
	cmap := make([]byte, 12+32)
	u16(cmap, 2, 1)
	u16(cmap, 4, 3)
	u16(cmap, 6, 1)
	binary.BigEndian.PutUint32(cmap[8:], 12)
	sub := cmap[12:]
	u16(sub, 0, 4)
	u16(sub, 2, 32)
	u16(sub, 6, 4) // two segments
	u16(sub, 14, 'K')
	u16(sub, 16, 0xFFFF)
	u16(sub, 20, 'K')
	u16(sub, 22, 0xFFFF)
	u16(sub, 24, 0x10000+2-'K')
	u16(sub, 26, 1)
	post := make([]byte, 32)
	binary.BigEndian.PutUint32(post, 0x00030000)
	// One name record, the family "K" (Windows, US English, UTF-16).
	name := make([]byte, 6+12+2)
	u16(name, 2, 1)  // one record
	u16(name, 4, 18) // its string after it
	u16(name, 6, 3)
	u16(name, 8, 1)
	u16(name, 10, 0x409)
	u16(name, 12, 1) // the family name
	u16(name, 14, 2)
	u16(name, 18, 'K')
	return assemble(0x00010000, map[string][]byte{
		"head": head, "hhea": hhea, "maxp": maxp, "hmtx": hmtx, "glyf": glyf, "loca": loca, "cmap": cmap, "post": post, "name": name,
	})
}

// TestTinyFontParses: the fuzzer's seed is a font render/layout reads
// whole, name and all, so that mutating it reaches every table it parses.
func TestTinyFontParses(t *testing.T) {
	font, err := layout.ParseFont("tiny.ttf", tinyFont())
	if err != nil {
		t.Fatal(err)
	}
	if font.Family != "K" || font.Metrics.Advance('K') != 600 || !font.Metrics.HasGlyph('K') || font.Metrics.HasGlyph('A') {
		t.Fatalf("family %q, advance of K %d", font.Family, font.Metrics.Advance('K'))
	}
}
