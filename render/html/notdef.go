package html

import "github.com/kehoach/kehoach/internal/ttfsubset"

// lacking finds the characters the pages draw in the face's font that it
// has no glyph for. The PDF prints each as the font's .notdef glyph (in
// Liberation Serif, a blank), with that glyph's advance, where the
// composition measured it; a browser would draw it from a font of the
// reader's machine, at another width, and move the words after it. So
// they are taken out of the face's characters (its unicode-range does not
// claim them) and given to a font of their own, which draws each as the
// font's .notdef ([ttfsubset.Notdef]), declared after the face under the
// same family and style: a browser tries the faces of a family that
// claim a character last declared first, so it draws them from that
// font, selectable and searchable as the characters they are. (Of more
// than [ttfsubset.MostNotdef] such characters, the others are left to
// the browser.)
func (fc *face) lacking() {
	for _, r := range fc.runes.all() {
		if !fc.font.Metrics.HasGlyph(r) {
			fc.missing = append(fc.missing, r)
			fc.runes.remove(r)
		}
	}
	if fc.missing == nil {
		return
	}
	if data, err := ttfsubset.Notdef(fc.font.Data, fc.missing); err == nil { // the font parsed, so it does
		fc.notdef = data
	}
}
