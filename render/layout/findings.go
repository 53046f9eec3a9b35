package layout

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// The rules only the layout can tell, which [Layout.Findings] reports
// beside [plan.Check]'s (the kehoach command adds them in check and
// render alike).
const (
	// RuleTableWide: a body table whose words cannot fit a portrait page.
	RuleTableWide = "KEHOACH-TABLE-WIDE"
	// RuleGlyphMissing: characters the PDF's font has no glyph for,
	// which print as empty boxes.
	RuleGlyphMissing = "KEHOACH-GLYPH-MISSING"
)

// mostGlyphsNamed is how many missing characters a finding names.
const mostGlyphsNamed = 8

// Findings returns what only the layout can tell about a plan, as
// warnings: a table in the body whose longest words do not fit side by
// side on a portrait page, so that the writers break them between
// characters (Decree 30 turns only an appendix's page, layout contract
// Part A, so the fix is to move the table to an appendix); and
// characters the PDF's font lacks. The findings name the plan's source
// file, if it has one.
func (l *Layout) Findings(p *plan.Plan) []plan.Finding {
	if p == nil {
		return nil
	}
	file := ""
	if p.Source != nil {
		file = p.Source.File
	}
	out := l.wideTables(file, p)
	if f, ok := missingGlyphs(file, p); ok {
		out = append(out, f)
	}
	return out
}

// missingGlyphs reports, once for the plan and at the first place one
// occurs, the characters that the PDF's font (Liberation Serif) has no
// glyph for: emoji, Chinese, Thai, symbols such as ✓. The PDF prints them
// as empty boxes; the DOCX shows them where the reader's fonts have them.
// Control and invisible characters are ND30-TEXT-CONTROL's, and print as
// nothing.
func missingGlyphs(file string, p *plan.Plan) (plan.Finding, bool) {
	font := FontMetrics(Regular)
	var missing []rune
	seen := map[rune]bool{}
	first := plan.Finding{Rule: RuleGlyphMissing, Severity: plan.SeverityWarning, File: file}
	p.EachText(func(field string, line int, text string) {
		for _, r := range text {
			if r < 0x80 || seen[r] || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsSpace(r) || r == utf8.RuneError || font.HasGlyph(r) {
				continue
			}
			seen[r] = true
			if len(missing) == 0 {
				first.Line, first.Field = line, field
			}
			missing = append(missing, r)
		}
	})
	if len(missing) == 0 {
		return first, false
	}
	first.Vi = "phông chữ của bản PDF (Liberation Serif) không có ký tự " + runeList(missing, "và %d ký tự khác") +
		": trong PDF chúng in thành ô trống; thay bằng chữ hoặc bỏ đi"
	first.En = "the PDF's font (Liberation Serif) has no glyph for " + runeList(missing, "and %d more") +
		": the PDF prints them as empty boxes; write them out in words or leave them out"
	return first, true
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
func (l *Layout) wideTables(file string, p *plan.Plan) []plan.Finding {
	var out []plan.Finding
	var visit func(n plan.Node, field string)
	visit = func(n plan.Node, field string) {
		switch n := n.(type) {
		case *plan.Section:
			if n != nil {
				for i, c := range n.Content {
					visit(c, fmt.Sprintf("%s.content[%d]", field, i))
				}
			}
		case *plan.Table:
			if n != nil && n.Columns() > 0 && !l.WordsFit(n) {
				out = append(out, plan.Finding{Rule: RuleTableWide, Severity: plan.SeverityWarning, File: file, Line: n.Line, Field: field,
					Vi: "bảng quá rộng so với trang dọc: chữ trong bảng bị ngắt giữa chừng; chuyển bảng sang phụ lục (phụ lục được in trang ngang)",
					En: "the table is too wide for a portrait page: its words are broken; move it to an appendix (an appendix may be printed landscape)"})
			}
		}
	}
	for i, n := range p.Body() { // the preamble's blocks, then the sections
		field := fmt.Sprintf("preamble[%d]", i)
		if i >= len(p.Preamble) {
			field = fmt.Sprintf("sections[%d]", i-len(p.Preamble))
		}
		visit(n, field)
	}
	return out
}
