package layout_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

func TestDefaultFonts(t *testing.T) {
	f := layout.DefaultFonts()
	assert.Equal(t, "Liberation Serif", f.Main().Name)
	require.Len(t, f.Fallbacks(), 1)
	assert.Equal(t, templates.FallbackFamily, f.Fallbacks()[0].Name)
	for _, s := range []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic} {
		assert.True(t, f.Main().Has(s), "%s", s)
		assert.Equal(t, s, f.Main().Font(s).Style)
	}
	// DejaVu Sans has no italic: italic text prints from the upright style.
	fb := f.Fallbacks()[0]
	assert.Equal(t, layout.Bold, fb.Font(layout.BoldItalic).Style)
	assert.Equal(t, layout.Regular, fb.Font(layout.Italic).Style)

	// The text font prints what it has; the fallback what it lacks.
	for _, r := range "Aựđ→≥№αЖ–“" {
		assert.Nil(t, f.Fallback(layout.Regular, r), "%c is Liberation Serif's", r)
	}
	for _, r := range "✓✔✗" {
		assert.Equal(t, fb, f.Fallback(layout.Bold, r), "%c is DejaVu Sans'", r)
		assert.True(t, f.Metrics(layout.Bold).HasGlyph(r))
		assert.Equal(t, fb.Font(layout.Bold).Metrics.Advance(r), f.Metrics(layout.Bold).Advance(r), "the same units per em: the same advance")
	}
	assert.Nil(t, f.Fallback(layout.Regular, '中'), "no font has it")
	assert.False(t, f.Metrics(layout.Regular).HasGlyph('中'))
	assert.Same(t, f, layout.DefaultFonts(), "parsed once")
}

func TestAgencyFont(t *testing.T) {
	serif := fonttest.DejaVuSerif(t)
	fonts, err := layout.DefaultFonts().WithMain(serif)
	require.NoError(t, err)
	assert.Equal(t, "DejaVu Serif", fonts.Main().Name)
	assert.Equal(t, layout.DefaultFonts().Fallbacks(), fonts.Fallbacks(), "the fallback stays")
	// Its widths, not Liberation Serif's: DejaVu Serif is wider.
	text := "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
	wide := fonts.Metrics(layout.Bold).Width(text, 13)
	assert.Greater(t, wide, layout.FontMetrics(layout.Bold).Width(text, 13)*1.1)
	l := layout.Default()
	l.Fonts = fonts
	assert.True(t, l.IsDefault(), "the same numbers")
	column := layout.FontMetrics(layout.Bold).Width(text, 13) + 2
	assert.Equal(t, []string{"SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG"}, fonts.Balance(text, layout.Bold, 13, column),
		"the wider font breaks where its widths put the lines")
	assert.Equal(t, []string{text}, layout.Balance(text, layout.Bold, 13, column), "Liberation Serif's line fits")
	assert.Greater(t, fonts.LineHeight(14), layout.LineHeight(14), "its own line height")
}

// A text font that lacks a Vietnamese letter is refused, naming the
// letter and the file.
func TestFontWithoutVietnameseRefused(t *testing.T) {
	var fonts []*layout.Font
	for _, s := range []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic} {
		data := templates.Font(s.Bold, s.Italic)
		name := templates.FontFile(s.Bold, s.Italic)
		if s == layout.Italic {
			data = fonttest.Without(data, 'ự', 'Ự')
		}
		f, err := layout.ParseFont(name, data)
		require.NoError(t, err)
		fonts = append(fonts, f)
	}
	family, err := layout.NewFamily(fonts...)
	require.NoError(t, err)
	_, err = layout.NewFonts(family)
	var missing *layout.MissingLetterError
	require.ErrorAs(t, err, &missing)
	assert.Equal(t, 'ự', missing.Letter)
	assert.Equal(t, "the font LiberationSerif-Italic.ttf lacks the Vietnamese letter 'ự' (U+1EF1): it cannot print a plan", err.Error())
	assert.Contains(t, missing.Message("vi"), "thiếu chữ 'ự'")

	// Three styles are not a text font.
	family, err = layout.NewFamily(fonts[0], fonts[1], fonts[3])
	require.NoError(t, err)
	_, err = layout.NewFonts(family)
	var style *layout.MissingStyleError
	require.ErrorAs(t, err, &style)
	assert.Equal(t, `the font "Liberation Serif" has no italic style: a text font needs its four styles, regular, bold, italic and bold italic`, err.Error())

	// Two fonts of one style, or of two families, are no family.
	_, err = layout.NewFamily(fonts[0], fonts[0])
	assert.ErrorContains(t, err, "are both Regular")
}

// A TrueType collection's fonts are read each as a file of its own, which
// reads back with the same glyphs.
func TestCollection(t *testing.T) {
	family := fonttest.CJK(t)
	zh := family.Font(layout.Regular)
	assert.Contains(t, zh.Family, "WenQuanYi Zen Hei")
	assert.True(t, zh.Metrics.HasGlyph('中'))
	assert.Equal(t, "\x00\x01\x00\x00", string(zh.Data[:4]), "a TrueType file of its own")
	with := layout.DefaultFonts().WithFallbacks(family)
	assert.Equal(t, family, with.Fallback(layout.Bold, '中'), "after DejaVu Sans, which lacks it")
	assert.Equal(t, with.Fallbacks()[0], with.Fallback(layout.Regular, '✓'), "DejaVu Sans first")
	assert.Nil(t, with.Fallback(layout.Regular, 'a'))

	_, err := layout.ParseFonts("bad.ttc", []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\xff\xff"))
	assert.ErrorContains(t, err, "bad.ttc")
}
