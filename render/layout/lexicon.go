package layout

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"
)

// lexiconData is the Vietnamese word list the balancer keeps whole: the
// words of two syllables or more of the word list of the npm package
// dongdu 0.9.4 (MIT; lexicon/README.md says where it comes from), one a
// line, sorted, compressed. internal/makelexicon makes it.
//
//go:embed lexicon/words.txt.gz
var lexiconData []byte

// LexiconTime is the modification time written in the lexicon's gzip
// header, fixed so that making it again gives the same bytes.
var LexiconTime = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

// wordList is a sorted list of words, one a line in text, found by binary
// search: 25,000 words take the text's 320 KB and 100 KB of offsets, read
// once per process.
type wordList struct {
	text   string
	starts []uint32 // where each line starts
	// longest is the most syllables of a word.
	longest int
}

// lexicon returns the word list, read the first time it is asked for.
var lexicon = sync.OnceValue(func() *wordList {
	zr, err := gzip.NewReader(bytes.NewReader(lexiconData))
	if err != nil {
		panic(err) // embedded and tested: cannot happen in a released build
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic(err)
	}
	w := &wordList{text: string(raw)}
	for start := 0; start < len(w.text); {
		end := strings.IndexByte(w.text[start:], '\n')
		if end < 0 {
			end = len(w.text) - start
		}
		w.starts = append(w.starts, uint32(start))
		w.longest = max(w.longest, strings.Count(w.text[start:start+end], " ")+1)
		start += end + 1
	}
	return w
})

// word returns the i-th word.
func (w *wordList) word(i int) string {
	s := w.text[w.starts[i]:]
	if end := strings.IndexByte(s, '\n'); end >= 0 {
		return s[:end]
	}
	return s
}

// has reports whether the list holds the word key ([LexiconKey]).
func (w *wordList) has(key string) bool {
	i := sort.Search(len(w.starts), func(i int) bool { return w.word(i) >= key })
	return i < len(w.starts) && w.word(i) == key
}

// Len returns how many words the list holds.
func (w *wordList) Len() int { return len(w.starts) }

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
