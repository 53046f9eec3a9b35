package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	godocx "github.com/nguyenthenguyen/docx"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// WithTemplate fills an agency's own .docx template instead of writing the
// default document. The template is an ordinary Word file that holds
// placeholders; Word often splits a placeholder over several runs as it is
// typed, and such placeholders are still found.
//
// Placeholders replaced by text, in the template's own formatting:
//
//	{{co_quan_chu_quan}}  the parent agency's lines
//	{{co_quan_ban_hanh}}  the issuing agency's lines
//	{{so_ky_hieu}}        number and symbol: "05/KH-STTTT" (write "Số: " before it)
//	{{so}}, {{ky_hieu}}   the number alone, the symbol alone
//	{{dia_danh_ngay}}     "Vĩnh Phúc, ngày 05 tháng 02 năm 2021"
//	{{dia_danh}}          the place; {{ngay_thang}}: "ngày 05 tháng 02 năm 2021"
//	{{ten_loai}}          "KẾ HOẠCH"
//	{{trich_yeu}}         the subject
//	{{do_khan}}           the urgency mark, e.g. "HỎA TỐC"
//	{{du_thao}}           "DỰ THẢO" for a draft (Plan.Draft), else nothing
//	{{quyen_han}}         the authority lines; {{chuc_vu}}: the position lines
//	{{ho_ten}}            the signer's name
//
// Placeholders that must stand alone in their paragraph, which they
// replace with formatted paragraphs:
//
//	{{noi_dung}}   the whole body: preamble, numbered parts, sections and
//	               points, bullets, tables and footnotes, ending "./."
//	{{noi_nhan}}   "Nơi nhận:" and its items
//	{{nguoi_ky}}   authority and position lines, room to sign, the name
//	{{phu_luc}}    the appendices, each on a new page
//
// The template's styles and page setup are kept; the filled-in body takes
// the decree's formatting directly. An unknown placeholder is an error,
// and so is a template that has no place for something the plan prints,
// so that nothing is silently left out: {{noi_dung}}; {{so_ky_hieu}} (or
// {{so}} or {{ky_hieu}}); {{dia_danh_ngay}} (or {{ngay_thang}}); and,
// when the plan has them, {{trich_yeu}}, {{noi_nhan}}, {{nguoi_ky}} (or
// {{quyen_han}}, {{chuc_vu}} and {{ho_ten}}), {{phu_luc}}, {{do_khan}} and
// {{du_thao}}. The agency's name and the title may be typed in the
// template.
func WithTemplate(docx []byte) Option { return func(c *config) { c.template = docx } }

// placeholder matches "{{name}}", spaces allowed inside the braces.
var placeholder = regexp.MustCompile(`\{\{\s*([A-Za-z_]+)\s*\}\}`)

var blockPlaceholders = []string{"noi_dung", "noi_nhan", "nguoi_ky", "phu_luc"}

// inlineValues returns the text of each inline placeholder.
func inlineValues(p *plan.Plan) map[string]string {
	lines := func(ls []string, upper bool) string {
		out := make([]string, len(ls))
		for i, l := range ls {
			out[i] = plan.NFC(l)
			if upper {
				out[i] = strings.ToUpper(out[i])
			}
		}
		return strings.Join(out, "\n")
	}
	return map[string]string{
		"co_quan_chu_quan": lines(p.Parent, true),
		"co_quan_ban_hanh": lines(p.Issuer, true),
		"so_ky_hieu":       plan.NumberSymbol(p.Number, p.Symbol),
		"so":               plan.DisplayNumber(p.Number),
		"ky_hieu":          plan.NFC(p.Symbol),
		"dia_danh_ngay":    p.DateLine(),
		"dia_danh":         plan.NFC(p.Place),
		"ngay_thang":       p.Date.Words(),
		"ten_loai":         p.Title(),
		"trich_yeu":        plan.NFC(p.Subject),
		"do_khan":          p.Urgency.Stamp(),
		"du_thao":          draftMark(p),
		"quyen_han":        lines(p.Signer.Authority, true),
		"chuc_vu":          lines(p.Signer.Position, true),
		"ho_ten":           plan.NFC(p.Signer.Name),
	}
}

