package html

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/render/layout"
)

// fontFamily is the family name the pages' @font-face rules declare the
// embedded text font (Liberation Serif) under, and the pages' rules name:
// a name of kehoach's own, so that neither a font installed on the
// reader's machine nor the host page's fonts stand in for the embedded
// files.
const fontFamily = "kehoach-serif"

// familyPrefix starts the name every other font is declared under, the
// family's key after it: "kehoach-DejaVuSans", "kehoach-WenQuanYiZenHei".
const familyPrefix = "kehoach-"

// FontMediaType is the media type of the font files [Fonts] returns, for
// a service that serves them (Content-Type).
const FontMediaType = "font/ttf"

// allStyles are the four styles of the text font.
var allStyles = []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic}

// Fonts returns the files of the embedded fonts the pages print in, by
// file name: the names [WithFontURL] appends to its base, and the
// TrueType data (the same files the PDF embeds) a service serves under
// them, as [FontMediaType]: Liberation Serif's four styles
// ("LiberationSerif-Regular.ttf") and the styles of the fallback DejaVu
// Sans ("DejaVuSans-Bold.ttf"). The slices are shared: do not modify
// them.
func Fonts() map[string][]byte { return FontFiles(layout.DefaultFonts()) }

// FontFiles returns the files of a set of fonts, by file name, as [Fonts]
// does for the embedded ones: what a service serves for pages written
// with [WithFonts](f) and [WithFontURL]. Every style each family has is
// there, the text font's and each fallback's. A font is named after its
// family and style, whatever its version: an agency's own copy of
// Liberation Serif has the embedded one's names, so a service that
// serves several sets serves each under a base of its own. The slices
// are shared: do not modify them.
func FontFiles(f *layout.Fonts) map[string][]byte {
	families := append([]*layout.Family{f.Main()}, f.Fallbacks()...)
	keys := familyKeys(families)
	files := map[string][]byte{}
	for i, family := range families {
		for _, s := range allStyles {
			if family.Has(s) {
				font := family.Font(s)
				files[fontFile(keys[i], font)] = font.Data
			}
		}
	}
	return files
}

// fontFile returns the file name of a font whose family has the given
// key: the key, its style without spaces, ".ttf":
// "LiberationSerif-BoldItalic.ttf", "DejaVuSans-Regular.ttf".
func fontFile(key string, font *layout.Font) string {
	return key + "-" + strings.ReplaceAll(font.Style.String(), " ", "") + ".ttf"
}

// familyKeys returns the key of each family, in a set's order (the text
// font, then the fallbacks): its name in ASCII letters and digits, every
// other letter as "u" and its code point in hex ("DejaVuSans"), for class
// and file names; a number after it when an earlier family has the same
// key, ignoring case, so that no two families of a set share one (CSS
// matches family names, and some file systems file names, whatever their
// case). No key is "serif" in any case: familyPrefix and it would name
// fontFamily, the embedded text font's. A family's key depends on the
// families before it only.
func familyKeys(families []*layout.Family) []string {
	keys := make([]string, len(families))
	taken := map[string]bool{strings.TrimPrefix(fontFamily, familyPrefix): true}
	for i, family := range families {
		key := familyKey(family.Name)
		for n := 2; taken[strings.ToLower(key)]; n++ {
			key = familyKey(family.Name) + strconv.Itoa(n)
		}
		keys[i], taken[strings.ToLower(key)] = key, true
	}
	return keys
}

// familyKey reduces a family name to ASCII letters and digits.
func familyKey(name string) string {
	var b []byte
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			b = append(b, byte(r))
		case r >= 0x80:
			b = append(b, 'u')
			b = strconv.AppendInt(b, int64(r), 16)
		}
	}
	if len(b) == 0 {
		return "font"
	}
	return string(b)
}

// appendDataURL appends a font file as a data: URL.
func appendDataURL(b []byte, data []byte) []byte {
	return base64.StdEncoding.AppendEncode(append(b, dataURLPrefix...), data)
}

// dataURLPrefix starts a font's data: URL.
const dataURLPrefix = "data:" + FontMediaType + ";base64,"

// dataURLSize returns the length of a font file's data: URL.
func dataURLSize(data []byte) int {
	return len(dataURLPrefix) + base64.StdEncoding.EncodedLen(len(data))
}
