package plan

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/textutil"
	"golang.org/x/text/unicode/norm"
)

// AgencyName turns an agency's printed header lines, which are in upper
// case, into its name as written in running text, following the
// capitalisation rules of Decree 30 (Phụ lục II: capitalise the first letter
// of the words that name the kind of body and its fields, and every word of
// a proper name or place name):
//
//	SỞ THÔNG TIN VÀ TRUYỀN THÔNG      → Sở Thông tin và Truyền thông
//	ỦY BAN NHÂN DÂN / TỈNH ĐỒNG THÁP  → Ủy ban nhân dân tỉnh Đồng Tháp
//	SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH   → Sở Văn hóa, Thể thao và Du lịch
//	TRƯỜNG THPT NGUYỄN DU             → Trường THPT Nguyễn Du
//
// The rules cannot know every agency's name; [Plan.IssuerName] overrides
// the result. Lines that already contain lower-case letters are taken as
// written, and so are acronyms (words without a vowel, "THPT", and "UBND",
// "HĐND") and words with digits, "&" or a slash ("1050/QĐ-SCT").
func AgencyName(lines []string) string {
	words := strings.Fields(normalize(strings.Join(lines, " ")))
	if len(words) == 0 {
		return ""
	}
	if !inCapitals(words) {
		return strings.Join(words, " ")
	}
	n := &namer{words: words, capNext: true, fieldCaps: true}
	for n.i < len(words) {
		n.step()
	}
	name := strings.Join(n.out, " ")
	for _, fix := range fixedNames {
		name = strings.ReplaceAll(name, fix[0], fix[1])
	}
	return name
}

// namer writes an upper-case agency name word by word.
type namer struct {
	words []string
	i     int
	out   []string
	// capNext capitalises the next word: the first word of a field name
	// ("Sở Tư pháp", "và Truyền thông").
	capNext bool
	// fieldCaps is false after a body whose name is written in lower case
	// after its head ("Ban Chỉ đạo các chương trình … và giảm nghèo").
	fieldCaps bool
	// proper capitalises every word from here on, unless an administrative
	// unit comes ("Trường THPT Nguyễn Du", "UBND huyện Tam Đảo").
	proper bool
	// place capitalises every remaining word: a place name.
	place bool
}

// step writes the word or phrase at n.i and moves past it.
func (n *namer) step() {
	w := n.words[n.i]
	switch {
	case n.i == len(n.words)-1 && textutil.IsRoman(w): // "Khu vực II"; "XI MĂNG" is a word
		n.emit(w)
	case n.place:
		n.emit(capitalized(w))
	case n.phrase(partyCommittees) > 0: // "Tỉnh ủy Lào Cai"
		n.emit(capitalized(w), lowerWord(n.words[n.i+1]))
		n.place = true
	case n.isAdminUnit(): // "tỉnh", "thành phố" stay lower case
		for k := AdminUnitAt(n.words[n.i:]); k > 0; k-- {
			n.emit(lowerWord(n.words[n.i]))
		}
		n.place = true
	case n.proper:
		n.emit(capitalized(w))
	case n.phrase(properNames) > 0: // "Việt Nam", "Hồ Chí Minh"
		for k := n.phrase(properNames); k > 0; k-- {
			n.emit(capitalized(n.words[n.i]))
		}
		n.capNext = false
	case isAcronym(w):
		n.emit(w)
		n.proper = properAfter[w]
		n.capNext = false // it was the field's first word ("Văn phòng HĐND và UBND")
	case n.phrase(collectiveBodies) > 0: // "Ủy ban nhân dân"
		k := n.phrase(collectiveBodies)
		n.emitPhrase(k, n.capNext)
		n.capNext = false
	case n.phrase(schoolLevels) > 0 && len(n.out) > 0 && n.out[len(n.out)-1] == "Trường": // "Trường Tiểu học Kim Đồng"
		n.emitPhrase(n.phrase(schoolLevels), true)
		n.proper = true
	case n.plainBody() != "": // "Ban Chỉ đạo"
		n.emit(strings.Fields(n.plainBody())...)
		n.capNext, n.fieldCaps = false, false
	case n.capNext && n.phrase(agencyHeads) > 0: // "Sở", "Trung tâm": the field name follows
		n.emitPhrase(n.phrase(agencyHeads), true)
	default:
		n.emitPhrase(1, n.capNext)
		last := n.out[len(n.out)-1]
		n.capNext = n.fieldCaps && (last == "và" || last == "-" || strings.HasSuffix(last, ","))
	}
}

