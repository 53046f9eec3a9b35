package layout

// setting is one number of a layout that [Layout.Check] bounds, and that a
// layout profile may set under its key: the one list of every number's
// range, so that the two agree.
type setting struct {
	name string // as Check's messages name it: "top margin"
	key  string // the profile's key; "" when a profile cannot set it
	// field returns the number in the layout, in points (or as a bare
	// number: a ratio, a multiple).
	field func(l *Layout) *float64
	// allowed returns its range, in the range's unit: millimetres for a
	// length given in "mm", which the layout holds in points. Most ranges
	// are fixed; the columns' depend on the text width.
	allowed func(l *Layout) Range
	decree  bool // the decree's range; kehoach's own otherwise
}

// value returns the setting's number in the unit of its range.
func (s *setting) value(l *Layout) float64 {
	v := *s.field(l)
	if s.allowed(l).Unit == "mm" {
		return ToMM(v)
	}
	return v
}

// whose names the owner of a setting's range, as messages say it.
func (s *setting) whose() (vi, en string) {
	if s.decree {
		return "Nghị định 30 cho phép", "the decree's"
	}
	return "kehoach cho phép", "kehoach's"
}

// fixed returns a range that does not depend on the layout.
func fixed(r Range) func(*Layout) Range { return func(*Layout) Range { return r } }

// pts returns kehoach's range lo–hi of a length held in points, whose
// bounds are given in points.
func pts(lo, hi float64) func(*Layout) Range { return fixed(Range{lo, hi, "pt"}) }

// columnRange is the range of a right column (of the header or the
// signature row): each column keeps at least 50 mm.
func columnRange(l *Layout) Range {
	lo := ToMM(minHeaderLeft)
	return Range{lo, max(lo, ToMM(l.TextWidth()-minHeaderLeft)), "mm"}
}

