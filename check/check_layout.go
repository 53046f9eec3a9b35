package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/render/layout"
)

// mostGlyphsNamed is how many missing characters a finding names.
const mostGlyphsNamed = 8

// missingGlyphs reports, once for the plan and at the first place one
// occurs, the characters that no font of the PDF has a glyph for: not the
// text font (Liberation Serif), nor its fallbacks (DejaVu Sans, which
// prints ✓, and those the caller adds, [WithFonts]): emoji, Chinese
// without a CJK font, Thai; and every character beyond the Basic
// Multilingual Plane, which the PDF cannot encode. The PDF prints them as empty boxes; the DOCX
// shows them where the reader's fonts have them. Control and invisible
// characters are ND30-TEXT-CONTROL's, and print as nothing.
func (c *checker) missingGlyphs() {
	p := c.p
	font := c.layout.TextFonts().Metrics(layout.Regular)
	var missing []rune
	seen := map[rune]bool{}
	var line int
	var field string
	for t := range p.Texts() {
		for _, r := range t.Text {
			if r < 0x80 || seen[r] || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) || r == utf8.RuneError || r <= 0xFFFF && font.HasGlyph(r) {
				continue
			}
			seen[r] = true
			if len(missing) == 0 {
				line, field = t.Line, t.Field
			}
			missing = append(missing, r)
		}
	}
	if len(missing) == 0 {
		return
	}
	names := c.layout.TextFonts().Main().Name
	for _, f := range c.layout.TextFonts().Fallbacks() {
		names += ", " + f.Name
	}
	c.report(RuleGlyphMissing, line, field, "các phông chữ của bản PDF ("+names+") không có ký tự "+runeList(missing, "và %d ký tự khác")+
		": trong PDF chúng in thành ô trống; thay bằng chữ hoặc bỏ đi",
		"the PDF's fonts ("+names+") have no glyph for "+runeList(missing, "and %d more")+
			": the PDF prints them as empty boxes; write them out in words or leave them out")
}

// runeList names the first mostGlyphsNamed characters and counts the
// rest with more, a format with one %d.
func runeList(rs []rune, more string) string {
	var b strings.Builder
	for i, r := range rs[:min(len(rs), mostGlyphsNamed)] {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q (U+%04X)", r, r)
	}
	if len(rs) > mostGlyphsNamed {
		fmt.Fprintf(&b, " "+more, len(rs)-mostGlyphsNamed)
	}
	return b.String()
}

// wideTables reports each body table whose words do not fit a portrait
// page.
func (c *checker) wideTables() {
	for e := range c.p.Walk() {
		if e.Appendix > 0 {
			break // an appendix may turn its page
		}
		if t := e.Table(); t != nil && t.Columns() > 0 && !c.layout.WordsFit(t) {
			c.report(RuleTableWide, e.Line, e.Path,
				"bảng quá rộng so với trang dọc: chữ trong bảng bị ngắt giữa chừng; chuyển bảng sang phụ lục (phụ lục được in trang ngang)",
				"the table is too wide for a portrait page: its words are broken; move it to an appendix (an appendix may be printed landscape)")
		}
	}
}
