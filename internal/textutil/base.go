package textutil

import (
	"sync"

	"golang.org/x/text/unicode/norm"
)

// BaseLetter returns a letter without its marks: the first rune of its
// canonical decomposition ("ấ" → "a", "Ờ" → "O"), đ and Đ as d and D, and
// any other rune as it is. The Latin letters (Vietnamese's among them)
// are looked up in a table made on first use; others are decomposed.
func BaseLetter(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r == 'đ':
		return 'd'
	case r == 'Đ':
		return 'D'
	}
	if b, ok := latinBases()[r]; ok {
		return b
	}
	return firstOfNFD(r)
}

// latinBases maps the Latin letters with marks (Latin-1 Supplement to
// Latin Extended-B, and Latin Extended Additional, where Vietnamese's
// precomposed letters are) to their base letters, once.
var latinBases = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for _, block := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			m[r] = firstOfNFD(r)
		}
	}
	return m
})

// firstOfNFD returns the first rune of r's canonical decomposition.
func firstOfNFD(r rune) rune {
	for _, d := range norm.NFD.String(string(r)) {
		return d
	}
	return r
}