// settings are the layout's bounded numbers: the decree's first, in the
// order Check reports them, then kehoach's own.
var settings = func() []setting {
	d := Decree()
	dec := func(name, key string, r Range, field func(*Layout) *float64) setting {
		return setting{name: name, key: key, field: field, allowed: fixed(r), decree: true}
	}
	own := func(name, key string, allowed func(*Layout) Range, field func(*Layout) *float64) setting {
		return setting{name: name, key: key, field: field, allowed: allowed}
	}
	return []setting{
		dec("top margin", "margin_top_mm", d.TopMargin, func(l *Layout) *float64 { return &l.Margins.Top }),
		dec("bottom margin", "margin_bottom_mm", d.BottomMargin, func(l *Layout) *float64 { return &l.Margins.Bottom }),
		dec("left margin", "margin_left_mm", d.LeftMargin, func(l *Layout) *float64 { return &l.Margins.Left }),
		dec("right margin", "margin_right_mm", d.RightMargin, func(l *Layout) *float64 { return &l.Margins.Right }),
		dec("body size", "body_size_pt", d.BodySize, func(l *Layout) *float64 { return &l.BodySize }),
		dec("parent agency size", "", d.ParentSize, func(l *Layout) *float64 { return &l.ParentSize }),
		dec("issuer size", "", d.IssuerSize, func(l *Layout) *float64 { return &l.IssuerSize }),
		dec("Quốc hiệu size", "", d.NationalNameSize, func(l *Layout) *float64 { return &l.NationalNameSize }),
		dec("Tiêu ngữ size", "", d.MottoSize, func(l *Layout) *float64 { return &l.MottoSize }),
		dec("date size", "", d.DateSize, func(l *Layout) *float64 { return &l.DateSize }),
		dec("title size", "", d.TitleSize, func(l *Layout) *float64 { return &l.TitleSize }),
		dec("subject size", "", d.SubjectSize, func(l *Layout) *float64 { return &l.SubjectSize }),
		dec("signer size", "", d.SignerSize, func(l *Layout) *float64 { return &l.SignerSize }),
		dec("page number size", "", d.PageNumberSize, func(l *Layout) *float64 { return &l.PageNumberSize }),
		dec("urgency size", "", d.UrgencySize, func(l *Layout) *float64 { return &l.UrgencySize }),
		dec("appendix title size", "", d.AppendixTitleSize, func(l *Layout) *float64 { return &l.AppendixTitleSize }),
		dec("attached line size", "", d.AttachedSize, func(l *Layout) *float64 { return &l.AttachedSize }),
		dec("number size", "", d.NumberSize, func(l *Layout) *float64 { return &l.NumberSize }),
		dec("recipients label size", "", d.RecipientsLabelSize, func(l *Layout) *float64 { return &l.RecipientsLabelSize }),
		dec("recipients size", "", d.RecipientsSize, func(l *Layout) *float64 { return &l.RecipientsSize }),
		dec("issuer rule ratio", "", d.IssuerRuleRatio, func(l *Layout) *float64 { return &l.IssuerRuleRatio }),
		dec("subject rule ratio", "", d.SubjectRuleRatio, func(l *Layout) *float64 { return &l.SubjectRuleRatio }),
		dec("seal overlap", "", d.SealOverlap, func(l *Layout) *float64 { return &l.SealOverlap }),
		dec("top-right text size", "", d.CornerSize, func(l *Layout) *float64 { return &l.CornerSize }),
		dec("paper width", "", d.PaperWidth, func(l *Layout) *float64 { return &l.PageWidth }),
		dec("paper height", "", d.PaperHeight, func(l *Layout) *float64 { return &l.PageHeight }),

		// Numbers the decree leaves open: within what a page can hold.
		own("space before paragraphs", "space_before_pt", pts(0, 24), func(l *Layout) *float64 { return &l.ParaSpacing }),
		own("space after paragraphs", "space_after_pt", pts(0, 24), func(l *Layout) *float64 { return &l.ParaSpacingAfter }),
		own("header right column", "header_right_column_mm", columnRange, func(l *Layout) *float64 { return &l.HeaderRight }),
		own("signature right column", "signature_right_column_mm", columnRange, func(l *Layout) *float64 { return &l.SignatureRight }),
		own("room to sign", "room_to_sign_mm", fixed(Range{15, 60, "mm"}), func(l *Layout) *float64 { return &l.SignatureSpace }),
		own("gap after header", "space_before_title_pt", pts(0, 72), func(l *Layout) *float64 { return &l.GapAfterHeader }),
		own("gap after subject", "space_after_subject_pt", pts(0, 72), func(l *Layout) *float64 { return &l.GapAfterSubject }),
		own("gap before signature", "space_before_signature_pt", pts(0, 72), func(l *Layout) *float64 { return &l.GapBeforeSignature }),
		own("table text size", "", pts(8, 14), func(l *Layout) *float64 { return &l.TableSize }),
		own("footnote size", "", pts(8, 14), func(l *Layout) *float64 { return &l.FootnoteSize }),
		own("appendix label size", "", pts(13, 14), func(l *Layout) *float64 { return &l.AppendixLabelSize }),
		own("table padding", "", pts(0, MM(5)), func(l *Layout) *float64 { return &l.TablePadding }),
		own("cell spacing", "", pts(0, 12), func(l *Layout) *float64 { return &l.CellSpacing }),
		own("table spacing", "", pts(0, 24), func(l *Layout) *float64 { return &l.TableSpacing }),
		own("footnote rule", "", pts(0, MM(100)), func(l *Layout) *float64 { return &l.FootnoteRule }),
		own("rule width", "", pts(0.25, 2), func(l *Layout) *float64 { return &l.RuleWidth }),
		own("rule gap", "", pts(0, 12), func(l *Layout) *float64 { return &l.RuleGap }),
		own("hairline size", "", pts(1, 2), func(l *Layout) *float64 { return &l.HairlineSize }),
		own("header row gap", "", pts(0, 24), func(l *Layout) *float64 { return &l.HeaderRowGap }),
		// The page number sits between the page edge and the top margin.
		own("header distance", "", func(l *Layout) Range {
			return Range{MM(5), max(MM(5), l.Margins.Top-l.PageNumberSize), "pt"}
		}, func(l *Layout) *float64 { return &l.HeaderDistance }),
		own("urgent box width", "", pts(MM(10), MM(60)), func(l *Layout) *float64 { return &l.UrgentBox }),
		own("very urgent box width", "", pts(MM(10), MM(60)), func(l *Layout) *float64 { return &l.VeryUrgentBox }),
		own("flash box width", "", pts(MM(10), MM(60)), func(l *Layout) *float64 { return &l.FlashBox }),
		own("urgency box height", "", pts(MM(6), MM(12)), func(l *Layout) *float64 { return &l.UrgencyBoxHeight }),
		own("fit allowance", "", fixed(Range{0, 0.1, "of the width"}), func(l *Layout) *float64 { return &l.FitAllowance }),
		// The places of an electronic document: the realdocs' signatures
		// measure 57–71 × 22–42 mm, agencies' seals 30–45 mm.
		own("signature width", "signature_width_mm", fixed(Range{30, 90, "mm"}), func(l *Layout) *float64 { return &l.SignatureBoxWidth }),
		own("signature height", "signature_height_mm", fixed(Range{15, 60, "mm"}), func(l *Layout) *float64 { return &l.SignatureBoxHeight }),
		own("seal diameter", "seal_diameter_mm", fixed(Range{20, 50, "mm"}), func(l *Layout) *float64 { return &l.SealDiameter }),
		own("number blank", "number_blank_mm", fixed(Range{5, 30, "mm"}), func(l *Layout) *float64 { return &l.NumberBlank }),
		own("date blank", "date_blank_mm", fixed(Range{4, 20, "mm"}), func(l *Layout) *float64 { return &l.DateBlank }),
		own("year blank", "", fixed(Range{6, 25, "mm"}), func(l *Layout) *float64 { return &l.YearBlank }),
		own("top-right text gap", "", pts(0, 24), func(l *Layout) *float64 { return &l.CornerGap }),
	}
}()

// lineSpacingOK reports whether the body's line spacing is one the decree
// allows: a multiple of single spacing from 1 to 1.5, or an exact line
// height of 15–18 pt.
func (l *Layout) lineSpacingOK() bool {
	d := Decree()
	if l.LineExact != 0 {
		return d.LineExact.Contains(l.LineExact)
	}
	return d.LineMultiple.Contains(l.LineSpacing)
}

// paragraphGapOK reports whether the space printed between two body
// paragraphs is at least the decree's 6 pt.
func (l *Layout) paragraphGapOK() bool {
	return Decree().ParagraphGap.Contains(ParagraphGap(l.ParaSpacingAfter, l.ParaSpacing))
}
