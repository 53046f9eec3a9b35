package html

import (
	"encoding/base64"
	"sync"

	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// fontFamily is the family name the pages' @font-face rules declare: a
// name of kehoach's own, so that neither a font installed on the reader's
// machine nor the host page's fonts stand in for the embedded files.
const fontFamily = "kehoach-serif"

// FontMediaType is the media type of the font files [Fonts] returns, for
// a service that serves them (Content-Type).
const FontMediaType = "font/ttf"

// allStyles are the four styles of the text font.
var allStyles = []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic}

// Fonts returns the font files the pages print in, by file name: the
// names [WithFontURL] appends to its base, and the TrueType data (the
// same Liberation Serif files the PDF embeds) a service serves under
// them, as [FontMediaType]. The slices are shared: do not modify them.
func Fonts() map[string][]byte {
	fonts := make(map[string][]byte, len(allStyles))
	for _, s := range allStyles {
		fonts[fontFile(s)] = templates.Font(s.Bold, s.Italic)
	}
	return fonts
}

// fontFile returns the file name of a style.
func fontFile(s layout.Style) string { return templates.FontFile(s.Bold, s.Italic) }

// fontDataURLs holds each style's font as a data: URL, made once: the
// files cannot change while the program runs.
var fontDataURLs = sync.OnceValue(func() map[layout.Style]string {
	urls := make(map[layout.Style]string, len(allStyles))
	for _, s := range allStyles {
		urls[s] = "data:" + FontMediaType + ";base64," + base64.StdEncoding.EncodeToString(templates.Font(s.Bold, s.Italic))
	}
	return urls
})

// fontDataURL returns a style's font as a data: URL.
func fontDataURL(s layout.Style) string { return fontDataURLs()[s] }

// usedStyles returns the font styles the pages print in, in the order of
// allStyles, so that only those are embedded or linked.
func usedStyles(pages []compose.Page) []layout.Style {
	var seen [4]bool
	for _, pg := range pages {
		for _, t := range pg.Texts {
			seen[styleIndex(t.Style)] = true
		}
	}
	var out []layout.Style
	for i, s := range allStyles {
		if seen[i] {
			out = append(out, s)
		}
	}
	return out
}

// styleIndex returns a style's place in allStyles.
func styleIndex(s layout.Style) int {
	i := 0
	if s.Bold {
		i++
	}
	if s.Italic {
		i += 2
	}
	return i
}
