package html

import (
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/ttfsubset"
)

// A runeSet holds the characters a document draws in one font, as the
// markup writes them (appendText): the pages' text without what it
// leaves out, U+FFFD for bytes that are not UTF-8, and the space that
// joins runs.
type runeSet struct {
	bmp  [0x10000 / 64]uint64 // the Basic Multilingual Plane, a bit each
	wide map[rune]bool        // beyond it
}

// newRuneSet returns a set holding the space, which every line's font
// holds (a run's joining space; and a browser takes a font's line metrics
// only from a face whose unicode-range holds it).
func newRuneSet() *runeSet {
	s := &runeSet{}
	s.add(' ')
	return s
}

// add adds one character.
func (s *runeSet) add(r rune) {
	if r < 0x10000 {
		s.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	if s.wide == nil {
		s.wide = map[rune]bool{}
	}
	s.wide[r] = true
}

// remove takes r out of the set.
func (s *runeSet) remove(r rune) {
	if r < 0x10000 {
		s.bmp[r>>6] &^= 1 << (r & 63)
		return
	}
	delete(s.wide, r)
}

// has reports whether the set holds r.
func (s *runeSet) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.wide[r]
}

// addText adds the characters of a run's text as appendText writes them.
func (s *runeSet) addText(text string) {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f {
				s.bmp[c>>6] |= 1 << (c & 63)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !leftOut(r) {
			s.add(r)
		}
		i += size
	}
}

// all returns the set's characters in order.
func (s *runeSet) all() []rune {
	var out []rune
	for i, word := range s.bmp {
		for ; word != 0; word &= word - 1 {
			out = append(out, rune(i*64+bits.TrailingZeros64(word)))
		}
	}
	wide := make([]rune, 0, len(s.wide))
	for r := range s.wide {
		wide = append(wide, r)
	}
	slices.Sort(wide)
	return append(out, wide...)
}

// appendUnicodeRange appends the set as a CSS unicode-range value: its
// characters in order, a run of consecutive ones as a range
// ("U+20,U+2c-2e,U+41").
func appendUnicodeRange(b []byte, runes []rune) []byte {
	for i := 0; i < len(runes); {
		j := i
		for j+1 < len(runes) && runes[j+1] == runes[j]+1 {
			j++
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(append(b, "U+"...), int64(runes[i]), 16)
		if j > i {
			b = strconv.AppendInt(append(b, '-'), int64(runes[j]), 16)
		}
		i = j + 1
	}
	return b
}

// embed sets what the face's @font-face rule embeds: its font cut down to
// the characters the pages draw in it, or, for a font that cannot be
// ([ttfsubset.ErrUnsupported], or malformed for the subsetter), the whole
// file, which draws the same.
func (fc *face) embed() {
	data, err := ttfsubset.Subset(fc.font.Data, fc.runes.has)
	if err != nil {
		fc.data, fc.runes = fc.font.Data, nil
		return
	}
	fc.data = data
}
