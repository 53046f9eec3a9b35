package pdf

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// registerFont hands a checked font to fpdf, under its family's key and
// its style.
func registerFont(doc *fpdf.Fpdf, font *layout.Font) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: %s: unreadable font (%v)", font.File, r)
		}
	}()
	doc.AddUTF8FontFromBytes(familyKey(font), fontStyle(font.Style), font.Data)
	if doc.Err() {
		return fmt.Errorf("pdf: %s: %w", font.File, doc.Error())
	}
	return nil
}

// familyKey is the name a font's family is registered under in fpdf: its
// family name without spaces ("LiberationSerif"), which fpdf writes, in
// lower case, into the PDF's font names.
func familyKey(font *layout.Font) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		return -1
	}, font.Family)
}

// allStyles are the four styles of the text font.
var allStyles = []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic}

// checked remembers the fonts checked so far, by their data's address:
// a font is checked once per process, not once per document.
var checked sync.Map // *layout.Font → error

// checkOnce verifies a font once, before fpdf reads it (checkFont).
func checkOnce(font *layout.Font) error {
	if err, ok := checked.Load(font); ok {
		if err != nil {
			return err.(error)
		}
		return nil
	}
	err := checkFont(font.Data)
	if err != nil {
		err = fmt.Errorf("pdf: %s: %w", font.File, err)
	}
	checked.Store(font, err)
	return err
}

// addFonts checks and registers the fonts the document prints in.
func addFonts(doc *fpdf.Fpdf, fonts []*layout.Font) error {
	for _, f := range fonts {
		if err := checkOnce(f); err != nil {
			return err
		}
		if err := registerFont(doc, f); err != nil {
			return err
		}
	}
	return nil
}

// faceOf returns the font a run prints from: its style of the text font,
// or of the fallback it names (the nearest style the fallback has).
func faceOf(fonts *layout.Fonts, t *compose.Text) *layout.Font {
	family := fonts.Main()
	if t.Font != "" {
		if f := fonts.Family(t.Font); f != nil {
			family = f
		}
	}
	return family.Font(t.Style)
}

// usedFonts returns the fonts the pages print from, so that only those
// are embedded: the text font's styles, then each fallback's, in the
// set's order.
func usedFonts(fonts *layout.Fonts, pages []compose.Page) []*layout.Font {
	seen := map[*layout.Font]bool{}
	for _, pg := range pages {
		for i := range pg.Texts {
			seen[faceOf(fonts, &pg.Texts[i])] = true
		}
	}
	var out []*layout.Font
	for _, family := range append([]*layout.Family{fonts.Main()}, fonts.Fallbacks()...) {
		for _, s := range allStyles {
			if f := family.Font(s); seen[f] && family.Has(s) {
				out = append(out, f)
			}
		}
	}
	return out
}
