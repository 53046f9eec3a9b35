package layout

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// imageShapes are the images a signer or an agency hands in: a signature
// scanned wide, tall, cropped close, as wide as the box, and seals round,
// oval and upright.
var imageShapes = []struct {
	name string
	px   PixelSize
}{
	{"wide 30:1", PixelSize{3000, 100}},
	{"tall 1:2", PixelSize{200, 400}},
	{"cropped 4:1", PixelSize{800, 200}},
	{"the box's 2.4:1", PixelSize{600, 250}},
	{"square", PixelSize{480, 480}},
	{"oval 6:5", PixelSize{480, 400}},
	{"upright 4:5", PixelSize{400, 500}},
}

// TestFit: an image fitted into a box keeps its proportions, stays
// inside the box, touches two of its sides and is centred in it.
func TestFit(t *testing.T) {
	box := Rect{X: 300, Y: 600, Width: MM(60), Height: MM(25)}
	for _, c := range imageShapes {
		got := box.Fit(c.px)
		ratio := float64(c.px.Width) / float64(c.px.Height)
		assert.InDelta(t, ratio, got.Width/got.Height, ratio*1e-9, "%s: its proportions", c.name)
		assert.GreaterOrEqual(t, got.X, box.X, c.name)
		assert.GreaterOrEqual(t, got.Y, box.Y, c.name)
		assert.LessOrEqual(t, got.X+got.Width, box.X+box.Width+1e-9, c.name)
		assert.LessOrEqual(t, got.Y+got.Height, box.Y+box.Height+1e-9, c.name)
		assert.True(t, near(got.Width, box.Width) || near(got.Height, box.Height), "%s: as large as the box holds", c.name)
		assert.InDelta(t, box.X+box.Width/2, got.X+got.Width/2, 1e-9, "%s: centred across", c.name)
		assert.InDelta(t, box.Y+box.Height/2, got.Y+got.Height/2, 1e-9, "%s: centred down", c.name)
	}
	assert.Equal(t, box, box.Fit(PixelSize{}), "an image of unknown size fills its box")
	assert.Equal(t, box, box.Fit(PixelSize{0, 100}))
	assert.Equal(t, Rect{X: 1, Y: 2}, Rect{X: 1, Y: 2}.Fit(PixelSize{10, 10}), "an empty box stays empty")
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestSigning: the signature is fitted into its box, which stays where
// the layout reserves it; the seal keeps its diameter, fitted when its
// image is not square, and covers SealOverlap of the signature as drawn,
// from its left, on its middle line.
func TestSigning(t *testing.T) {
	l := Default()
	const colX, colWidth, nameTop = 320.0, 283.0, 640.0
	box := l.SignatureBox(colX, colWidth, nameTop)
	for _, sig := range imageShapes[:4] {
		for _, seal := range []PixelSize{{}, {480, 480}, {480, 400}, {400, 500}} {
			at := l.Signing(colX, colWidth, nameTop, sig.px, seal)
			assert.Equal(t, box, at.SignatureBox, "%s: the box does not move", sig.name)
			assert.Equal(t, box.Fit(sig.px), at.Signature, "%s: the signature fitted into it", sig.name)

			assert.InDelta(t, l.SealDiameter, at.SealBox.Width, 1e-9, "the seal's real size")
			assert.InDelta(t, l.SealDiameter, at.SealBox.Height, 1e-9)
			assert.Equal(t, at.SealBox.Fit(seal), at.Seal, "the seal fitted into its box")
			s, d := at.Signature, at.Seal
			covered := (min(d.X+d.Width, s.X+s.Width) - max(d.X, s.X)) / s.Width
			assert.InDelta(t, l.SealOverlap, covered, 1e-9, "%s, seal %v: covers a third of the signature as drawn", sig.name, seal)
			assert.Less(t, d.X, s.X, "from the signature's left")
			assert.InDelta(t, s.Y+s.Height/2, d.Y+d.Height/2, 1e-9, "on the signature's middle line")
		}
	}
	plain := l.Signing(colX, colWidth, nameTop, PixelSize{}, PixelSize{})
	assert.Equal(t, box, plain.Signature, "no image: the boxes")
	assert.Equal(t, l.SealBox(box), plain.SealBox)
	assert.Equal(t, plain.SealBox, plain.Seal)
}
