// Command makelexicon builds render/layout/lexicon/words.txt, the word
// list the balancer keeps whole, from the word list of the npm package
// dongdu 0.9.4 (data/wordlist.txt; see lexicon/README.md):
//
//	go run ./render/layout/internal/makelexicon wordlist.txt render/layout/lexicon/words.txt
//
// It keeps the words of two syllables or more, as letters only, in lower
// case, composed (NFC), with the tone mark where the new style puts it
// ("hoá" is "hóa"), sorted by their bytes and without repeats, one a
// line.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/render/layout"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: makelexicon wordlist.txt words.txt")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	words := build(src)
	out := strings.Join(words, "\n") + "\n"
	if err := os.WriteFile(os.Args[2], []byte(out), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d words, %d bytes\n", len(words), len(out))
}

// build returns the multi-syllable words of a word list, as the lexicon
// keeps them.
func build(src []byte) []string {
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(bytes.TrimPrefix(src, []byte("\uFEFF"))))
	for sc.Scan() {
		syllables := strings.Fields(sc.Text())
		if len(syllables) < 2 || !letters(syllables) {
			continue
		}
		seen[layout.LexiconKey(syllables)] = true
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}

// letters reports whether every syllable is letters only.
func letters(syllables []string) bool {
	for _, s := range syllables {
		for _, r := range s {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				return false
			}
		}
	}
	return true
}
