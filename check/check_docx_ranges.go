package check

import "math"

// Range is a closed range of values Decree 30 allows, in a unit: "mm",
// "pt", or "of the line" (a share of a line's length).
//
// The ranges live here until package render/layout exports its own (a
// parallel change turns Layout.Check's ranges into layout.Ranges, whose
// field names these follow): then DecreeRanges returns layout.Decree()'s.
type Range struct {
	Min, Max float64
	Unit     string
}

// Contains reports whether v lies in the range (to a millionth); NaN
// never does.
func (r Range) Contains(v float64) bool { return v >= r.Min-1e-6 && v <= r.Max+1e-6 }

// LayoutRanges are the numbers Decree 30 (Phụ lục I) allows a page, in
// the units the decree states them in.
type LayoutRanges struct {
	PaperWidth, PaperHeight                          Range
	TopMargin, BottomMargin, LeftMargin, RightMargin Range
	BodySize                                         Range
	// FirstIndents are the allowed first-line indents (mm): 1 cm or
	// 1.27 cm.
	FirstIndents                                                              []float64
	ParentSize, IssuerSize, NationalNameSize, MottoSize, NumberSize, DateSize Range
	TitleSize, SubjectSize, SignerSize, PageNumberSize                        Range
	RecipientsLabelSize, RecipientsSize                                       Range
	// The rules under the issuer and the subject: 1/3–1/2 of the line
	// above them; under the Tiêu ngữ: as long as it.
	IssuerRuleRatio, SubjectRuleRatio, MottoRuleRatio Range
}

// DecreeRanges returns the ranges Decree 30 allows.
func DecreeRanges() LayoutRanges {
	mm := func(lo, hi float64) Range { return Range{lo, hi, "mm"} }
	pt := func(lo, hi float64) Range { return Range{lo, hi, "pt"} }
	return LayoutRanges{
		PaperWidth: mm(210, 210), PaperHeight: mm(297, 297),
		TopMargin: mm(20, 25), BottomMargin: mm(20, 25), LeftMargin: mm(30, 35), RightMargin: mm(15, 20),
		BodySize:     pt(13, 14),
		FirstIndents: []float64{10, 12.7},
		ParentSize:   pt(12, 13), IssuerSize: pt(12, 13), NationalNameSize: pt(12, 13), MottoSize: pt(13, 14),
		NumberSize: pt(13, 13), DateSize: pt(13, 14),
		TitleSize: pt(13, 14), SubjectSize: pt(13, 14), SignerSize: pt(13, 14), PageNumberSize: pt(13, 14),
		RecipientsLabelSize: pt(12, 12), RecipientsSize: pt(11, 11),
		IssuerRuleRatio: Range{1.0 / 3, 0.5, "of the line"}, SubjectRuleRatio: Range{1.0 / 3, 0.5, "of the line"},
		MottoRuleRatio: Range{1, 1, "of the line"},
	}
}

// FirstIndentAllowed reports whether a first-line indent of mm
// millimetres is one the decree allows, within tolerance millimetres.
func (r LayoutRanges) FirstIndentAllowed(mm, tolerance float64) bool {
	for _, v := range r.FirstIndents {
		if math.Abs(mm-v) <= tolerance { // NaN is none
			return true
		}
	}
	return false
}
