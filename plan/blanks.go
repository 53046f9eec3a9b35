package plan

import "strings"

// BlankKind names a part of the "Số" line or of the date line that a
// plan leaves blank for the văn thư to fill at issue (Decree 30, Điều
// 15.3): by hand on paper, or stamped into the PDF by the agency's
// system when it signs the electronic document (../shared/realdocs/09:
// "144", "20" and "5").
type BlankKind int

// The blanks of the header block.
const (
	NotBlank    BlankKind = iota // a segment of printed text
	BlankNumber                  // the registration number, between "Số:" and "/"
	BlankDay                     // the day, between "ngày" and "tháng"
	BlankMonth                   // the month, between "tháng" and "năm"
	BlankYear                    // the year, after "năm"
)

// String names the blank as the places record does: "number", "day",
// "month", "year"; "" for a segment of text.
func (k BlankKind) String() string {
	switch k {
	case BlankNumber:
		return "number"
	case BlankDay:
		return "day"
	case BlankMonth:
		return "month"
	case BlankYear:
		return "year"
	}
	return ""
}

// Segment is a piece of the "Số" line or of the date line: printed text,
// or a blank of a kind whose Text is the gap printed by default, the
// spaces between the words around it ([Blank]). A writer that gives the
// blank a width of its own replaces that gap ([JoinSegments]); the text
// segments are the line's words, computed once here.
type Segment struct {
	Text  string
	Blank BlankKind
}

// JoinSegments returns the line the segments print: each blank as fill
// gives it (the spaces of a width the layout sets), or its default gap
// when fill is nil.
func JoinSegments(segs []Segment, fill func(BlankKind) string) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Blank != NotBlank && fill != nil {
			b.WriteString(fill(s.Blank))
			continue
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// NumberSegments returns the "Số" line (ô 3) in segments: "Số:", the
// number (" 05") or its blank, "/" and the symbol. Joined with the
// default gaps, it is [NumberLine].
func NumberSegments(number, symbol string) []Segment {
	mid := Segment{Text: " " + DisplayNumber(number)}
	if strings.TrimSpace(number) == "" {
		mid = Segment{Text: Blank, Blank: BlankNumber}
	}
	return []Segment{{Text: "Số:"}, mid, {Text: "/" + strings.TrimSpace(symbol)}}
}

// NumberSegments returns the plan's "Số" line in segments.
func (p *Plan) NumberSegments() []Segment { return NumberSegments(p.Number, p.Symbol) }

// DateSegments returns the place-and-date line (ô 4) in segments: the
// place, each of "ngày", "tháng" and "năm" and its part, a blank part a
// blank of its kind. Joined with the default gaps, it is [DateLine].
func DateSegments(place string, d Date) []Segment {
	part := func(n int, pad bool, kind BlankKind, last bool) Segment {
		if n == 0 {
			gap := " " + datePart(0, false)
			if !last {
				gap += " "
			}
			return Segment{Text: gap, Blank: kind}
		}
		text := " " + datePart(n, pad)
		if !last {
			text += " "
		}
		return Segment{Text: text}
	}
	return []Segment{
		{Text: normalize(place) + ", ngày"}, part(d.Day, d.Day < 10, BlankDay, false),
		{Text: "tháng"}, part(d.Month, d.Month <= 2, BlankMonth, false),
		{Text: "năm"}, part(d.Year, false, BlankYear, true),
	}
}

// DateSegments returns the plan's place-and-date line in segments.
func (p *Plan) DateSegments() []Segment { return DateSegments(p.Place, p.Date) }
