package layout

import (
	"math"
	"strconv"
)

// Range is a closed range of allowed values in a unit: "mm", "pt",
// "lines" (a multiple of single spacing) or "of the line" (a share of a
// line's length). A range of one value allows that value only; a Max of
// +Inf means "at least Min".
type Range struct {
	Min, Max float64
	Unit     string
}

// rangeTolerance absorbs the rounding of a number converted between
// points and millimetres (20 mm is 56.69… pt).
const rangeTolerance = 1e-6

// Contains reports whether v, in the range's unit, lies in the range;
// NaN never does.
func (r Range) Contains(v float64) bool {
	return v >= r.Min-rangeTolerance && v <= r.Max+rangeTolerance
}

// String writes the range as a message names it: "20–25 mm", "13 pt" for
// a range of one value, "at least 6 pt" for one without an upper end.
func (r Range) String() string {
	switch {
	case r.Min == r.Max:
		return num(r.Min) + " " + r.Unit
	case math.IsInf(r.Max, 1):
		return "at least " + num(r.Min) + " " + r.Unit
	}
	return num(r.Min) + "–" + num(r.Max) + " " + r.Unit
}

// Vi writes the range in Vietnamese: "20–25 mm", "ít nhất 6 pt".
func (r Range) Vi() string {
	unit := r.Unit
	switch unit {
	case "lines":
		unit = "dòng"
	case "of the line":
		unit = "độ dài dòng chữ"
	}
	switch {
	case r.Min == r.Max:
		return num(r.Min) + " " + unit
	case math.IsInf(r.Max, 1):
		return "ít nhất " + num(r.Min) + " " + unit
	}
	return num(r.Min) + "–" + num(r.Max) + " " + unit
}

// num writes a number with at most four significant digits: 12.7, 0.3333.
func num(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// Ranges are the numbers Decree 30/2020/NĐ-CP (Phụ lục I) allows a plan's
// page, in the units the decree states them in, as the layout contract
// reads them (docs/nd30-layout.md, Part A). [Layout.Check], a layout
// profile ([ReadProfile]) and the checker of existing Word files judge
// against these, and only these, so that they never disagree.
type Ranges struct {
	// Paper: A4 (mm).
	PaperWidth, PaperHeight Range
	// Margins (mm): top and bottom 20–25, left 30–35, right 15–20.
	TopMargin, BottomMargin, LeftMargin, RightMargin Range
	// BodySize is the body text's size (ô 6): 13–14 pt.
	BodySize Range
	// LineMultiple is the body's line spacing as a multiple of single
	// spacing: from single to 1.5 lines.
	LineMultiple Range
	// LineExact is the body's line spacing given as an exact line height
	// (Word's "Exactly", lineRule="exact"): 15–18 pt, as agencies set it
	// (the Lào Cai drafts: 17 and 18 pt).
	LineExact Range
	// ParagraphGap is the space between two body paragraphs as printed
	// (see [ParagraphGap]): at least 6 pt.
	ParagraphGap Range
	// FirstIndents are the allowed first-line indents (mm): 1 cm or
	// 1.27 cm, and nothing between.
	FirstIndents []float64
	// The sizes of the header, title, signature and appendix elements
	// (pt).
	ParentSize, IssuerSize, NationalNameSize, MottoSize, NumberSize, DateSize Range
	TitleSize, SubjectSize, SignerSize, PageNumberSize, UrgencySize           Range
	AppendixTitleSize, AttachedSize, RecipientsLabelSize, RecipientsSize      Range
	// The rules under the issuer and under the subject: 1/3–1/2 of the
	// line above them; under the Tiêu ngữ: as long as it.
	IssuerRuleRatio, SubjectRuleRatio, MottoRuleRatio Range
	// SealOverlap is the share of the signature image's width the seal
	// covers from its left: "khoảng 1/3" (Phụ lục I, mục II.8.a), read
	// as 30–36%.
	SealOverlap Range
	// CornerSize is the size of the top-right text of an appendix file
	// and of an electronic copy: 10 pt (Phụ lục I, mục III.1.d; Phần II,
	// mục I.3.c).
	CornerSize Range
}

// Decree returns the ranges Decree 30 allows.
func Decree() Ranges {
	mm := func(lo, hi float64) Range { return Range{lo, hi, "mm"} }
	pt := func(lo, hi float64) Range { return Range{lo, hi, "pt"} }
	return Ranges{
		PaperWidth: mm(210, 210), PaperHeight: mm(297, 297),
		TopMargin: mm(20, 25), BottomMargin: mm(20, 25), LeftMargin: mm(30, 35), RightMargin: mm(15, 20),
		BodySize:     pt(13, 14),
		LineMultiple: Range{1, 1.5, "lines"},
		LineExact:    pt(15, 18),
		ParagraphGap: pt(6, math.Inf(1)),
		FirstIndents: []float64{10, 12.7},
		ParentSize:   pt(12, 13), IssuerSize: pt(12, 13), NationalNameSize: pt(12, 13), MottoSize: pt(13, 14),
		NumberSize: pt(13, 13), DateSize: pt(minDateSize, 14),
		TitleSize: pt(13, 14), SubjectSize: pt(13, 14), SignerSize: pt(13, 14), PageNumberSize: pt(13, 14),
		UrgencySize: pt(13, 14), AppendixTitleSize: pt(13, 14), AttachedSize: pt(13, 14),
		RecipientsLabelSize: pt(12, 12), RecipientsSize: pt(11, 11),
		IssuerRuleRatio: Range{1.0 / 3, 0.5, "of the line"}, SubjectRuleRatio: Range{1.0 / 3, 0.5, "of the line"},
		MottoRuleRatio: Range{1, 1, "of the line"},
		SealOverlap:    Range{0.30, 0.36, "of the width"}, CornerSize: pt(10, 10),
	}
}

// FirstIndentAllowed reports whether a first-line indent of mm
// millimetres is one the decree allows (10 or 12.7 mm, to a hundredth).
func (r Ranges) FirstIndentAllowed(mm float64) bool {
	for _, v := range r.FirstIndents {
		if math.Abs(mm-v) <= 0.01 { // NaN is none
			return true
		}
	}
	return false
}

// ParagraphGap returns the space Word (2000 and later) and LibreOffice
// print between two paragraphs, the first with the given space after it,
// the second with the given space before it: the larger of the two, not
// their sum (ISO/IEC 29500-1, §17.3.1.33; measured in LibreOffice's
// prints of kehoach's DOCX: 3 pt before and 3 pt after leave 3 pt). The
// decree's "at least 6 pt between paragraphs" is judged on it.
func ParagraphGap(after, before float64) float64 { return max(after, before) }
