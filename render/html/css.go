package html

import (
	"strconv"
	"sync"

	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// The class names. Every rule applies under rootClass only; a class
// that depends on the document (a font, a paper size) is named after
// what it sets, so that two documents on one page never give one class
// two meanings.
const (
	rootClass = "kehoach"
	pageClass = "kh-page"
)

// fontKey is what a run's class sets: its typeface (the key of a font
// other than the embedded text font, which the pages' rules set), the
// style of the font it prints from, its size (rounded as written) and
// colour.
type fontKey struct {
	family string
	style  layout.Style
	size   float64
	color  layout.RGB
}

// keyOf returns the class key of a run.
func (f *faces) keyOf(t *compose.Text) fontKey {
	tf, font := f.of(t)
	return fontKey{family: tf.classKey(), style: font.Style, size: round3(t.Size), color: t.Color}
}

// className names a font class: "kh-", the family's key and "-" for a
// font other than the embedded text font, the style (r, b, i, bi), the
// size with "_" for its decimal point, and a colour other than black:
// "kh-b14", "kh-r8_12", "kh-b13-ff0000", "kh-DejaVuSans-r14".
func (k fontKey) className() string {
	b := []byte("kh-")
	if k.family != "" {
		b = append(b, k.family...)
		b = append(b, '-')
	}
	switch {
	case k.style.Bold && k.style.Italic:
		b = append(b, "bi"...)
	case k.style.Bold:
		b = append(b, 'b')
	case k.style.Italic:
		b = append(b, 'i')
	default:
		b = append(b, 'r')
	}
	b = appendToken(b, k.size)
	if k.color != (layout.RGB{}) {
		b = append(b, '-')
		b = appendHex(b, k.color)
	}
	return string(b)
}

// sizeKey is a paper size, rounded as written.
type sizeKey struct{ w, h float64 }

// className names a paper size's class and @page: "kh-s595_276x841_89".
func (k sizeKey) className() string {
	b := appendToken([]byte("kh-s"), k.w)
	b = append(b, 'x')
	return string(appendToken(b, k.h))
}

// strut holds a line's baseline where the line is placed: an empty
// inline-block as tall as the embedded text font's ascent and descent,
// standing on the baseline's descent below it, is the tallest thing on a
// line whose text has no height of its own (line-height 0), so the line's
// top is its ascent above the baseline whatever the browser's font
// metrics. It is the same in every document, whatever fonts it prints
// in (the text of any font, without height, lies inside it), so that
// two documents on one page share its rule.
// It is measured on first use, not when the process starts.
var strut = sync.OnceValue(func() struct{ ascent, descent float64 } {
	m := layout.DefaultFonts().Main().Font(layout.Regular).Metrics
	em := float64(m.UnitsPerEm)
	return struct{ ascent, descent float64 }{float64(m.Ascent) / em, float64(m.Descent) / em}
})

// textScale is how much larger than on the page a line's text is set,
// before the line is scaled down to the page (scale: calc(1/3)). Chromium
// sets a font's size to a 64th of a pixel, rounded down, so that text of
// 14 pt (18.67 px) prints 0.06% narrower than the PDF's, a quarter of a
// point over a line; three times larger, a size in whole or quarter
// points is a whole number of pixels (14 pt: 56 px), and the line's words
// stand where the PDF's stand.
const textScale = 3

// The rules every document has, under the root class. A page is a box
// of the paper's size that starts a new sheet; a line is positioned
// absolutely, in the pages' font with kerning, ligatures and synthesised
// styles off, unhinted (geometricPrecision: the advances the composition
// measures), white space kept and drawn left to right whatever its
// characters (bidi-override), every property a host page might set on
// its elements reset. The SVG of the rules lies over the page and lets
// the mouse through to the text.
const pageRules = `.kehoach{display:block;margin:0;padding:0;border:0}
.kehoach .kh-page{position:relative;display:block;overflow:hidden;margin:0 auto;padding:0;border:0;box-sizing:content-box;background:#fff;break-inside:avoid}
.kehoach .kh-page+.kh-page{break-before:page}
.kehoach .kh-page>div,.kehoach .kh-page>div span{margin:0;padding:0;border:0;background:none;font-family:kehoach-serif,serif;font-variant:normal;font-kerning:none;font-variant-ligatures:none;font-feature-settings:"kern" 0,"liga" 0,"clig" 0;font-synthesis:none;font-stretch:normal;font-optical-sizing:none;letter-spacing:0;word-spacing:0;text-transform:none;text-decoration:none;text-shadow:none;text-rendering:geometricPrecision;vertical-align:baseline;white-space:pre;color:#000}
.kehoach .kh-page>div{position:absolute;left:0;top:0;display:block;scale:calc(1/3);transform-origin:0 0;line-height:0;text-indent:0;text-align:left;unicode-bidi:bidi-override;direction:ltr;hyphens:manual;-webkit-text-size-adjust:none;text-size-adjust:none}
.kehoach .kh-page>div span{display:inline;line-height:0}
.kehoach .kh-page>svg{position:absolute;left:0;top:0;width:100%;height:100%;overflow:visible;pointer-events:none}
@media screen{.kehoach .kh-page{margin-bottom:16px;box-shadow:0 1px 4px rgba(0,0,0,.35);zoom:var(--kh-zoom,1)}}
@media print{.kehoach .kh-page{margin:0}}
`

// docRules are the rules of a full document, which owns the page: no
// margins, a grey ground on screen.
const docRules = `html,body{margin:0;padding:0}
@media screen{html{background:#e4e4e4}body{padding:16px 0}}
`

// styleSheet writes the document's <style> element: the fonts, the paper
// sizes (with @page rules in a full document), the fixed rules, and a
// class for each font the pages print in.
func (d *document) styleSheet(full bool) {
	d.str("<style>\n")
	for _, fc := range d.faces {
		d.fontFace(fc)
	}
	if full {
		for i, k := range d.sizes {
			if i == 0 {
				d.paper("", k) // the first page's, for a browser without named pages
			}
			d.paper(" "+k.className(), k)
		}
		d.str(docRules)
	}
	d.str(pageRules)
	d.str(".kehoach .kh-page>div::before{content:\"\";display:inline-block;height:")
	d.buf = strconv.AppendFloat(d.buf, strut().ascent+strut().descent, 'f', 6, 64)
	d.str("em;vertical-align:-")
	d.buf = strconv.AppendFloat(d.buf, strut().descent, 'f', 6, 64)
	d.str("em}\n")
	for _, k := range d.sizes {
		d.str(".kehoach .")
		d.str(k.className())
		d.str("{width:")
		d.num(k.w)
		d.str("pt;height:")
		d.num(k.h)
		d.str("pt;page:")
		d.str(k.className())
		d.str("}\n")
	}
	for _, k := range d.fonts {
		d.str(".kehoach .kh-page .") // above the resets of pageRules
		d.str(d.class[k])
		d.str("{")
		if k.family != "" {
			d.str("font-family:")
			d.str(familyPrefix)
			d.str(k.family)
			d.str(",serif;")
		}
		d.str("font-size:")
		d.num(textScale * k.size)
		d.str("pt;")
		d.fontStyle(k.style)
		if k.color != (layout.RGB{}) {
			d.str(";color:#")
			d.buf = appendHex(d.buf, k.color)
		}
		d.str("}\n")
	}
	d.str("</style>\n")
}

// paper writes an @page rule (named when name is not empty) for a paper
// size, without margins.
func (d *document) paper(name string, k sizeKey) {
	d.str("@page")
	d.str(name)
	d.str("{size:")
	d.num(k.w)
	d.str("pt ")
	d.num(k.h)
	d.str("pt;margin:0}\n")
}

// fontStyle writes the declarations of a font style.
func (d *document) fontStyle(s layout.Style) {
	d.str("font-weight:")
	if s.Bold {
		d.str("700")
	} else {
		d.str("400")
	}
	d.str(";font-style:")
	if s.Italic {
		d.str("italic")
	} else {
		d.str("normal")
	}
}

// fontFace writes the @font-face rule of one font, under its typeface's
// name and in the style it is: embedded as a data: URL (cut down to the
// characters the pages draw in it, which its unicode-range lists), or
// linked at the font base; then, when the pages draw characters it
// lacks, the rule of the font that draws them as the PDF does (lacking),
// always embedded.
func (d *document) fontFace(fc face) {
	var chars []rune // all, for a font linked or embedded whole
	if fc.runes != nil {
		chars = fc.runes.all()
	}
	d.faceRule(fc, func() {
		if d.cfg.fontURL {
			d.buf = appendCSSString(d.buf, d.cfg.fontBase+fc.file())
		} else {
			d.buf = appendDataURL(d.buf, fc.data)
		}
	}, chars)
	if fc.notdef != nil {
		d.faceRule(fc, func() { d.buf = appendDataURL(d.buf, fc.notdef) }, fc.missing)
	}
}

// faceRule writes an @font-face rule in the family and style of a face,
// its source written by src, claiming the characters chars (every
// character when nil).
func (d *document) faceRule(fc face, src func(), chars []rune) {
	d.str("@font-face{font-family:")
	d.str(fc.typeface.cssFamily())
	d.str(";")
	d.fontStyle(fc.font.Style)
	d.str(";font-display:block;src:url(\"")
	src()
	d.str("\") format(\"truetype\")")
	if chars != nil {
		// The subset draws these characters only: a browser takes the
		// others from another face of the family, such as another
		// document's on the same page, never from this one's empty
		// glyphs.
		d.str(";unicode-range:")
		d.buf = appendUnicodeRange(d.buf, chars)
	}
	d.str("}\n")
}

// appendCSSString appends s for a double-quoted CSS string inside a
// <style> element: every character but letters, digits and a few
// punctuation marks of URLs as a CSS escape, so that neither a quote, a
// backslash, a line break nor "</style" can end the string or the
// element.
func appendCSSString(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r == '/', r == '.', r == '-', r == '_', r == ':', r == '?', r == '=', r == '%', r == '~', r == '+', r == ',', r == ';', r == '@', r == '!', r == '$', r == '*', r == '#':
			b = append(b, byte(r))
		default:
			b = append(b, '\\')
			b = strconv.AppendInt(b, int64(r), 16)
			b = append(b, ' ')
		}
	}
	return b
}

// appendHex appends a colour as six hex digits.
func appendHex(b []byte, c layout.RGB) []byte {
	const digits = "0123456789abcdef"
	for _, v := range []uint8{c.R, c.G, c.B} {
		b = append(b, digits[v>>4], digits[v&15])
	}
	return b
}

// appendToken appends a length for a class name: as written in the
// style sheet, with "_" for the decimal point.
func appendToken(b []byte, v float64) []byte {
	start := len(b)
	b = appendNum(b, v)
	for i := start; i < len(b); i++ {
		switch b[i] {
		case '.':
			b[i] = '_'
		case '-':
			b[i] = 'm'
		}
	}
	return b
}
