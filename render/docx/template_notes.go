package docx

import (
	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/render/layout"

	"bytes"
	"fmt"
	"strconv"
)

// templateNotes is what an agency's template holds that the plan's
// footnotes depend on.
type templateNotes struct {
	// maxID is the largest footnote id of the template: the plan's
	// footnotes are numbered after it.
	maxID int
	// styleID is the id of the template's "footnote reference" character
	// style, "" when it has none. LibreOffice prints the number before a
	// note in that style, whatever the run says, so a template without it
	// gets this package's (footnoteRefStyle).
	styleID string
}

var (
	footnoteID     = lazyregexp.New(`<w:footnote\b[^>]*\sw:id="(-?\d+)"`)
	footnoteRefDef = lazyregexp.New(`<w:style\b[^>]*\sw:styleId="([^"]+)"[^>]*>\s*<w:name w:val="(?i:footnote reference)"`)
)

// maxNoteID is the largest footnote id a template may hold: the plan's
// footnotes are numbered after the template's, and Word's ids are 32-bit
// numbers, so a template whose ids come near the top (2147483647, as a
// tool may write) would leave the plan's notes none.
const maxNoteID = 1 << 24

// readTemplateNotes reads the template's footnote ids and styles.
func readTemplateNotes(pkg *ooxml.Package) (templateNotes, error) {
	var t templateNotes
	if b, ok := pkg.Get("word/styles.xml"); ok {
		if m := footnoteRefDef.FindSubmatch(b); m != nil {
			t.styleID = string(m[1])
		}
	}
	b, _ := pkg.Get("word/footnotes.xml")
	for _, m := range footnoteID.FindAllSubmatch(b, -1) {
		n, err := strconv.Atoi(string(m[1]))
		if err != nil || n > maxNoteID {
			return t, templateErr(fmt.Sprintf("word/footnotes.xml có chú thích mang số hiệu %s, quá lớn (tối đa %d): hãy mở mẫu bằng Word và lưu lại", m[1], maxNoteID),
				fmt.Sprintf("word/footnotes.xml has a footnote with the id %s, too large (at most %d): open the template in Word and save it again", m[1], maxNoteID))
		}
		t.maxID = max(t.maxID, n)
	}
	return t, nil
}

// addFootnotes puts the plan's footnotes into the filled package: into the
// template's footnotes part, or into a new one with its relationship and
// content type; with addStyle, the footnote reference style goes into the
// template's styles.
func addFootnotes(pkg *ooxml.Package, notes string, addStyle bool, l *layout.Layout) error {
	const part = "word/footnotes.xml"
	if old, ok := pkg.Get(part); ok {
		i := bytes.LastIndex(old, []byte("</w:footnotes>"))
		if i < 0 {
			return templateErr("word/footnotes.xml không có thẻ đóng", "word/footnotes.xml has no closing tag")
		}
		pkg.Set(part, append(append(append([]byte{}, old[:i]...), notes...), old[i:]...))
	} else {
		pkg.Set(part, []byte(xmlHeader+`<w:footnotes xmlns:w="`+nsW+`" xmlns:r="`+nsR+`">`+separators(l)+notes+`</w:footnotes>`))
		types, _ := pkg.Get("[Content_Types].xml")
		pkg.Set("[Content_Types].xml", bytes.Replace(types, []byte("</Types>"),
			[]byte(`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`), 1))
		const rels = "word/_rels/document.xml.rels"
		docRels, _ := pkg.Get(rels)
		pkg.Set(rels, bytes.Replace(docRels, []byte("</Relationships>"),
			[]byte(`<Relationship Id="rIdKehoachFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`), 1))
	}
	if styles, ok := pkg.Get("word/styles.xml"); ok && addStyle {
		if i := bytes.LastIndex(styles, []byte("</w:styles>")); i >= 0 {
			pkg.Set("word/styles.xml", append(append(append([]byte{}, styles[:i]...), footnoteRefStyle...), styles[i:]...))
		}
	}
	return nil
}
