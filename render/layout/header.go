package layout

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// Head is the geometry of a plan's first-page header block (ô 1–4) and
// title block (ô 5a), computed once from the plan so that both writers draw
// the same lines at the same lengths.
type Head struct {
	// LeftWidth and RightWidth are the header table's columns.
	LeftWidth, RightWidth float64
	// Parent and Issuer are the agency's paragraphs as printed, one per
	// line of the plan: upper case, and broken where they must wrap into
	// balanced lines joined by "\n".
	Parent, Issuer []string
	// IssuerRule is the length of the rule under the issuer: a share of
	// its longest line (1/3–1/2, Part A: 40%).
	IssuerRule float64
	// MottoRule is the length of the rule under the Tiêu ngữ: exactly the
	// Tiêu ngữ's width.
	MottoRule float64
	// DateSize is the place-and-date line's size: DateSize, or one point
	// less when that would wrap (layout contract §2.1).
	DateSize float64
	// Subject is the trích yếu broken into balanced lines joined by "\n";
	// explicit line breaks in the subject are kept.
	Subject string
	// SubjectRule is the length of the rule under the subject: a share of
	// its longest line.
	SubjectRule float64
	// NumberSpacing is the "Số:" line's: the gap under the names, and the
	// difference of the two lines' baselines that puts "Số:" (13 pt) on
	// the date's (14 pt) whatever the number of name lines (layout
	// contract §2.2).
	NumberSpacing Spacing
	// RowSpacing is the date's, the stamp's and the draft mark's: the gap
	// under the names.
	RowSpacing Spacing
	// SubjectRuleSpacing is the rule paragraph's under the subject: the
	// rule's gap under the text, and the gap before the body.
	SubjectRuleSpacing Spacing
}

// minDateSize is the smallest size the decree allows the place-and-date
// line (13–14 pt, Phụ lục I, mục II.4).
const minDateSize = 13

// minHeaderLeft keeps the agency column usable when a long date line widens
// the right one.
const minHeaderLeft = 50 * 72 / 25.4 // 50 mm

// Head computes the header geometry of p.
func (l *Layout) Head(p *plan.Plan) Head {
	h := Head{DateSize: l.DateSize}
	bold := l.TextFonts().Metrics(Bold)
	national := bold.Width(plan.NationalName, l.NationalNameSize)
	motto := bold.Width(plan.Motto, l.MottoSize)
	h.MottoRule = motto
	// Right column: never narrower than the Quốc hiệu (it must not wrap)
	// and the Tiêu ngữ, nor than Part A's 100 mm. A date line too long for
	// it first drops to the decree's smaller size (layout contract §2.1:
	// "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2021" is 106 mm at
	// 14 pt, 98.7 mm at 13 pt); only a line too long even then widens the
	// column, as far as the agency column allows.
	right := max(l.HeaderRight, l.Fit(national), l.Fit(motto))
	date := l.TextFonts().Metrics(Italic).Width(l.DateLine(p, l.DateSize), l.DateSize)
	if l.Fit(date) > right && l.DateSize > minDateSize {
		h.DateSize = max(l.DateSize-1, minDateSize)
		date = l.TextFonts().Metrics(Italic).Width(l.DateLine(p, h.DateSize), h.DateSize)
	}
	h.RightWidth = min(max(right, l.Fit(date)), l.TextWidth()-minHeaderLeft)
	h.LeftWidth = l.TextWidth() - h.RightWidth

	for _, line := range p.Parent {
		lines := l.TextFonts().Balance(plan.UpperTitle(plan.NFC(line)), Regular, l.ParentSize, h.LeftWidth)
		h.Parent = append(h.Parent, strings.Join(lines, "\n"))
	}
	longest := 0.0
	for _, line := range p.Issuer {
		lines := l.TextFonts().Balance(plan.UpperTitle(plan.NFC(line)), Bold, l.IssuerSize, h.LeftWidth)
		h.Issuer = append(h.Issuer, strings.Join(lines, "\n"))
		longest = max(longest, l.widest(lines, Bold, l.IssuerSize))
	}
	h.IssuerRule = longest * l.IssuerRuleRatio

	subject := l.TextFonts().Balance(plan.NFC(p.Subject), Bold, l.SubjectSize, l.TextWidth())
	h.Subject = strings.Join(subject, "\n")
	h.SubjectRule = l.widest(subject, Bold, l.SubjectSize) * l.SubjectRuleRatio

	h.RowSpacing = Spacing{Before: l.HeaderRowGap, Line: 1}
	h.NumberSpacing = Spacing{Before: l.HeaderRowGap + l.BaselineShift(l.NumberSize, h.DateSize), Line: 1}
	h.SubjectRuleSpacing = l.ruleSpacing()
	return h
}

