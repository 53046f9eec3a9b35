package compose

import (
	"bytes"
	"fmt"
	"image/png"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/render/picture"
)

// An Option prepares the pages for issuing the plan as an electronic
// document (Decree 30, Phụ lục I, mục II.7–8 and III.1; Phần II, mục I):
// the signature and seal images in their places, the top-right text of an
// appendix file or an electronic copy, the plan without its appendices or
// one appendix alone.
type Option func(*issuing)

// issuing is what the options ask for.
type issuing struct {
	signature, seal *Image
	corner          string
	// part is what the pages hold: every section (partAll), the plan's
	// own (partPlan), or appendix i alone (i > 0).
	part int
}

// partAll and partPlan are the values of issuing.part that are not an
// appendix.
const (
	partAll  = 0
	partPlan = -1
)

// Image is a picture drawn on a page: a PNG file at its place, in points
// from the page's top-left corner, fitted into its box with its
// proportions kept ([layout.Layout.Signing]).
type Image struct {
	X, Y, Width, Height float64
	// Name names the picture for the drawer, the same for the same bytes
	// (a PDF registers each picture once, under its name).
	Name string
	// PNG is the picture's file.
	PNG []byte
	// Kind is the place it fills: [PlaceSignature] or [PlaceSeal].
	Kind PlaceKind
	// Pixels is its size in pixels, zero when the file does not tell
	// (then it fills its box).
	Pixels layout.PixelSize
}

// WithSignature places the signer's signature image (a PNG, its name for
// the drawer) in the signature box (ô 7c), fitted into it.
func WithSignature(name string, png []byte) Option {
	return func(is *issuing) { is.signature = newImage(name, png, PlaceSignature) }
}

// WithSeal places the seal image in the seal box (ô 8), over the
// signature, fitted into it.
func WithSeal(name string, png []byte) Option {
	return func(is *issuing) { is.seal = newImage(name, png, PlaceSeal) }
}

// newImage returns the image of a PNG file, its size read from its
// header.
func newImage(name string, file []byte, kind PlaceKind) *Image {
	img := &Image{Name: name, PNG: file, Kind: kind}
	if cfg, err := png.DecodeConfig(bytes.NewReader(file)); err == nil {
		img.Pixels = layout.PixelSize{Width: cfg.Width, Height: cfg.Height}
	}
	return img
}

// WithPictures places the signature and seal pictures read by
// [picture.ReadAll] (render/picture), each in its box.
func WithPictures(pics []*picture.Picture) Option {
	return func(is *issuing) {
		for _, pic := range pics {
			img := &Image{Name: pic.Name, PNG: pic.PNG, Kind: PlaceSignature,
				Pixels: layout.PixelSize{Width: pic.Width, Height: pic.Height}}
			if pic.Role == picture.Seal {
				img.Kind = PlaceSeal
				is.seal = img
			} else {
				is.signature = img
			}
		}
	}
}

// WithCorner prints text at the top right of the first page, in the
// CornerText style, above what the page holds: the number and signing
// time of an appendix file ([plan.Plan.AppendixCorner]), or the form,
// agency and time of an electronic copy ([plan.CopyCorner]).
func WithCorner(text string) Option { return func(is *issuing) { is.corner = text } }

// PlanOnly lays out the plan's own pages, without its appendices (issued
// as files of their own).
func PlanOnly() Option { return func(is *issuing) { is.part = partPlan } }

// AppendixOnly lays out appendix i (from 1) alone, as a file of its own:
// its pages numbered from 1, its "(Kèm theo …)" line with the number and
// date left unfilled, as Mẫu 2.2 prints it for an electronic document
// (Phụ lục I, mục III.1.c: "không phải điền thông tin tại các vị trí
// này"). Pages fails when the plan has no appendix i; i below 1 changes
// nothing.
func AppendixOnly(i int) Option {
	return func(is *issuing) {
		if i > 0 {
			is.part = i
		}
	}
}

// keepSection reports whether section i (0 the plan, then each appendix)
// is laid out.
func (is *issuing) keepSection(i int) bool {
	switch is.part {
	case partAll:
		return true
	case partPlan:
		return i == 0
	}
	return i == is.part
}

// captionPlan returns the plan whose "(Kèm theo …)" line an appendix
// prints: the plan itself, or for an appendix file the plan with its
// number and date blank.
func (b *builder) captionPlan() *plan.Plan {
	if b.is.part <= 0 {
		return b.p
	}
	unfilled := *b.p
	unfilled.Number, unfilled.Date = "", plan.Date{}
	return &unfilled
}

