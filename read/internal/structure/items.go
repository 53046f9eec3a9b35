package structure

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// Columns of a layout table's cells: a header's or signature's left and
// right column; body items are in neither.
const (
	colBody = iota
	colLeft
	colRight
)

// item is one element of the document in reading order: a paragraph (of
// the body, or of a layout table's column), a body table or a section
// break.
type item struct {
	para  *flow.Para
	table *flow.Table
	brk   *flow.Break
	col   int
	// row is the layout table row the paragraph came from, counted
	// through the document, so that a column's lines can be told apart
	// from the other column's on the same row; -1 in the body.
	row int
}

// text returns a paragraph item's text with its label, "" for others.
func (it item) text() string {
	if it.para == nil {
		return ""
	}
	return strings.TrimSpace(it.para.String())
}

// flatten lists the blocks as items: a table that lays out a header or a
// signature (no borders, and the Quốc hiệu, "Số:", a date, "Nơi nhận:" or
// a signer in it) gives its cells' paragraphs, left column then right
// column row by row; a body table stays a table.
func flatten(blocks []flow.Block) []item {
	var out []item
	rows := 0
	for _, b := range blocks {
		switch b := b.(type) {
		case *flow.Para:
			out = append(out, item{para: b, row: -1})
		case *flow.Break:
			out = append(out, item{brk: b, row: -1})
		case *flow.Table:
			if !isLayoutTable(b) {
				out = append(out, item{table: b, row: -1})
				continue
			}
			for _, cells := range b.Rows {
				for c, cell := range cells {
					if cell == nil || cell.Covered {
						continue
					}
					col := colLeft
					if c > 0 && c == len(cells)-1 {
						col = colRight
					}
					for _, it := range flatten(cell.Blocks) {
						if it.para != nil {
							it.col, it.row = col, rows
						}
						out = append(out, it)
					}
				}
				rows++
			}
		}
	}
	return out
}

// isLayoutTable reports whether a table lays out a header or a signature
// rather than holding data: no borders, at most three columns, and one of
// the header's or the signature's anchors in it.
func isLayoutTable(t *flow.Table) bool {
	if t.Borders && !hasAnchor(t) {
		return false
	}
	cols := 0
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	return cols <= 3 && hasAnchor(t)
}

// hasAnchor reports whether a table holds one of the header's or the
// signature's anchors.
func hasAnchor(t *flow.Table) bool {
	for _, r := range t.Rows {
		for _, c := range r {
			if c == nil {
				continue
			}
			for _, b := range c.Blocks {
				switch b := b.(type) {
				case *flow.Para:
					s := b.String()
					if IsNationalName(s) || isPartyName(s) || isMotto(s) || isNumberLine(s) || isDateLine(s) ||
						recipientsLabel.MatchString(s) || authorityLine.MatchString(s) {
						return true
					}
				case *flow.Table:
					if hasAnchor(b) {
						return true
					}
				}
			}
		}
	}
	return false
}

// fold reduces text to compare it loosely: lower case, without
// diacritics (đ as d), letters and digits and single spaces. "CỘNG HÕA"
// folds as "CỘNG HÒA" does.
func fold(s string) string {
	return textutil.FoldWords(norm.NFD.String(s), func(r rune) (rune, bool) {
		if r == 'đ' || r == 'Đ' {
			return 'd', true
		}
		return r, !unicode.Is(unicode.Mn, r)
	})
}

// IsNationalName reports whether a line holds the Quốc hiệu, however
// typed ("CỘNG HÕA …" too): the recogniser's test, which the Word reader
// uses to find a header laid out in the page header.
func IsNationalName(s string) bool {
	return strings.Contains(fold(s), "cong hoa xa hoi chu nghia viet nam")
}

// partyNames are the folded names a Party's or the Youth Union's
// document prints where the Quốc hiệu stands (Hướng dẫn 36-HD/VPTW).
var partyNames = map[string]bool{"dang cong san viet nam": true, "doan tncs ho chi minh": true, "doan thanh nien cong san ho chi minh": true}

// isPartyName reports whether a line, in capitals, is the name a Party's
// or the Youth Union's document prints in the Quốc hiệu's place: "ĐẢNG
// CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH".
func isPartyName(s string) bool { return isCaps(s) && partyNames[fold(s)] }

// isMotto reports whether a line is the Tiêu ngữ.
func isMotto(s string) bool {
	f := fold(s)
	return strings.Contains(f, "doc lap") && strings.Contains(f, "tu do") && strings.Contains(f, "hanh phuc")
}

// isRule reports whether a line is a typed rule: underscores, hyphens,
// equals or tildes and nothing else, or empty.
func isRule(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || strings.Trim(s, "-_=~*.–—·• ") == "" && len(s) >= 3
}

// numberLine matches "Số: 125/KH-UBND", "Số:      /KH-SCT", "Số 05/KH",
// the number blank or written.
var numberLine = lazyregexp.New(`^(?:(?i:số)\s*:|Số\s)\s*([0-9]*)\s*/\s*([\pL\pN][\pL\pN\-./&]*)`)

