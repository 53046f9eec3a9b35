package plan

import (
	"fmt"
	"strings"
	"unicode"
)

// documentKinds are the kinds of documents a plan cites, by their plainKey.
var documentKinds = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range documentKindList {
		m[k] = true
	}
	return m
}()

// documentKindList lists the kinds; none is longer than four words.
var documentKindList = []string{
	"nghi quyet lien tich", "thong tu lien tich", "hien phap", "bo luat", "phap lenh", "nghi quyet",
	"nghi dinh", "quyet dinh", "chi thi", "thong tu", "cong van", "van ban", "ke hoach", "chuong trinh",
	"huong dan", "thong bao", "ket luan", "quy dinh", "quy che", "de an", "cong dien", "bao cao",
	"to trinh", "phuong an", "luat", "lenh",
}

// citations checks the legal bases (căn cứ) in the preamble: a document
// cited by its number is written in full on first mention, with its kind,
// number and symbol, date and issuer, as in "Chỉ thị số 19/CT-TTg ngày
// 16/7/2021 của Thủ tướng Chính phủ" (Phụ lục I, mục II.6).
func (c *checker) citations() {
	seen := map[string]bool{}
	for i, b := range c.p.Preamble {
		if b == nil || isNilBlock(b) {
			continue
		}
		words := strings.Fields(NFC(BlockText(b).String()))
		var keys []string // the words' plainKeys, made when a number is found
		for k, w := range words {
			id := strings.Trim(w, "(),;:.“”\"'")
			if !isDocumentID(id) || seen[id] {
				continue
			}
			seen[id] = true
			if keys == nil {
				keys = make([]string, len(words))
				for i, w := range words {
					keys[i] = plainKey(w)
				}
			}
			cite := citation{words: words, keys: keys, at: k, id: id}
			if missingVi, missingEn := cite.missing(); missingVi != nil {
				c.report(RuleCitationFull, b.SourceLine(), fmt.Sprintf("preamble[%d]", i),
					fmt.Sprintf("lần đầu dẫn %q phải ghi đầy đủ tên loại, số và ký hiệu, ngày ban hành, cơ quan ban hành; còn thiếu %s", cite.text(), strings.Join(missingVi, ", ")),
					fmt.Sprintf("the first mention of %q gives the document's kind, number and symbol, date and issuer; it lacks its %s", cite.text(), strings.Join(missingEn, ", ")))
			}
		}
	}
}

// isDocumentID reports whether a word is a document's number and symbol:
// digits, then "/" or "-", then letters ("19/CT-TTg", "30/2020/NĐ-CP",
// "34-CT/TW", "01.6/GĐN/KSYB"), not a date or a span of years.
func isDocumentID(w string) bool {
	if w == "" || !unicode.IsDigit([]rune(w)[0]) {
		return false
	}
	i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
	if i < 0 || (w[i] != '/' && w[i] != '-') {
		return false
	}
	return strings.IndexFunc(w, unicode.IsLetter) > 0 &&
		!strings.ContainsFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("/-.&", r)
		})
}

// citation is a document number at words[at] in a preamble paragraph;
// keys are the words' plainKeys.
type citation struct {
	words, keys []string
	at          int
	id          string
}

// key returns word i in plainKey form, "" outside the paragraph.
func (c citation) key(i int) string {
	if i < 0 || i >= len(c.keys) {
		return ""
	}
	return c.keys[i]
}

// kind returns where the document's kind starts before its number ("số"
// may come between), or -1.
func (c citation) kind() int {
	end := c.at - 1
	if c.key(end) == "so" {
		end--
	}
	phrase := ""
	found := -1
	for n := 1; n <= 4 && end-n+1 >= 0; n++ { // the longest kind that ends there
		phrase = strings.TrimSpace(c.key(end-n+1) + " " + phrase)
		if documentKinds[phrase] {
			found = end - n + 1
		}
	}
	return found
}

// date returns the index after the date that follows the number ("ngày
// 16/7/2021" or "ngày 16 tháng 7 năm 2021"), or -1.
func (c citation) date() int {
	i := c.at + 1
	if c.key(i) != "ngay" {
		return -1
	}
	if w := strings.Trim(c.words[min(i+1, len(c.words)-1)], ",;.)"); isNumericDate(w) {
		return i + 2
	}
	if c.key(i+2) == "thang" && c.key(i+4) == "nam" {
		return i + 6
	}
	return -1
}

// isNumericDate reports whether s is written d/m/yyyy or d-m-yyyy.
func isNumericDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' })
	return len(parts) == 3 && isDigits(parts[0]) && isDigits(parts[1]) && len(parts[2]) == 4 && isDigits(parts[2])
}

// missing returns the parts the citation lacks, in Vietnamese and English.
func (c citation) missing() (vi, en []string) {
	kind := c.kind()
	if kind < 0 {
		vi, en = append(vi, "tên loại văn bản"), append(en, "kind")
	}
	after := c.date()
	if after < 0 {
		vi, en = append(vi, "ngày ban hành"), append(en, "date")
	}
	law := strings.Contains(c.id, "/QH") || kind >= 0 && strings.HasPrefix(c.key(kind), "luat") ||
		kind >= 0 && (c.key(kind)+" "+c.key(kind+1) == "bo luat" || c.key(kind)+" "+c.key(kind+1) == "phap lenh")
	issuerBefore := kind > 0 && c.key(kind-1) == "tai" // "Công ty … tại Văn bản số …"
	issuerAfter := after >= 0 && c.key(after) == "cua"
	if !law && !issuerBefore && !issuerAfter {
		vi, en = append(vi, "cơ quan ban hành"), append(en, "issuer")
	}
	return vi, en
}

// text returns the citation as written, from its kind (or number) to its
// number.
func (c citation) text() string {
	from := c.kind()
	if from < 0 {
		from = c.at
		if c.key(c.at-1) == "so" {
			from--
		}
	}
	return strings.Trim(strings.Join(c.words[from:c.at+1], " "), ",;:.")
}
