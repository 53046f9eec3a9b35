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
// elements of their PNGs over the page, in the boxes the composition
// places them in, the seal after the signature; the page's text is the
// same as without them.
func TestImagesWhereThePDFDrawsThem(t *testing.T) {
	p := testplans.Load(t, "plan-09.md")
	var plain, signed bytes.Buffer
	require.NoError(t, Write(&plain, p))
	require.NoError(t, Write(&signed, p, WithSignature(testpictures.Signature()), WithSeal(testpictures.Seal())))
	imgs := regexp.MustCompile(`<img alt="" src="data:image/png;base64,([^"]+)" style="position:absolute;left:([\d.]+)pt;top:([\d.]+)pt;width:([\d.]+)pt;height:([\d.]+)pt;`).
		FindAllStringSubmatch(signed.String(), -1)
	require.Len(t, imgs, 2)
	pics, err := picture.ReadAll(testpictures.Signature(), testpictures.Seal(), limits.Limits{})
	require.NoError(t, err)
	pages, err := compose.Pages(p, layout.Default(), compose.WithPictures(pics))
	require.NoError(t, err)
	var placed []compose.Image
	for _, pg := range pages {
		placed = append(placed, pg.Images...)
	}
	require.Len(t, placed, 2)
	for i, m := range imgs {
		data, err := base64.StdEncoding.DecodeString(m[1])
		require.NoError(t, err)
		assert.Equal(t, pics[i].PNG, data, "the signature, then the seal")
		for k, want := range []float64{placed[i].X, placed[i].Y, placed[i].Width, placed[i].Height} {
			got, err := strconv.ParseFloat(m[k+2], 64)
			require.NoError(t, err)
			assert.InDelta(t, want, got, 0.001)
		}
	}
	withoutImages := regexp.MustCompile(`<img [^>]*>\n`).ReplaceAllString(signed.String(), "")
	assert.Equal(t, plain.String(), withoutImages, "nothing else changes")
}
