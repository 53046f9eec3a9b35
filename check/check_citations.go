package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
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
	for e := range c.p.Walk() {
		if !strings.HasPrefix(e.Path, "preamble[") && e.Kind != plan.KindBasis {
			break // the bases and the preamble come first
		}
		var text plan.Text
		switch b := e.Node.(type) {
		case nil:
			text = e.Text // a legal basis
		case plan.Block:
			text = plan.BlockText(b)
		}
		words := strings.Fields(plan.NFC(text.String()))
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
				c.report(RuleCitationFull, e.Line, e.Path,
					fmt.Sprintf("lần viện dẫn đầu tiên %q còn thiếu %s: ghi đầy đủ tên loại, số, ký hiệu, thời gian ban hành và cơ quan ban hành văn bản", cite.text(), strings.Join(missingVi, ", ")),
					fmt.Sprintf("the first mention of %q lacks its %s: give the document's kind, number and symbol, date and issuer", cite.text(), strings.Join(missingEn, ", ")))
			}
		}
	}
}

// isDocumentID reports whether a word is a document's number and symbol:
// digits, then "/" or "-", then groups of the symbol ("19/CT-TTg",
// "30/2020/NĐ-CP", "34-CT/TW", "01.6/GĐN/KSYB"), not a date, a span of
// years, a house number ("12/3A") or a street ("3-Tháng"). A group of the
// symbol is a year or an abbreviation: mostly capitals, starting with one
// ("TTg", "CTr", "QĐ").
func isDocumentID(w string) bool {
	if w == "" || !unicode.IsDigit([]rune(w)[0]) {
		return false
	}
	i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
	if i < 0 || (w[i] != '/' && w[i] != '-') {
		return false
	}
	letters := false
	for _, group := range strings.FieldsFunc(w[i:], func(r rune) bool { return r == '/' || r == '-' }) {
		if textutil.IsDigits(group) {
			continue
		}
		if !isAbbreviationGroup(group) {
			return false
		}
		letters = true
	}
	return letters
}

// isAbbreviationGroup reports whether a group of a symbol is an
// abbreviation: letters (and "&"), starting with a capital, with at least
// as many capitals as small letters.
func isAbbreviationGroup(g string) bool {
	upper, lower := 0, 0
	for i, r := range g {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r) && i > 0:
			lower++
		case r == '&' || unicode.IsDigit(r) && i > 0: // "ĐQ&V", "TH2"
		default:
			return false
		}
	}
	return upper > 0 && upper >= lower
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

// segment returns the bounds [from, to) of the clause around the number:
// from the previous ";" or sentence end to the next.
func (c citation) segment() (from, to int) {
	ends := func(i int) bool {
		w := c.words[i]
		return strings.HasSuffix(w, ";") || strings.HasSuffix(w, ".") && i+1 < len(c.words) && startsUpper(c.words[i+1])
	}
	from = c.at
	for from > 0 && !ends(from-1) {
		from--
	}
	to = c.at
	for to < len(c.words)-1 && !ends(to) {
		to++
	}
	return from, to + 1
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// kind returns where the document's kind starts before its number, at
// most eight words back within the clause ("Luật Ngân sách nhà nước số
// 83/2015/QH13", "Chương trình hành động số 15-CTr/TU"), or -1.
func (c citation) kind(from int) (start int, kind string) {
	for i := c.at - 1; i >= max(from, c.at-9); i-- {
		if i < c.at-1 && isDocumentID(strings.Trim(c.words[i], "(),;:.“”\"'")) {
			break // another document's number
		}
		phrase := ""
		for n := 1; n <= 4 && i+n <= c.at; n++ {
			phrase = strings.TrimSpace(phrase + " " + c.key(i+n-1))
			if documentKinds[phrase] {
				start, kind = i, phrase
			}
		}
		if kind != "" {
			return start, kind
		}
	}
	return -1, ""
}

// laws are the kinds the decree cites by kind and name only (Phụ lục I,
// mục II.6.a–b: no number, symbol, date or issuer).
var laws = map[string]bool{"luat": true, "bo luat": true, "phap lenh": true, "hien phap": true}

// missing returns the parts the citation lacks, in Vietnamese and English.
func (c citation) missing() (vi, en []string) {
	from, to := c.segment()
	kind, name := c.kind(from)
	if kind < 0 {
		vi, en = append(vi, "tên loại văn bản"), append(en, "kind")
	}
	if laws[name] || strings.Contains(c.id, "/QH") || strings.Contains(c.id, "/UBTVQH") {
		return vi, en
	}
	date, issuer := false, kind > 0 && c.key(kind-1) == "tai" // "Công ty … tại Văn bản số …"
	for i := c.at + 1; i < to; i++ {
		if isDocumentID(strings.Trim(c.words[i], "(),;:.“”\"'")) {
			to = i // the next document's date is not this one's; its issuer may be shared
			for j := i; j < len(c.words) && !strings.HasSuffix(c.words[j], ";"); j++ {
				issuer = issuer || c.key(j) == "cua"
			}
			break
		}
		switch c.key(i) {
		case "ngay":
			w := strings.Trim(c.words[min(i+1, len(c.words)-1)], ",;.)")
			date = date || isNumericDate(w) || c.key(i+2) == "thang" && c.key(i+4) == "nam"
		case "cua":
			issuer = true
		}
	}
	if !date {
		vi, en = append(vi, "ngày ban hành"), append(en, "date")
	}
	if !issuer {
		vi, en = append(vi, "cơ quan ban hành"), append(en, "issuer")
	}
	return vi, en
}

// isNumericDate reports whether s is written d/m/yyyy or d-m-yyyy.
func isNumericDate(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' })
	return len(parts) == 3 && textutil.IsDigits(parts[0]) && textutil.IsDigits(parts[1]) && len(parts[2]) == 4 && textutil.IsDigits(parts[2])
}

// text returns the citation as written, from its kind (or number) to its
// number.
func (c citation) text() string {
	from, _ := c.segment()
	start, _ := c.kind(from)
	if start < 0 {
		start = c.at
		if c.key(c.at-1) == "so" {
			start--
		}
	}
	return strings.Trim(strings.Join(c.words[start:c.at+1], " "), ",;:.")
}
