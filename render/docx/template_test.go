package docx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func agencyTemplate(t *testing.T) []byte {
	t.Helper()
	tpl, err := os.ReadFile(agencyTemplatePath)
	require.NoError(t, err, "run go generate ./render/docx")
	return tpl
}

func TestJoinSplitPlaceholders(t *testing.T) {
	in := `<w:p><w:r><w:t>Số: {{so_</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ky</w:t></w:r><w:r><w:t xml:space="preserve">_hieu}} và {</w:t></w:r><w:r><w:t>{ten_loai}}</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>{{trich_</w:t></w:r></w:p><w:p><w:r><w:t>yeu}}</w:t></w:r></w:p>`
	out := joinSplitPlaceholders(in)
	assert.Contains(t, out, `<w:t xml:space="preserve">Số: {{so_ky_hieu}}</w:t>`)
	assert.Contains(t, out, `<w:t xml:space="preserve"> và {{ten_loai}}</w:t>`, "whole in the run that held its {{")
	assert.Contains(t, out, `<w:rPr><w:b/></w:rPr><w:t xml:space="preserve"></w:t>`, "the emptied run keeps its formatting")
	assert.Contains(t, out, `{{trich_</w:t>`, "a placeholder split across paragraphs is not joined")
	assert.Equal(t, "x", joinSplitPlaceholders("x"))
}