// partyNumberLine matches the number and symbol as a Party's or the
// Youth Union's document writes them, the number before a hyphen: "Số
// 25-KH/ĐU", "Số: 47-KH/TĐTN-PT", "Số    -KH/ĐU".
var partyNumberLine = lazyregexp.New(`^(?:(?i:số)\s*:|Số\s)\s*([0-9]*)\s*-\s*(\pL+/[\pL\pN][\pL\pN\-./&]*)`)

// isNumberLine reports whether a line is the "Số:" line, in the decree's
// form or the Party's.
func isNumberLine(s string) bool { return numberLine.MatchString(s) || partyNumberLine.MatchString(s) }

// dateLine matches the place and date: "Vĩnh Phúc, ngày 15 tháng 11 năm
// 2021", blank day or month kept, "tháng 4năm" read too.
var dateLine = lazyregexp.New(`^(.*?),?\s*(?i:ngày)\s*(\d{0,2})\s*(?i:tháng)\s*(\d{0,2})\s*(?i:năm)\s*(\d{4})`)

// numericDateLine matches the place and date written in figures, as
// some agencies type it: "Hà Nội, ngày 05/4/2026", "ngày 05-04-2026".
// The place is short and the date ends the line, so that a sentence
// citing "ngày 31/12/2024" is not one.
var numericDateLine = lazyregexp.New(`^([^\d,;:]{0,40}?),?\s*(?i:ngày)\s*(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*\.?$`)

// isDateLine reports whether a line is the place and date line.
func isDateLine(s string) bool { return dateLine.MatchString(s) || numericDateLine.MatchString(s) }

// parseDateLine returns the place, day, month and year of a place and
// date line; a blank day or month is 0.
func parseDateLine(s string) (place string, day, month, year int) {
	m := dateLine.FindStringSubmatch(s)
	if m == nil {
		if m = numericDateLine.FindStringSubmatch(s); m == nil {
			return "", 0, 0, 0
		}
		m = []string{m[0], m[1], m[2], m[4], m[5]}
	}
	day, _ = strconv.Atoi(m[2])
	month, _ = strconv.Atoi(m[3])
	year, _ = strconv.Atoi(m[4])
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(m[1]), ",")), day, month, year
}

// recipientsLabel matches "Nơi nhận:", alone or before an item.
var recipientsLabel = lazyregexp.New(`^(?i:nơi\s*nhận)\s*:?`)

// authorityLine matches a signer's authority line: TM., KT., TL., TUQ.,
// Q., and the Party's T/M, K/T, T/L (written without a dot).
var authorityLine = lazyregexp.New(`^(?:(?:TM|KT|TL|TUQ|Q)\s*\.|(?:T/M|K/T|T/L)\s*\.?)\s*\S`)

// bodyStart matches the words that open a legal basis or a lead-in, or
// the "Kính gửi:" line of a report or a notice.
var bodyStart = lazyregexp.New(`^(?:(?i:kính\s+gửi)(?:\s|:|$)|(?i:căn\s+cứ|thực\s+hiện|theo|để|nhằm|trên\s+cơ\s+sở|xét|thi\s+hành|triển\s+khai\s+thực\s+hiện|qua)\s)`)

// words counts the words of a text.
func words(s string) int { return len(strings.Fields(s)) }

// isCaps reports whether a text has letters and all of them are
// capitals.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return letters > 0
}

// splitGaps splits a paragraph laid out in columns with runs of spaces or
// tabs ("SỞ CÔNG THƯƠNG        CỘNG HÒA XÃ HỘI …"), or in lines with line
// breaks (Shift+Enter in Word), into its parts. The blanks left for the
// văn thư stay inside their line: "Số:      /KH-SCT", "ngày      tháng 4".
func splitGaps(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		first := len(out)
		for _, p := range gap.Split(strings.TrimSpace(line), -1) {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			if n := len(out); n > first && blankBefore.MatchString(out[n-1]) {
				out[n-1] += "      " + p
				continue
			}
			if m := anchorInside.FindStringSubmatchIndex(p); m != nil {
				out = append(out, strings.TrimSpace(p[:m[2]]))
				p = p[m[2]:]
			}
			out = append(out, p)
		}
	}
	return out
}

// anchorInside matches the Quốc hiệu or the Tiêu ngữ after other text on
// its line: "UBND THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI …", the two columns of a
// header run together with one space, as a PDF's text squeezes them or an
// aggregator types them. Its group is where the anchor starts.
var anchorInside = lazyregexp.New(`\S\s+((?i:c[ộô]ng\s+h[òõoó]a\s+x[ãa]\s+h[ộo]i\s+ch)|(?i:độc\s+lập\s*[-–—]\s*tự\s+do))`)

// blankBefore matches a line's part that ends where a blank for the văn
// thư starts: after "Số:", "ngày", "tháng".
var blankBefore = lazyregexp.New(`(?i:số\s*:|ngày|tháng)$`)

// gap matches the run of blanks between two columns on one line.
var gap = lazyregexp.New(`\t+|[ \t\x{a0}]{4,}`)
