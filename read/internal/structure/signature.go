package structure

import (
	"regexp"
	"strings"
)

// archiveLine matches the last recipients line: "Lưu: VT, VP.",
// "Lưu VT;".
var archiveLine = regexp.MustCompile(`^[-–•+]?\s*(?i:lưu)\s*:?\s*(.*)$`)

// signature reads the recipients and the signer: in a signature table,
// the recipients in its left column and the signer in its right; in one
// column, "Nơi nhận:" and its items, then the signer's lines.
func (r *recogniser) signature(items []item) {
	p := r.p
	var signer []string
	inList := false
	var pendingItem string
	flush := func() {
		if item := strings.TrimSpace(pendingItem); item != "" {
			p.Recipients = append(p.Recipients, item)
		}
		pendingItem = ""
	}
	for _, it := range items {
		if it.para == nil {
			continue
		}
		s := it.text()
		if s == "" || isRule(s) {
			continue
		}
		// "Nơi nhận: - Như trên;" on one line: the label, then an item.
		if m := recipientsLabel.FindStringIndex(s); m != nil {
			inList = true
			p.Source.Keys["recipients"] = it.para.Pos
			if s = strings.TrimSpace(s[m[1]:]); s == "" {
				continue
			}
		}
		switch {
		case it.col == colRight || !inList:
			signer = append(signer, s)
		case archiveLine.MatchString(s):
			flush()
			p.Archive = strings.TrimRight(strings.TrimSpace(archiveLine.FindStringSubmatch(s)[1]), ";.")
			p.Source.Keys["archive"] = it.para.Pos
			if it.col == colBody {
				inList = false // what follows in the one column is the signer
			}
		case it.col == colLeft || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "•"):
			if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "•") || pendingItem == "" || strings.HasSuffix(pendingItem, ";") {
				flush()
				pendingItem = strings.TrimSpace(strings.TrimLeft(s, "-–•"))
			} else { // a wrapped item goes on
				pendingItem += " " + s
			}
			pendingItem = strings.TrimRight(pendingItem, "; ")
			if strings.HasSuffix(s, ";") || strings.HasSuffix(s, ".") {
				pendingItem = strings.TrimRight(pendingItem, ".")
				flush()
			}
		default: // after the list, in one column: the signer
			flush()
			inList = false
			signer = append(signer, s)
		}
	}
	flush()
	r.signer(signer)
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