// emit appends words and moves past as many input words.
func (n *namer) emit(words ...string) {
	n.out = append(n.out, words...)
	n.i += len(words)
}

// emitPhrase appends the next k words in lower case, the first one
// capitalised when capFirst is set.
func (n *namer) emitPhrase(k int, capFirst bool) {
	for j := 0; j < k; j++ {
		if j == 0 && capFirst {
			n.emit(capitalized(n.words[n.i]))
		} else {
			n.emit(lowerWord(n.words[n.i]))
		}
	}
}

// phrase returns the length in words of the phrase of set that starts at
// the current word, or 0.
func (n *namer) phrase(set map[string]bool) int {
	k, _ := phraseAt(n.words[n.i:], set)
	return k
}

// phraseAt returns the length in words of the longest phrase of set that
// starts words, and its value. Phrases are at most six words long.
func phraseAt[V comparable](words []string, set map[string]V) (int, V) {
	// The words are joined in lower case into a buffer on the stack, one
	// more at a time; a map index with string(buf) does not allocate.
	var zero, found V
	var stack [128]byte
	buf := stack[:0]
	n := 0
	for k := 0; k < min(6, len(words)); k++ {
		if k > 0 {
			buf = append(buf, ' ')
		}
		for _, r := range words[k] {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		if v, ok := set[string(buf)]; ok && v != zero {
			n, found = k+1, v
		}
	}
	return n, found
}

// plainBody returns the written form of the plain body that starts at the
// current word, or "".
func (n *namer) plainBody() string {
	_, form := phraseAt(n.words[n.i:], plainBodies)
	return form
}

// isAdminUnit reports whether an administrative unit that introduces a
// place name starts at the current word: not the first word, not the
// last.
func (n *namer) isAdminUnit() bool {
	k := AdminUnitAt(n.words[n.i:])
	return k > 0 && n.i > 0 && n.i+k < len(n.words)
}

// inCapitals reports whether a name is written in capitals, as the
// header prints it: every word in upper case, but for the terms written
// in mixed case, which keep their case in capitals too ("TRUNG TÂM ỨNG
// DỤNG IoT VÀ eKYC").
func inCapitals(words []string) bool {
	for _, w := range words {
		if strings.ToUpper(w) != w && !hasMixedCase(w) {
			return false
		}
	}
	return true
}

// lowerWord lowers a word unless it keeps its case in running text:
// words with digits, "&" or "/", acronyms and terms in mixed case
// ("IoT"); each part of a hyphenated word on its own ("KT-XH").
func lowerWord(w string) string {
	if strings.ContainsAny(w, "0123456789/&") {
		return w
	}
	parts := strings.Split(w, "-")
	for i, part := range parts {
		core := strings.TrimRight(part, ",.;:)") // "UBND," keeps its comma
		if !isAcronym(core) && !hasMixedCase(core) {
			parts[i] = strings.ToLower(part)
		}
	}
	return strings.Join(parts, "-")
}

// capitalized returns a word as the first word of a name writes it: in
// lower case with a capital first letter, or as written for a word that
// keeps its case ("eKYC", "UBND").
func capitalized(w string) string {
	lw := lowerWord(w)
	if lw == w && w != strings.ToLower(w) {
		return w
	}
	return textutil.Capitalize(lw)
}

// isAcronym reports whether w is an upper-case abbreviation: two or more
// capitals that do not spell a Vietnamese syllable ("THPT", "HĐND" have no
// vowel; "UBND", "QLDA" no syllable ends in "BND" or starts with "QL").
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		letters++
	}
	return letters >= 2 && !isSyllable(w)
}