// ruleSpacing returns the spacing of the rule paragraph that ends a title
// block (under the subject, under an appendix's "(Kèm theo …)" line): the
// rule's gap under the text, and the gap before what follows.
func (l *Layout) ruleSpacing() Spacing {
	return Spacing{Before: l.RuleGap, After: l.GapAfterSubject, Line: 1}
}

// SignatureSpacing is the spacing of the paragraphs of the signature row
// (ô 7, 9b) that sit apart from their style's.
type SignatureSpacing struct {
	// Label is "Nơi nhận:"'s: the gap before the signature, and the
	// difference of baselines that puts it (12 pt) level with the first
	// authority line (14 pt).
	Label Spacing
	// FirstSigner is the first authority or position line's: the gap
	// before the signature.
	FirstSigner Spacing
	// NameAlone is the signer's name's when no authority or position line
	// stands above it: the gap before the signature and the room to sign.
	NameAlone Spacing
}

// SignatureSpacing returns the spacing of the signature row's paragraphs.
// The row's first lines stand the gap before the signature under the
// body's last line: the body's space after, which Word and LibreOffice
// add to the space before a table's first line, counts in it.
func (l *Layout) SignatureSpacing() SignatureSpacing {
	gap := max(0, l.GapBeforeSignature-l.ParaSpacingAfter)
	return SignatureSpacing{
		Label:       Spacing{Before: gap + l.BaselineShift(l.RecipientsLabelSize, l.SignerSize), Line: 1},
		FirstSigner: Spacing{Before: gap, Line: 1},
		NameAlone:   Spacing{Before: gap + l.SignatureSpace, Line: 1},
	}
}

// SignerLines returns the signer's authority and position lines (ô 7a,
// 7b) as printed: upper case, each broken into balanced lines joined by
// "\n" where it is too long for the signature column ("VỤ TRƯỞNG VỤ /
// CÔNG CHỨC - VIÊN CHỨC").
func (l *Layout) SignerLines(s plan.Signer) []string {
	lines := make([]string, 0, len(s.Authority)+len(s.Position))
	for _, line := range append(append([]string{}, s.Authority...), s.Position...) {
		broken := l.TextFonts().Balance(plan.UpperTitle(plan.NFC(line)), Bold, l.SignerSize, l.SignatureRight)
		lines = append(lines, strings.Join(broken, "\n"))
	}
	return lines
}

// widest returns the width of the longest of lines.
func (l *Layout) widest(lines []string, style Style, size float64) float64 {
	w := 0.0
	for _, s := range lines {
		w = max(w, l.TextFonts().Metrics(style).Width(s, size))
	}
	return w
}

// RuleIndent returns the indent on each side that centres a rule of length
// rule in a box of the given width.
func RuleIndent(box, rule float64) float64 {
	return max(0, (box-rule)/2)
}

// BaselineShift returns how far a line of size small must move down to
// share its baseline with a line of size large when both start at the
// same top: the difference of their baselines' depths (line gap and
// ascent). "Số:" (13 pt) moves down to the date's baseline (14 pt);
// "Nơi nhận:" (12 pt) to the first signer line's (14 pt).
func (l *Layout) BaselineShift(small, large float64) float64 {
	m := l.TextFonts().Metrics(Regular)
	return m.BaselineAt(large) - m.BaselineAt(small)
}

// AppendixHead is the geometry of an appendix's opening block (Mẫu 2.1):
// its title wrapped to the text width, and the short rule under the
// "(Kèm theo …)" line.
type AppendixHead struct {
	Title    []string // upper case, wrapped
	Attached []string // the "(Kèm theo …)" line, wrapped
	Rule     float64  // the length of the short rule under it
	// RuleSpacing is the rule paragraph's: the rule's gap under the
	// text, and the gap before the appendix's content.
	RuleSpacing Spacing
}

