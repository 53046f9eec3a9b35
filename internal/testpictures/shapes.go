package testpictures

import "fmt"

// Shape is a pair of signature and seal images of the shapes agencies
// hand in, and their sizes in pixels.
type Shape struct {
	Name                        string
	Signature, Seal             []byte
	SignaturePixels, SealPixels [2]int
}

// Shapes returns a signature scanned wide (3000 × 100, 30:1), one taller
// than wide (200 × 400) and one cropped close (800 × 200, 4:1), each with
// an oval seal (480 × 400) or an upright one (400 × 500). No two images
// are as wide as each other, so that a PDF keeps them as they are.
func Shapes() []Shape {
	shape := func(name string, sw, sh, cw, ch int) Shape {
		return Shape{Name: name, Signature: SignatureSized(sw, sh), Seal: SealSized(cw, ch),
			SignaturePixels: [2]int{sw, sh}, SealPixels: [2]int{cw, ch}}
	}
	return []Shape{
		shape("wide 30:1", 3000, 100, 480, 400),
		shape("tall 1:2", 200, 400, 480, 400),
		shape("cropped 4:1", 800, 200, 400, 500),
	}
}

// Rect is a rectangle: its left, top, width and height.
type Rect [4]float64

// FitProblems returns how an image of the given pixels, drawn at drawn,
// fails to be fitted into box: its proportions off by more than 1%, out
// of the box by more than tol, not centred in it within tol, or smaller
// than the box holds it; none when it is fitted.
func FitProblems(pixels [2]int, box, drawn Rect, tol float64) []string {
	var out []string
	want := float64(pixels[0]) / float64(pixels[1])
	if got := drawn[2] / drawn[3]; got < want*0.99 || got > want*1.01 {
		out = append(out, fmt.Sprintf("drawn %.4g:1, the image is %.4g:1", got, want))
	}
	if drawn[0] < box[0]-tol || drawn[1] < box[1]-tol || drawn[0]+drawn[2] > box[0]+box[2]+tol || drawn[1]+drawn[3] > box[1]+box[3]+tol {
		out = append(out, fmt.Sprintf("drawn at %.2f, out of its box %.2f", drawn, box))
	}
	if dx, dy := (drawn[0]+drawn[2]/2)-(box[0]+box[2]/2), (drawn[1]+drawn[3]/2)-(box[1]+box[3]/2); max(dx, -dx) > tol || max(dy, -dy) > tol {
		out = append(out, fmt.Sprintf("off the box's centre by %.2f, %.2f", dx, dy))
	}
	if drawn[2] < box[2]-tol && drawn[3] < box[3]-tol {
		out = append(out, fmt.Sprintf("drawn %.2f × %.2f in a box %.2f × %.2f: smaller than it fits", drawn[2], drawn[3], box[2], box[3]))
	}
	return out
}

// Covered returns the share of the signature's width, as drawn, that the
// seal covers.
func Covered(signature, seal Rect) float64 {
	return (min(seal[0]+seal[2], signature[0]+signature[2]) - max(seal[0], signature[0])) / signature[2]
}