// draftMark returns what {{du_thao}} prints.
func draftMark(p *plan.Plan) string {
	if p.Draft {
		return plan.DraftMark
	}
	return ""
}

// fillTemplate fills cfg.template with p using github.com/nguyenthenguyen/docx
// to read, edit and write the package.
func fillTemplate(w io.Writer, p *plan.Plan, cfg *config) error {
	r, err := godocx.ReadDocxFromMemory(bytes.NewReader(cfg.template), int64(len(cfg.template)))
	if err != nil {
		return fmt.Errorf("docx template: not a readable .docx file: %w", err)
	}
	defer r.Close()
	names, err := templatePlaceholders(cfg.template)
	if err != nil {
		return err
	}
	if err := checkPlaceholders(names, p); err != nil {
		return err
	}
	doc := r.Editable()

	content := joinSplitPlaceholders(doc.GetContent())
	l := cfg.layout
	if width, ok := templateTextWidth(content); ok { // tables fit the template's own page
		l.Margins.Left, l.Margins.Right = 0, 0
		l.PageWidth = width
	}
	d := newBuilder(&l, p)
	d.direct = true
	notes, err := readTemplateNotes(cfg.template)
	if err != nil {
		return err
	}
	d.noteBase, d.noteStyle = notes.maxID, notes.styleID
	if content, err = d.fillBlocks(content); err != nil {
		return err
	}
	values := inlineValues(p)
	if content, err = fillInline(content, values); err != nil {
		return err
	}
	doc.SetContent(content)
	for name, v := range values { // page headers and footers: one line each
		flat := strings.ReplaceAll(v, "\n", " ")
		for _, form := range []string{"{{" + name + "}}", "{{ " + name + " }}"} {
			if err := doc.ReplaceHeader(form, flat); err != nil {
				return fmt.Errorf("docx template: %w", err)
			}
			if err := doc.ReplaceFooter(form, flat); err != nil {
				return fmt.Errorf("docx template: %w", err)
			}
		}
	}
	var buf bytes.Buffer
	if err := doc.Write(&buf); err != nil {
		return fmt.Errorf("docx template: %w", err)
	}
	out := buf.Bytes()
	if d.notes.Len() > 0 {
		if out, err = addFootnotes(out, d.footnoteElements(), notes.styleID == "", d.l); err != nil {
			return err
		}
	}
	if err := checkPackage(out); err != nil {
		return fmt.Errorf("docx template: the filled document would be damaged (%w); check the placeholders are in ordinary text", err)
	}
	_, err = w.Write(out)
	return err
}

var (
	pageWidthAttr = regexp.MustCompile(`<w:pgSz\b[^>]*\sw:w="(\d+)"`)
	marginAttr    = regexp.MustCompile(`<w:pgMar\b[^>]*>`)
	twipsAttr     = regexp.MustCompile(`\sw:(left|right)="(-?\d+)"`)
)

// minTemplateTextWidth is the narrowest text width read from a template's
// page setup, 10 cm: anything narrower is a mistake in the template, and
// the body keeps the layout's width.
var minTemplateTextWidth = layout.MM(100)

// templateTextWidth reads the text width of the template's last section
// (its page width less its margins), in points.
func templateTextWidth(content string) (float64, bool) {
	pages := pageWidthAttr.FindAllStringSubmatch(content, -1)
	margins := marginAttr.FindAllString(content, -1)
	if len(pages) == 0 || len(margins) == 0 {
		return 0, false
	}
	width, _ := strconv.Atoi(pages[len(pages)-1][1])
	for _, m := range twipsAttr.FindAllStringSubmatch(margins[len(margins)-1], -1) {
		v, _ := strconv.Atoi(m[2])
		width -= v
	}
	points := float64(width) / 20
	if points < minTemplateTextWidth { // not a page to trust
		return 0, false
	}
	return points, true
}

// textNode matches a run's text element.
var textNode = regexp.MustCompile(`(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)`)

// paraBoundary matches the start or end of a paragraph.
var paraBoundary = regexp.MustCompile(`<w:p[\s>]|</w:p>`)

