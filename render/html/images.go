package html

import (
	"encoding/base64"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/picture"
)

// images writes a page's pictures (the signature, then the seal over it)
// over its text and rules, each an <img> of its PNG, embedded, placed
// and sized in points as the PDF draws it. The style is the element's
// own, so that a document without pictures keeps its style sheet.
func (d *document) images(pg *compose.Page) {
	for _, img := range pg.Images {
		d.str(`<img alt="" src="data:image/png;base64,`)
		d.buf = base64.StdEncoding.AppendEncode(d.buf, img.PNG)
		d.str(`" style="position:absolute;left:`)
		d.num(img.X)
		d.str(`pt;top:`)
		d.num(img.Y)
		d.str(`pt;width:`)
		d.num(img.Width)
		d.str(`pt;height:`)
		d.num(img.Height)
		d.str("pt;margin:0;padding:0;border:0;max-width:none\">\n")
	}
}

// WithSignature places the signer's signature image (a PNG) in the
// signature box, as the PDF writer does (render/pdf.WithSignature).
func WithSignature(png []byte) Option { return func(c *config) { c.signature = png } }

// WithSeal places the seal image over the signature, as the PDF writer
// does (render/pdf.WithSeal).
func WithSeal(png []byte) Option { return func(c *config) { c.seal = png } }

// Composing lays the pages out with composition options for electronic
// issuing (render/compose: WithCorner, PlanOnly, AppendixOnly), as the
// PDF writer's options of the same names do, so that the HTML shows the
// PDF's pages.
func Composing(opts ...compose.Option) Option {
	return func(c *config) { c.compose = append(c.compose, opts...) }
}

// composeOptions returns what the pages are laid out with: the pictures
// read (a file that is not a readable PNG refused), and the other
// options.
func composeOptions(c *config) ([]compose.Option, error) {
	pics, err := picture.ReadAll(c.signature, c.seal, c.limits)
	if err != nil {
		return nil, err
	}
	return append([]compose.Option{compose.WithPictures(pics)}, c.compose...), nil
}

// WithLimits reads the signature and seal images within lim instead of
// [limits.Default].
func WithLimits(lim limits.Limits) Option { return func(c *config) { c.limits = lim } }
