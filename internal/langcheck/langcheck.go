// Package langcheck tells, for the tests, whether what kehoach prints in
// one language holds a sentence in the other: an English sentence in the
// Vietnamese messages (-lang vi), or a Vietnamese one in the English
// messages (-lang en).
//
// What is not worded by kehoach is left out first: text in quotes ("…",
// “…”, «…», '…', `…`), which quotes the author's input or another
// program's words; footnote labels ([^1]); paths and file names; rule
// IDs and other hyphenated upper-case names (ND30-PLACE-NAME,
// YYYY-MM-DD, KH-STTTT); options (-lang); key names and paths
// (signer.name, recipients[1]); numbers. What remains is judged by its
// words: a Vietnamese line holds no English function word ("the", "is",
// "must", "expected", "write", "file", "line"…), and an English line no
// more than one Vietnamese one ("và", "của", "không", "được", "phải"…)
// and no more Vietnamese words (with Vietnamese letters) than English
// ones. The terms of the decree that English messages keep in Vietnamese
// ("trích yếu", "văn thư", "Phụ lục III") are nouns, not function words,
// and pass.
package langcheck

import (
	"regexp"
	"strings"
	"unicode"
)

// ignored matches what is not kehoach's own wording, in the order it is
// taken out.
var ignored = []*regexp.Regexp{
	regexp.MustCompile(`"[^"\n]*"`),                                                 // "quoted input"
	regexp.MustCompile(`“[^”\n]*”|«[^»\n]*»|` + "`[^`\n]*`"),                        // other quotes
	regexp.MustCompile(`(^|[^\pL])'[^'\n]*'`),                                       // 'x', not an apostrophe
	regexp.MustCompile(`\[\^[^\]]*\]`),                                              // [^label]
	regexp.MustCompile(`\S*[/\\]\S*`),                                               // paths, B/c, 30/2020/NĐ-CP
	regexp.MustCompile(`\S*\.(?:md|json|docx|pdf|txt|odt|markdown)\b|(^|\s)\.\pL+`), // files, extensions
	regexp.MustCompile(`\b\pL*[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+\b`),                      // RULE-IDS, YYYY-MM-DD, KH-STTTT
	regexp.MustCompile(`(^|[\s\[(])--?\pL[\pL\d]*(?:-[\pL\d]+)*`),                   // -lang, --help, -appendix-files
	regexp.MustCompile(`\b\pL[\pL\d_]*(?:\[\d+\]|\.\pL[\pL\d_]*)+`),                 // signer.name, recipients[1]
	regexp.MustCompile(`\d+`),
}

// names are words kehoach prints as they are in both languages: keys and
// members of the formats, their values, format and command names.
var names = wordSet(`parent issuer issuer_name number symbol place date subject type urgency draft signer
	recipients archive authority position name preamble sections appendices title content level role text
	header rows align bold italic note id section paragraph bullet numbered table purpose solutions funding
	organisation other left center right true false null nil md docx pdf json kehoach render check help vi en
	yaml utf stdout stderr readme word markdown byte`)

// englishWords are English words that are not Vietnamese ones: "a",
// "an", "to", "do", "in", "no", "so", "can" and "than" are also
// Vietnamese words, and are left out.
var englishWords = wordSet(`the is are was were be been being must should expected expect expects write not of
	with file files line lines found cannot has have does this that which when and or from for by at it its
	your you use used given missing unknown invalid required error errors warning info directory format
	formats choose would into out plan plans field fields value values key keys member heading headings
	but as after before each every only then there what where will under needs need give leave put add
	delete remove same usage options default such here their them these those`)

// vietnameseWords are Vietnamese function words and verbs an English
// message has no use for, unlike the decree's nouns it keeps.
var vietnameseWords = wordSet(`và của là không được các có cho này những với trong phải để khi hoặc đã sẽ hãy
	cần nhưng bằng nếu thì chọn tệp dòng viết ghi thiếu một ở sau trước lỗi đây đó chỉ từ vào ra nên`)

func wordSet(list string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(list) {
		out[w] = true
	}
	return out
}

// words returns the words of a line that kehoach worded itself, lower
// case, without what [ignored] and [names] leave out.
func words(line string) []string {
	for _, re := range ignored {
		line = re.ReplaceAllString(line, " ")
	}
	var out []string
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) && r != '_' }) {
		w = strings.ToLower(w)
		if !names[w] {
			out = append(out, w)
		}
	}
	return out
}

// isVietnamese reports whether a word has a letter only Vietnamese uses
// here: a vowel with a diacritic, or đ.
func isVietnamese(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return r > unicode.MaxASCII && unicode.IsLetter(r) })
}

// English returns the lines of text, each with the English words found,
// that hold an English sentence: at least one English function word.
func English(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		var found []string
		for _, w := range words(line) {
			if englishWords[w] {
				found = append(found, w)
			}
		}
		if len(found) > 0 {
			out = append(out, line+"  ← "+strings.Join(found, ", "))
		}
	}
	return out
}

// Vietnamese returns the lines of text, each with the Vietnamese words
// found, that hold a Vietnamese sentence: two Vietnamese function words
// or more, or more words with Vietnamese letters than without.
func Vietnamese(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		var found []string
		vi, en := 0, 0
		for _, w := range words(line) {
			switch {
			case vietnameseWords[w]:
				found = append(found, w)
				vi++
			case isVietnamese(w):
				vi++
			default:
				en++
			}
		}
		if len(found) >= 2 || vi > en {
			out = append(out, line+"  ← "+strings.Join(found, ", "))
		}
	}
	return out
}
