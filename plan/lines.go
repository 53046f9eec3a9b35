package plan

import (
	"strings"

	"github.com/kehoach/kehoach/internal/textutil"
)

// DisplayNumber returns the registration number as printed: as written,
// with a leading zero for 1–9 ("5" → "05", "0130" stays "0130"), or
// [Blank] when the number is not yet assigned.
func DisplayNumber(number string) string {
	number = strings.TrimSpace(number)
	switch {
	case number == "":
		return Blank[1:] // with the space after "Số:", the gap is Blank
	case len(number) == 1 && textutil.IsDigits(number):
		return "0" + number
	}
	return number
}

// NumberLine returns the "Số" line (ô 3): "Số: 05/KH-STTTT", or "Số:      /KH-STTTT"
// while the number is blank.
func NumberLine(number, symbol string) string {
	return JoinSegments(NumberSegments(number, symbol), nil)
}

// NumberSymbol returns the number and symbol without the "Số: " label,
// as an agency's template prints them after its own: "05/KH-STTTT", or
// "     /KH-STTTT" unnumbered.
func NumberSymbol(number, symbol string) string {
	return DisplayNumber(number) + "/" + strings.TrimSpace(symbol)
}

// NumberLine returns the plan's "Số" line.
func (p *Plan) NumberLine() string { return NumberLine(p.Number, p.Symbol) }

// DateLine returns the plan's place-and-date line.
func (p *Plan) DateLine() string { return DateLine(p.Place, p.Date) }

// Title returns the tên loại line, e.g. "KẾ HOẠCH".
func (p *Plan) Title() string { return p.DocType().Title() }

// EndMark is what ends the last paragraph of the body (Mẫu 1.4): "./.".
const EndMark = "./."

// HasEndMark reports whether text already ends with the end mark, so that
// writers do not print it twice.
func HasEndMark(t Text) bool {
	return strings.HasSuffix(strings.TrimRight(t.String(), " \t\n"), EndMark)
}

// WithEndMark returns the text ending with the end mark "./." (Mẫu 1.4),
// added as a plain span: unchanged when the mark is there; "/." after a
// final period or ellipsis ("thực hiện." becomes "thực hiện./.", "…"
// and "..." alike); a final ";", "," or ":" (the end of a list item) gives
// way to the mark ("cuối cùng;" becomes "cuối cùng./."); "./." otherwise.
// A footnote reference written after the final period stays after the
// mark ("thực hiện.¹" becomes "thực hiện./.¹"), so the mark is never
// split; one on the last word keeps its place ("văn bản¹" becomes
// "văn bản¹./."). It never modifies t.
func WithEndMark(t Text) Text {
	if HasEndMark(t) {
		return t
	}
	// The trailing notes, and any space between them ("thực hiện.¹ ²").
	notes := len(t)
	for notes > 0 && (t[notes-1].Note != nil && t[notes-1].Text == "" || t[notes-1].Note == nil && strings.TrimSpace(t[notes-1].Text) == "") {
		notes--
	}
	head := t[:notes]
	var tail Text
	for _, s := range t[notes:] {
		if s.Note != nil {
			tail = append(tail, s)
		}
	}
	plain := strings.TrimRight(head.String(), " \t\n")
	if strings.HasSuffix(plain, ".") || strings.HasSuffix(plain, "…") {
		out := append(trimTrailing(head, " \t\n"), Span{Text: "/."})
		return append(out, tail...)
	}
	// A note on the last word keeps its place: "cuối cùng;¹" becomes
	// "cuối cùng¹./.".
	out := append(trimTrailing(head, " \t\n;,:"), tail...)
	return append(out, Span{Text: EndMark})
}

// trimTrailing returns a copy of t without the given characters at its end.
func trimTrailing(t Text, cutset string) Text {
	out := append(Text(nil), t...)
	for n := len(out); n > 0 && out[n-1].Note == nil; n = len(out) {
		out[n-1].Text = strings.TrimRight(out[n-1].Text, cutset)
		if out[n-1].Text != "" {
			break
		}
		out = out[:n-1]
	}
	return out
}

