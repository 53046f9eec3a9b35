package layout

import "math"

// Whether a line fits is decided as LibreOffice decides it when it prints
// our DOCX, not by the exact width of its text. Writer lays a document
// out in twips (1/20 pt) on a reference device of 8,640 dpi (VCL's
// RefDevMode::MSO1, six device units to the twip, for documents with
// printer-independent layout) and breaks a line at the first character
// whose advances, summed, pass the width (OutputDevice::GetTextBreak).
// So:
//
//   - the font's height is a whole number of twips, and each glyph's
//     advance is rounded to a whole device unit at that height
//     (HarfBuzz's advance times the font's scale, lround);
//   - a line's width is the sum of its glyphs' rounded advances, its
//     trailing spaces left out, without kerning;
//   - the width it must fit in is its box's, in whole twips: the text
//     width to the nearest twip (the DOCX's right margin leaves exactly
//     that, render/docx), less indents in whole twips;
//   - a line fits when its width is at most the box's: equal still fits;
//   - but a line that ends in italic must leave room for the italic's
//     overhang: a twelfth of the text's line height, in whole twips (1.2
//     pt at 13 pt, 1.3 pt at 14 pt), unless the document lets text over
//     the margin (SwTextGuess::Guess, nItalic; our DOCX does not).
//
// Evidence: the 960 lines of TestFitLikeLibreOffice's corpus (regular,
// bold and italic body text at 13 and 14 pt, first lines and others, each
// within 0.12 pt of its width by the exact measure, or of the width less
// the overhang for italic), printed by LibreOffice 7.4 from our DOCX: it
// kept 386 and refused 574, and this measure tells which with no error,
// a kept line exactly at the width and the shortest refused one unit
// (1/120 pt) over; the italic overhang is exactly 24 twips at 13 pt and
// 26 at 14. The exact measure cannot: LibreOffice kept lines 0.11 pt over
// the width and refused one 0.045 pt short of it (the rounding of a
// line's 60 to 80 glyphs adds up), and the best constant margin errs on
// 129 lines; advances rounded to whole twips instead err on 272. An
// earlier corpus of 947 lines against a text area one twip wider gave
// the same: no error.
const fitUnitsPerTwip = 6

// fitEm returns the height a piece's font is set at, in fit units: its
// size in whole twips; a footnote number's is [SuperscriptScale] of that,
// in whole twips, assuming LibreOffice scales a superscript by an integer
// percent and truncates (not measured: the corpus has no footnote numbers).
func fitEm(p Piece) int {
	twips := int(math.Round(p.Size * 20))
	if p.Ref > 0 {
		twips = twips * int(math.Round(SuperscriptScale*100)) / 100
	}
	return twips * fitUnitsPerTwip
}

// fitAdvance returns the advance of r at em fit units to the em, rounded
// to a whole fit unit.
func (m *Metrics) fitAdvance(r rune, em int) int { return m.fitUnits(m.Advance(r), em) }

// fitUnits returns an advance of units font units at em fit units to the
// em, rounded to a whole fit unit (half away from zero, as lround).
func (m *Metrics) fitUnits(units, em int) int {
	return (2*units*em + m.UnitsPerEm) / (2 * m.UnitsPerEm)
}

// fitWidth returns a piece's width in fit units: its glyphs' rounded
// advances, summed.
func (f *Fonts) fitWidth(p Piece) int {
	m, em := f.Metrics(p.Style), fitEm(p)
	units := 0
	for _, r := range p.Text {
		units += m.fitAdvance(r, em)
	}
	return units
}

// fitLimit returns the width of a box in fit units: in whole twips.
func fitLimit(width float64) int {
	return int(math.Round(width*20)) * fitUnitsPerTwip
}

// italicOverhang returns the room, in fit units, that LibreOffice keeps
// at the end of a line for a piece in italic: a twelfth of the height of
// its line, in whole twips; 0 for an upright piece.
func (f *Fonts) italicOverhang(p Piece) int {
	if !p.Style.Italic {
		return 0
	}
	return int(math.Round(f.LineHeight(pieceSize(p))*20)) / 12 * fitUnitsPerTwip
}
