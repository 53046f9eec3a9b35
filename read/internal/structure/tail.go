package structure

import (
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/internal/lazyregexp"
)

// appendixLabel matches the line that opens an appendix: "PHỤ LỤC",
// "Phụ lục II", "PHỤ LỤC SỐ 01".
var appendixLabel = lazyregexp.New(`^(?i:ph[uụ]\s*l[uụ]c)(?:\s+(?i:số)?\s*[IVXLC\d]+)?\s*[:.]?$`)

// attachedLine matches an appendix's caption: "(Kèm theo Kế hoạch số …)".
var attachedLine = lazyregexp.New(`^\(?\s*(?i:kèm\s+theo)\s`)

// splitTail divides the items after the title block into the body, the
// signature (recipients and signer) and the appendices.
func splitTail(items []item) (body, sign, appendices []item) {
	k := -1
	for i, it := range items {
		if it.para != nil && recipientsLabel.MatchString(it.text()) {
			k = i
			break
		}
	}
	if k < 0 {
		k = signerStart(items)
	} else {
		k = signerBefore(items, k)
	}
	if k < 0 {
		return items, nil, nil
	}
	a := appendixStart(items, k+1)
	if a > k+1 && a < len(items) && items[a-1].brk != nil {
		a-- // the section break that opens the appendix's pages
	}
	return items[:k], items[k:a], items[a:]
}

// signerBefore returns where the signature starts when the signer's lines
// stand before "Nơi nhận:" at index k (a document without a signature
// table): at the first of the authority, position and name lines right
// before it.
func signerBefore(items []item, k int) int {
	start := k
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		s := items[i].text()
		if items[i].para == nil || !(authorityLine.MatchString(s) || isPosition(s) || isName(s) || isSignNote(s)) {
			break
		}
		start = i
	}
	return start
}

// signerStart returns where the signature starts in a document without
// "Nơi nhận:": the last run of authority or position lines followed by a
// name, or -1.
func signerStart(items []item) int {
	end := appendixStart(items, 0)
	for i := end - 1; i >= 0; i-- {
		if items[i].para == nil || !isName(items[i].text()) {
			continue
		}
		start := i
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			s := items[j].text()
			if !(authorityLine.MatchString(s) || isPosition(s) || isSignNote(s)) {
				break
			}
			start = j
		}
		if start < i {
			return start
		}
	}
	return -1
}

// appendixStart returns the index of the first item from `from` on that
// opens an appendix ("PHỤ LỤC", or a title in capitals over a "(Kèm theo
// …)" caption), or len(items).
func appendixStart(items []item, from int) int {
	for i := from; i < len(items); i++ {
		s := items[i].text()
		if items[i].para == nil {
			continue
		}
		if appendixLabel.MatchString(s) {
			return i
		}
		if isCaps(s) && words(s) >= 2 {
			for j := i + 1; j < len(items) && j <= i+4; j++ {
				t := items[j].text()
				if appendixLabel.MatchString(t) {
					return j // "PHỤ LỤC I" opens it; the capitals before belong to the signer
				}
				if attachedLine.MatchString(t) {
					return i
				}
				if !isCaps(t) {
					break
				}
			}
		}
	}
	return len(items)
}

// positionHeads open a signer's position line.
var positionHeads = lazyregexp.New(`^(?:GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG|PHÓ TRƯỞNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH|PHÓ CHÁNH|HIỆU TRƯỞNG|PHÓ HIỆU TRƯỞNG|TỔNG|PHÓ TỔNG|CỤC TRƯỞNG|PHÓ CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|THỦ TRƯỞNG|TỔ TRƯỞNG|TRƯỞNG ĐOÀN|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BÍ THƯ|PHÓ BÍ THƯ|KT\.|TM\.|TL\.|TUQ\.|Q\.)`)

// isPosition reports whether a line is a signer's position or the
// collective body it signs for: in capitals, short.
func isPosition(s string) bool {
	return isCaps(s) && words(s) <= 10 && (positionHeads.MatchString(s) || words(s) <= 6) && !appendixLabel.MatchString(s)
}

// signNote matches what stands in the room to sign in a copy: "(Đã ký)",
// "(Ký tên, đóng dấu)", "Đã ký".
var signNote = lazyregexp.New(`^\(?(?i:đã\s+ký|ký\s+tên|ký,|ký\s+và|ký\s+số|đã\s+ký\s+số)[^)]*\)?\.?$`)

func isSignNote(s string) bool { return signNote.MatchString(strings.TrimSpace(s)) }

// rank matches the rank a police officer or a soldier signs with before
// the name: "Thượng tá Nguyễn Văn Thắng", "Đại úy Lê Văn B".
var rank = lazyregexp.New(`^(?:Thiếu|Trung|Thượng|Đại)\s+(?:úy|uý|tá|tướng)\s+`)

// isName reports whether a line is a person's full name: two to six
// words, each a capital and then small letters (a title such as "TS.",
// or a rank such as "Thượng tá", may come first), no digits.
func isName(s string) bool {
	f := strings.Fields(rank.ReplaceAllString(strings.TrimSpace(s), ""))
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for i, w := range f {
		if i == 0 && strings.HasSuffix(w, ".") && len(f) > 2 {
			continue // "TS.", "Ths."
		}
		runes := []rune(w)
		if !unicode.IsUpper(runes[0]) {
			return false
		}
		for _, r := range runes[1:] {
			if !unicode.IsLower(r) && r != '-' {
				return false
			}
		}
	}
	return true
}