// joinSplitPlaceholders rewrites the text of each paragraph so that a
// placeholder Word split over several runs ("{{so_" in one, "ky_hieu}}" in
// the next, as it does after a spelling check or a change of formatting)
// stands whole in the first of them.
func joinSplitPlaceholders(content string) string {
	nodes := textNode.FindAllStringSubmatchIndex(content, -1)
	bounds := paraBoundary.FindAllStringIndex(content, -1)
	texts := make([]string, len(nodes))
	for i, n := range nodes {
		texts[i] = content[n[4]:n[5]]
	}
	// Group the text nodes of each paragraph.
	var groups [][]int
	bi := 0
	for i, n := range nodes {
		newPara := i == 0
		for bi < len(bounds) && bounds[bi][0] < n[0] {
			newPara = true
			bi++
		}
		if newPara {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], i)
	}
	changed := false
	for _, g := range groups {
		var joined strings.Builder
		starts, ends := make([]int, len(g)), make([]int, len(g))
		for k, i := range g {
			starts[k] = joined.Len()
			joined.WriteString(texts[i])
			ends[k] = joined.Len()
		}
		all := joined.String()
		// Last match first: editing a node only changes text after the
		// offsets the earlier matches still use.
		matches := placeholder.FindAllStringIndex(all, -1)
		for mi := len(matches) - 1; mi >= 0; mi-- {
			m := matches[mi]
			first := sort.Search(len(g), func(k int) bool { return ends[k] > m[0] }) // the node holding "{{"
			last := sort.Search(len(g), func(k int) bool { return ends[k] >= m[1] }) // the node holding "}}"
			if first == last {
				continue
			}
			changed = true
			texts[g[last]] = texts[g[last]][m[1]-starts[last]:]
			for k := first + 1; k < last; k++ {
				texts[g[k]] = ""
			}
			texts[g[first]] = texts[g[first]][:m[0]-starts[first]] + all[m[0]:m[1]]
		}
	}
	if !changed {
		return content
	}
	var b strings.Builder
	prev := 0
	for i, n := range nodes {
		b.WriteString(content[prev:n[2]])
		open := content[n[2]:n[3]]
		if !strings.Contains(open, "xml:space") {
			open = `<w:t xml:space="preserve">`
		}
		b.WriteString(open)
		b.WriteString(texts[i])
		b.WriteString(content[n[6]:n[7]])
		prev = n[1]
	}
	b.WriteString(content[prev:])
	return b.String()
}

// fillBlocks replaces each paragraph that holds only a block placeholder
// with the formatted paragraphs it stands for.
func (d *builder) fillBlocks(content string) (string, error) {
	for _, name := range blockPlaceholders {
		for {
			loc := regexp.MustCompile(`\{\{\s*` + name + `\s*\}\}`).FindStringIndex(content)
			if loc == nil {
				break
			}
			start, end := enclosingParagraph(content, loc[0])
			if start < 0 {
				return "", fmt.Errorf("docx template: {{%s}} is not inside a paragraph", name)
			}
			para := content[start:end]
			if text := strings.TrimSpace(paragraphText(para)); placeholder.ReplaceAllString(text, "") != "" || strings.Count(text, "{{") != 1 {
				return "", fmt.Errorf("docx template: {{%s}} must stand alone in its paragraph, found %q", name, text)
			}
			d.b.Reset()
			d.placeholderBlock(name)
			content = content[:start] + d.b.String() + content[end:]
		}
	}
	return content, nil
}

// placeholderBlock writes the formatted paragraphs of a block placeholder.
func (d *builder) placeholderBlock(name string) {
	switch name {
	case "noi_dung":
		d.body()
	case "noi_nhan": // level with {{nguoi_ky}}'s first line when both start a cell
		d.recipientsBlock()
	case "nguoi_ky":
		d.signerBlock()
	case "phu_luc":
		if len(d.p.Appendices) == 0 {
			d.textPara(styleEnd, pProps{}, "")
		}
		d.appendices(func(*plan.Appendix) (pProps, float64) { return pProps{pageBreakBefore: true}, d.l.TextWidth() })
	}
}

// enclosingParagraph returns the bounds of the innermost paragraph around
// pos, or -1.
func enclosingParagraph(content string, pos int) (start, end int) {
	start = -1
	for _, open := range []string{"<w:p>", "<w:p "} {
		if i := strings.LastIndex(content[:pos], open); i > start {
			start = i
		}
	}
	close := strings.Index(content[pos:], "</w:p>")
	if start < 0 || close < 0 {
		return -1, -1
	}
	return start, pos + close + len("</w:p>")
}

