package picture_test

import (
	"testing"

	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/picture"
)

// FuzzRead: no file, however made, makes Read panic; what it accepts is
// a PNG it can read again.
func FuzzRead(f *testing.F) {
	for _, seed := range [][]byte{testpictures.Signature(), testpictures.Seal(), testpictures.OpaqueSignature(),
		testpictures.JPEG(), []byte("\x89PNG\r\n\x1a\n"), nil} {
		f.Add(seed)
	}
	lim := limits.Limits{ImagePixels: 1 << 20}
	f.Fuzz(func(t *testing.T, data []byte) {
		pic, _, err := picture.Read(data, picture.Seal, lim)
		if err != nil {
			return
		}
		if _, _, err := picture.Read(pic.PNG, picture.Seal, lim); err != nil {
			t.Fatalf("the picture written anew does not read: %v", err)
		}
	})
}
