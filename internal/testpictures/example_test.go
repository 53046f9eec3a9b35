package testpictures_test

import (
	"bytes"
	"fmt"
	"image/png"

	"github.com/kehoach/kehoach/internal/testpictures"
)

// A signature for the tests: a blue scribble on a transparent ground, and
// a red seal, both PNG files.
func Example() {
	for _, pic := range [][]byte{testpictures.Signature(), testpictures.Seal()} {
		img, err := png.Decode(bytes.NewReader(pic))
		if err != nil {
			panic(err)
		}
		_, _, _, a := img.At(0, 0).RGBA()
		fmt.Println(img.Bounds().Dx() > 0, a == 0)
	}
	// Output:
	// true true
	// true true
}
