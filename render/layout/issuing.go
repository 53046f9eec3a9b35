package layout

import (
	"fmt"
	"math"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// Rect is a rectangle on a page: its top-left corner (X, Y) and its size,
// in points, y growing downwards.
type Rect struct{ X, Y, Width, Height float64 }

// SignatureBox returns the box of the signer's signature image (ô 7c,
// Phụ lục I, mục II.7.d: "đặt canh giữa chức vụ của người ký và họ tên
// người ký"): SignatureBoxWidth × SignatureBoxHeight, centred in the signer's
// column (its left edge at colX, colWidth wide) and in the room to sign,
// the SignatureSpace whose foot is the top of the name's line (nameTop).
// [Layout.Check] makes sure the room holds it, so that placing the image
// moves nothing.
func (l *Layout) SignatureBox(colX, colWidth, nameTop float64) Rect {
	roomTop := nameTop - l.SignatureSpace
	return Rect{
		X:     colX + (colWidth-l.SignatureBoxWidth)/2,
		Y:     roomTop + (l.SignatureSpace-l.SignatureBoxHeight)/2,
		Width: l.SignatureBoxWidth, Height: l.SignatureBoxHeight,
	}
}

// SealBox returns the box of the seal image (ô 8, Phụ lục I, mục II.8.a:
// "kích thước bằng kích thước thực tế của dấu … trùm lên khoảng 1/3 hình
// ảnh chữ ký số của người có thẩm quyền về bên trái"): a square of the
// seal's diameter, centred on the signature's middle line, its right
// edge SealOverlap of the signature's width in from the signature's left
// edge, so that it covers that share of it. signature is the signature's
// box, or the signature image as drawn in it ([Layout.Signing]).
func (l *Layout) SealBox(signature Rect) Rect {
	right := signature.X + l.SealOverlap*signature.Width
	return Rect{
		X:     right - l.SealDiameter,
		Y:     signature.Y + (signature.Height-l.SealDiameter)/2,
		Width: l.SealDiameter, Height: l.SealDiameter,
	}
}

// PixelSize is an image's size in pixels. The zero PixelSize is an image
// of unknown size, which fills its box.
type PixelSize struct{ Width, Height int }

// Fit returns where an image of size px prints in r: as large as r holds
// it with its proportions kept, centred in r ("contain"), so that a
// signature scanned wide prints wide and a seal stays round. An image of
// unknown size fills r.
func (r Rect) Fit(px PixelSize) Rect {
	if px.Width <= 0 || px.Height <= 0 || r.Width <= 0 || r.Height <= 0 {
		return r
	}
	scale := min(r.Width/float64(px.Width), r.Height/float64(px.Height))
	w, h := min(r.Width, scale*float64(px.Width)), min(r.Height, scale*float64(px.Height))
	return Rect{X: r.X + (r.Width-w)/2, Y: r.Y + (r.Height-h)/2, Width: w, Height: h}
}

// Signing is where the signer's signature (ô 7c) and the agency's seal
// (ô 8) print: the boxes the layout reserves, and the images drawn in
// them.
type Signing struct {
	// SignatureBox is [Layout.SignatureBox]; SealBox a square of the
	// seal's diameter ([Layout.SealBox]) over the signature as drawn.
	SignatureBox, SealBox Rect
	// Signature and Seal are the images as drawn: each fitted into its
	// box with its proportions kept ([Rect.Fit]).
	Signature, Seal Rect
}

// Signing returns where the signature and seal images, of the given
// sizes in pixels (zero for none, or unknown), print above the signer's
// name (its column's left edge at colX, colWidth wide, its line's top at
// nameTop). The signature is fitted into its box, centred under the
// position and in the room to sign (II.7.d: "đặt canh giữa"). The seal
// keeps its real diameter: its box is [Layout.SealBox] of the signature
// as drawn, not of the signature's box, so that it covers SealOverlap of
// the signature the reader sees (II.8.a: "trùm lên khoảng 1/3 hình ảnh
// chữ ký số … về bên trái"); a seal image that is not square is fitted
// into its box, and the box moved so that the seal as drawn, not its
// box, ends at that share.
func (l *Layout) Signing(colX, colWidth, nameTop float64, signature, seal PixelSize) Signing {
	s := Signing{SignatureBox: l.SignatureBox(colX, colWidth, nameTop)}
	s.Signature = s.SignatureBox.Fit(signature)
	s.SealBox = l.SealBox(s.Signature)
	s.Seal = s.SealBox.Fit(seal)
	shift := (s.SealBox.X + s.SealBox.Width) - (s.Seal.X + s.Seal.Width)
	s.SealBox.X += shift
	s.Seal.X += shift
	return s
}

// BlankFill returns the gap a blank of the header prints ([plan.Segment]):
// as many spaces, in the font style and size of its line, as come
// closest to the layout's width for it (NumberBlank, DateBlank,
// YearBlank), at least one. Spaces print alike in the DOCX and the PDF,
// whose fonts share their metrics, so the blank is as wide in both, and
// a number stamped into it moves nothing.
func (l *Layout) BlankFill(kind plan.BlankKind, style Style, size float64) string {
	width := l.DateBlank
	switch kind {
	case plan.BlankNumber:
		width = l.NumberBlank
	case plan.BlankYear:
		width = l.YearBlank
	}
	space := l.TextFonts().Metrics(style).Width(" ", size)
	n := 1
	if space > 0 {
		n = max(1, int(math.Round(width/space)))
	}
	return strings.Repeat(" ", n)
}

// NumberLine returns the "Số" line as printed: its blank, when the number
// is, as wide as the layout sets ([Layout.BlankFill]).
func (l *Layout) NumberLine(p *plan.Plan) string {
	return plan.JoinSegments(p.NumberSegments(), func(k plan.BlankKind) string {
		return l.BlankFill(k, Regular, l.NumberSize)
	})
}

// DateLine returns the place-and-date line as printed at the given size
// ([Head.DateSize]): its blanks as wide as the layout sets.
func (l *Layout) DateLine(p *plan.Plan, size float64) string {
	return plan.JoinSegments(p.DateSegments(), func(k plan.BlankKind) string {
		return l.BlankFill(k, Italic, size)
	})
}

// SealOverhang returns how far the seal, centred on the signature box in
// the room to sign, reaches below the line of the signer's name: half of
// what it is taller than the room, less the name's line; 0 when it does
// not. The name keeps that much room after it, so that the signature row
// holds the seal whole (a word processor keeps a picture inside the
// table cell it is anchored in, and would move it up otherwise).
func (l *Layout) SealOverhang() float64 {
	return max(0, math.Ceil(20*((l.SealDiameter-l.SignatureSpace)/2-l.TextFonts().LineHeight(l.SignerSize)))/20) // whole twips, as Word keeps it
}

// CornerHeight returns the room the top-right text of an appendix file or
// of an electronic copy takes at the top of its page: a line of
// CornerSize and the gap under it.
func (l *Layout) CornerHeight() float64 { return l.TextFonts().LineHeight(l.CornerSize) + l.CornerGap }

// checkPlaces reports the places that do not fit the layout: a signature
// box taller than the room to sign or wider than the signer's column,
// a seal that does not reach the signature's left edge.
func (l *Layout) checkPlaces() CheckErrors {
	var out CheckErrors
	if l.SignatureBoxHeight > l.SignatureSpace+rangeTolerance {
		out = append(out, &CheckError{Key: keySignatureHeight,
			Vi: fmt.Sprintf("ô chữ ký (cao %s mm) không vừa khoảng trống để ký (%s mm): tăng room_to_sign_mm hoặc giảm signature_height_mm", num(ToMM(l.SignatureBoxHeight)), num(ToMM(l.SignatureSpace))),
			En: fmt.Sprintf("the signature box (%.4g mm tall) does not fit the room to sign (%.4g mm): raise room_to_sign_mm or lower signature_height_mm", ToMM(l.SignatureBoxHeight), ToMM(l.SignatureSpace))})
	}
	if l.SignatureBoxWidth > l.SignatureRight+rangeTolerance {
		out = append(out, &CheckError{Key: keySignatureWidth,
			Vi: fmt.Sprintf("ô chữ ký (rộng %s mm) rộng hơn cột của người ký (%s mm): giảm signature_width_mm", num(ToMM(l.SignatureBoxWidth)), num(ToMM(l.SignatureRight))),
			En: fmt.Sprintf("the signature box (%.4g mm wide) is wider than the signer's column (%.4g mm): lower signature_width_mm", ToMM(l.SignatureBoxWidth), ToMM(l.SignatureRight))})
	}
	if l.SealDiameter < l.SealOverlap*l.SignatureBoxWidth-rangeTolerance {
		out = append(out, &CheckError{Key: keySealDiameter,
			Vi: fmt.Sprintf("dấu (%s mm) hẹp hơn %.0f%% ô chữ ký (%s mm) mà dấu phải trùm lên", num(ToMM(l.SealDiameter)), 100*l.SealOverlap, num(ToMM(l.SealOverlap*l.SignatureBoxWidth))),
			En: fmt.Sprintf("the seal (%.4g mm) is narrower than the %.0f%% of the signature (%.4g mm) it must cover", ToMM(l.SealDiameter), 100*l.SealOverlap, ToMM(l.SealOverlap*l.SignatureBoxWidth))})
	}
	return out
}
