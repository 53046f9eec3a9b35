package pdf

import (
	"bytes"
	"image"
	imagedraw "image/draw"
	"image/png"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/picture"
)

// issuingOptions reads the signature and seal images a document places
// (refusing a file that is not a readable PNG) and returns the options
// that lay the pages out for electronic issuing.
func issuingOptions(c *config) ([]compose.Option, error) {
	pics, err := picture.ReadAll(c.signature, c.seal, c.limits)
	if err != nil {
		return nil, err
	}
	return append([]compose.Option{compose.WithPictures(pics)}, c.compose...), nil
}

// registerImages hands each picture of the pages to fpdf once, under its
// name. fpdf writes its pictures in the order of their widths in pixels,
// and those of one width in the order of a map: a picture as wide as one
// registered before is widened by a transparent column, so that the
// output stays the same from run to run (the column is a 1/width of the
// box, less than 0.1 mm).
func registerImages(doc *fpdf.Fpdf, pages []compose.Page) {
	seen := map[string]bool{}
	widths := map[int]bool{}
	for _, pg := range pages {
		for _, img := range pg.Images {
			if seen[img.Name] {
				continue
			}
			seen[img.Name] = true
			data, width := img.PNG, img.Pixels.Width
			if width > 0 {
				if widths[width] {
					data = widened(data)
					width++
				}
				widths[width] = true
			}
			doc.RegisterImageOptionsReader(img.Name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(data))
		}
	}
}

// widened returns a PNG one transparent column wider, or the PNG itself
// when it cannot be read.
func widened(data []byte) []byte {
	src, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return data
	}
	b := src.Bounds()
	dst := image.NewNRGBA(image.Rect(0, 0, b.Dx()+1, b.Dy()))
	imagedraw.Draw(dst, image.Rect(0, 0, b.Dx(), b.Dy()), src, b.Min, imagedraw.Src)
	var out bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&out, dst); err != nil {
		return data
	}
	return out.Bytes()
}

// image draws a picture where the composition places it: fitted into its
// box, its proportions kept.
func (d *drawer) image(img compose.Image) {
	d.doc.ImageOptions(img.Name, img.X, img.Y, img.Width, img.Height, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
}

// WithSignature places the signer's signature image, a PNG with a
// transparent background (Phụ lục I, mục II.7.d), in the signature box
// centred between the position and the name (ô 7c). Write refuses a file
// that is not a readable PNG ([picture.Error]); [picture.Read] tells what
// else the decree would object to (no transparency, ink not blue).
func WithSignature(png []byte) Option { return func(c *config) { c.signature = png } }

// WithSeal places the seal image, a PNG with a transparent background, at
// the layout's seal size over the signature's left third (ô 8, Phụ lục
// I, mục II.8.a), drawn after the signature.
func WithSeal(png []byte) Option { return func(c *config) { c.seal = png } }

// WithCorner prints text at the top right of the first page, at 10 pt
// inside the margins: an electronic copy's "SAO Y; …; time"
// ([plan.CopyCorner]), or an appendix file's number and time
// ([plan.Plan.AppendixCorner]); "" prints none.
func WithCorner(text string) Option { return composing(compose.WithCorner(text)) }

// WithoutAppendices writes the plan's own pages only, its appendices
// going to files of their own ([AppendixOnly]).
func WithoutAppendices() Option { return composing(compose.PlanOnly()) }

// AppendixOnly writes appendix i (from 1) alone, as a file of its own:
// numbered from 1, its "(Kèm theo …)" line unfilled (Mẫu 2.2); i below 1
// changes nothing. Give it [WithCorner] of [plan.Plan.AppendixCorner] for
// the decree's top-right text.
func AppendixOnly(i int) Option { return composing(compose.AppendixOnly(i)) }

// composing passes a composition option on to the pages.
func composing(o compose.Option) Option {
	return func(c *config) { c.compose = append(c.compose, o) }
}

// WithLimits reads the signature and seal images within lim instead of
// [limits.Default].
func WithLimits(lim limits.Limits) Option { return func(c *config) { c.limits = lim } }
