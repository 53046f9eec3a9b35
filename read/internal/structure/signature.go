package structure

import (
	"strings"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
)

// archiveLine matches the last recipients line: "Lưu: VT, VP.",
// "Lưu VT;".
var archiveLine = lazyregexp.New(`^[-–•+]?\s*(?i:lưu)\s*:?\s*(.*)$`)

// signature reads the recipients and the signer: in a signature table,
// the recipients in its left column and the signer in its right; in one
// column, "Nơi nhận:" and its items, then the signer's lines.
func (r *recogniser) signature(items []item) {
	b := &signatureBlock{p: r.p}
	for _, it := range items {
		if it.para == nil {
			continue
		}
		// A paragraph of several lines (Shift+Enter in Word: the
		// recipients, or "KT. BỘ TRƯỞNG" and "THỨ TRƯỞNG" in one
		// paragraph) is read line by line.
		for _, line := range strings.Split(it.text(), "\n") {
			line = strings.TrimSpace(line)
			if left, right, ok := signerBeside(line); ok && it.col == colBody {
				// "Nơi nhận:          KT. GIÁM ĐỐC": the two columns laid
				// out with spaces or tabs in one paragraph.
				b.line(it, left)
				it.col = colRight
				b.line(it, right)
				it.col = colBody
				continue
			}
			b.line(it, line)
		}
	}
	b.flush()
	r.signer(b.signer)
}

// signerBeside splits a line of the signature block laid out in two
// columns with a run of blanks, the recipients' column on the left and
// the signer's on the right: "- Văn phòng Sở;          TRƯỞNG ĐOÀN".
func signerBeside(line string) (left, right string, ok bool) {
	loc := gap.FindStringIndex(line)
	if loc == nil || loc[0] == 0 {
		return "", "", false
	}
	left, right = strings.TrimSpace(line[:loc[0]]), strings.TrimSpace(line[loc[1]:])
	if right == "" || !(authorityLine.MatchString(right) || isPosition(right) || isName(right) || isSignNote(right)) {
		return "", "", false
	}
	return left, right, true
}

// signatureBlock is the state of the signature block as it is read line
// by line.
type signatureBlock struct {
	p        *plan.Plan
	inList   bool     // after "Nơi nhận:", before the signer
	listed   bool     // "Nơi nhận:" was met
	archived bool     // the "Lưu:" line was met
	pending  string   // the recipient being read, which may wrap
	signer   []string // the signer's lines
}

// flush ends the recipient being read.
func (b *signatureBlock) flush() {
	if item := strings.TrimSpace(b.pending); item != "" {
		b.p.Recipients = append(b.p.Recipients, item)
	}
	b.pending = ""
}

// line reads one line of the signature block: the "Nơi nhận:" label, a
// recipient (or a recipient's wrapped line), the archive line, or a line
// of the signer's.
func (b *signatureBlock) line(it item, s string) {
	if s == "" || isRule(s) {
		return
	}
	// "Nơi nhận: - Như trên;" on one line: the label, then an item.
	if m := recipientsLabel.FindStringIndex(s); m != nil {
		b.inList, b.listed = true, true
		b.p.Source.Keys["recipients"] = it.para.Pos
		if s = strings.TrimSpace(s[m[1]:]); s == "" {
			return
		}
		if items := oneLineList(s); items != nil {
			// "Nơi nhận: Như trên; Phòng GD&ĐT; Lưu: VT, TCKH.": the
			// items on the label's line, one after another.
			for _, item := range items {
				b.line(it, "- "+item)
			}
			return
		}
	}
	bulleted := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "•")
	if it.col == colBody && b.listed && !b.archived && (bulleted || archiveLine.MatchString(s)) {
		// A recipient after the signer's first lines, in one column: the
		// two columns of a signature table read across ("Nơi nhận:",
		// "KT. GIÁM ĐỐC", "- Như trên;", "PHÓ GIÁM ĐỐC", "- Lưu: VT."),
		// as plain pdftotext gives them. A signer's line opens with no
		// dash.
		b.inList = true
	}
	switch {
	case it.col == colRight || !b.inList:
		b.signer = append(b.signer, s)
	case archiveLine.MatchString(s):
		b.flush()
		b.p.Archive = strings.TrimRight(strings.TrimSpace(archiveLine.FindStringSubmatch(s)[1]), ";.")
		b.p.Source.Keys["archive"] = it.para.Pos
		b.archived = true
		if it.col == colBody {
			b.inList = false // what follows in the one column is the signer
		}
	case it.col == colBody && b.pending != "" && !bulleted && !isCaps(s) && !authorityLine.MatchString(s):
		// In one column, a line after an item not ended with ";" goes on
		// with it: "- Đ/c Nguyễn Thị Bích Ngọc, PBT TU," over "Chủ tịch
		// HĐND TP, Trưởng Ban chỉ" over "đạo Chương trình 04-CTr/TU;".
		b.pending += " " + s
		if strings.HasSuffix(s, ";") || strings.HasSuffix(s, ".") {
			b.pending = strings.TrimRight(b.pending, ";. ")
			b.flush()
		}
	case it.col == colLeft || bulleted:
		if bulleted || b.pending == "" || strings.HasSuffix(b.pending, ";") {
			b.flush()
			b.pending = strings.TrimSpace(strings.TrimLeft(s, "-–•"))
		} else { // a wrapped item goes on
			b.pending += " " + s
		}
		b.pending = strings.TrimRight(b.pending, "; ")
		if strings.HasSuffix(s, ";") || strings.HasSuffix(s, ".") {
			b.pending = strings.TrimRight(b.pending, ".")
			b.flush()
		}
	default: // after the list, in one column: the signer
		b.flush()
		b.inList = false
		b.signer = append(b.signer, s)
	}
}

// oneLineList returns the items of recipients written on one line,
// separated by semicolons, or nil for a line that is one item.
func oneLineList(s string) []string {
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "•") {
		return nil
	}
	var items []string
	for _, item := range strings.Split(s, ";") {
		if item = strings.TrimSpace(item); item != "" {
			items = append(items, item)
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// signer reads the signer's lines: the authority lines (TM., KT., …),
// the position lines, and the name; what stands in the room to sign
// ("(Đã ký)") and what comes after the name is left out.
func (r *recogniser) signer(lines []string) {
	s := &r.p.Signer
	for _, line := range lines {
		for _, part := range splitGaps(line) {
			switch {
			case s.Name != "":
				return
			case isSignNote(part):
			case authorityLine.MatchString(part) && len(s.Position) == 0:
				s.Authority = append(s.Authority, part)
			case isName(part):
				s.Name = part
			case isCaps(part):
				s.Position = append(s.Position, part)
			}
		}
	}
}
