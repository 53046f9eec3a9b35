// Package testpictures draws the signature and seal images the tests
// place: made in code, so that no real signature or seal is ever copied
// into the project. A signature is a blue scribble on a transparent
// ground, a seal a red double ring around a star; variants break what
// Decree 30 asks of them (an opaque ground, the wrong ink, a JPEG file).
package testpictures

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
)

// Inks.
var (
	Blue  = color.NRGBA{R: 24, G: 48, B: 170, A: 255}
	Red   = color.NRGBA{R: 220, G: 24, B: 32, A: 255}
	white = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
)

// Signature returns a blue scribble, 600 × 250 pixels, on a transparent
// ground: what the decree asks.
func Signature() []byte { return encode(scribble(Blue, false)) }

// Seal returns a red seal, 480 × 480 pixels, on a transparent ground.
func Seal() []byte { return encode(seal(Red)) }

// SignatureSized returns the blue scribble drawn over width × height
// pixels: a signature scanned wide (3000 × 100), tall, or cropped close.
func SignatureSized(width, height int) []byte {
	return encode(scribbleIn(Blue, false, width, height))
}

// SealSized returns the red seal drawn over width × height pixels: an
// oval seal when they differ.
func SealSized(width, height int) []byte { return encode(sealIn(Red, width, height)) }

// OpaqueSignature returns the blue scribble on an opaque white ground,
// without an alpha channel.
func OpaqueSignature() []byte { return encode(scribble(Blue, true)) }

// RedSignature returns the scribble in red ink.
func RedSignature() []byte { return encode(scribble(Red, false)) }

// BlueSeal returns the seal in blue ink.
func BlueSeal() []byte { return encode(seal(Blue)) }

// JPEG returns the blue scribble as a JPEG file: what a clerk may rename
// to .png.
func JPEG() []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, scribble(Blue, true), &jpeg.Options{Quality: 90}); err != nil {
		panic(err)
	}
	return b.Bytes()
}

// encode writes an image as PNG: with an alpha channel when it has
// transparent pixels, as RGB when it is opaque.
func encode(img image.Image) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err) // an in-memory image always encodes
	}
	return b.Bytes()
}

// canvas is an image to draw on.
type canvas struct{ *image.NRGBA }

func newCanvas(w, h int, ground color.NRGBA) canvas {
	c := canvas{image.NewNRGBA(image.Rect(0, 0, w, h))}
	for i := 0; i < len(c.Pix); i += 4 {
		c.Pix[i], c.Pix[i+1], c.Pix[i+2], c.Pix[i+3] = ground.R, ground.G, ground.B, ground.A
	}
	return c
}

// dot fills a disc of radius r at (x, y).
func (c canvas) dot(x, y, r float64, ink color.NRGBA) {
	for py := int(y - r); py <= int(y+r); py++ {
		for px := int(x - r); px <= int(x+r); px++ {
			if (float64(px)-x)*(float64(px)-x)+(float64(py)-y)*(float64(py)-y) <= r*r {
				c.Set(px, py, ink)
			}
		}
	}
}

// strokeSteps draws a curve given by f over t in [0, 1] with a pen of
// radius r, in 4000 steps times scale (at least 1), so that a curve drawn
// larger stays unbroken.
func (c canvas) strokeSteps(f func(t float64) (x, y float64), r float64, ink color.NRGBA, scale float64) {
	steps := int(4000 * max(1, scale))
	for i := 0; i <= steps; i++ {
		x, y := f(float64(i) / float64(steps))
		c.dot(x, y, r, ink)
	}
}

// scribble draws a signature, 600 × 250 pixels: a looping flourish and
// an underline.
func scribble(ink color.NRGBA, opaque bool) image.Image { return scribbleIn(ink, opaque, 600, 250) }

// scribbleIn draws the signature over width × height pixels.
func scribbleIn(ink color.NRGBA, opaque bool, width, height int) image.Image {
	ground := color.NRGBA{}
	if opaque {
		ground = white
	}
	sx, sy := float64(width)/600, float64(height)/250
	pen := min(sx, sy)
	c := newCanvas(width, height, ground)
	c.strokeSteps(func(t float64) (float64, float64) {
		a := t * 6 * math.Pi
		return sx * (60 + 460*t + 40*math.Cos(a)), sy * (120 - 70*math.Sin(a)*(1-0.5*t))
	}, 5*pen, ink, max(sx, sy))
	c.strokeSteps(func(t float64) (float64, float64) { return sx * (80 + 440*t), sy * (205 - 20*math.Sin(t*math.Pi)) }, 4*pen, ink, max(sx, sy))
	if opaque {
		return toRGB(c.NRGBA)
	}
	return c.NRGBA
}

// seal draws a round seal, 480 × 480 pixels: two rings and a
// five-pointed star.
func seal(ink color.NRGBA) image.Image { return sealIn(ink, 480, 480) }

// sealIn draws the seal over width × height pixels, oval when they
// differ.
func sealIn(ink color.NRGBA, width, height int) image.Image {
	const mid = 240.0
	sx, sy := float64(width)/480, float64(height)/480
	pen := min(sx, sy)
	c := newCanvas(width, height, color.NRGBA{})
	at := func(x, y float64) (float64, float64) { return sx * x, sy * y }
	ring := func(radius, thick float64) {
		c.strokeSteps(func(t float64) (float64, float64) {
			return at(mid+radius*math.Cos(2*math.Pi*t), mid+radius*math.Sin(2*math.Pi*t))
		}, thick*pen, ink, max(sx, sy))
	}
	ring(228, 9)
	ring(170, 4)
	for k := range 5 { // the star's five edges
		a0 := -math.Pi/2 + float64(k)*4*math.Pi/5
		a1 := a0 + 4*math.Pi/5
		c.strokeSteps(func(t float64) (float64, float64) {
			return at(mid+90*((1-t)*math.Cos(a0)+t*math.Cos(a1)), mid+90*((1-t)*math.Sin(a0)+t*math.Sin(a1)))
		}, 5*pen, ink, max(sx, sy))
	}
	for k := range 36 { // the lettering between the rings, as dots
		a := 2 * math.Pi * float64(k) / 36
		x, y := at(mid+199*math.Cos(a), mid+199*math.Sin(a))
		c.dot(x, y, 8*pen, ink)
	}
	return c.NRGBA
}

// toRGB drops the alpha channel of an opaque image.
func toRGB(src *image.NRGBA) image.Image {
	out := image.NewRGBA(src.Rect)
	for i := 0; i < len(src.Pix); i += 4 {
		out.Pix[i], out.Pix[i+1], out.Pix[i+2], out.Pix[i+3] = src.Pix[i], src.Pix[i+1], src.Pix[i+2], 255
	}
	return out
}
