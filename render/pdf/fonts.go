package pdf

import (
	"fmt"
	"sync"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// registerFont hands a checked font to fpdf.
func registerFont(doc *fpdf.Fpdf, style layout.Style, data []byte) (err error) {
	name := templates.FontFile(style.Bold, style.Italic)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: %s: unreadable font (%v)", name, r)
		}
	}()
	doc.AddUTF8FontFromBytes(fontFamily, fontStyle(style), data)
	if doc.Err() {
		return fmt.Errorf("pdf: %s: %w", name, doc.Error())
	}
	return nil
}

// allStyles are the four styles of the text font.
var allStyles = []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic}

// checkEmbedded checks the embedded fonts, once per process: they cannot
// change while it runs.
var checkEmbedded = sync.OnceValue(func() error {
	for _, s := range allStyles {
		if err := checkFont(templates.Font(s.Bold, s.Italic)); err != nil {
			return fmt.Errorf("pdf: %s: %w", templates.FontFile(s.Bold, s.Italic), err)
		}
	}
	return nil
})

// addFonts registers the embedded styles the document prints in.
func addFonts(doc *fpdf.Fpdf, styles []layout.Style) error {
	if err := checkEmbedded(); err != nil {
		return err
	}
	for _, s := range styles {
		if err := registerFont(doc, s, templates.Font(s.Bold, s.Italic)); err != nil {
			return err
		}
	}
	return nil
}
