package picture_test

import (
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/picture"
)

// Reading a signature drawn in red: it is placed, with a warning in both
// languages; a JPEG renamed .png is refused.
func Example() {
	pic, warnings, err := picture.Read(testpictures.RedSignature(), picture.Signature, limits.Limits{})
	fmt.Println(pic.Width, "×", pic.Height, "pixels,", err)
	for _, w := range warnings {
		fmt.Println(w.Code+":", w.Message("en"))
	}
	_, _, err = picture.Read(testpictures.JPEG(), picture.Signature, limits.Limits{})
	vi, _, _ := strings.Cut(err.(*picture.Error).Message("vi"), ":")
	fmt.Println(vi)
	// Output:
	// 600 × 250 pixels, <nil>
	// picture-colour: the signature image is mostly red: Decree 30 asks for blue (Phụ lục I, mục II.7.d)
	// ảnh chữ ký là tệp JPEG, không phải PNG
}
