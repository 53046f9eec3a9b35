package picture_test

import (
	"bytes"
	"errors"
	"image/png"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/picture"
)

// codes returns the codes of warnings.
func codes(ws []picture.Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Code)
	}
	return out
}

func TestDecreeImagesPassQuietly(t *testing.T) {
	for _, c := range []struct {
		data []byte
		role picture.Role
	}{{testpictures.Signature(), picture.Signature}, {testpictures.Seal(), picture.Seal}} {
		pic, warnings, err := picture.Read(c.data, c.role, limits.Limits{})
		require.NoError(t, err)
		assert.Empty(t, warnings, c.role.String())
		img, err := png.Decode(bytes.NewReader(pic.PNG))
		require.NoError(t, err, "the picture placed is a PNG")
		assert.Equal(t, pic.Width, img.Bounds().Dx())
		assert.Contains(t, pic.Name, c.role.String()+"-")
	}
}

func TestWarnings(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		role picture.Role
		want []string
		vi   string
	}{
		{"opaque signature", testpictures.OpaqueSignature(), picture.Signature, []string{picture.CodeOpaque}, "nền trong suốt"},
		{"red signature", testpictures.RedSignature(), picture.Signature, []string{picture.CodeColour}, "màu chủ đạo đỏ"},
		{"blue seal", testpictures.BlueSeal(), picture.Seal, []string{picture.CodeColour}, "màu chủ đạo xanh"},
	} {
		_, warnings, err := picture.Read(c.data, c.role, limits.Limits{})
		require.NoError(t, err, c.name)
		assert.Equal(t, c.want, codes(warnings), c.name)
		for _, w := range warnings {
			assert.Contains(t, w.Message("vi"), c.vi, c.name)
			assert.Contains(t, w.Message("en"), "Decree 30", c.name)
			assert.NotEqual(t, w.Message("vi"), w.Message("en"), "%s: worded in both languages", c.name)
		}
	}
}

func TestJPEGRenamedIsRefused(t *testing.T) {
	_, _, err := picture.Read(testpictures.JPEG(), picture.Signature, limits.Limits{})
	var pe *picture.Error
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, picture.CodeNotPNG, pe.Code)
	assert.Contains(t, pe.Message("vi"), "là tệp JPEG, không phải PNG")
	assert.Contains(t, pe.Message("en"), "is a JPEG file, not a PNG")
}

func TestBrokenAndHugeFiles(t *testing.T) {
	good := testpictures.Seal()
	_, _, err := picture.Read(good[:200], picture.Seal, limits.Limits{})
	var pe *picture.Error
	require.ErrorAs(t, err, &pe, "a truncated PNG")
	assert.Equal(t, picture.CodeUnreadable, pe.Code)

	_, _, err = picture.Read([]byte("not an image"), picture.Seal, limits.Limits{})
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, picture.CodeNotPNG, pe.Code)

	_, _, err = picture.Read(good, picture.Seal, limits.Limits{ImagePixels: 1000})
	assert.True(t, errors.Is(err, limits.ErrExceeded), "a picture of more pixels than allowed: %v", err)
	_, _, err = picture.Read(good, picture.Seal, limits.Limits{ImageSize: 100})
	assert.True(t, errors.Is(err, limits.ErrExceeded), "a file larger than allowed: %v", err)
}

func TestSameBytesSameName(t *testing.T) {
	a, _, err := picture.Read(testpictures.Signature(), picture.Signature, limits.Limits{})
	require.NoError(t, err)
	b, _, err := picture.Read(testpictures.Signature(), picture.Signature, limits.Limits{})
	require.NoError(t, err)
	assert.Equal(t, a.PNG, b.PNG)
	assert.Equal(t, a.Name, b.Name)
}