func TestTemplateFill(t *testing.T) {
	tpl := agencyTemplate(t)
	// The example template has its placeholders split as Word splits them.
	raw := string(unzip(t, tpl)["word/document.xml"])
	require.Contains(t, raw, `{{so_</w:t>`)
	require.Contains(t, raw, `{{dia</w:t>`)

	p := load(t, "plan-09.md")
	p.Number = "3898"
	p.Date = plan.Date{Year: 2026, Month: 6, Day: 30}
	para := p.Preamble[0].(*plan.Paragraph)
	para.Text = para.Text.Note("Luật số 42/2024/QH15.")
	f := openDocx(t, render(t, p, WithTemplate(tpl)))
	doc := string(f.parts["word/document.xml"])
	assert.NotContains(t, doc, "{{", "every placeholder is filled")
	assert.NotContains(t, doc, "}}")

	var texts []string
	for _, p := range f.doc.all("p") {
		texts = append(texts, paraText(p))
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{
		"UBND TỈNH LÀO CAI",                                              // the template's own text stays
		"Số: 3898/KH-SCT",                                                // {{so_ky_hieu}}, split in the template
		"Lào Cai, ngày 30 tháng 6 năm 2026",                              // {{dia_danh_ngay}}, split
		"KẾ HOẠCH",                                                       // {{ten_loai}}
		"Huấn luyện, kiểm tra, cấp Giấy chứng",                           // {{trich_yeu}}, split
		"I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN", // {{noi_dung}}
		"phối hợp, triển khai thực hiện./.",
		"Nơi nhận:", "- Ban Giám đốc Sở;", "- Lưu: VT, CN(Linh).", // {{noi_nhan}}
		"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân", // {{ nguoi_ky }}
		"Phụ lục", "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC", // {{phu_luc}}
	} {
		assert.Contains(t, all, want)
	}
	// The body takes the decree's formatting directly: the template has
	// none of this package's styles.
	heading := firstPara(f, "I. MỤC ĐÍCH")
	require.NotNil(t, heading)
	assert.Nil(t, heading.child("pPr").child("pStyle"))
	assert.True(t, f.format(t, heading).bold)
	assert.Equal(t, 14.0, f.format(t, heading).size)
	body := firstPara(f, "Căn cứ Luật Quản lý")
	assert.Equal(t, "both", body.child("pPr").child("jc").attrs["val"])
	assert.InDelta(t, 10, mm(twipsAttrOf(t, body.child("pPr").child("ind"), "firstLine")), 0.05)
	appendix := firstPara(f, "Phụ lục")
	assert.NotNil(t, appendix.child("pPr").child("pageBreakBefore"), "the appendix starts a new page")

	// The template had no footnotes: the part, its relationship and its
	// content type are added.
	notes := string(f.parts["word/footnotes.xml"])
	assert.Contains(t, notes, "Luật số 42/2024/QH15.")
	assert.Contains(t, string(f.parts["word/_rels/document.xml.rels"]), `Target="footnotes.xml"`)
	assert.Contains(t, string(f.parts["[Content_Types].xml"]), `PartName="/word/footnotes.xml"`)
	assert.Len(t, f.doc.all("footnoteReference"), 1)

	// Tables fit the template's own text width (its right margin is 20 mm).
	tables := f.doc.all("tbl")
	total := 0.0
	for _, g := range tables[len(tables)-1].child("tblGrid").kids("gridCol") {
		total += twipsAttrOf(t, g, "w")
	}
	assert.InDelta(t, 160, mm(total), 0.2)
}

// A template that has footnotes of its own: the plan's are numbered after
// them.
func TestTemplateWithFootnotes(t *testing.T) {
	parts := unzip(t, agencyTemplate(t))
	l := layout.Default()
	parts["word/footnotes.xml"] = []byte(xmlHeader + `<w:footnotes xmlns:w="` + nsW + `">` + separators(&l) +
		`<w:footnote w:id="1"><w:p><w:r><w:t>Của mẫu.</w:t></w:r></w:p></w:footnote></w:footnotes>`)
	parts["[Content_Types].xml"] = bytes.Replace(parts["[Content_Types].xml"], []byte("</Types>"),
		[]byte(`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`), 1)
	tpl := rezip(t, parts)
	p := load(t, "plan-09.md")
	para := p.Preamble[0].(*plan.Paragraph)
	para.Text = para.Text.Note("Của kế hoạch.")
	f := openDocx(t, render(t, p, WithTemplate(tpl)))
	refs := f.doc.all("footnoteReference")
	require.Len(t, refs, 1)
	assert.Equal(t, "2", refs[0].attrs["id"])
	notes := string(f.parts["word/footnotes.xml"])
	assert.Contains(t, notes, "Của mẫu.")
	assert.Contains(t, notes, `<w:footnote w:id="2">`)
	assert.Equal(t, 1, strings.Count(string(f.parts["[Content_Types].xml"]), "footnotes.xml"))
}

func rezip(t *testing.T, parts map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/footnotes.xml"} {
		if b, ok := parts[name]; ok {
			w, err := zw.Create(name)
			require.NoError(t, err)
			_, err = w.Write(b)
			require.NoError(t, err)
		}
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func TestTemplateErrors(t *testing.T) {
	parts := unzip(t, agencyTemplate(t))
	doc := string(parts["word/document.xml"])
	p := load(t, "plan-09.md")
	try := func(document string) error {
		parts["word/document.xml"] = []byte(document)
		var buf bytes.Buffer
		err := Write(&buf, p, WithTemplate(rezip(t, parts)))
		assert.Zero(t, buf.Len(), "nothing written on error")
		return err
	}
	err := try(strings.Replace(doc, "{{ten_loai}}", "{{ten_loaj}}", 1))
	assert.ErrorContains(t, err, "unknown placeholder {{ten_loaj}}; the placeholders are {{chuc_vu}}")
	err = try(strings.Replace(doc, "{{noi_dung}}", "Nội dung: {{noi_dung}}", 1))
	assert.ErrorContains(t, err, `{{noi_dung}} must stand alone in its paragraph, found "Nội dung: {{noi_dung}}"`)
	var buf bytes.Buffer
	err = Write(&buf, p, WithTemplate([]byte("not a zip")))
	assert.ErrorContains(t, err, "docx template: not a readable .docx file")

	// CheckTemplate finds the same problems without a plan.
	parts["word/document.xml"] = []byte(doc)
	assert.NoError(t, CheckTemplate(rezip(t, parts)), "the shipped template")
	parts["word/document.xml"] = []byte(strings.Replace(doc, "{{ten_loai}}", "{{ten_loaj}}", 1))
	assert.ErrorContains(t, CheckTemplate(rezip(t, parts)), "unknown placeholder {{ten_loaj}}")
	assert.ErrorContains(t, CheckTemplate([]byte("not a zip")), "not a readable .docx file")
	assert.ErrorContains(t, CheckTemplate(nil), "docx template: empty")
	assert.ErrorContains(t, CheckTemplate([]byte{}), "docx template: empty")
}

// A template with no place for something the plan prints is refused, so
// that nothing is left out unseen; what only some plans have is needed
// only by them.
func TestTemplateMissingPlaceholders(t *testing.T) {
	parts := unzip(t, agencyTemplate(t))
	doc := string(parts["word/document.xml"])
	without := func(names ...string) []byte {
		d := doc
		for _, n := range names {
			ph := regexp.MustCompile(`\{\{\s*` + n + `\s*\}\}`)
			d = joinSplitPlaceholders(d)
			require.Regexp(t, ph, d, n)
			d = ph.ReplaceAllString(d, "")
		}
		parts["word/document.xml"] = []byte(d)
		return rezip(t, parts)
	}
	assert.EqualError(t, CheckTemplate(without("noi_dung")),
		"docx template: it has no {{noi_dung}}, so the body (preamble, parts, tables, footnotes) would be left out: put {{noi_dung}} alone in the paragraph where the body goes")
	assert.ErrorContains(t, CheckTemplate(without("noi_nhan")), "no {{noi_nhan}}, so the recipients (Nơi nhận) would be left out")
	assert.ErrorContains(t, CheckTemplate(without("nguoi_ky")), "no {{nguoi_ky}} or {{chuc_vu}}, so the signer's position would be left out")
	assert.ErrorContains(t, CheckTemplate(without("so_ky_hieu")), "no {{so_ky_hieu}} or {{so}} or {{ky_hieu}}, so the number and symbol would be left out")
	assert.NoError(t, CheckTemplate(without("phu_luc", "do_khan", "du_thao")), "only some plans have these")
	parts["word/document.xml"] = []byte(strings.Replace(joinSplitPlaceholders(doc), "{{noi_dung}}", "{{NOI_DUNG}}", 1))
	assert.ErrorContains(t, CheckTemplate(rezip(t, parts)), "unknown placeholder {{NOI_DUNG}}; the placeholders are {{chuc_vu}}", "not \"has no {{noi_dung}}\"")

	p := load(t, "plan-09.md") // one appendix
	var buf bytes.Buffer
	err := Write(&buf, p, WithTemplate(without("phu_luc")))
	assert.EqualError(t, err, "docx template: it has no {{phu_luc}}, so the appendices would be left out: put {{phu_luc}} alone in the last paragraph")
	assert.Zero(t, buf.Len(), "nothing written")
	urgent := *p
	urgent.Urgency = plan.UrgencyUrgent
	assert.ErrorContains(t, Write(io.Discard, &urgent, WithTemplate(without("do_khan"))), "no {{do_khan}}, so the urgency mark would be left out")
	draft := *p
	draft.Draft = true
	assert.ErrorContains(t, Write(io.Discard, &draft, WithTemplate(without("du_thao"))), "no {{du_thao}}, so the draft mark would be left out")

	// With the placeholders, the marks print; without a mark, nothing.
	draft.Urgency = plan.UrgencyUrgent
	buf.Reset()
	require.NoError(t, Write(&buf, &draft, WithTemplate(agencyTemplate(t))))
	text := documentText(t, buf.Bytes())
	assert.Contains(t, text, plan.DraftMark)
	assert.Contains(t, text, plan.UrgencyUrgent.Stamp())
	buf.Reset()
	require.NoError(t, Write(&buf, p, WithTemplate(agencyTemplate(t))))
	assert.NotContains(t, documentText(t, buf.Bytes()), plan.DraftMark)
}

// Inline values of several lines get line breaks, not a newline inside
// the text.
func TestTemplateMultiLineValues(t *testing.T) {
	parts := unzip(t, agencyTemplate(t))
	parts["word/document.xml"] = []byte(strings.Replace(string(parts["word/document.xml"]), "UBND TỈNH LÀO CAI", "{{co_quan_ban_hanh}}", 1))
	p := load(t, "plan-09.md")
	p.Issuer = []string{"ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"}
	f := openDocx(t, render(t, p, WithTemplate(rezip(t, parts))))
	assert.Equal(t, "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", paraText(firstPara(f, "ỦY BAN")))
	assert.Contains(t, string(f.parts["word/document.xml"]), `ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space="preserve">TỈNH LÀO CAI`)
}

// TestTemplateFootnoteStyle: the notes' numbers use the template's
// "footnote reference" style, and a template without one gets this
// package's, which LibreOffice needs to print the number before a note
// as a superscript.
func TestTemplateFootnoteStyle(t *testing.T) {
	p := load(t, "plan-09.md")
	p.Preamble[0] = plan.ParaText(plan.Plain("Căn cứ").Note("Ghi chú."))
	f := openDocx(t, render(t, p, WithTemplate(agencyTemplate(t))))
	styles := string(f.parts["word/styles.xml"])
	assert.Equal(t, 1, strings.Count(styles, `<w:name w:val="footnote reference"/>`), "added once")
	assert.Contains(t, string(f.parts["word/footnotes.xml"]), `<w:rStyle w:val="FootnoteReference"/>`)

	parts := unzip(t, agencyTemplate(t))
	parts["word/styles.xml"] = bytes.Replace(parts["word/styles.xml"], []byte("</w:styles>"),
		[]byte(`<w:style w:type="character" w:styleId="Chuthich"><w:name w:val="Footnote Reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style></w:styles>`), 1)
	f = openDocx(t, render(t, p, WithTemplate(rezip(t, parts))))
	styles = string(f.parts["word/styles.xml"])
	assert.Equal(t, 1, strings.Count(strings.ToLower(styles), `<w:name w:val="footnote reference"/>`), "the template's own, not a second")
	assert.Contains(t, string(f.parts["word/footnotes.xml"]), `<w:rStyle w:val="Chuthich"/>`)
	assert.Contains(t, string(f.parts["word/document.xml"]), `<w:rStyle w:val="Chuthich"/>`)
}

// TestTemplateSignerLines: in an agency's template the signer's lines are
// not broken by hand: the template's cell has its own width.
func TestTemplateSignerLines(t *testing.T) {
	p := load(t, "plan-09.md")
	p.Signer.Position = []string{"Vụ trưởng Vụ Công chức - Viên chức"}
	p.Signer.Authority = []string{"KT. BỘ TRƯỞNG"}
	builtIn := openDocx(t, render(t, p))
	assert.Contains(t, paraText(firstPara(builtIn, "VỤ TRƯỞNG")), "\n", "the built-in layout balances the line")
	filled := openDocx(t, render(t, p, WithTemplate(agencyTemplate(t))))
	assert.Equal(t, "VỤ TRƯỞNG VỤ CÔNG CHỨC - VIÊN CHỨC", paraText(firstPara(filled, "VỤ TRƯỞNG")))
}
