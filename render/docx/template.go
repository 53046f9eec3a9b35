package docx

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/limits"
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
var placeholder = lazyregexp.New(`\{\{\s*([A-Za-z_]+)\s*\}\}`)

var blockPlaceholders = []string{"noi_dung", "noi_nhan", "nguoi_ky", "phu_luc"}

// inlineValues returns the text of each inline placeholder.
func inlineValues(p *plan.Plan) map[string]string {
	lines := func(ls []string, upper bool) string {
		out := make([]string, len(ls))
		for i, l := range ls {
			out[i] = plan.NFC(l)
			if upper {
				out[i] = plan.UpperTitle(out[i])
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

// fillTemplate fills cfg.template with p. The template is read within
// cfg's limits (a zip bomb is an error, not exhausted memory); its story
// parts (the document, page headers and footers, footnotes and endnotes,
// text boxes inside them) are filled in one pass each, left to right, so
// that the plan's own text is never read as a placeholder; parts are
// visited in the package's order, so that the same template and plan give
// the same bytes; and what the output carries is only what a document
// needs: no entries with unsafe names, no macros.
func fillTemplate(w io.Writer, p *plan.Plan, cfg *config) error {
	pkg, names, err := openTemplate(cfg.template, cfg.limits)
	if err != nil {
		return err
	}
	if err := checkPlaceholders(names, p); err != nil {
		return err
	}
	notes, err := readTemplateNotes(pkg)
	if err != nil {
		return err
	}
	raw, _ := pkg.Get(documentPart)
	content := joinSplitPlaceholders(string(raw))
	l := cfg.layout
	if width, ok := templateTextWidth(content); ok { // tables fit the template's own page
		l.Margins.Left, l.Margins.Right = 0, 0
		l.PageWidth = width
	}
	d := newBuilder(&l, p)
	d.direct = true
	d.noteBase, d.noteStyle = notes.maxID, notes.styleID
	values := inlineValues(p)
	if content, err = d.fillPart(documentPart, content, values); err != nil {
		return err
	}
	pkg.Set(documentPart, []byte(content))
	for _, name := range pkg.Names() { // headers, footers, notes: in the package's order
		if name == documentPart || !storyPart.MatchString(name) {
			continue
		}
		raw, _ := pkg.Get(name)
		part := joinSplitPlaceholders(string(raw))
		if !placeholder.MatchString(part) {
			continue
		}
		filled, err := d.fillPart(name, part, values)
		if err != nil {
			return err
		}
		pkg.Set(name, []byte(filled))
	}
	if d.notes.Len() > 0 {
		if err := addFootnotes(pkg, d.footnoteElements(), notes.styleID == "", d.l); err != nil {
			return err
		}
	}
	if err := checkPackage(pkg); err != nil {
		return err
	}
	return pkg.Write(w)
}

// documentPart is the main story of a Word package.
const documentPart = "word/document.xml"

// openTemplate reads a template within lim, checks its size in elements
// and that its XML is well-formed, drops what a document must not carry
// (see [ooxml.Package.Sanitize]; unsafe entries are never read), refuses
// placeholders where they would not be filled, and returns it with the
// placeholders its story parts hold.
func openTemplate(tpl []byte, lim limits.Limits) (*ooxml.Package, map[string]bool, error) {
	if len(tpl) == 0 {
		return nil, nil, templateErr("tệp rỗng: mẫu là một tệp .docx", "empty: a template is a .docx file")
	}
	pkg, err := ooxml.Read(tpl, lim, func(name string) bool {
		return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
	})
	var exceeded *limits.Error
	switch {
	case errors.As(err, &exceeded):
		return nil, nil, limitErr(exceeded)
	case err != nil:
		return nil, nil, templateErr("không phải tệp .docx đọc được (không phải một gói zip hợp lệ): tệp mẫu phải là một tệp Word .docx",
			fmt.Sprintf("not a readable .docx file: %v", err))
	}
	lim = lim.Or()
	if err := guardTemplate(pkg, lim); err != nil {
		return nil, nil, err
	}
	for _, part := range []string{documentPart, "[Content_Types].xml"} {
		if !pkg.Has(part) {
			return nil, nil, templateErr("không phải tệp Word: gói không có "+part, "not a Word file: the package has no "+part)
		}
	}
	if pkg.Sanitize(); !pkg.Has(documentPart) { // typed or related as what a document must not carry
		return nil, nil, templateErr("word/document.xml của mẫu được khai báo là macro hoặc đối tượng nhúng, nên đã bị bỏ: hãy mở mẫu bằng Word và lưu lại thành .docx",
			"word/document.xml is declared a macro or an embedded object, so it was dropped: open the template in Word and save it as a .docx")
	}
	if err := placeholdersOutsideStories(pkg); err != nil {
		return nil, nil, err
	}
	names, err := templatePlaceholders(pkg, lim.Placeholders)
	return pkg, names, err
}

// fillPart fills one story part in a single pass over the template's own
// text: each paragraph that holds only a block placeholder (in the
// document) becomes the paragraphs it stands for, each inline placeholder
// its value; what is put in is never read again. In a page header or
// footer a value prints on one line.
func (d *builder) fillPart(part, content string, values map[string]string) (string, error) {
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	nodes := textNodes(content)
	oneLine := strings.Contains(part, "header") || strings.Contains(part, "footer")
	blockEnd := -1 // the end of the paragraph a block placeholder replaces
	for _, n := range nodes {
		if n[0] < blockEnd {
			continue // inside a replaced paragraph: it held nothing else
		}
		text := content[n[4]:n[5]]
		matches := placeholder.FindAllStringSubmatchIndex(text, -1)
		if matches == nil {
			continue
		}
		if name := text[matches[0][2]:matches[0][3]]; slices.Contains(blockPlaceholders, name) {
			start, end, err := d.blockParagraph(part, content, n[0], name)
			if err != nil {
				return "", err
			}
			d.b.Reset()
			d.placeholderBlock(name)
			edits = append(edits, edit{start, end, d.b.String()})
			blockEnd = end
			continue
		}
		var b strings.Builder
		b.WriteString(`<w:t xml:space="preserve">`)
		prev := 0
		for _, m := range matches {
			name := text[m[2]:m[3]]
			if slices.Contains(blockPlaceholders, name) {
				return "", blockNotAlone(name, paragraphText(content[n[0]:n[1]]))
			}
			b.WriteString(text[prev:m[0]])
			v := values[name] // unknown names were refused before filling
			if oneLine {
				v = strings.ReplaceAll(v, "\n", " ")
			}
			for i, line := range strings.Split(v, "\n") {
				if i > 0 {
					b.WriteString(`</w:t><w:br/><w:t xml:space="preserve">`)
				}
				xmlText(&b, line)
			}
			prev = m[1]
		}
		b.WriteString(text[prev:])
		b.WriteString(content[n[6]:n[7]])
		edits = append(edits, edit{n[2], n[1], b.String()})
	}
	if len(edits) == 0 {
		return content, nil
	}
	var out strings.Builder
	out.Grow(len(content))
	prev := 0
	for _, e := range edits {
		out.WriteString(content[prev:e.start])
		out.WriteString(e.text)
		prev = e.end
	}
	out.WriteString(content[prev:])
	return out.String(), nil
}

// blockParagraph returns the bounds of the paragraph a block placeholder
// at pos replaces, refusing one outside the document's own text (in a
// page header, a footnote or a text box, where the body cannot go) or
// one that does not stand alone in its paragraph.
func (d *builder) blockParagraph(part, content string, pos int, name string) (start, end int, err error) {
	if part != documentPart {
		return 0, 0, templateErr(fmt.Sprintf("{{%s}} nằm trong %s (%s): nội dung này chỉ đặt được trong thân văn bản", name, part, partKindVi(part)),
			fmt.Sprintf("{{%s}} stands in %s (%s): it can only go in the document's own text", name, part, partKind(part)))
	}
	if open := strings.LastIndex(content[:pos], "<w:txbxContent"); open >= 0 && open > strings.LastIndex(content[:pos], "</w:txbxContent>") {
		return 0, 0, templateErr(fmt.Sprintf("{{%s}} nằm trong một hộp văn bản (text box): hãy đặt nó trong thân văn bản", name),
			fmt.Sprintf("{{%s}} stands in a text box: put it in the document's own text", name))
	}
	start, end = enclosingParagraph(content, pos)
	if start < 0 {
		return 0, 0, templateErr(fmt.Sprintf("{{%s}} không nằm trong một đoạn văn bản", name), fmt.Sprintf("{{%s}} is not inside a paragraph", name))
	}
	if text := strings.TrimSpace(paragraphText(content[start:end])); placeholder.ReplaceAllString(text, "") != "" || strings.Count(text, "{{") != 1 {
		return 0, 0, blockNotAlone(name, text)
	}
	return start, end, nil
}

func blockNotAlone(name, text string) error {
	return templateErr(fmt.Sprintf("{{%s}} phải đứng một mình trong đoạn của nó, nhưng đoạn đó là %q", name, text),
		fmt.Sprintf("{{%s}} must stand alone in its paragraph, found %q", name, text))
}

// partKind names a story part for messages.
func partKind(part string) string {
	switch {
	case strings.Contains(part, "header"):
		return "a page header"
	case strings.Contains(part, "footer"):
		return "a page footer"
	case strings.Contains(part, "footnotes"):
		return "the footnotes"
	case strings.Contains(part, "endnotes"):
		return "the endnotes"
	}
	return "a part of the package"
}

func partKindVi(part string) string {
	switch {
	case strings.Contains(part, "header"):
		return "đầu trang"
	case strings.Contains(part, "footer"):
		return "chân trang"
	case strings.Contains(part, "footnotes"):
		return "chú thích cuối trang"
	case strings.Contains(part, "endnotes"):
		return "chú thích cuối văn bản"
	}
	return "một phần của gói"
}

var (
	pageWidthAttr = lazyregexp.New(`<w:pgSz\b[^>]*\sw:w="(\d+)"`)
	marginAttr    = lazyregexp.New(`<w:pgMar\b[^>]*>`)
	twipsAttr     = lazyregexp.New(`\sw:(left|right)="(-?\d+)"`)
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

// joinSplitPlaceholders rewrites the text of each paragraph so that a
// placeholder Word split over several runs ("{{so_" in one, "ky_hieu}}" in
// the next, as it does after a spelling check or a change of formatting)
// stands whole in the first of them.
func joinSplitPlaceholders(content string) string {
	nodes := textNodes(content)
	bounds := paragraphBounds(content)
	texts := make([]string, len(nodes))
	for i, n := range nodes {
		texts[i] = content[n[4]:n[5]]
	}
	// Group the text nodes of each paragraph.
	var groups [][]int
	bi := 0
	for i, n := range nodes {
		newPara := i == 0
		for bi < len(bounds) && bounds[bi] < n[0] {
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
	for _, n := range textNodes(para) {
		b.WriteString(para[n[4]:n[5]])
	}
	return b.String()
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
	list := "{{" + strings.Join(placeholderNames(), "}}, {{") + "}}"
	return templateErr(fmt.Sprintf("không có chỗ điền {{%s}}; các chỗ điền là %s", name, list),
		fmt.Sprintf("unknown placeholder {{%s}}; the placeholders are %s", name, list))
}

// checkPackage checks that every XML part the filling changed parses
// (the template's own were checked before filling, see [guardTemplate]).
func checkPackage(pkg *ooxml.Package) error {
	for _, name := range pkg.Names() {
		if name != documentPart && !storyPart.MatchString(name) && name != "word/styles.xml" && name != "[Content_Types].xml" && !strings.HasSuffix(name, ".rels") {
			continue
		}
		b, ok := pkg.Get(name)
		if !ok {
			continue
		}
		if line, err := xmlFault(b); err != nil {
			return templateErr(fmt.Sprintf("văn bản điền vào mẫu sẽ bị hỏng ở phần %s (dòng %d); hãy kiểm tra các chỗ điền nằm trong đoạn văn bản thường", name, line),
				fmt.Sprintf("the filled document would be damaged in %s (line %d: %v); check the placeholders are in ordinary text", name, line, err))
		}
	}
	return nil
}

// templateError is a problem with an agency's template, said in
// Vietnamese and English.
type templateError struct {
	vi, en string
	cause  error // a limits.Error, for errors.Is
}

func (e *templateError) Error() string { return "docx template: " + e.en }

// Unwrap returns the limit a template broke, if that is the problem.
func (e *templateError) Unwrap() error { return e.cause }

// Message returns the problem in a language: "vi" or English.
func (e *templateError) Message(lang string) string {
	if lang == "vi" {
		return "mẫu .docx: " + e.vi
	}
	return e.Error()
}

func templateErr(vi, en string) error { return &templateError{vi: vi, en: en} }

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
	_, names, err := openTemplate(docx, limits.Limits{})
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
