package plan

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// AgencyName turns an agency's printed header lines, which are in upper
// case, into its name as written in running text, following the
// capitalisation rules of Decree 30 (Phụ lục II: capitalise the first letter
// of the words that name the kind of body and its fields, and every word of
// a place name):
//
//	SỞ THÔNG TIN VÀ TRUYỀN THÔNG      → Sở Thông tin và Truyền thông
//	ỦY BAN NHÂN DÂN / TỈNH ĐỒNG THÁP  → Ủy ban nhân dân tỉnh Đồng Tháp
//	SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH   → Sở Văn hóa, Thể thao và Du lịch
//
// The rules cannot know every agency's name; [Plan.IssuerName] overrides
// the result. Lines that already contain lower-case letters are taken as
// written, and so are words with digits or a slash ("1050/QĐ-SCT") and
// known abbreviations ("UBND").
func AgencyName(lines []string) string {
	words := strings.Fields(normalize(strings.Join(lines, " ")))
	if len(words) == 0 {
		return ""
	}
	if joined := strings.Join(words, " "); strings.ToUpper(joined) != joined {
		return joined
	}
	out := make([]string, 0, len(words))
	lower := func(w string) string {
		if keepsCase(w) {
			return w
		}
		return strings.ToLower(w)
	}
	capNext, place := true, false
	for i := 0; i < len(words); i++ {
		w := lower(words[i])
		if place { // every word of a place name is capitalised
			out = append(out, capitalize(w))
			continue
		}
		if n := phraseAt(words, i, adminUnits); n > 0 && i > 0 && i+n < len(words) {
			for _, u := range words[i : i+n] { // "tỉnh", "thành phố" stay lower case
				out = append(out, lower(u))
			}
			i += n - 1
			place = true
			continue
		}
		if n := phraseAt(words, i, collectiveBodies); n > 0 { // "Ủy ban nhân dân"
			for j, u := range words[i : i+n] {
				if j == 0 && capNext {
					out = append(out, capitalize(lower(u)))
				} else {
					out = append(out, lower(u))
				}
			}
			i += n - 1
			capNext = false
			continue
		}
		if capNext {
			w = capitalize(w)
		}
		out = append(out, w)
		n := phraseAt(words, i, agencyHeads)
		capNext = n == 1 || w == "và" || w == "-" || strings.HasSuffix(w, ",")
		if n == 2 { // "trung tâm", "tổng cục": capitalise after the second word
			i++
			out = append(out, lower(words[i]))
			capNext = true
		}
	}
	name := strings.Join(out, " ")
	for wrong, right := range fixedNames {
		name = strings.ReplaceAll(name, wrong, right)
	}
	return name
}

// phraseAt returns the length in words of the phrase of set that starts at
// words[i], or 0. Phrases are at most four words long.
func phraseAt(words []string, i int, set map[string]bool) int {
	for n := min(4, len(words)-i); n > 0; n-- {
		if set[strings.ToLower(strings.Join(words[i:i+n], " "))] {
			return n
		}
	}
	return 0
}

func keepsCase(w string) bool {
	return strings.ContainsAny(w, "0123456789/&") || abbreviations[w]
}

// agencyHeads name the kind of body; the field name after them starts with
// a capital ("Sở Tư pháp", "Bộ Nội vụ", "Trung tâm Văn hóa").
var agencyHeads = map[string]bool{
	"sở": true, "bộ": true, "cục": true, "vụ": true, "viện": true, "ban": true,
	"ủy ban": true, "tổng cục": true, "chi cục": true, "trung tâm": true, "học viện": true,
}

// collectiveBodies are written with only their first letter capitalised.
var collectiveBodies = map[string]bool{
	"ủy ban nhân dân": true, "hội đồng nhân dân": true,
}

// adminUnits are administrative units; the words after them are a place
// name ("tỉnh Bà Rịa - Vũng Tàu").
var adminUnits = map[string]bool{
	"tỉnh": true, "thành phố": true, "huyện": true, "quận": true,
	"thị xã": true, "xã": true, "phường": true, "thị trấn": true,
}

// abbreviations keep their upper case in running text.
var abbreviations = map[string]bool{"UBND": true, "HĐND": true, "MTTQ": true}

// fixedNames are names whose capitalisation the rules above get wrong.
var fixedNames = map[string]string{
	"Công thương": "Công Thương",
}

func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}
