package templates_test

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// TestFontsUnmodified checks the fonts are Liberation Serif 2.1.5 exactly
// as released (the checksums of Debian's fonts-liberation2 2.1.5 files),
// with the licence and copyright notice beside them.
func TestFontsUnmodified(t *testing.T) {
	want := map[string]string{
		"LiberationSerif-Regular.ttf":    "29d12439831b7f59194efec85872f24f54eff05738933f9a860220d2abff88ba",
		"LiberationSerif-Bold.ttf":       "446a4421f297698427170fd7db20e59169a4188baaaf940e9bea58af6341a723",
		"LiberationSerif-Italic.ttf":     "c1830c433ab41379f1139fac388989d37c9f08c81e1bd643efdcc7946db30753",
		"LiberationSerif-BoldItalic.ttf": "36dd6965be8915f6d7efb259757f1f7546a7c6f72c53a20bbe4ae7092f2cd558",
	}
	for _, bold := range []bool{false, true} {
		for _, italic := range []bool{false, true} {
			name := templates.FontFile(bold, italic)
			sum := sha256.Sum256(templates.Font(bold, italic))
			assert.Equal(t, want[name], hex.EncodeToString(sum[:]), name)
		}
	}
	license := templates.FontLicense()
	assert.Contains(t, license, "SIL OPEN FONT LICENSE Version 1.1")
	assert.Contains(t, license, "Copyright (c) 2012 Red Hat, Inc.")

	// The fallback: DejaVu Sans 2.37 as Debian's fonts-dejavu-core 2.37-6
	// ships it.
	for bold, sum := range map[bool]string{
		false: "abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322",
		true:  "0d977336a6d5fba34eab8e3199eb218327161b5143749f802982c2bc34df0c96",
	} {
		got := sha256.Sum256(templates.FallbackFont(bold))
		assert.Equal(t, sum, hex.EncodeToString(got[:]), templates.FallbackFile(bold))
	}
	license = templates.FallbackLicense()
	assert.Contains(t, license, "Copyright (c) 2003 by Bitstream, Inc.")
	assert.Contains(t, license, "DejaVu changes are in public domain")
}

// TestEveryVietnameseLetterHasAGlyph checks each style draws each letter
// with a glyph of its own, not the missing-glyph box.
func TestEveryVietnameseLetterHasAGlyph(t *testing.T) {
	letters := layout.VietnameseLetters()
	require.Len(t, letters, 2*(12*6+26-6+1), "per case: 12 vowels in 6 forms, the 20 other Latin letters, đ")
	for _, bold := range []bool{false, true} {
		for _, italic := range []bool{false, true} {
			m, err := layout.ParseMetrics(templates.Font(bold, italic))
			require.NoError(t, err)
			var missing []string
			for _, r := range letters {
				if !m.HasGlyph(r) {
					missing = append(missing, string(r))
				}
			}
			assert.Empty(t, missing, templates.FontFile(bold, italic))
		}
	}
	// Punctuation of official texts: dashes, quotes, ellipsis, numero,
	// the đồng sign.
	m, err := layout.ParseMetrics(templates.Font(false, false))
	require.NoError(t, err)
	for _, r := range "–—“”‘’…№₫§°" {
		assert.True(t, m.HasGlyph(r), "%c", r)
	}
}
