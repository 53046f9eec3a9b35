package docx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/render/picture"
)

// emuOf reads an EMU value as points.
func emuOf(t *testing.T, n *node) float64 {
	t.Helper()
	require.NotNil(t, n)
	v, err := strconv.ParseInt(strings.TrimSpace(n.text), 10, 64)
	require.NoError(t, err)
	return float64(v) / 12700
}

// TestSignatureAndSealPictures: with the images, the signer's name
// paragraph anchors two floating pictures in front of the text, the
// signature centred in the signer's cell over the name, the seal at its
// real size over the signature's left third, after it and above it; the
// package holds the pictures as the writer read them.
func TestSignatureAndSealPictures(t *testing.T) {
	l := layout.Default()
	for _, name := range []string{"ke-hoach-004.md", "plan-09.md", "plan-10.md"} {
		t.Run(name, func(t *testing.T) {
			p := load(t, name)
			out := render(t, p, WithSignature(testpictures.Signature()), WithSeal(testpictures.Seal()))
			parts := unzip(t, out)
			assert.Contains(t, string(parts["[Content_Types].xml"]), `<Default Extension="png" ContentType="image/png"/>`)
			rels := string(parts["word/_rels/document.xml.rels"])
			sig, _, err := picture.Read(testpictures.Signature(), picture.Signature, limits.Limits{})
			require.NoError(t, err)
			seal, _, err := picture.Read(testpictures.Seal(), picture.Seal, limits.Limits{})
			require.NoError(t, err)
			for rel, pic := range map[string]*picture.Picture{"rIdSignature": sig, "rIdSeal": seal} {
				target := "media/" + pic.Name + ".png"
				assert.Contains(t, rels, `Id="`+rel+`" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="`+target+`"`)
				assert.Equal(t, pic.PNG, parts["word/"+target])
			}

			doc := parseXML(t, parts["word/document.xml"])
			anchors := doc.all("anchor")
			require.Len(t, anchors, 2)
			var namePara *node
			for _, para := range doc.all("p") {
				if len(para.all("anchor")) > 0 {
					namePara = para
				}
			}
			require.NotNil(t, namePara)
			assert.Equal(t, p.Signer.Name, paraText(namePara), "anchored in the name's paragraph")
			assert.Equal(t, styleSignerName, namePara.child("pPr").child("pStyle").attrs["val"])

			box := l.SignatureBox(0, l.SignatureRight, l.SignatureSpace)
			sealBox := l.SealBox(box)
			for i, want := range []layout.Rect{box, sealBox} {
				a := anchors[i]
				assert.Equal(t, "0", a.attrs["behindDoc"], "in front of the text")
				assert.Equal(t, "1", a.attrs["layoutInCell"], "in the signer's cell")
				assert.NotNil(t, a.child("wrapNone"), "the text does not flow around it")
				h, v := a.child("positionH"), a.child("positionV")
				assert.Equal(t, "column", h.attrs["relativeFrom"])
				assert.Equal(t, "paragraph", v.attrs["relativeFrom"])
				assert.InDelta(t, want.X, emuOf(t, h.child("posOffset")), 0.001)
				assert.InDelta(t, want.Y, emuOf(t, v.child("posOffset")), 0.001)
				ext := a.child("extent")
				assert.InDelta(t, want.Width, float64(atoi(t, ext.attrs["cx"]))/12700, 0.001)
				assert.InDelta(t, want.Height, float64(atoi(t, ext.attrs["cy"]))/12700, 0.001)
			}
			assert.InDelta(t, (l.SignatureRight-l.SignatureBoxWidth)/2, box.X, 0.001, "centred in the cell")
			assert.Equal(t, "rIdSignature", anchors[0].all("blip")[0].attrs["embed"], "the signature first")
			assert.Equal(t, "rIdSeal", anchors[1].all("blip")[0].attrs["embed"], "the seal after it")
			assert.Greater(t, atoi(t, anchors[1].attrs["relativeHeight"]), atoi(t, anchors[0].attrs["relativeHeight"]), "the seal over the signature")

			plain := unzip(t, render(t, p))
			assert.Equal(t, parts["word/styles.xml"], plain["word/styles.xml"])
			assert.NotContains(t, string(plain["[Content_Types].xml"]), "png", "no picture, no png")
			assert.Equal(t, bytes.Count(plain["word/document.xml"], []byte("<w:p>"))+bytes.Count(plain["word/document.xml"], []byte("<w:p ")),
				bytes.Count(parts["word/document.xml"], []byte("<w:p>"))+bytes.Count(parts["word/document.xml"], []byte("<w:p ")), "no paragraph added")
		})
	}
}

