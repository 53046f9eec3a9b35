package docx

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/render/picture"
)

// WithSignature places the signer's signature image, a PNG with a
// transparent background (Phụ lục I, mục II.7.d), as the PDF writer
// places it: a floating picture anchored in the signer's cell, in front
// of the text, centred between the position and the name (ô 7c). Write
// refuses a file that is not a readable PNG ([picture.Error]);
// [picture.Read] tells what else the decree would object to.
func WithSignature(png []byte) Option { return func(c *config) { c.signature = png } }

// WithSeal places the seal image at the layout's seal size over the
// signature's left third (ô 8), in front of the signature.
func WithSeal(png []byte) Option { return func(c *config) { c.seal = png } }

// WithCorner prints text at the top right of the first page, 10 pt
// inside the margins, as the PDF writer does: an electronic copy's "SAO
// Y; …; time" ([plan.CopyCorner]), or an appendix file's number and time
// ([plan.Plan.AppendixCorner]).
func WithCorner(text string) Option { return func(c *config) { c.corner = text } }

// WithoutAppendices writes the plan's own pages only, its appendices
// going to files of their own ([AppendixOnly]).
func WithoutAppendices() Option { return func(c *config) { c.part = partPlan } }

// AppendixOnly writes appendix i (from 1) alone, as a file of its own:
// numbered from 1, its "(Kèm theo …)" line unfilled (Mẫu 2.2); i below 1
// changes nothing.
func AppendixOnly(i int) Option {
	return func(c *config) {
		if i > 0 {
			c.part = i
		}
	}
}

// partPlan is config.part for the plan without its appendices; 0 is the
// whole plan, i > 0 appendix i alone.
const partPlan = -1

// errTemplateImages refuses images in an agency's template, whose
// signer's cell kehoach does not lay out.
var errTemplateImages = errors.New("docx: the signature and seal images, the top-right text and appendix files are laid out in kehoach's own document, not in an agency's template")

// picturePart is a picture of the package: its role, its file and its
// relationship.
type picturePart struct {
	pic  *picture.Picture
	rel  string // the relationship's id
	file string // its part's name, under word/media/
}

// readPictures reads the signature and seal images of the config.
func readPictures(cfg *config) ([]picturePart, error) {
	pics, err := picture.ReadAll(cfg.signature, cfg.seal, cfg.limits)
	if err != nil {
		return nil, err
	}
	out := make([]picturePart, len(pics))
	for i, pic := range pics {
		rel := "rIdSignature"
		if pic.Role == picture.Seal {
			rel = "rIdSeal"
		}
		out[i] = picturePart{pic: pic, rel: rel, file: "media/" + pic.Name + ".png"}
	}
	return out, nil
}

// emu converts points to English Metric Units, DrawingML's: 12,700 a
// point.
func emu(pt float64) string { return strconv.FormatInt(int64(math.Round(pt*12700)), 10) }

// signerName writes the signer's name (ô 7c) and, anchored in it, the
// signature and seal images where the layout prints them above it
// ([layout.Layout.Signing]: each fitted into its box, its proportions
// kept): floating in front of the text, positioned from the cell's left
// edge and the name paragraph's top (its space before included, as Word
// and LibreOffice measure a paragraph), the seal after the signature and
// above it.
func (d *builder) signerName(extra pProps, nameBefore float64) {
	d.runsPara(styleSignerName, extra, func() {
		var sigPx, sealPx layout.PixelSize
		for _, pp := range d.pictures {
			px := layout.PixelSize{Width: pp.pic.Width, Height: pp.pic.Height}
			if pp.pic.Role == picture.Seal {
				sealPx = px
			} else {
				sigPx = px
			}
		}
		at := d.l.Signing(0, d.l.SignatureRight, nameBefore, sigPx, sealPx)
		for i, pp := range d.pictures {
			drawn := at.Signature
			if pp.pic.Role == picture.Seal {
				drawn = at.Seal
			}
			d.anchor(pp, drawn, i+1)
		}
		d.textRuns(d.p.Signer.Name, runStyle{})
	})
}