// paragraphText returns the text of a paragraph's runs.
func paragraphText(para string) string {
	var b strings.Builder
	for _, m := range textNode.FindAllStringSubmatch(para, -1) {
		b.WriteString(m[2])
	}
	return b.String()
}

// fillInline replaces the inline placeholders in text nodes; a value of
// several lines gets line breaks.
func fillInline(content string, values map[string]string) (string, error) {
	var unknown []string
	out := textNode.ReplaceAllStringFunc(content, func(node string) string {
		m := textNode.FindStringSubmatch(node)
		if !placeholder.MatchString(m[2]) {
			return node
		}
		text := placeholder.ReplaceAllStringFunc(m[2], func(ph string) string {
			name := placeholder.FindStringSubmatch(ph)[1]
			v, ok := values[name]
			if !ok {
				unknown = append(unknown, name)
				return ph
			}
			var b strings.Builder
			for i, line := range strings.Split(v, "\n") {
				if i > 0 {
					b.WriteString(`</w:t><w:br/><w:t xml:space="preserve">`)
				}
				xmlText(&b, line)
			}
			return b.String()
		})
		return `<w:t xml:space="preserve">` + text + m[3]
	})
	if len(unknown) > 0 {
		return "", unknownPlaceholder(unknown[0])
	}
	return out, nil
}

// placeholderNames lists every placeholder a template may hold, sorted.
func placeholderNames() []string {
	values := inlineValues(templateSample)
	known := make([]string, 0, len(values)+len(blockPlaceholders))
	for k := range values {
		known = append(known, k)
	}
	known = append(known, blockPlaceholders...)
	sort.Strings(known)
	return known
}

// unknownPlaceholder is the error of a placeholder kehoach does not know.
func unknownPlaceholder(name string) error {
	return fmt.Errorf("docx template: unknown placeholder {{%s}}; the placeholders are {{%s}}", name, strings.Join(placeholderNames(), "}}, {{"))
}

func readZipFile(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("docx template: %s: %w", f.Name, err)
	}
	defer rc.Close()
	return io.ReadAll(io.LimitReader(rc, 256<<20))
}

// checkPackage checks that every XML part of a package parses.
func checkPackage(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		b, err := readZipFile(f)
		if err != nil {
			return err
		}
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
		}
	}
	return nil
}

// CheckTemplate reports what is wrong with an agency's template, whatever
// the plan: a file that is not a .docx, an unknown placeholder, a block
// placeholder that does not stand alone in its paragraph, no place for
// what every plan prints (the body, the number, the date, the subject,
// the recipients, the signer). It fills the template with a small sample
// plan, as [Write] with [WithTemplate] would, and keeps nothing. A
// program that fills one template for many plans checks it once, before
// the first; what only some plans have (appendices, an urgency mark, a
// draft mark) is checked for each plan as it is filled.
func CheckTemplate(docx []byte) error {
	if len(docx) == 0 {
		return errors.New("docx template: empty: a template is a .docx file")
	}
	names, err := templatePlaceholders(docx)
	if err != nil {
		return err
	}
	sample := *templateSample
	if !names["phu_luc"] {
		sample.Appendices = nil
	}
	if !names["do_khan"] {
		sample.Urgency = ""
	}
	return Write(io.Discard, &sample, WithTemplate(docx))
}

// templateSample is a small plan that has every part a template may ask
// for.
var templateSample = &plan.Plan{
	Parent: []string{"UBND TỈNH"}, Issuer: []string{"SỞ"}, Number: "1", Symbol: "KH-S", Place: "Hà Nội",
	Date: plan.Date{Year: 2025, Month: 1, Day: 1}, Subject: "Mẫu", Urgency: plan.UrgencyUrgent,
	Sections:   []*plan.Section{plan.NewSection("MỤC ĐÍCH", plan.Para("Nội dung."))},
	Recipients: []string{"Như trên"}, Archive: "VT",
	Signer:     plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Nguyễn Văn A"},
	Appendices: []*plan.Appendix{{Title: "DANH MỤC", Content: plan.Nodes{plan.Para("Nội dung.")}}},
}
