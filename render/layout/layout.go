// Package layout is the one source of the numbers of a Decree 30 page:
// paper, margins, font sizes, column widths, spacing and line lengths. The
// DOCX and PDF writers read every number from a [Layout] and hold none of
// their own, so the two formats cannot drift apart.
//
// Numbers are in points (1/72 inch); [MM] converts millimetres. The
// defaults are Part A of the layout contract (docs/nd30-layout.md);
// where the decree gives a range, an option or an agency's layout profile
// ([ReadProfile], docs/profiles.md) may choose within it, and
// [Layout.Check] refuses anything outside. The ranges are in one place,
// [Decree], for every check that judges a layout against the decree.
//
// The package also measures text with the embedded Liberation Serif, which
// has the metrics of Times New Roman, and breaks lines the way LibreOffice
// and Word do, so that both writers know where a line ends.
package layout

import (
	"fmt"
	"math"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// MM converts millimetres to points.
func MM(mm float64) float64 { return mm * 72 / 25.4 }

// ToMM converts points to millimetres.
func ToMM(pt float64) float64 { return pt * 25.4 / 72 }

// Margins are the page margins in points.
type Margins struct{ Top, Bottom, Left, Right float64 }

// Layout holds every number of the page. Build it with [Default] or
// [ReadProfile], and change it only through the writers' options, which
// check it.
type Layout struct {
	// Paper: A4 portrait (Phụ lục I, mục I.2); landscape only for a wide
	// appendix table, which swaps the two.
	PageWidth, PageHeight float64
	// Margins: top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
	Margins Margins
	// FontName is the font the DOCX asks for; the PDF embeds the
	// metric-compatible Liberation Serif.
	FontName string
	// Fonts are the fonts the page is measured with and the PDF prints
	// in; nil means [DefaultFonts] (Liberation Serif, with DejaVu Sans for
	// the characters it lacks). An agency's own fonts make lines break
	// where that font's widths put them ([NewFonts]).
	Fonts *Fonts

	// Body text (ô 6): 13–14 pt, justified, first-line indent 1 or 1.27 cm,
	// at least 6 pt between paragraphs, line spacing from single to 1.5
	// (or exactly 15–18 pt).
	BodySize    float64
	FirstIndent float64
	// ParaSpacing is the space before each body paragraph, and
	// ParaSpacingAfter the space after it. Word and LibreOffice print the
	// larger of one paragraph's space after and the next one's space
	// before between them, not their sum ([ParagraphGap]): that gap is
	// the decree's "at least 6 pt".
	ParaSpacing      float64
	ParaSpacingAfter float64
	// LineSpacing is the body's line spacing as a multiple of single
	// spacing (1–1.5), unless LineExact is set.
	LineSpacing float64
	// LineExact, when above zero, is the height of every body line in
	// points, whatever its text (Word's "Exactly", 15–18 pt: the Lào Cai
	// drafts set 17 pt); LineSpacing is then not used.
	LineExact    float64
	TableSize    float64 // text in body tables (not set by the decree)
	TablePadding float64 // left and right cell padding of body tables
	CellSpacing  float64 // before and after each paragraph in a table cell
	// TableSpacing is the least space between a paragraph and a body table
	// under it. The decree sets none; without it the table's top border
	// touches the descenders of the line above, so a clerk leaves the
	// body's paragraph spacing there too.
	TableSpacing float64
	FootnoteSize float64 // footnotes (not set by the decree)
	// FootnoteRule is the length of the short rule the PDF draws above
	// the footnotes. The DOCX keeps Word's own separator, which Word and
	// LibreOffice draw at about the same length (2 inches, 50.8 mm), so
	// the two look alike at the default; a changed length changes only
	// the PDF.
	FootnoteRule float64

	// The header block (ô 1–4): a borderless table of two columns; the
	// left one takes the rest of the text width.
	HeaderRight      float64
	ParentSize       float64 // cơ quan chủ quản: 12–13, regular
	IssuerSize       float64 // cơ quan ban hành: 12–13, bold
	NationalNameSize float64 // Quốc hiệu: 12–13, bold
	MottoSize        float64 // Tiêu ngữ: 13–14, bold, one above the Quốc hiệu
	NumberSize       float64 // "Số:": 13, fixed
	DateSize         float64 // place and date: 13–14, italic
	UrgencySize      float64 // độ khẩn stamp: 13–14, bold
	// The độ khẩn stamp's box widths (Phụ lục I, mục II.10.b): Khẩn
	// 20 mm, Thượng khẩn 40 mm, Hỏa tốc 30 mm.
	UrgentBox, VeryUrgentBox, FlashBox float64
	// UrgencyBoxHeight is the stamp's height, 8 mm for every level.
	UrgencyBoxHeight float64
	// StampColor is the stamp's ink, text and border: bright red ("mực
	// đỏ tươi"), as RGB.
	StampColor RGB
	// FitAllowance is the share of a text's width added to a box that
	// must hold it on one line (the header's right column, a table
	// column's longest word): word processors measure text a little
	// wider than its font metrics, and LibreOffice wraps a line that
	// fits to the hundredth of a point.
	FitAllowance float64
	// IssuerRuleRatio is the length of the rule under the issuer, as a
	// share of the issuer's longest line (1/3–1/2; Part A picks 40%).
	IssuerRuleRatio float64
	// RuleWidth is the stroke of every rule (the decree says "nét liền",
	// practice 0.5–0.75 pt).
	RuleWidth float64
	// RuleGap is the space between the text and the rule under it.
	RuleGap float64
	// HairlineSize is the font size of the empty paragraphs that carry a
	// rule or close a section after a table: as small as Word allows, so
	// that they take almost no room.
	HairlineSize float64
	// HeaderRowGap separates the names (row 1) from "Số:" and the date
	// (row 2).
	HeaderRowGap float64

	// Title and subject (ô 5a).
	TitleSize        float64 // tên loại: 13–14, bold
	SubjectSize      float64 // trích yếu: 13–14, bold
	SubjectRuleRatio float64 // share of the subject's longest line (1/3–1/2)
	// GapAfterHeader is the space between the "Số:"/date row and the
	// title, the title's space before. The decree sets none; Mẫu 1.4, as
	// LibreOffice prints the decree's Phụ lục III, puts the title's top
	// 10.6 mm under the date line's foot (two empty 14 pt lines), and the
	// layout contract asks for one blank body line more than kehoach used
	// to leave (16 pt): 32 pt puts it 10.5 mm below.
	GapAfterHeader float64
	// GapAfterSubject separates the subject's rule from the body: the
	// larger of it and the body's space before ([ParagraphGap]).
	GapAfterSubject float64

	// The signature row (ô 7, 9b): a borderless table of two columns; the
	// left one, for "Nơi nhận", takes the rest of the text width.
	SignatureRight      float64
	RecipientsLabelSize float64 // "Nơi nhận:": 12, bold italic
	RecipientsSize      float64 // its items: 11
	SignerSize          float64 // authority, position and name: 13–14, bold
	SignatureSpace      float64 // room to sign and stamp (practice: about 25 mm)
	// GapBeforeSignature is the space between the body's last line and
	// the signature row, the body's space after included. Mẫu 1.4 leaves
	// 9 mm from the last body line's foot to "Nơi nhận:" (two empty 12 pt
	// lines); 25 pt leaves 8.8 mm, as LibreOffice's boxes measure it.
	GapBeforeSignature float64

	// The places of an electronic document (issuing.go): the signer's
	// signature image (ô 7c), centred between the position and the name;
	// the seal (ô 8) at its real size over the signature's left third;
	// the blanks the văn thư's system stamps the number and date into;
	// the top-right text of an appendix file and of an electronic copy.
	SignatureBoxWidth, SignatureBoxHeight float64 // the signature image's box: 60 × 25 mm
	SealDiameter                          float64 // the seal's real size: 40 mm
	SealOverlap                           float64 // the share of the signature's width the seal covers from its left: 1/3
	NumberBlank                           float64 // the gap between "Số:" and "/" of a blank number
	DateBlank                             float64 // the gap a blank day or month leaves between its words
	YearBlank                             float64 // the gap a blank year leaves after "năm"
	CornerSize                            float64 // the top-right text: 10 pt (Phụ lục I, mục III.1.d)
	CornerGap                             float64 // between the top-right text and the page's first line

	// Page numbers: 13–14 pt, centred in the top margin, from page 2.
	PageNumberSize float64
	HeaderDistance float64 // from the top edge to the page number's line

	// Appendices (Mẫu 2.1).
	AppendixLabelSize float64 // "Phụ lục I": 14, bold
	AppendixTitleSize float64 // its title: 13–14, bold, upper case
	AttachedSize      float64 // "(Kèm theo …)": 13–14, italic
}

// Default returns Part A of the layout contract.
func Default() Layout {
	return Layout{
		PageWidth:  MM(210),
		PageHeight: MM(297),
		Margins:    Margins{Top: MM(20), Bottom: MM(20), Left: MM(30), Right: MM(15)},
		FontName:   "Times New Roman",

		BodySize:     14,
		FirstIndent:  MM(10),
		ParaSpacing:  6,
		LineSpacing:  1,
		TableSize:    13,
		TablePadding: MM(1.5),
		CellSpacing:  2,
		TableSpacing: 6,
		FootnoteSize: 12,
		FootnoteRule: MM(50),

		HeaderRight:      MM(100),
		ParentSize:       13,
		IssuerSize:       13,
		NationalNameSize: 13,
		MottoSize:        14,
		NumberSize:       13,
		DateSize:         14,
		UrgencySize:      13,
		UrgencyBoxHeight: MM(8),
		StampColor:       RGB{R: 0xFF},
		FitAllowance:     0.02,
		UrgentBox:        MM(20),
		VeryUrgentBox:    MM(40),
		FlashBox:         MM(30),
		IssuerRuleRatio:  0.4,
		RuleWidth:        0.5,
		RuleGap:          3,
		HairlineSize:     1,
		HeaderRowGap:     6,

		TitleSize:        14,
		SubjectSize:      14,
		SubjectRuleRatio: 0.4,
		GapAfterHeader:   32,
		GapAfterSubject:  6,

		SignatureRight:      MM(100),
		RecipientsLabelSize: 12,
		RecipientsSize:      11,
		SignerSize:          14,
		SignatureSpace:      MM(25),
		GapBeforeSignature:  25,

		SignatureBoxWidth:  MM(60),
		SignatureBoxHeight: MM(25),
		SealDiameter:       MM(40),
		SealOverlap:        1.0 / 3,
		NumberBlank:        MM(12),
		DateBlank:          MM(7.5),
		YearBlank:          MM(10),
		CornerSize:         10,
		CornerGap:          6,

		PageNumberSize: 14,
		HeaderDistance: MM(10),

		AppendixLabelSize: 14,
		AppendixTitleSize: 14,
		AttachedSize:      14,
	}
}

// TextFonts returns the fonts the page is measured with: [Layout.Fonts],
// or [DefaultFonts].
func (l *Layout) TextFonts() *Fonts {
	if l.Fonts != nil {
		return l.Fonts
	}
	return DefaultFonts()
}

// FontsOr returns l measuring with f when it names no fonts of its own: a
// writer's option that sets the layout keeps the fonts another option set.
func (l Layout) FontsOr(f *Fonts) Layout {
	if l.Fonts == nil {
		l.Fonts = f
	}
	return l
}

// IsDefault reports whether the layout has the numbers of [Default],
// whatever fonts it measures with.
func (l *Layout) IsDefault() bool {
	numbers := *l
	numbers.Fonts = nil
	return numbers == Default()
}

// RGB is a colour.
type RGB struct{ R, G, B uint8 }

// Hex returns the colour as six hexadecimal digits, as DOCX writes it.
func (c RGB) Hex() string { return fmt.Sprintf("%02X%02X%02X", c.R, c.G, c.B) }

// Fit returns the width a box needs to hold a text of the given width on
// one line: the width with the [Layout.FitAllowance] added.
func (l *Layout) Fit(width float64) float64 { return width * (1 + l.FitAllowance) }

// StampPad returns the room between the urgency stamp's text and its
// box, above and below, in whole points, as Word keeps a border's
// distance from the text (w:space): what [Layout.UrgencyBoxHeight] leaves
// around a line of single spacing and a stroke (half of each stroke is
// inside the box, measured from the strokes' middles).
func (l *Layout) StampPad() float64 {
	return max(0, math.Floor((l.UrgencyBoxHeight-l.TextFonts().Metrics(Regular).LineHeight(l.UrgencySize)-l.RuleWidth)/2))
}

// StampSpacing returns the spacing of the urgency stamp's paragraph: the
// given room around it, and an exact line of what the pad and the strokes
// leave of [Layout.UrgencyBoxHeight] (in twips), so that the box is that
// tall from stroke to stroke in both writers: a word processor makes a
// bordered paragraph taller by its borders' strokes and distances.
func (l *Layout) StampSpacing(s Spacing) Spacing {
	s.Line, s.Exact = RoundToTwip(l.UrgencyBoxHeight-2*l.StampPad()-l.RuleWidth), true
	return s
}

// UrgencyBox returns the width of the box around an urgency stamp.
func (l *Layout) UrgencyBox(u plan.Urgency) float64 {
	switch u {
	case plan.UrgencyFlash:
		return l.FlashBox
	case plan.UrgencyVeryUrgent:
		return l.VeryUrgentBox
	}
	return l.UrgentBox
}

// outOfRange returns the error of a setting whose number is outside its
// range, naming the number as Check does; nil when it is inside.
func (s *setting) outOfRange(l *Layout) *CheckError {
	r := s.allowed(l)
	v := s.value(l)
	if r.Contains(v) {
		return nil
	}
	whoseVi, whose := s.whose()
	name := s.key
	if name == "" {
		name = s.name
	}
	if r.Min == r.Max {
		return &CheckError{Key: s.key, Vi: fmt.Sprintf("%s %s %s khác %s (%s)", name, num(v), r.Unit, r.Vi(), whoseVi),
			En: fmt.Sprintf("%s %.4g %s is not %s %s", s.name, v, r.Unit, whose, r)}
	}
	return &CheckError{Key: s.key, Vi: fmt.Sprintf("%s %s %s nằm ngoài khoảng %s (%s)", name, num(v), r.Unit, whoseVi, r.Vi()),
		En: fmt.Sprintf("%s %.4g %s is outside %s range %s", s.name, v, r.Unit, whose, r)}
}

// TextWidth returns the width between the left and right margins.
func (l *Layout) TextWidth() float64 {
	return l.PageWidth - l.Margins.Left - l.Margins.Right
}

// SignatureLeft returns the width of the signature row's left column,
// which holds "Nơi nhận".
func (l *Layout) SignatureLeft() float64 { return l.TextWidth() - l.SignatureRight }

// TextHeight returns the height between the top and bottom margins.
func (l *Layout) TextHeight() float64 {
	return l.PageHeight - l.Margins.Top - l.Margins.Bottom
}

// Landscape returns the layout with the page turned, for a wide appendix
// table; the margins keep their sides (Phụ lục I, mục I.2 only requires
// the same margins).
func (l Layout) Landscape() Layout {
	l.PageWidth, l.PageHeight = l.PageHeight, l.PageWidth
	return l
}

// FootnoteGap is the room between the body and the footnotes at the foot
// of a page, the short rule drawn in its middle, as LibreOffice prints
// the DOCX (which gives Word a paragraph of one line of footnote text
// there, the [NoteSeparator] style; LibreOffice does not use it): 1 mm above the rule and 1 mm under it (its page style's
// spacing to the text and to the footnotes' contents), measured on its
// prints, where the body's last line ends 5.7 pt over the first note's
// top. The PDF leaves the same, so that its pages break where
// LibreOffice's do.
const FootnoteGap = 2 * 72 / 25.4

// WidowLines is how many lines of a paragraph stay together at the foot
// and at the head of a page when widow and orphan control is on: two,
// fixed in Word and LibreOffice's default paragraph style alike, so the
// PDF breaks pages where they do.
const WidowLines = 2

// Check reports every number outside the range Decree 30 allows
// ([Decree]), or kehoach's own bounds where the decree sets none, one per
// line, or nil.
func (l *Layout) Check() error {
	d := Decree()
	var checks CheckErrors
	add := func(e *CheckError) {
		if e != nil {
			checks = append(checks, e)
		}
	}
	for i := range settings {
		if s := &settings[i]; s.decree {
			add(s.outOfRange(l))
		}
	}
	if !l.lineSpacingOK() {
		if l.LineExact != 0 {
			add(&CheckError{Key: keyLineSpacing, Vi: fmt.Sprintf("khoảng cách dòng đúng %s pt nằm ngoài khoảng Nghị định 30 cho phép (%s)", num(l.LineExact), d.LineExact.Vi()),
				En: fmt.Sprintf("line spacing exactly %.4g pt is outside the decree's range %s", l.LineExact, d.LineExact)})
		} else {
			add(&CheckError{Key: keyLineSpacing, Vi: fmt.Sprintf("khoảng cách dòng %s dòng nằm ngoài khoảng Nghị định 30 cho phép (%s)", num(l.LineSpacing), d.LineMultiple.Vi()),
				En: fmt.Sprintf("line spacing %.4g lines is outside the decree's range %s", l.LineSpacing, d.LineMultiple)})
		}
	}
	if !l.paragraphGapOK() {
		gap := ParagraphGap(l.ParaSpacingAfter, l.ParaSpacing)
		add(&CheckError{Key: keySpaceAfter,
			Vi: fmt.Sprintf("%s pt sau và %s pt trước đoạn văn in thành %s pt giữa hai đoạn (lấy số lớn hơn, không cộng); Nghị định 30 quy định %s",
				num(l.ParaSpacingAfter), num(l.ParaSpacing), num(gap), d.ParagraphGap.Vi()),
			En: fmt.Sprintf("%.4g pt after and %.4g pt before paragraphs print %.4g pt between them (the larger, not the sum); the decree asks %s",
				l.ParaSpacingAfter, l.ParaSpacing, gap, d.ParagraphGap)})
	}
	if ind := ToMM(l.FirstIndent); !d.FirstIndentAllowed(ind) {
		add(&CheckError{Key: keyFirstIndent, Vi: fmt.Sprintf("lùi đầu dòng %s mm không phải 10 hoặc 12,7 mm (1 cm hoặc 1,27 cm)", num(ind)),
			En: fmt.Sprintf("first-line indent %.4g mm is neither 10 nor 12.7 mm (1 cm or 1.27 cm)", ind)})
	}
	for i := range settings {
		if s := &settings[i]; !s.decree {
			add(s.outOfRange(l))
		}
	}
	checks = append(checks, l.checkPlaces()...)
	if strings.TrimSpace(l.FontName) == "" {
		add(&CheckError{Vi: "tên phông chữ để trống; phông chữ của Nghị định 30 là \"Times New Roman\"",
			En: "the font name is empty; the decree's font is \"Times New Roman\""})
	}
	if len(checks) == 0 {
		return nil
	}
	return checks
}

// BodySpacing returns the spacing of a body paragraph: its space before
// and after, and its line spacing, a multiple of single or exact.
func (l *Layout) BodySpacing() Spacing {
	if l.LineExact > 0 {
		return Spacing{Before: l.ParaSpacing, After: l.ParaSpacingAfter, Line: l.LineExact, Exact: true}
	}
	return Spacing{Before: l.ParaSpacing, After: l.ParaSpacingAfter, Line: l.LineSpacing}
}

// BodyLineHeight returns the height of a line of body text, as Word and
// LibreOffice lay it out: the exact height, or single spacing times the
// multiple.
func (l *Layout) BodyLineHeight() float64 {
	return l.BodySpacing().Height(l.TextFonts(), l.BodySize)
}