// isSyllable reports whether w can be one Vietnamese syllable: an onset
// consonant (or none), one to three vowels, and a final consonant (or
// none). Tone marks and the vowels' own marks are ignored.
func isSyllable(w string) bool {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(w)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		default:
			b.WriteRune(r)
		}
	}
	s := b.String()
	for _, onset := range syllableOnsets { // longest first
		if rest, ok := strings.CutPrefix(s, onset); ok {
			vowels := len(rest) - len(strings.TrimLeft(rest, "aeiouy"))
			if vowels >= 1 && vowels <= 3 && syllableCodas[rest[vowels:]] {
				return true
			}
		}
	}
	return false
}

// syllableOnsets are the consonants a Vietnamese syllable may start with,
// longest first, and none; syllableCodas those it may end with, and none.
var (
	syllableOnsets = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
		"b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""}
	syllableCodas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}
)

// agencyHeads name the kind of body; the field name after them starts with
// a capital ("Sở Tư pháp", "Bộ Nội vụ", "Trung tâm Văn hóa"). They count
// only where a capital is due, so "Cục Quản lý thị trường" keeps its
// "trường" (school) in lower case.
var agencyHeads = map[string]bool{
	"sở": true, "bộ": true, "cục": true, "vụ": true, "viện": true, "ban": true,
	"phòng": true, "trường": true, "đài": true,
	"ủy ban": true, "tổng cục": true, "chi cục": true, "trung tâm": true, "học viện": true,
	"văn phòng": true, "đại học": true, "cao đẳng": true,
	// "Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy xã Tân Phú"
	"đảng ủy": true,
	// "Tập đoàn Điện lực Việt Nam" (Phụ lục II, mục IV.1.a)
	"tập đoàn": true, "tổng công ty": true, "công ty": true,
	"bệnh viện": true, "bảo tàng": true, "thư viện": true,
}

// properNames are proper names in every word wherever they stand in an
// agency's name: the country's and a person's ("Tập đoàn Điện lực Việt
// Nam", "Học viện Chính trị quốc gia Hồ Chí Minh").
var properNames = map[string]bool{
	"việt nam": true, "hồ chí minh": true,
}

// collectiveBodies are written with only their first letter capitalised.
var collectiveBodies = map[string]bool{
	"ủy ban nhân dân": true, "hội đồng nhân dân": true,
}

// plainBodies are heads written as given, after which the name runs on in
// lower case ("Ban Chỉ đạo phòng, chống thiên tai").
var plainBodies = map[string]string{
	"ban chỉ đạo": "Ban Chỉ đạo", "ban quản lý": "Ban Quản lý",
}

// schoolLevels follow "Trường"; the school's proper name comes after them
// ("Trường Trung học phổ thông Chu Văn An").
var schoolLevels = map[string]bool{
	"tiểu học": true, "mầm non": true, "mẫu giáo": true,
	"trung học cơ sở": true, "trung học phổ thông": true,
	"phổ thông dân tộc nội trú": true,
}

// properAfter are acronyms followed by a proper name ("Trường THPT
// Nguyễn Du", "Đoàn TNCS Hồ Chí Minh", "Công ty TNHH Hòa Bình").
var properAfter = map[string]bool{
	"THPT": true, "THCS": true, "PTDTNT": true, "PTDTBT": true, "TNCS": true, "TNHH": true,
}

// partyCommittees are Party committees; a place name follows.
var partyCommittees = map[string]bool{
	"tỉnh ủy": true, "thành ủy": true, "huyện ủy": true, "quận ủy": true, "thị ủy": true,
}

// fixedNames are names whose capitalisation the rules above get wrong; the
// decree writes both with capitals (Phụ lục II, mục II.3).
var fixedNames = [][2]string{
	{"Công thương", "Công Thương"},
	{"thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"},
}
