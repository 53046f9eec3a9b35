package html

import (
	"bytes"
	"encoding/base64"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/render/picture"
)

// TestImagesWhereThePDFDrawsThem: the signature and the seal are <img>
// elements of their PNGs over the page, where the composition draws them
// (fitted into their boxes, their proportions kept, also for a signature
// scanned wide, tall or cropped close and a seal that is not square), the
// seal after the signature; the page's text is the same as without them.
func TestImagesWhereThePDFDrawsThem(t *testing.T) {
	p := testplans.Load(t, "plan-09.md")
	var plain bytes.Buffer
	require.NoError(t, Write(&plain, p))
	shapes := append([]testpictures.Shape{{Name: "the box's shape", Signature: testpictures.Signature(), Seal: testpictures.Seal(),
		SignaturePixels: [2]int{600, 250}, SealPixels: [2]int{480, 480}}}, testpictures.Shapes()...)
	for _, shape := range shapes {
		var signed bytes.Buffer
		require.NoError(t, Write(&signed, p, WithSignature(shape.Signature), WithSeal(shape.Seal)))
		imgs := regexp.MustCompile(`<img alt="" src="data:image/png;base64,([^"]+)" style="position:absolute;left:([\d.]+)pt;top:([\d.]+)pt;width:([\d.]+)pt;height:([\d.]+)pt;`).
			FindAllStringSubmatch(signed.String(), -1)
		require.Len(t, imgs, 2)
		pics, err := picture.ReadAll(shape.Signature, shape.Seal, limits.Limits{})
		require.NoError(t, err)
		pages, err := compose.Pages(p, layout.Default(), compose.WithPictures(pics))
		require.NoError(t, err)
		placed := compose.ImagesOf(pages)
		require.Len(t, placed, 2)
		for i, m := range imgs {
			data, err := base64.StdEncoding.DecodeString(m[1])
			require.NoError(t, err)
			assert.Equal(t, pics[i].PNG, data, "the signature, then the seal")
			var got [4]float64
			for k, want := range []float64{placed[i].X, placed[i].Y, placed[i].Width, placed[i].Height} {
				got[k], err = strconv.ParseFloat(m[k+2], 64)
				require.NoError(t, err)
				assert.InDelta(t, want, got[k], 0.001)
			}
			ratio := float64(pics[i].Width) / float64(pics[i].Height)
			assert.InDelta(t, ratio, got[2]/got[3], ratio/100, "%s: %s in its proportions", shape.Name, pics[i].Role)
		}
		withoutImages := regexp.MustCompile(`<img [^>]*>\n`).ReplaceAllString(signed.String(), "")
		assert.Equal(t, plain.String(), withoutImages, "nothing else changes")
	}
}
