package textutil

import "golang.org/x/text/unicode/norm"

// The base letters of the Latin letters with marks are data, made by go
// generate (internal/makebases, base_table.go), so that nothing is
// normalised when a process starts or first folds a text.
//go:generate go run ./internal/makebases base_table.go

// BaseLetter returns a letter without its marks: the first rune of its
// canonical decomposition ("ấ" → "a", "Ờ" → "O"), đ and Đ as d and D, and
// any other rune as it is. The Latin letters (Vietnamese's among them)
// are looked up in a table; others are decomposed.
func BaseLetter(r rune) rune {
	switch {
	case r < 0x80:
		return r
	case r == 'đ':
		return 'd'
	case r == 'Đ':
		return 'D'
	case r >= 0xC0 && r <= 0x24F:
		return rune(latinBases[r-0xC0])
	case r >= 0x1E00 && r <= 0x1EFF:
		return rune(latinAdditionalBases[r-0x1E00])
	}
	return firstOfNFD(r)
}

// firstOfNFD returns the first rune of r's canonical decomposition.
func firstOfNFD(r rune) rune {
	for _, d := range norm.NFD.String(string(r)) {
		return d
	}
	return r
}
