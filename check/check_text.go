package check

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// text checks every piece of text for characters that do not belong in an
// official document: control and invisible characters, tabs in headings,
// doubled spaces; and, as information, text that was not in composed
// Unicode (NFC) before the reader normalised it.
func (c *checker) text() {
	var nfd []nfdPlace
	unprintable := func(line int, field string, r rune) {
		switch {
		case textutil.IsBidiControl(r):
			c.report(RuleTextControl, line, field,
				fmt.Sprintf("có ký tự điều khiển hướng chữ U+%04X, không nhìn thấy, có thể làm chữ hiện ra theo thứ tự khác với khi đọc, tìm kiếm hay sao chép: xóa ký tự này", r),
				fmt.Sprintf("contains the invisible bidirectional control U+%04X, which can show text in another order than it is read, searched or copied: delete it", r))
		case textutil.IsLineSeparator(r):
			c.report(RuleTextControl, line, field,
				fmt.Sprintf("có ký tự ngắt dòng U+%04X (thường do sao chép từ nơi khác), văn bản in sẽ xuống dòng tại đó: thay bằng dấu cách, hoặc xuống dòng thường nếu cần", r),
				fmt.Sprintf("contains the separator U+%04X (it usually comes with copied text), where the document breaks the line: replace it with a space, or an ordinary line break where one is meant", r))
		default:
			c.report(RuleTextControl, line, field,
				fmt.Sprintf("có ký tự không in được U+%04X: xóa ký tự này (thường do sao chép từ nơi khác)", r),
				fmt.Sprintf("contains the unprintable character U+%04X: delete it (it usually comes with copied text)", r))
		}
	}
	if c.p.Source != nil {
		for _, ctl := range c.p.Source.Controls { // taken out of the front matter by the reader
			unprintable(ctl.Line, ctl.Field, ctl.Rune)
		}
	}
	for t := range c.p.Texts() {
		field, line, s, heading := t.Field, t.Line, t.Text, t.Heading
		if field == "number" || field == "symbol" {
			continue // their own rules read them
		}
		if r, ok := strangeRune(s); ok {
			unprintable(line, field, r)
		}
		if heading && strings.ContainsRune(s, '\t') {
			c.report(RuleHeadingTab, line, field, "tiêu đề có ký tự tab: dùng một dấu cách", "the heading contains a tab: use one space")
		}
		if i := strings.Index(strings.TrimLeft(s, " "), "  "); i >= 0 {
			c.report(RuleTextSpaces, line, field,
				fmt.Sprintf("có hai dấu cách liền nhau (%q): giữa hai từ chỉ có một dấu cách", around(strings.TrimLeft(s, " "), i)),
				fmt.Sprintf("has two spaces in a row (%q): words are separated by one space", around(strings.TrimLeft(s, " "), i)))
		}
		if c.p.Source == nil && !plan.IsNFC(s) {
			nfd = append(nfd, nfdPlace{line, field})
		}
	}
	if c.p.Source != nil {
		for _, line := range c.p.Source.NotNFC {
			nfd = append(nfd, nfdPlace{line: line})
		}
	}
	c.notNFC(nfd)
}

// nfdPlace is a line, or a field of a plan built in Go, in decomposed
// Unicode.
type nfdPlace struct {
	line  int
	field string
}

const (
	nfcVi = "chữ ở dạng Unicode tổ hợp (dấu gõ rời, NFD); kehoach đã chuẩn hóa về dạng dựng sẵn (NFC), nhưng công cụ khác có thể hiển thị sai dấu: lưu tệp ở dạng NFC"
	nfcEn = "text in decomposed Unicode (NFD); kehoach normalised it to NFC, but other tools may misplace the tone marks: save the file in NFC"
)

// mostNFDNamed is how many more places in decomposed Unicode the finding
// names after the first.
const mostNFDNamed = 10

// notNFC reports text in decomposed Unicode once, at its first place,
// naming the others: a file saved in NFD has it on nearly every line, and
// the fix (saving the file in NFC) is one.
func (c *checker) notNFC(places []nfdPlace) {
	if len(places) == 0 {
		return
	}
	if len(places) == 1 {
		c.report(RuleTextNFC, places[0].line, places[0].field, nfcVi, nfcEn)
		return
	}
	var others []string
	for _, p := range places[1:min(len(places), mostNFDNamed+1)] {
		if p.field != "" {
			others = append(others, p.field)
		} else {
			others = append(others, strconv.Itoa(p.line))
		}
	}
	list := strings.Join(others, ", ")
	if len(places) > mostNFDNamed+1 {
		list += ", …"
	}
	what := "các dòng"
	whatEn := "lines"
	if places[1].field != "" {
		what, whatEn = "các trường", "fields"
	}
	c.report(RuleTextNFC, places[0].line, places[0].field,
		fmt.Sprintf("%s (cả %s %s: %d chỗ)", nfcVi, what, list, len(places)),
		fmt.Sprintf("%s (also %s %s: %d places)", nfcEn, whatEn, list, len(places)))
}

// strangeRune returns the first character of s that has no place in a
// printed document: a control character other than a line break or a
// tab, an invisible format character ([textutil.Invisible]: the
// bidirectional controls among them), the line or paragraph separator,
// or the replacement character left by a broken encoding.
func strangeRune(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r >= 0x20 && r < 0x7f, r == '\n' || r == '\t': // the common case first
		case r < 0x20, r >= 0x7f && r < 0xa0, r == 0xfffd, textutil.Invisible(r), textutil.IsLineSeparator(r):
			return r, true
		case r >= 0xe000 && r <= 0xf8ff, r >= 0xf0000: // private use: a symbol font's glyph
			return r, true
		}
	}
	return 0, false
}

// around returns a little of s around byte i, for a message.
func around(s string, i int) string {
	from, to := max(0, i-12), min(len(s), i+14)
	// Whole words: back to the start of the word the window cuts, on to
	// the end of the one it cuts at its end.
	for from > 0 && s[from-1] != ' ' && i-from < 40 {
		from--
	}
	for to < len(s) && s[to] != ' ' && to-i < 40 {
		to++
	}
	for from > 0 && !utf8Start(s[from]) {
		from--
	}
	for to < len(s) && !utf8Start(s[to]) {
		to++
	}
	return s[from:to]
}

func utf8Start(b byte) bool { return b&0xc0 != 0x80 }

// plainKey folds text to compare it with abbreviations: lower case, every
// diacritic removed, đ as d, and nothing but letters, digits and single
// spaces ("Đ/c" → "d c", "ThS." → "ths").
func plainKey(s string) string {
	return textutil.FoldWords(s, func(r rune) (rune, bool) {
		if r < 0x80 {
			return r, true
		}
		if base := textutil.BaseLetter(r); base != r && base < 0x80 {
			return base, true
		}
		return r, !unicode.Is(unicode.Mn, r)
	})
}