// anchor writes a floating picture in front of the text, drawn in box
// (from the cell's left edge and the paragraph's top: its offset and its
// extent), the n-th of the document.
func (d *builder) anchor(pp picturePart, box layout.Rect, n int) {
	const (
		nsWP  = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
		nsA   = "http://schemas.openxmlformats.org/drawingml/2006/main"
		nsPic = "http://schemas.openxmlformats.org/drawingml/2006/picture"
	)
	id := itoa(n)
	name := pp.pic.Role.String()
	cx, cy := emu(box.Width), emu(box.Height)
	b := &d.b
	b.WriteString(`<w:r><w:drawing><wp:anchor xmlns:wp="` + nsWP + `" distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="` +
		itoa(251659264+n) + `" behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">`)
	b.WriteString(`<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>` + emu(box.X) +
		`</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>` + emu(box.Y) +
		`</wp:posOffset></wp:positionV><wp:extent cx="` + cx + `" cy="` + cy + `"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>`)
	b.WriteString(`<wp:docPr id="` + id + `" name="` + name + `"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="` + nsA + `" noChangeAspect="1"/></wp:cNvGraphicFramePr>`)
	b.WriteString(`<a:graphic xmlns:a="` + nsA + `"><a:graphicData uri="` + nsPic + `"><pic:pic xmlns:pic="` + nsPic + `">` +
		`<pic:nvPicPr><pic:cNvPr id="` + id + `" name="` + name + `.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
		`<pic:blipFill><a:blip r:embed="` + pp.rel + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="` + cx + `" cy="` + cy + `"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
		`</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`)
}

// corner writes the top-right text at the top of the first page, in the
// CornerText style (10 pt, right).
func (d *builder) corner() {
	if d.cornerText != "" {
		d.textPara(styleCorner, pProps{}, plan.NFC(d.cornerText))
	}
}

// captionPlan returns the plan whose "(Kèm theo …)" line an appendix
// prints: the plan itself, or for an appendix file the plan with its
// number and date blank (Mẫu 2.2).
func (d *builder) captionPlan() *plan.Plan {
	if d.part <= 0 {
		return d.p
	}
	unfilled := *d.p
	unfilled.Number, unfilled.Date = "", plan.Date{}
	return &unfilled
}

// appendixDocument writes word/document.xml of appendix i alone: the
// top-right text, the appendix, its section numbered from 1.
func (d *builder) appendixDocument(i int) {
	d.b.Grow(32 << 10)
	d.b.WriteString(xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	d.corner()
	var last string
	d.content(false, nil, func(a *plan.Appendix) (pProps, float64) {
		landscape := d.l.AppendixLandscape(a)
		last = d.sectPr(true, landscape) // numbered from 1
		l := *d.l
		if landscape {
			l = l.Landscape()
		}
		return pProps{}, l.TextWidth()
	})
	d.sectionEnd("")
	d.b.WriteString(last)
	d.b.WriteString(`</w:body></w:document>`)
}

// pictureParts returns the package's parts that its pictures change: the
// content types and relationships with theirs added; nil without
// pictures.
func pictureParts(pics []picturePart, contentTypes, rels []byte) map[string][]byte {
	if len(pics) == 0 {
		return nil
	}
	out := map[string][]byte{
		"[Content_Types].xml": []byte(strings.Replace(string(contentTypes), `<Default Extension="xml"`,
			`<Default Extension="png" ContentType="image/png"/><Default Extension="xml"`, 1)),
	}
	var add strings.Builder
	for _, pp := range pics {
		add.WriteString(`<Relationship Id="` + pp.rel + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="` + pp.file + `"/>`)
	}
	out["word/_rels/document.xml.rels"] = []byte(strings.Replace(string(rels), `</Relationships>`, add.String()+`</Relationships>`, 1))
	return out
}