// TestFittedPictures: signatures scanned wide, tall or cropped close, and
// seals that are not square, are anchored with the extent and offset of
// the picture fitted into its box, as the PDF draws it: their
// proportions kept, centred in their boxes, the seal over a third of the
// signature as drawn.
func TestFittedPictures(t *testing.T) {
	l := layout.Default()
	p := load(t, "ke-hoach-004.md")
	column := l.Margins.Left + l.SignatureLeft()
	for _, shape := range testpictures.Shapes() {
		doc := parseXML(t, unzip(t, render(t, p, WithSignature(shape.Signature), WithSeal(shape.Seal)))["word/document.xml"])
		anchors := doc.all("anchor")
		require.Len(t, anchors, 2)
		var drawn [2]testpictures.Rect
		for i, a := range anchors {
			ext := a.child("extent")
			drawn[i] = testpictures.Rect{emuOf(t, a.child("positionH").child("posOffset")), emuOf(t, a.child("positionV").child("posOffset")),
				float64(atoi(t, ext.attrs["cx"])) / 12700, float64(atoi(t, ext.attrs["cy"])) / 12700}
			xfrm := a.all("xfrm")[0].child("ext")
			assert.Equal(t, ext.attrs, xfrm.attrs, "the picture's own size is the extent")
		}
		box := l.SignatureBox(0, l.SignatureRight, l.SignatureSpace)
		const tol = 1.0 / 12700 // an EMU
		assert.Empty(t, testpictures.FitProblems(shape.SignaturePixels, testpictures.Rect{box.X, box.Y, box.Width, box.Height}, drawn[0], tol),
			"%s: the signature", shape.Name)
		assert.InDelta(t, 1.0/3, testpictures.Covered(drawn[0], drawn[1]), 0.001, "%s: the seal over a third of the signature as drawn", shape.Name)
		sealSide := max(drawn[1][2], drawn[1][3])
		assert.InDelta(t, l.SealDiameter, sealSide, tol, "%s: the seal at its real size", shape.Name)

		pics, err := picture.ReadAll(shape.Signature, shape.Seal, limits.Limits{})
		require.NoError(t, err)
		pages, err := compose.Pages(p, l, compose.WithPictures(pics))
		require.NoError(t, err)
		images := compose.ImagesOf(pages)
		require.Len(t, images, 2)
		for i, img := range images {
			assert.InDelta(t, img.Width, drawn[i][2], tol, "%s: %s as wide as in the PDF", shape.Name, img.Kind)
			assert.InDelta(t, img.Height, drawn[i][3], tol, "%s: %s as tall as in the PDF", shape.Name, img.Kind)
			assert.InDelta(t, img.X, column+drawn[i][0], tol, "%s: %s where the PDF draws it across", shape.Name, img.Kind)
		}
		assert.InDelta(t, images[1].Y-images[0].Y, drawn[1][1]-drawn[0][1], tol, "%s: the seal as far down from the signature as in the PDF", shape.Name)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	require.NoError(t, err, s)
	return n
}

// TestPictureErrors: a JPEG renamed .png is refused with the picture's
// error; pictures in an agency's template are refused.
func TestPictureErrors(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	var buf bytes.Buffer
	err := Write(&buf, p, WithSignature(testpictures.JPEG()))
	var pe *picture.Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, picture.CodeNotPNG, pe.Code)
	assert.Zero(t, buf.Len(), "nothing written")
	err = Write(&buf, p, WithTemplate(agencyTemplate(t)), WithSeal(testpictures.Seal()))
	assert.ErrorIs(t, err, errTemplateImages)
}

// TestAppendixFileDocument: an appendix alone opens with the top-right
// text in its 10 pt right-aligned style, holds that appendix only, its
// "(Kèm theo …)" line unfilled, in one section numbered from 1.
func TestAppendixFileDocument(t *testing.T) {
	p := load(t, "plan-10.md")
	corner := p.AppendixCorner(time.Date(2026, 3, 10, 1, 30, 5, 0, time.UTC))
	out := render(t, p, AppendixOnly(2), WithCorner(corner))
	f := openDocx(t, out)
	paras := f.doc.all("body")[0].kids("p")
	require.NotEmpty(t, paras)
	assert.Equal(t, corner, paraText(paras[0]))
	assert.Equal(t, styleCorner, paras[0].child("pPr").child("pStyle").attrs["val"])
	got := f.format(t, paras[0])
	assert.Equal(t, 10.0, got.size)
	assert.False(t, got.bold || got.italic, "upright")
	assert.Equal(t, "right", f.paraProp(paras[0], "jc").attrs["val"])
	text := documentText(t, out)
	assert.Contains(t, text, "Phụ lục II")
	assert.NotContains(t, text, "Phụ lục I\n", "the other appendix is left out")
	assert.NotContains(t, text, "TRƯỞNG ĐOÀN", "and the plan's own pages")
	assert.Contains(t, text, "(Kèm theo Kế hoạch số      /KH-ĐKT ngày      tháng      năm", "the number and date unfilled")
	sects := f.doc.all("sectPr")
	require.Len(t, sects, 1, "one section")
	assert.Equal(t, "1", sects[0].child("pgNumType").attrs["start"], "numbered from 1")

	own := documentText(t, render(t, p, WithoutAppendices()))
	assert.NotContains(t, own, "Phụ lục II\n")
	assert.Contains(t, own, "TRƯỞNG ĐOÀN")

	var buf bytes.Buffer
	assert.Error(t, Write(&buf, p, AppendixOnly(3)), "no appendix 3")
}
