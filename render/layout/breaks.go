package layout

import (
	"strings"
	"sync"

	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// Where a clerk breaks a balanced line. [Balance] weighs each possible
// break by what it costs the reader, as a share of the line's width: a
// line that ends at a bad break counts as that much longer, so a worse
// balance is accepted to avoid it. Breaks that are never made count as
// infinitely long.
const (
	// breakNever: a line that starts with a dash reads as a list item
	// ("VỤ CÔNG CHỨC / - VIÊN CHỨC"), and "ngày", "tháng", "năm", "số"
	// stay with their number ("ngày / 02"), "2025 - 2026" stays whole, and
	// so do "Thành phố", "Thị xã", "Thị trấn".
	breakNever = 1e9
	// breakInPlace: inside a place name or between a unit and its name
	// ("TỈNH / VĨNH PHÚC", "HỒ CHÍ / MINH").
	breakInPlace = 0.5
	// breakInDate: inside a date ("ngày 02 tháng / 01 năm 2025").
	breakInDate = 0.3
	// breakInWord: between two syllables of a word of the lexicon
	// ("KHOA / HỌC", "TRUYỀN / THÔNG", "QUY / TẬP").
	breakInWord = 0.15
	// breakBefore: before an administrative unit, a date or "của", where
	// clerks break by choice ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NINH").
	breakBefore = -0.05
)

// breakCosts returns the cost of a break before each word (none before the
// first), as a share of the line's width.
func breakCosts(words []string) []float64 {
	// A word may hold a gap to fill in by hand ("ngày      tháng"): what
	// meets at a break is its last part and the next word's first.
	first, last := make([]string, len(words)), make([]string, len(words))
	for i, w := range words {
		if parts := strings.Fields(strings.ToLower(w)); len(parts) > 0 { // not only spaces (U+00A0)
			first[i], last[i] = parts[0], parts[len(parts)-1]
		}
	}
	syllables := lexiconSyllables(words)
	costs := make([]float64, len(words))
	for j := 1; j < len(words); j++ {
		costs[j] = breakCost(first, last, syllables, j)
	}
	return costs
}

// breakCost returns the cost of a break before word j, given the words'
// first and last parts in lower case and their syllables as the lexicon
// knows them.
func breakCost(first, last, syllables []string, j int) float64 {
	prev, next := last[j-1], first[j]
	switch {
	case strings.HasPrefix(next, "-") || strings.HasPrefix(next, "–"):
		return breakNever
	case numberWords[prev] && startsWithDigit(next):
		return breakNever
	case isDash(prev) && j >= 2 && startsWithDigit(last[j-2]) && startsWithDigit(next):
		return breakNever // "2025 - / 2026"
	case plan.AdminUnitAt([]string{prev, next}) == 2: // "thành / phố"
		return breakNever
	case startsWithDigit(prev) && (next == "tháng" || next == "năm"):
		return breakInDate
	case unitEndsAt(last, j-1) || inPlaceName(last, j):
		return breakInPlace
	case inWord(syllables, j):
		return breakInWord
	case plan.AdminUnitAt(first[j:]) > 0 || next == "ngày" || next == "của":
		return breakBefore
	}
	return 0
}

// afterPunctuation reports whether a word ends with the punctuation after
// which a clerk breaks a line first: a comma, a semicolon, a colon, a
// full stop.
func afterPunctuation(word string) bool {
	return strings.HasSuffix(word, ",") || strings.HasSuffix(word, ";") || strings.HasSuffix(word, ":") ||
		strings.HasSuffix(word, ".") && !strings.HasSuffix(word, "..")
}

// lexiconSyllables returns each word as a syllable of the lexicon
// ([LexiconKey]), its punctuation left out, or "" for a word that cannot
// be part of a word of it (digits, a gap, "-"). A "(" before a syllable or
// punctuation after it is kept as a mark, "(" or ",", so that inWord does
// not join syllables across it.
func lexiconSyllables(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		core := strings.TrimLeft(w, "(“\"'‘")
		lead := len(core) < len(w)
		core = strings.TrimRight(core, ",.;:!?)”\"'’")
		trail := len(core) < len(strings.TrimLeft(w, "(“\"'‘"))
		if core == "" || strings.ContainsFunc(core, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
			continue
		}
		key := LexiconKey([]string{core})
		if lead {
			key = "(" + key
		}
		if trail {
			key += ","
		}
		out[i] = key
	}
	return out
}

