package docx

import (
	"github.com/kehoach/kehoach/render/layout"

	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"regexp"
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
	footnoteID     = regexp.MustCompile(`<w:footnote\b[^>]*\sw:id="(-?\d+)"`)
	footnoteRefDef = regexp.MustCompile(`<w:style\b[^>]*\sw:styleId="([^"]+)"[^>]*>\s*<w:name w:val="(?i:footnote reference)"`)
)

// readTemplateNotes reads the template's footnote ids and styles.
func readTemplateNotes(tpl []byte) (templateNotes, error) {
	var t templateNotes
	zr, err := zip.NewReader(bytes.NewReader(tpl), int64(len(tpl)))
	if err != nil {
		return t, fmt.Errorf("docx template: not a readable .docx file: %w", err)
	}
	for _, f := range zr.File {
		if f.Name != "word/footnotes.xml" && f.Name != "word/styles.xml" {
			continue
		}
		b, err := readZipFile(f)
		if err != nil {
			return t, err
		}
		if f.Name == "word/styles.xml" {
			if m := footnoteRefDef.FindSubmatch(b); m != nil {
				t.styleID = string(m[1])
			}
			continue
		}
		for _, m := range footnoteID.FindAllSubmatch(b, -1) {
			if n, err := strconv.Atoi(string(m[1])); err == nil && n > t.maxID {
				t.maxID = n
			}
		}
	}
	return t, nil
}

// addFootnotes puts the plan's footnotes into the filled package: into the
// template's footnotes part, or into a new one with its relationship and
// content type; with addStyle, the footnote reference style goes into the
// template's styles.
func addFootnotes(pkgData []byte, notes string, addStyle bool, l *layout.Layout) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkgData), int64(len(pkgData)))
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	var order []string
	for _, f := range zr.File {
		b, err := readZipFile(f)
		if err != nil {
			return nil, err
		}
		files[f.Name] = b
		order = append(order, f.Name)
	}
	const part = "word/footnotes.xml"
	if old, ok := files[part]; ok {
		i := bytes.LastIndex(old, []byte("</w:footnotes>"))
		if i < 0 {
			return nil, errors.New("docx template: word/footnotes.xml has no closing tag")
		}
		files[part] = append(append(append([]byte{}, old[:i]...), notes...), old[i:]...)
	} else {
		files[part] = []byte(xmlHeader + `<w:footnotes xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">` + separators(l) + notes + `</w:footnotes>`)
		order = append(order, part)
		files["[Content_Types].xml"] = bytes.Replace(files["[Content_Types].xml"], []byte("</Types>"),
			[]byte(`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`), 1)
		rels := "word/_rels/document.xml.rels"
		files[rels] = bytes.Replace(files[rels], []byte("</Relationships>"),
			[]byte(`<Relationship Id="rIdKehoachFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`), 1)
	}
	if styles, ok := files["word/styles.xml"]; ok && addStyle {
		if i := bytes.LastIndex(styles, []byte("</w:styles>")); i >= 0 {
			files["word/styles.xml"] = append(append(append([]byte{}, styles[:i]...), footnoteRefStyle...), styles[i:]...)
		}
	}
	var out bytes.Buffer
	z := newPkg(&out)
	for _, name := range order {
		if err := z.part(name, files[name]); err != nil {
			return nil, err
		}
	}
	if err := z.close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