// AppendixHead computes the opening block of an appendix whose title is
// printed as given (in capitals, as [plan.Plan.Walk] gives it; empty for
// none); width is the text width of its (possibly landscape) page.
func (l *Layout) AppendixHead(p *plan.Plan, title string, width float64) AppendixHead {
	var h AppendixHead
	if title != "" {
		h.Title = l.TextFonts().Balance(title, Bold, l.AppendixTitleSize, width)
	}
	h.Attached = l.TextFonts().Balance(p.AttachedLine(), Italic, l.AttachedSize, width)
	longest := l.widest(h.Title, Bold, l.AppendixTitleSize)
	if longest == 0 {
		longest = l.widest(h.Attached, Italic, l.AttachedSize)
	}
	h.Rule = longest * l.SubjectRuleRatio
	// The rule leaves the italic line's descenders (its slanted "y" and
	// "Q", the dots under "ị", "ọ") a descent more than the gap.
	h.RuleSpacing = l.ruleSpacing()
	h.RuleSpacing.Before += RoundToTwip(l.TextFonts().Metrics(Italic).DescentAt(l.AttachedSize))
	return h
}

// SignatureFits reports whether the signature row fits on one page with
// the last two lines of the body above it and a heading over them, so
// that a writer keeps it whole and moves it with them. When it does not
// (some fifty recipients), the writers let the row split instead, so that
// it starts under the body's end rather than alone on a page. It first
// tries a bound that needs no line breaking (each recipient wraps to at
// most one line per word), which settles it for all but very long lists.
func (l *Layout) SignatureFits(p *plan.Plan) bool {
	room := l.TextHeight() - 2*l.ParaSpacing - (WidowLines+1)*l.BodyLineHeight()
	lines := 1 + len(p.Signer.Authority) + len(p.Signer.Position) // room for a line of each and the name
	for _, s := range p.Signer.Position {
		lines += len(s) / 8 // a position long enough to wrap
	}
	bound := l.GapBeforeSignature + l.SignatureSpace + l.SealOverhang() + float64(lines)*l.TextFonts().LineHeight(l.SignerSize)
	words := 0 // "- " and each word of an item on a line at most, the archive line too
	for _, r := range p.Recipients {
		words += 2 + strings.Count(strings.TrimSpace(r), " ")
	}
	words += 2 + strings.Count(strings.TrimSpace(p.Archive), " ")
	recipients := l.GapBeforeSignature + l.TextFonts().LineHeight(l.RecipientsLabelSize) + float64(words)*l.TextFonts().LineHeight(l.RecipientsSize)
	if max(bound, recipients) <= room {
		return true
	}
	return l.SignatureHeight(p) <= room
}

// RecipientHang returns how far a recipient item's wrapped lines stand in
// from its first: the width of its "- ", so that they go on under its
// text (a hanging indent, rounded to the twip Word keeps).
func (l *Layout) RecipientHang() float64 {
	return RoundToTwip(l.TextFonts().Metrics(Regular).Width("- ", l.RecipientsSize))
}

// SignatureHeight estimates the height of the signature row (ô 7, 9b): the
// taller of its cells, "Nơi nhận:" and the recipients wrapped in the left
// column, or the authority and position lines, the room to sign and the
// name in the right. A row taller than a page cannot be kept whole.
func (l *Layout) SignatureHeight(p *plan.Plan) float64 {
	left := 0.0
	if lines := p.RecipientLines(); len(lines) > 0 {
		left = l.GapBeforeSignature + l.TextFonts().LineHeight(l.RecipientsLabelSize)
		for _, line := range lines {
			lines := l.TextFonts().Wrap([]Piece{{Text: line, Style: Regular, Size: l.RecipientsSize}}, l.SignatureLeft(), l.SignatureLeft()-l.RecipientHang())
			left += float64(len(lines)) * l.TextFonts().LineHeight(l.RecipientsSize)
		}
	}
	signerLines := 1 // the name
	for _, line := range l.SignerLines(p.Signer) {
		signerLines += strings.Count(line, "\n") + 1
	}
	right := l.GapBeforeSignature + l.SignatureSpace + l.SealOverhang() + float64(signerLines)*l.TextFonts().LineHeight(l.SignerSize)
	return max(left, right)
}