// RecipientLines returns the "Nơi nhận" items as printed (ô 9b): each
// recipient as "- … ;" and last the archive line "- Lưu: VT, VP.". Items
// are cleaned of a leading "-" and a trailing ";" or "." that an author may
// have typed, so they are never doubled.
func (p *Plan) RecipientLines() []string {
	out := make([]string, 0, len(p.Recipients)+1)
	for _, r := range p.Recipients {
		r = strings.TrimSpace(r)
		r = strings.TrimSpace(strings.TrimPrefix(r, "-"))
		r = strings.TrimRight(r, ";. ")
		if r != "" {
			out = append(out, "- "+r+";")
		}
	}
	if a := ArchiveText(p.Archive); a != "" {
		out = append(out, "- Lưu: "+a+".")
	}
	return out
}

// ArchiveText returns the archive entry without a "Lưu:" prefix or a final
// period that an author may have typed: "Lưu: VT, VP." → "VT, VP".
func ArchiveText(archive string) string {
	a := strings.TrimSpace(archive)
	for _, prefix := range []string{"Lưu:", "Lưu", "lưu:", "lưu"} {
		if strings.HasPrefix(a, prefix) {
			a = strings.TrimSpace(a[len(prefix):])
			break
		}
	}
	return strings.TrimRight(a, ";. ")
}

// AttachedLine returns the line under an appendix's title that ties it to
// the plan (Mẫu 2.1): "(Kèm theo Kế hoạch số 05/KH-STTTT ngày 05 tháng 02
// năm 2021 của Sở Thông tin và Truyền thông)". Blank parts stay blank for
// the văn thư to fill in.
func (p *Plan) AttachedLine() string {
	var b strings.Builder
	b.WriteString("(Kèm theo ")
	b.WriteString(p.DocType().Name())
	b.WriteString(" số ")
	b.WriteString(strings.TrimPrefix(p.NumberLine(), "Số: "))
	b.WriteString(" ")
	b.WriteString(p.Date.Words())
	if name := p.Name(); name != "" {
		b.WriteString(" của ")
		b.WriteString(name)
	}
	b.WriteString(")")
	return b.String()
}

// LastNode returns the last printed node of a body in document order,
// descending into sections, or nil when there is none: a block, or a
// section whose heading is the last thing printed (a form's last heading
// with nothing under it). That node carries the end mark "./." (Mẫu 1.4,
// Mẫu 2.1): writers print a block's text through [WithEndMark], and the
// mark as a paragraph of its own after a table or a heading.
func LastNode[T Node](nodes []T) Node {
	for i := len(nodes) - 1; i >= 0; i-- {
		switch n := Node(nodes[i]).(type) {
		case *Section:
			if n == nil {
				continue
			}
			if last := LastNode(n.Content); last != nil {
				return last
			}
			return n
		case Block:
			if n != nil && !isNilBlock(n) {
				return n
			}
		}
	}
	return nil
}

// Body returns the plan's body as one list of nodes: the preamble's
// blocks, then the sections, as the writers print them.
func (p *Plan) Body() Nodes {
	nodes := make(Nodes, 0, len(p.Preamble)+len(p.Sections))
	for _, b := range p.Preamble {
		nodes = append(nodes, b)
	}
	for _, s := range p.Sections {
		nodes = append(nodes, s)
	}
	return nodes
}

// LastBodyNode returns the node that ends the plan's body (before the
// signature) and carries the end mark: see [LastNode].
func (p *Plan) LastBodyNode() Node { return LastNode(p.Body()) }

// isNilBlock reports whether b holds a nil pointer.
func isNilBlock(b Block) bool {
	switch b := b.(type) {
	case *Paragraph:
		return b == nil
	case *Bullet:
		return b == nil
	case *Numbered:
		return b == nil
	case *Table:
		return b == nil
	}
	return false
}

// The national header lines (ô 1), printed on page 1 of every state
// document. The decree writes both "HÒA" and "HOÀ"; Part A of the layout
// contract picks "HÒA".
const (
	NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" // Quốc hiệu
	Motto        = "Độc lập - Tự do - Hạnh phúc"        // Tiêu ngữ
)

// DraftMark is printed under the number of a draft (Plan.Draft). Decree 30
// has no draft element; it is this library's, and Draft false removes it.
const DraftMark = "DỰ THẢO"

// RecipientsLabel opens the recipients list (ô 9b).
const RecipientsLabel = "Nơi nhận:"
