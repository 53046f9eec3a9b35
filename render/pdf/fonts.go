package pdf

import (
	"fmt"
	"slices"

	"codeberg.org/go-pdf/fpdf"

	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// requiredTables are the TrueType tables fpdf reads to embed a subset.
var requiredTables = []string{"head", "hhea", "maxp", "hmtx", "cmap", "name", "post", "glyf", "loca", "OS/2"}

// checkFont verifies a TrueType file before fpdf sees it: fpdf's own
// parser neither checks offsets nor returns its errors (it prints them on
// standard output), so a malformed font must be caught here.
func checkFont(data []byte) error {
	if _, err := layout.ParseMetrics(data); err != nil {
		return err
	}
	tags, err := layout.TableTags(data)
	if err != nil {
		return err
	}
	for _, t := range requiredTables {
		if !slices.Contains(tags, t) {
			return fmt.Errorf("font: no %q table", t)
		}
	}
	return nil
}

// addFont registers one style of the text font; a malformed font is an
// error, never a panic or text on standard output.
func addFont(doc *fpdf.Fpdf, style layout.Style, data []byte) (err error) {
	name := templates.FontFile(style.Bold, style.Italic)
	if err := checkFont(data); err != nil {
		return fmt.Errorf("pdf: %s: %w", name, err)
	}
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

// addFonts registers the embedded styles the document prints in.
func addFonts(doc *fpdf.Fpdf, styles []layout.Style) error {
	for _, s := range styles {
		if err := addFont(doc, s, templates.Font(s.Bold, s.Italic)); err != nil {
			return err
		}
	}
	return nil
}
