package layout

import (
	_ "embed"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// lexiconText is the Vietnamese word list the balancer keeps whole: the
// words of two syllables or more of the word list of the npm package
// dongdu 0.9.4 (MIT; lexicon/README.md says where it comes from), one a
// line, sorted by their bytes. internal/makelexicon makes it. It is
// searched where it lies, in the program's read-only data: reading it
// costs nothing, and holding it no memory of the heap.
//
//go:embed lexicon/words.txt
var lexiconText string

// lexiconLongest is the most syllables of a word of the lexicon
// (TestLexicon checks it).
const lexiconLongest = 9

// wordList is a list of words, one a line, sorted by their bytes, found
// by binary search over the text itself.
type wordList string

// lexicon returns the word list.
func lexicon() wordList { return wordList(lexiconText) }

// has reports whether the list holds the word key ([LexiconKey]).
func (w wordList) has(key string) bool {
	exact, _ := w.lookup(key)
	return exact
}

// lookup reports whether the list holds the word key ([LexiconKey]), and
// whether it holds a longer word that starts with key's syllables.
func (w wordList) lookup(key string) (exact, longer bool) {
	lo, hi := 0, len(w) // the first line not less than key starts in [lo, hi]
	for lo < hi {
		mid := (lo + hi) / 2
		start := max(lo, strings.LastIndexByte(string(w[:mid]), '\n')+1)
		end := start + strings.IndexByte(string(w[start:]), '\n')
		if end < start {
			end = len(w)
		}
		if string(w[start:end]) < key {
			lo = end + 1
		} else {
			hi = start
		}
	}
	rest := string(w[min(lo, len(w)):])
	if line, after, ok := strings.Cut(rest, "\n"); ok && line == key {
		exact, rest = true, after
	}
	return exact, strings.HasPrefix(rest, key+" ")
}

// Len returns how many words the list holds.
func (w wordList) Len() int { return strings.Count(string(w), "\n") }

// LexiconKey returns a word as the lexicon keeps it: its syllables in
// lower case, composed (NFC), each with the tone mark where the new style
// puts it ("hoá" is "hóa", "thuỷ" is "thủy"), joined by single spaces.
func LexiconKey(syllables []string) string {
	var b strings.Builder
	for i, s := range syllables {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toneKey(norm.NFC.String(strings.ToLower(s))))
	}
	return b.String()
}

// InLexicon reports whether words, each a syllable, make a word of the
// lexicon ("quy", "tập").
func InLexicon(syllables ...string) bool { return lexicon().has(LexiconKey(syllables)) }

// toneKey returns a syllable in lower case with its tone mark where the
// new style puts it: "oa", "oe" and "uy" take it on their first vowel.
func toneKey(w string) string {
	for _, r := range oldToneStyle {
		if strings.HasSuffix(w, r[0]) {
			return strings.TrimSuffix(w, r[0]) + r[1]
		}
	}
	return w
}

// oldToneStyle maps the endings "oa", "oe", "uy" with the mark on their
// second vowel (old style, "hoá") to the mark on the first ("hóa").
var oldToneStyle = [][2]string{
	{"oá", "óa"}, {"oà", "òa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
	{"oé", "óe"}, {"oè", "òe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
	{"uý", "úy"}, {"uỳ", "ùy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
}