// placeCorner prints the top-right text at the top of the first page, its
// right edge on the right margin, and moves the page's first line under
// it: the text keeps inside the margins, and the page holds what it
// would hold without it, moved down.
func (pg *pager) placeCorner(text string) {
	if text == "" || len(pg.pages) != 1 {
		return
	}
	st := pg.b.sheet.Style(layout.CornerText)
	text = Printable(plan.NFC(text))
	fonts := pg.l.TextFonts()
	w := fonts.Metrics(st.Face()).Width(text, st.Size)
	x := pg.l.PageWidth - pg.l.Margins.Right - w
	lh := fonts.LineHeight(st.Size)
	pg.cur.Texts = append(pg.cur.Texts, Text{X: x, Y: pg.y + baseline(fonts, st.Size), Text: text, Style: st.Face(), Size: st.Size, Width: w})
	pg.cur.Places = append(pg.cur.Places, Place{Kind: PlaceCorner, X: x, Y: pg.y, Width: w, Height: lh,
		Baseline: pg.y + baseline(fonts, st.Size), Size: st.Size})
	pg.y += lh + st.Spacing.After
	pg.lastAfter = st.Spacing.After
}

// blankMark is a blank of a header line, to find where it prints: the
// text around it and its gap, as the line prints them.
type blankMark struct {
	kind          plan.BlankKind
	before, after string // the text segments beside it
	fill          string // its spaces
}

// blankMarks returns the marks of a line's blanks.
func blankMarks(segs []plan.Segment, fill func(plan.BlankKind) string) []blankMark {
	var out []blankMark
	for i, s := range segs {
		if s.Blank == plan.NotBlank {
			continue
		}
		m := blankMark{kind: s.Blank, fill: fill(s.Blank)}
		if i > 0 {
			m.before = segs[i-1].Text
		}
		if i+1 < len(segs) {
			m.after = segs[i+1].Text
		}
		out = append(out, m)
	}
	return out
}

// markBlanks records the places of a paragraph's blanks printed in runs:
// the gap between the words around each, from the end of the one before
// to the start of the one after, as tall as the line's text. A blank that
// ends the line (the year's) is the gap's width after its word: the line
// breaker drops the spaces that end a line, as word processors do.
func (pg *pager) markBlanks(p *para, runs []Text) {
	for _, m := range p.blanks {
		for _, r := range runs {
			at := strings.Index(r.Text, m.before+m.fill+m.after)
			if at < 0 && m.after == "" && strings.HasSuffix(r.Text, m.before) {
				at = len(r.Text) - len(m.before)
			}
			if at < 0 {
				continue
			}
			fonts := pg.l.TextFonts()
			face := fonts.Metrics(r.Style)
			x := r.X + face.Width(r.Text[:at+len(m.before)], r.Size)
			w := face.Width(m.fill, r.Size)
			top := r.Y - baseline(fonts, r.Size)
			pg.cur.Places = append(pg.cur.Places, Place{Kind: blankPlace(m.kind), X: x, Y: top, Width: w,
				Height: fonts.LineHeight(r.Size), Baseline: r.Y, Size: r.Size})
			break
		}
	}
}

// blankPlace returns the place kind of a blank.
func blankPlace(k plan.BlankKind) PlaceKind { return PlaceKind(k.String()) }

// markSignature records the signature and seal boxes above the signer's
// name, whose first line's top is at the current position, in the column
// whose left edge is x, and places their images fitted into them: the
// signature, then the seal over it. The seal's box follows the signature
// as drawn ([layout.Layout.Signing]).
func (pg *pager) markSignature(p *para, x float64) {
	var sigPx, sealPx layout.PixelSize
	if img := pg.b.is.signature; img != nil {
		sigPx = img.Pixels
	}
	if img := pg.b.is.seal; img != nil {
		sealPx = img.Pixels
	}
	at := pg.b.l.Signing(x+p.left, p.width, pg.y, sigPx, sealPx)
	pg.cur.Places = append(pg.cur.Places,
		Place{Kind: PlaceSignature, X: at.SignatureBox.X, Y: at.SignatureBox.Y, Width: at.SignatureBox.Width, Height: at.SignatureBox.Height},
		Place{Kind: PlaceSeal, X: at.SealBox.X, Y: at.SealBox.Y, Width: at.SealBox.Width, Height: at.SealBox.Height})
	for _, img := range []*Image{pg.b.is.signature, pg.b.is.seal} {
		if img == nil {
			continue
		}
		drawn := at.Signature
		if img.Kind == PlaceSeal {
			drawn = at.Seal
		}
		placed := *img
		placed.X, placed.Y, placed.Width, placed.Height = drawn.X, drawn.Y, drawn.Width, drawn.Height
		pg.cur.Images = append(pg.cur.Images, placed)
	}
}

// numberLine returns the "Số" line of the header, its blank as wide as
// the layout sets, marked.
func (b *builder) numberLine(h layout.Head) *para {
	p := b.styled(layout.NumberLine, plan.Plain(b.l.NumberLine(b.p)), h.LeftWidth).space(h.NumberSpacing)
	st := b.sheet.Style(layout.NumberLine)
	p.blanks = blankMarks(b.p.NumberSegments(), func(k plan.BlankKind) string { return b.l.BlankFill(k, st.Face(), st.Size) })
	return p
}

// noAppendix is the error of AppendixOnly(i) on a plan without appendix
// i.
func noAppendix(i, n int) error {
	return fmt.Errorf("compose: the plan has %d appendices, no appendix %d", n, i)
}
