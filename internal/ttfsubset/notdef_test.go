package ttfsubset

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/render/layout"
)

// TestNotdef: the font maps the characters given, and no other, each to
// a copy of the whole font's .notdef outline (hinting instructions cut)
// with its advance, in the whole font's units; a character beyond the
// Basic Multilingual Plane is left out.
func TestNotdef(t *testing.T) {
	missing := []rune("中文国\u2067\ufe0f中")
	for name, data := range testFonts(t) {
		t.Run(name, func(t *testing.T) {
			whole, err := layout.ParseFont(name+".ttf", data)
			require.NoError(t, err)
			out, err := Notdef(data, append(missing, '😀'))
			require.NoError(t, err)
			font, err := layout.ParseFont("notdef.ttf", out)
			require.NoError(t, err)
			m := font.Metrics
			assert.Equal(t, whole.Metrics.UnitsPerEm, m.UnitsPerEm)
			assert.Equal(t, whole.Metrics.Ascent, m.Ascent)
			for _, r := range missing {
				assert.True(t, m.HasGlyph(r), "%U mapped", r)
				assert.Equal(t, whole.Metrics.Advance(0xE0FF0), m.Advance(r), "%U: the advance of .notdef", r) // a character no font has
			}
			for _, r := range "a 😀" {
				assert.False(t, m.HasGlyph(r), "%U not mapped", r)
			}
			glyphs, err := layout.GlyphMap(out)
			require.NoError(t, err)
			assert.Equal(t, map[rune]int{'中': 1, '文': 1, '国': 1, '\u2067': 1, '\ufe0f': 1}, glyphs)
			tables, err := layout.ParseTables(out)
			require.NoError(t, err)
			o := outlinesOf(t, out)
			require.Equal(t, 2, o.count())
			assert.Empty(t, o.glyph(0), "glyph 0 empty")
			if g := outlinesOf(t, data).glyph(0); len(g) == 0 { // Liberation Serif's is blank
				assert.Equal(t, emptyGlyph, o.glyph(1))
			} else { // DejaVu Sans' and WenQuanYi's a box: its contours and bounds
				require.GreaterOrEqual(t, len(o.glyph(1)), 12)
				assert.Equal(t, g[:12], o.glyph(1)[:12], "the outline's contours, bounds and first contour's end")
			}
			for _, tag := range []string{"fpgm", "prep", "cvt ", "GSUB", "GPOS", "kern"} {
				assert.NotContains(t, tables, tag)
			}
			assert.Less(t, len(out), len(data)/10, "a small file")
		})
	}
	_, err := Notdef([]byte("not a font"), missing)
	assert.Error(t, err)
	many := make([]rune, 0, MostNotdef+10)
	for r := rune(0x4e00); len(many) < cap(many); r++ {
		many = append(many, r)
	}
	out, err := Notdef(testFonts(t)["LiberationSerif-Regular"], many)
	require.NoError(t, err)
	glyphs, err := layout.GlyphMap(out)
	require.NoError(t, err)
	assert.Len(t, glyphs, MostNotdef)
	assert.False(t, bytes.Contains(out, []byte("fpgm")))
}