// inWord reports whether a break before syllable j falls inside a word of
// the lexicon, or of kehoach's own administrative terms it lacks: some
// run of syllables around the break, with no punctuation inside, is a
// word. A run is lengthened only while some word starts with it.
func inWord(syllables []string, j int) bool {
	lex := lexicon()
	for a := j - 1; a >= 0 && j-a < lexiconLongest; a-- {
		s := syllables[a]
		if s == "" || strings.HasSuffix(s, ",") {
			break // a word does not go on past punctuation
		}
		head := strings.TrimPrefix(strings.Join(syllables[a:j], " "), "(")
		if _, longer := lex.lookup(head); longer || adminPrefix(head) {
			key := head
			for b := j; b < len(syllables) && b-a < lexiconLongest; b++ {
				t := syllables[b]
				if t == "" || strings.HasPrefix(t, "(") {
					break // nor past a bracket
				}
				key += " " + strings.TrimSuffix(t, ",")
				exact, longer := lex.lookup(key)
				if exact || adminTerms()[key] {
					return true
				}
				if !longer || strings.HasSuffix(t, ",") {
					break
				}
			}
		}
		if strings.HasPrefix(s, "(") {
			break
		}
	}
	return false
}

// adminPrefix reports whether one of kehoach's own terms starts with the
// syllables of key.
func adminPrefix(key string) bool {
	for t := range adminTerms() {
		if strings.HasPrefix(t, key+" ") {
			return true
		}
	}
	return false
}

// unitEndsAt reports whether an administrative unit ends at words[k]
// ("tỉnh", "thành phố"; not the "xã" of "xã hội"), words in lower case.
func unitEndsAt(words []string, k int) bool {
	return plan.AdminUnitAt(words[k:min(k+2, len(words))]) == 1 || k >= 1 && plan.AdminUnitAt(words[k-1:k+1]) == 2
}

// inPlaceName reports whether a break before word j falls inside a place
// name: the words after an administrative unit, up to "và" or a comma, at
// most three before the break, not counting the dash of a name in two
// parts ("tỉnh Bà Rịa - Vũng / Tàu"). last holds the words in lower case.
func inPlaceName(last []string, j int) bool {
	named := 0
	for k := j - 1; k >= 1; k-- {
		w := last[k]
		if w == "và" || strings.HasSuffix(w, ",") {
			return false
		}
		if !isDash(w) {
			named++
		}
		if named > 3 {
			return false
		}
		if unitEndsAt(last, k-1) {
			return true
		}
	}
	return false
}

func isDash(s string) bool { return s == "-" || s == "–" }

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "(")) // "(2021-2025)"
	return unicode.IsDigit(r)
}

// numberWords come before a number that stays on their line.
var numberWords = map[string]bool{"ngày": true, "tháng": true, "năm": true, "số": true, "số:": true}

// adminTerms are words of administrative texts that the lexicon lacks,
// kept whole all the same (kehoach's own list), by LexiconKey; made on
// first use, not at the start of every process.
var adminTerms = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(adminTermList, ",") {
		m[LexiconKey(strings.Fields(w))] = true
	}
	return m
})

// adminTermList are the words of kehoach's former list of common words
// of agency names and subjects that the lexicon does not have.
const adminTermList = `phòng cháy, trải nghiệm, trưởng ban, hàng năm, hằng năm, tiền chất, làm theo, hạ tầng`
