// Package templates holds the assets the writers embed, so that a program
// built with kehoach needs no file beside it:
//
//   - fonts/: Liberation Serif 2.1.5 in its four styles, unmodified, with
//     its licence (SIL Open Font License 1.1) and copyright notice. It is
//     metric-compatible with Times New Roman, which Decree 30 prescribes,
//     and covers every Vietnamese letter; the PDF writer embeds it and the
//     layout code measures text with it;
//   - fonts/ also holds DejaVu Sans 2.37 in its regular and bold styles,
//     unmodified, with its licence (the Bitstream Vera licence; DejaVu's
//     changes are in the public domain): the fallback font, from which the
//     PDF prints the characters Liberation Serif lacks (✓, ✔, ✗ and many
//     more symbols);
//   - docx/: the parts of the default DOCX package that depend neither on
//     the plan nor on the layout: the content types, the relationships,
//     the settings, the font table, the application properties and the two
//     page headers (an empty one for each section's first page, the PAGE
//     field for the others). The styles are built from the layout by the
//     DOCX writer.
package templates

import (
	"embed"
	"io/fs"
)

//go:embed fonts/LICENSE fonts/LICENSE-DejaVu
var fonts embed.FS

// The four styles of the text font, embedded as byte slices so that
// [Font] hands them out without copying (embed.FS.ReadFile copies).
var (
	//go:embed fonts/LiberationSerif-Regular.ttf
	regular []byte
	//go:embed fonts/LiberationSerif-Bold.ttf
	bold []byte
	//go:embed fonts/LiberationSerif-Italic.ttf
	italic []byte
	//go:embed fonts/LiberationSerif-BoldItalic.ttf
	boldItalic []byte
)

// The fallback font's two styles, for the characters Liberation Serif
// lacks.
var (
	//go:embed fonts/DejaVuSans.ttf
	fallbackRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	fallbackBold []byte
)

// docx holds the static parts of the default DOCX package; "all:" keeps
// the "_rels" folders, which embed would skip.
//
//go:embed all:docx
var docx embed.FS

// DocxParts returns the static parts of the default DOCX package, by their
// names inside the package ("word/settings.xml", "_rels/.rels", …).
func DocxParts() map[string][]byte {
	parts := map[string][]byte{}
	_ = fs.WalkDir(docx, "docx", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := docx.ReadFile(path)
		parts[path[len("docx/"):]] = b
		return err
	})
	return parts
}

// FontFamily is the family name of the embedded fonts.
const FontFamily = "Liberation Serif"

// FontFile returns the name of the TrueType file of one style, e.g.
// "LiberationSerif-BoldItalic.ttf".
func FontFile(bold, italic bool) string {
	switch {
	case bold && italic:
		return "LiberationSerif-BoldItalic.ttf"
	case bold:
		return "LiberationSerif-Bold.ttf"
	case italic:
		return "LiberationSerif-Italic.ttf"
	}
	return "LiberationSerif-Regular.ttf"
}

// Font returns the TrueType data of one style of Liberation Serif. The
// slice is shared: do not modify it.
func Font(isBold, isItalic bool) []byte {
	switch {
	case isBold && isItalic:
		return boldItalic
	case isBold:
		return bold
	case isItalic:
		return italic
	}
	return regular
}

// FontLicense returns the fonts' licence and copyright notice.
func FontLicense() string {
	b, _ := fs.ReadFile(fonts, "fonts/LICENSE")
	return string(b)
}

// FallbackFamily is the family name of the embedded fallback font.
const FallbackFamily = "DejaVu Sans"

// FallbackFile returns the name of the TrueType file of one style of the
// fallback font: "DejaVuSans.ttf" or "DejaVuSans-Bold.ttf". It has no
// italic styles: italic text prints from the upright ones.
func FallbackFile(bold bool) string {
	if bold {
		return "DejaVuSans-Bold.ttf"
	}
	return "DejaVuSans.ttf"
}

// FallbackFont returns the TrueType data of the regular or bold style of
// DejaVu Sans. The slice is shared: do not modify it.
func FallbackFont(bold bool) []byte {
	if bold {
		return fallbackBold
	}
	return fallbackRegular
}

// FallbackLicense returns the fallback font's licence and copyright
// notice.
func FallbackLicense() string {
	b, _ := fs.ReadFile(fonts, "fonts/LICENSE-DejaVu")
	return string(b)
}
