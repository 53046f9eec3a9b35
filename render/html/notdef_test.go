package html

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/ttfsubset"
	"github.com/kehoach/kehoach/render/layout"
)

// TestNotdefFaces: characters no font of the set has are declared, right
// after the face of the font the PDF prints them from and in its family
// and style, in a font of their own that draws them as that font's
// .notdef (embedded even when the fonts are linked), and left out of
// that face's unicode-range; a document without such characters has no
// such face.
func TestNotdefFaces(t *testing.T) {
	const missing = "中国文" // in the order of their code points
	p := symbolsPlan(t, " tên 中文 và 中国")
	regular := layout.DefaultFonts().Main().Font(layout.Regular)
	notdef, err := ttfsubset.Notdef(regular.Data, []rune(missing))
	require.NoError(t, err)
	for name, opts := range map[string][]Option{"embedded": nil, "linked": {WithFontURL("/fonts/")}} {
		t.Run(name, func(t *testing.T) {
			faces := declaredFaces(t, render(t, p, opts...))
			at := -1
			for i, f := range faces {
				if f.family == fontFamily && f.style == "400 normal" && f.runes == missing {
					at = i
				}
				if f.runes != missing {
					assert.False(t, strings.ContainsAny(f.runes, missing), "%s %s claims none of them", f.family, f.style)
				}
			}
			require.Positive(t, at, "a face of the missing characters, after another")
			assert.Equal(t, digest(notdef), faces[at].file, "the regular .notdef's font, embedded")
			before := faces[at-1]
			assert.Equal(t, declaredFace{fontFamily, "400 normal", before.file, before.runes}, before, "after the face of the text font's regular")
			if name == "linked" {
				assert.Equal(t, "/fonts/LiberationSerif-Regular.ttf", before.file)
			}
		})
	}
	regulars := 0
	for _, f := range declaredFaces(t, render(t, symbolsPlan(t, ""))) {
		if f.family == fontFamily && f.style == "400 normal" {
			regulars++
		}
	}
	assert.Equal(t, 1, regulars, "without missing characters, one face of the regular")
}
