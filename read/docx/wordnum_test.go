package docx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
)

// numLevel is one level of a list definition in numbering.xml: its
// format, its text, its start, and anything more (w:lvlRestart,
// w:isLgl, w:pStyle).
func numLevel(ilvl int, format, text string, start int, extra string) string {
	return `<w:lvl w:ilvl="` + strconv.Itoa(ilvl) + `"><w:start w:val="` + strconv.Itoa(start) + `"/><w:numFmt w:val="` + format +
		`"/>` + extra + `<w:lvlText w:val="` + text + `"/></w:lvl>`
}

// abstractNum is a list definition of the given levels.
func abstractNumXML(id string, levels ...string) string {
	return `<w:abstractNum w:abstractNumId="` + id + `">` + strings.Join(levels, "") + `</w:abstractNum>`
}

// numXML is a list instance of a definition, with level overrides.
func numXML(id, abstract string, overrides ...string) string {
	return `<w:num w:numId="` + id + `"><w:abstractNumId w:val="` + abstract + `"/>` + strings.Join(overrides, "") + `</w:num>`
}

// paraStyle is a paragraph style of styles.xml with its paragraph
// and run properties.
func paraStyle(id, name, pPr, rPr string) string {
	return `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/><w:pPr>` + pPr + `</w:pPr><w:rPr>` + rPr + `</w:rPr></w:style>`
}

// np is a paragraph of a Word file with paragraph properties given as
// XML (a style, a list) and runs of plain text.
func np(pPr string, texts ...string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>" + pPr + "</w:pPr>")
	for _, s := range texts {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// numPr is a paragraph's list: an instance and a level.
func numPr(id string, ilvl int) string {
	return `<w:numPr><w:ilvl w:val="` + strconv.Itoa(ilvl) + `"/><w:numId w:val="` + id + `"/></w:numPr>`
}

// pStyle names a paragraph's style.
func pStyle(id string) string { return `<w:pStyle w:val="` + id + `"/>` }

// numbered is a Word file of the base variant's header, title and
// signature whose body is given, with numbering.xml and styles.xml.
func numbered(t *testing.T, body, numbering, styles string) []byte {
	v := baseVariant()
	parts := map[string]string{}
	if numbering != "" {
		parts["numbering.xml"] = part("numbering", numbering)
	}
	if styles != "" {
		parts["styles.xml"] = part("styles", styles)
	}
	return testDocx(t, v.header+v.title+body+v.signature, parts)
}

// walkLabels returns the body's elements as they print: label and the
// text's first words.
func walkLabels(p *plan.Plan) []string {
	var out []string
	for e := range p.Walk() {
		if e.Appendix != 0 || e.Kind != plan.KindNode {
			continue
		}
		out = append(out, strings.TrimSpace(e.Label+" "+e.Text.String()))
	}
	return out
}

func readNumbered(t *testing.T, src []byte) *plan.Plan {
	t.Helper()
	p, err := Read(src, "numbered.docx")
	for _, e := range plan.AsErrors(err) {
		t.Logf("problem: %s", e.Format("en"))
	}
	require.NotNil(t, p)
	return p
}

// TestWordNumberingKinds: a plan whose labels come from Word's own
// numbering, attached the ways agencies' tools attach it, reads with its
// parts, sections, points and bullets as Word prints them: lists on the
// paragraphs, on heading styles (their level given by the style, or by
// the list level's w:pStyle), through a numbering style's link, a list
// per part restarted by a start override, "PHẦN THỨ %1" and "Mục %2."
// texts, legal numbering, points numbered as headings; and headings
// marked by their outline level alone, without labels, as Google Docs
// exports them, or by Word's built-in heading styles named alone.
func TestWordNumberingKinds(t *testing.T) {
	want, headings := baseWant()
	printed := []string{"Sở Y tế xây dựng Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Chủ động phòng, chống dịch bệnh.", "2. Yêu cầu",
		"a) Bảo đảm kịp thời;", "b) Bảo đảm hiệu quả.", "II. NỘI DUNG", "1. Giám sát dịch bệnh", "- Giám sát chặt chẽ các ca bệnh:", "+ tại cộng đồng;",
		"2. Truyền thông", "- Tuyên truyền trên các phương tiện.", "III. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai thực hiện Kế hoạch này./."}
	decree := abstractNumXML("1", numLevel(0, "upperRoman", "%1.", 1, ""), numLevel(1, "decimal", "%2.", 1, ""),
		numLevel(2, "lowerLetter", "%3)", 1, ""))
	bullets := abstractNumXML("2", numLevel(0, "bullet", "-", 1, ""), numLevel(1, "bullet", "+", 1, ""))
	body := func(part, section, point, bullet, plus string) string {
		return np("", "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;") + np("", "Sở Y tế xây dựng Kế hoạch như sau:") +
			np(part, "MỤC ĐÍCH, YÊU CẦU") + np(section, "Mục đích") + np("", "Chủ động phòng, chống dịch bệnh.") +
			np(section, "Yêu cầu") + np(point, "Bảo đảm kịp thời;") + np(point, "Bảo đảm hiệu quả.") +
			np(part, "NỘI DUNG") + np(section, "Giám sát dịch bệnh") + np(bullet, "Giám sát chặt chẽ các ca bệnh:") + np(plus, "tại cộng đồng;") +
			np(section, "Truyền thông") + np(bullet, "Tuyên truyền trên các phương tiện.") +
			np(part, "TỔ CHỨC THỰC HIỆN") + np("", "Các đơn vị triển khai thực hiện Kế hoạch này./.")
	}
	// readsAsDecree checks a file reads as the plan with its headings, and
	// its body printing as Word prints it.
	readsAsDecree := func(t *testing.T, src []byte) {
		p := readNumbered(t, src)
		assertRealPlan(t, want, p)
		assert.Equal(t, headings, headingsOf(p))
		assert.Equal(t, printed, walkLabels(p))
	}
	t.Run("numPr on paragraphs", func(t *testing.T) {
		src := numbered(t, body(numPr("1", 0), numPr("1", 1), numPr("1", 2), numPr("2", 0), numPr("2", 1)),
			decree+bullets+numXML("1", "1")+numXML("2", "2"), "")
		readsAsDecree(t, src)
	})
	t.Run("numPr on heading styles", func(t *testing.T) {
		styles := paraStyle("Heading1", "heading 1", `<w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>`, `<w:b/>`) +
			paraStyle("Heading2", "heading 2", `<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>`, `<w:b/>`)
		src := numbered(t, body(pStyle("Heading1"), pStyle("Heading2"), numPr("1", 2), numPr("2", 0), numPr("2", 1)),
			decree+bullets+numXML("1", "1")+numXML("2", "2"), styles)
		readsAsDecree(t, src)
	})
	t.Run("heading styles linked by the level's pStyle", func(t *testing.T) {
		decree := abstractNumXML("1", numLevel(0, "upperRoman", "%1.", 1, `<w:pStyle w:val="Heading1"/>`), numLevel(1, "decimal", "%2.", 1, `<w:pStyle w:val="Heading2"/>`),
			numLevel(2, "lowerLetter", "%3)", 1, ""))
		styles := paraStyle("Heading1", "heading 1", `<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>`, `<w:b/>`) +
			paraStyle("Heading2", "heading 2", `<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>`, `<w:b/>`)
		src := numbered(t, body(pStyle("Heading1"), pStyle("Heading2"), numPr("1", 2), numPr("2", 0), numPr("2", 1)),
			decree+bullets+numXML("1", "1")+numXML("2", "2"), styles)
		readsAsDecree(t, src)
	})
	t.Run("numStyleLink", func(t *testing.T) {
		linked := abstractNumXML("5", `<w:numStyleLink w:val="DecreeList"/>`)
		decree := abstractNumXML("1", `<w:styleLink w:val="DecreeList"/>`+numLevel(0, "upperRoman", "%1.", 1, ""), numLevel(1, "decimal", "%2.", 1, ""),
			numLevel(2, "lowerLetter", "%3)", 1, ""))
		styles := `<w:style w:type="numbering" w:styleId="DecreeList"><w:name w:val="DecreeList"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`
		src := numbered(t, body(numPr("7", 0), numPr("7", 1), numPr("7", 2), numPr("2", 0), numPr("2", 1)),
			decree+linked+bullets+numXML("1", "1")+numXML("2", "2")+numXML("7", "5"), styles)
		readsAsDecree(t, src)
	})
	t.Run("a list per part whose sections restart", func(t *testing.T) {
		parts := abstractNumXML("1", numLevel(0, "upperRoman", "%1.", 1, ""))
		secs := abstractNumXML("3", numLevel(0, "decimal", "%1.", 1, ""))
		b := body(numPr("1", 0), numPr("S", 0), numPr("4", 0), numPr("2", 0), numPr("2", 1))
		// the first part's sections in list 3, the second's in list 4, which restarts
		b = strings.Replace(b, `<w:numId w:val="S"/>`, `<w:numId w:val="3"/>`, 2)
		b = strings.Replace(b, `<w:numId w:val="S"/>`, `<w:numId w:val="5"/>`, 2)
		src := numbered(t, b, parts+secs+bullets+abstractNumXML("4", numLevel(0, "lowerLetter", "%1)", 1, ""))+numXML("1", "1")+numXML("2", "2")+numXML("3", "3")+
			numXML("5", "3", `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`)+numXML("4", "4"), "")
		readsAsDecree(t, src)
	})
	t.Run("Phần and Mục", func(t *testing.T) {
		d := abstractNumXML("1", numLevel(0, "upperRoman", "PHẦN THỨ %1", 1, ""), numLevel(1, "decimal", "Mục %2.", 1, ""),
			numLevel(2, "lowerLetter", "%3)", 1, ""))
		src := numbered(t, body(numPr("1", 0), numPr("1", 1), numPr("1", 2), numPr("2", 0), numPr("2", 1)), d+bullets+numXML("1", "1")+numXML("2", "2"), "")
		p := readNumbered(t, src)
		assertRealPlan(t, want, p)
		assert.Equal(t, []string{"PHẦN THỨ I MỤC ĐÍCH, YÊU CẦU", "Mục 1. Mục đích", "Mục 2. Yêu cầu", "PHẦN THỨ II NỘI DUNG", "Mục 1. Giám sát dịch bệnh",
			"Mục 2. Truyền thông", "PHẦN THỨ III TỔ CHỨC THỰC HIỆN"}, headingsOf(p))
	})
	t.Run("legal", func(t *testing.T) {
		d := abstractNumXML("1", numLevel(0, "upperRoman", "%1.", 1, ""), numLevel(1, "decimal", "%1.%2.", 1, `<w:isLgl/>`),
			numLevel(2, "lowerLetter", "%3)", 1, ""))
		src := numbered(t, body(numPr("1", 0), numPr("1", 1), numPr("1", 2), numPr("2", 0), numPr("2", 1)), d+bullets+numXML("1", "1")+numXML("2", "2"), "")
		p := readNumbered(t, src)
		assertRealPlan(t, want, p)
		assert.Equal(t, []string{"I. MỤC ĐÍCH, YÊU CẦU", "1.1. Mục đích", "1.2. Yêu cầu", "II. NỘI DUNG", "2.1. Giám sát dịch bệnh", "2.2. Truyền thông",
			"III. TỔ CHỨC THỰC HIỆN"}, headingsOf(p))
	})
	t.Run("outline levels without labels", func(t *testing.T) {
		styles := paraStyle("Title", "Title", ``, `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="52"/>`) +
			paraStyle("Heading1", "heading 1", `<w:outlineLvl w:val="0"/>`, `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="40"/>`) +
			paraStyle("Heading2", "heading 2", `<w:outlineLvl w:val="1"/>`, `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="32"/>`)
		styles += paraStyle("Subtitle", "Subtitle", ``, `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/>`)
		v := baseVariant()
		title := np(pStyle("Title")+`<w:jc w:val="center"/>`, "KẾ HOẠCH") + np(pStyle("Subtitle")+`<w:jc w:val="center"/>`, "Phòng, chống dịch bệnh truyền nhiễm năm 2026")
		src := testDocx(t, v.header+title+body(pStyle("Heading1"), pStyle("Heading2"), "", "", "")+v.signature, map[string]string{"styles.xml": part("styles", styles)})
		p := readNumbered(t, src)
		assertRealPlan(t, want, p)
		// The decree's plan labels its headings: the headings read as
		// numbered automatically, and print with the decree's labels.
		assert.Equal(t, headings, headingsOf(p))
		assert.Equal(t, plan.Numbering{}, p.Numbering)
	})
	t.Run("built-in heading styles by their names alone", func(t *testing.T) {
		styles := paraStyle("Heading1", "heading 1", ``, `<w:b/>`) + paraStyle("Heading2", "heading 2", ``, `<w:b/><w:i/>`)
		p := readNumbered(t, numbered(t, body(pStyle("Heading1"), pStyle("Heading2"), "", "", ""), "", styles))
		assertRealPlan(t, want, p)
		assert.Equal(t, headings, headingsOf(p))
	})
	t.Run("points as headings", func(t *testing.T) {
		point := func(s string) string {
			return `<w:p><w:pPr>` + numPr("1", 2) + `</w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>` + s + `</w:t></w:r></w:p>`
		}
		b := body(numPr("1", 0), numPr("1", 1), numPr("1", 2), numPr("2", 0), numPr("2", 1))
		var points strings.Builder
		for _, s := range []string{"Tại cộng đồng", "Tại bệnh viện", "Tại trường học", "Tại cơ quan", "Tại chợ", "Tại bến xe"} {
			points.WriteString(point(s) + np("", "Giám sát hằng ngày."))
		}
		b = strings.Replace(b, np(numPr("1", 1), "Truyền thông"), points.String()+np(numPr("1", 1), "Truyền thông"), 1)
		p := readNumbered(t, numbered(t, b, decree+bullets+numXML("1", "1")+numXML("2", "2"), ""))
		assertRealPlan(t, want, p)
		assert.Equal(t, []string{"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG", "1. Giám sát dịch bệnh",
			"a) Tại cộng đồng", "b) Tại bệnh viện", "c) Tại trường học", "d) Tại cơ quan", "đ) Tại chợ", "e) Tại bến xe",
			"2. Truyền thông", "III. TỔ CHỨC THỰC HIỆN"}, headingsOf(p))
		assert.False(t, p.Numbering.Written, "Word's numbering is the decree's")
	})
}

// TestWordWrappersAndSigners: a plan's text inside content controls,
// smart tags, hyperlinks and simple fields reads as it prints; the signer
// reads from right-aligned paragraphs after the body and from a floating
// text box beside the recipients, the recipients from Word's bullets; Word's letters number points as the
// decree letters them.
func TestWordWrappersAndSigners(t *testing.T) {
	want, headings := baseWant()
	v := baseVariant()
	t.Run("content controls, smart tags, fields, hyperlinks", func(t *testing.T) {
		title := `<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>KẾ HOẠCH</w:t></w:r></w:p>` +
			`<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:smartTag w:uri="urn:x" w:element="place"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Phòng, chống dịch bệnh </w:t></w:r></w:smartTag>` +
			`<w:hyperlink r:id="rIdX"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">truyền nhiễm </w:t></w:r></w:hyperlink>` +
			`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">năm </w:t></w:r><w:fldSimple w:instr=" DOCPROPERTY Year "><w:r><w:rPr><w:b/></w:rPr><w:t>2026</w:t></w:r></w:fldSimple></w:p></w:sdtContent></w:sdt>`
		body := strings.Replace(v.body, `<w:t xml:space="preserve">II. NỘI DUNG</w:t></w:r>`,
			`<w:t xml:space="preserve">II. </w:t></w:r><w:sdt><w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>NỘI DUNG</w:t></w:r></w:sdtContent></w:sdt>`, 1)
		require.NotEqual(t, v.body, body)
		src := testDocx(t, v.header+title+`<w:sdt><w:sdtContent>`+body+`</w:sdtContent></w:sdt>`+v.signature, nil)
		p := readNumbered(t, src)
		assertRealPlan(t, want, p)
		assert.Equal(t, headings, headingsOf(p))
	})
	t.Run("signer as right-aligned paragraphs", func(t *testing.T) {
		right := func(s string, bold bool) string {
			b := ""
			if bold {
				b = "<w:b/>"
			}
			return `<w:p><w:pPr><w:ind w:left="4500"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr>` + b + `</w:rPr><w:t>` + s + `</w:t></w:r></w:p>`
		}
		sig := right("KT. GIÁM ĐỐC", true) + right("PHÓ GIÁM ĐỐC", true) + right("", false) + right("", false) + right("Nguyễn Văn An", true) +
			wps(wp{text: "Nơi nhận:", bold: true, italic: true}, wp{text: "- Bộ Y tế;"}, wp{text: "- UBND tỉnh;"}, wp{text: "- Lưu: VT, NVY."})
		p := readNumbered(t, testDocx(t, v.header+v.title+v.body+sig, nil))
		assertRealPlan(t, want, p)
	})
	t.Run("header, title and signature in content controls, custom XML, tables with borders none", func(t *testing.T) {
		none := `<w:tblBorders><w:top w:val="none" w:sz="0"/><w:left w:val="nil"/><w:bottom w:val="none"/><w:right w:val="none"/><w:insideH w:val="none"/><w:insideV w:val="none"/></w:tblBorders>`
		header := strings.Replace(v.header, `<w:tblPr>`, `<w:tblPr>`+none, 1)
		sig := strings.Replace(v.signature, `<w:tblPr>`, `<w:tblPr>`+none, 1)
		sdt := func(s string) string {
			return `<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>` + s + `</w:sdtContent></w:sdt>`
		}
		p := readNumbered(t, testDocx(t, sdt(header)+`<w:customXml w:element="x">`+v.title+`</w:customXml>`+v.body+sdt(sig), nil))
		assertRealPlan(t, want, p)
		assert.Equal(t, headings, headingsOf(p))
	})
	t.Run("signer in frames", func(t *testing.T) {
		framed := func(s string) string {
			return `<w:p><w:pPr><w:framePr w:w="4000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="6500" w:y="100"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>` + s + `</w:t></w:r></w:p>`
		}
		sig := framed("KT. GIÁM ĐỐC") + framed("PHÓ GIÁM ĐỐC") + framed("") + framed("Nguyễn Văn An") +
			wps(wp{text: "Nơi nhận:", bold: true, italic: true}, wp{text: "- Bộ Y tế;"}, wp{text: "- UBND tỉnh;"}, wp{text: "- Lưu: VT, NVY."})
		assertRealPlan(t, want, readNumbered(t, testDocx(t, v.header+v.title+v.body+sig, nil)))
	})
	t.Run("signer in a floating text box", func(t *testing.T) {
		box := `<w:txbxContent>` + wps(wp{text: "KT. GIÁM ĐỐC", bold: true, center: true}, wp{text: "PHÓ GIÁM ĐỐC", bold: true, center: true},
			wp{text: "", center: true}, wp{text: "Nguyễn Văn An", bold: true, center: true}) + `</w:txbxContent>`
		anchor := `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0"><wp:positionH relativeFrom="column"><wp:posOffset>3000000</wp:posOffset></wp:positionH><wp:extent cx="2500000" cy="1200000"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>` +
			box + `</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>` + box + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
		recipients := wps(wp{text: "- Bộ Y tế;"}, wp{text: "- UBND tỉnh;"}, wp{text: "- Lưu: VT, NVY."})
		// Anchored in the body's last paragraph and drawn under it,
		// beside the recipients: read after the paragraph.
		below := `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0"><wp:positionH relativeFrom="column"><wp:posOffset>3000000</wp:posOffset></wp:positionH>` +
			`<wp:positionV relativeFrom="paragraph"><wp:posOffset>330200</wp:posOffset></wp:positionV><wp:extent cx="2500000" cy="1200000"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>` +
			box + `</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="position:absolute;margin-left:236pt;margin-top:26pt;width:197pt;height:94pt"><v:textbox>` +
			box + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
		vmlBelow := `<w:r><w:pict><v:shape style="position:absolute;margin-left:236pt;margin-top:26pt;width:197pt;height:94pt;mso-position-vertical-relative:text"><v:textbox>` +
			box + `</v:textbox></v:shape></w:pict></w:r>`
		endMark := `Kế hoạch này./.</w:t></w:r></w:p>`
		require.Contains(t, v.body, endMark)
		for name, anchor := range map[string]string{"DrawingML": below, "VML": vmlBelow} {
			t.Run("placed under the body's last paragraph, "+name, func(t *testing.T) {
				body := strings.Replace(v.body, endMark, strings.TrimSuffix(endMark, "</w:p>")+anchor+"</w:p>", 1)
				sig := wp{text: "Nơi nhận:", bold: true, italic: true}.xml() + recipients
				p := readNumbered(t, testDocx(t, v.header+v.title+body+sig, nil))
				assertRealPlan(t, want, p)
				assert.Equal(t, headings, headingsOf(p))
			})
		}
		for name, sig := range map[string]string{
			"anchored in Nơi nhận":                  `<w:p><w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>Nơi nhận:</w:t></w:r>` + anchor + `</w:p>` + recipients,
			"anchored after the recipients":         wp{text: "Nơi nhận:", bold: true, italic: true}.xml() + recipients + `<w:p>` + anchor + `</w:p>`,
			"anchored in an empty paragraph before": `<w:p>` + anchor + `</w:p>` + wp{text: "Nơi nhận:", bold: true, italic: true}.xml() + recipients,
		} {
			t.Run(name, func(t *testing.T) {
				assertRealPlan(t, want, readNumbered(t, testDocx(t, v.header+v.title+v.body+sig, nil)))
			})
		}
	})
	t.Run("recipients as Word's bullets", func(t *testing.T) {
		bullets := abstractNumXML("2", numLevel(0, "bullet", "–", 1, ""))
		sig := layoutTable([]wp{{text: "Nơi nhận:", bold: true, italic: true}},
			[]wp{{text: "KT. GIÁM ĐỐC", bold: true, center: true}, {text: "PHÓ GIÁM ĐỐC", bold: true, center: true}, {text: "(Đã ký)", italic: true, center: true},
				{text: "Nguyễn Văn An", bold: true, center: true}})
		recipients := wp{text: "Nơi nhận:", bold: true, italic: true}.xml()
		require.Contains(t, sig, recipients)
		sig = strings.Replace(sig, recipients, recipients+np(numPr("2", 0), "Bộ Y tế;")+np(numPr("2", 0), "UBND tỉnh;")+np(numPr("2", 0), "Lưu: VT, NVY."), 1)
		p := readNumbered(t, testDocx(t, v.header+v.title+v.body+sig, map[string]string{"numbering.xml": part("numbering", bullets+numXML("2", "2"))}))
		assertRealPlan(t, want, p)
	})
	t.Run("five points", func(t *testing.T) {
		d := abstractNumXML("1", numLevel(0, "lowerLetter", "%1)", 1, ""))
		body := strings.Replace(v.body, wp{text: "Bảo đảm kịp thời, hiệu quả."}.xml(),
			np(numPr("1", 0), "một;")+np(numPr("1", 0), "hai;")+np(numPr("1", 0), "ba;")+np(numPr("1", 0), "bốn;")+np(numPr("1", 0), "năm;")+np(numPr("1", 0), "sáu."), 1)
		require.NotEqual(t, v.body, body)
		src := testDocx(t, v.header+v.title+body+v.signature, map[string]string{"numbering.xml": part("numbering", d+numXML("1", "1"))})
		p := readNumbered(t, src)
		assertRealPlan(t, want, p)
		assert.Subset(t, walkLabels(p), []string{"a) một;", "b) hai;", "c) ba;", "d) bốn;", "đ) năm;", "e) sáu."})
	})
}

// TestTextBoxBelow: a text box reads before the paragraph it is anchored
// in, after it when it is placed further below the paragraph's top than
// a line (DrawingML's offset from the paragraph, VML's margin-top from
// the text); from the page, it reads before.
func TestTextBoxBelow(t *testing.T) {
	drawing := func(origin string, offset int) string {
		return `<w:r><w:drawing><wp:anchor><wp:positionV relativeFrom="` + origin + `"><wp:posOffset>` + strconv.Itoa(offset) +
			`</wp:posOffset></wp:positionV><wp:extent cx="1000" cy="1000"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
			p("hộp") + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`
	}
	vml := func(style string) string {
		return `<w:r><w:pict><v:shape style="` + style + `"><v:textbox><w:txbxContent>` + p("hộp") + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
	}
	for anchor, want := range map[string][]string{
		drawing("paragraph", 5*emuPerPoint):                                          {"hộp", "đoạn"},
		drawing("paragraph", -5*emuPerPoint):                                         {"hộp", "đoạn"},
		drawing("paragraph", 30*emuPerPoint):                                         {"đoạn", "hộp"},
		drawing("line", 30*emuPerPoint):                                              {"đoạn", "hộp"},
		drawing("page", 300*emuPerPoint):                                             {"hộp", "đoạn"},
		vml("position:absolute;margin-top:4pt"):                                      {"hộp", "đoạn"},
		vml("position:absolute;margin-top:30pt"):                                     {"đoạn", "hộp"},
		vml("position:absolute;margin-top:30pt;mso-position-vertical-relative:page"): {"hộp", "đoạn"},
	} {
		d := extract(t, `<w:p><w:r><w:t>đoạn</w:t></w:r>`+anchor+`</w:p>`, nil)
		assert.Equal(t, want, texts(d), "%s", anchor)
	}
}

// TestWordTableOfContents: a table of contents, which repeats the
// headings with their pages, is no part of the plan: in Word's content
// control of the "Table of Contents" gallery, or as a TOC field's
// paragraphs in the contents' styles (an older Word's, LibreOffice's).
func TestWordTableOfContents(t *testing.T) {
	want, headings := baseWant()
	v := baseVariant()
	entry := func(style, text, page string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs></w:pPr>` +
			`<w:hyperlink w:anchor="_Toc1" w:history="1"><w:r><w:t>` + text + `</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
			`<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>` + page +
			`</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>`
	}
	begin := `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r></w:p>`
	end := `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
	contents := func(heading, level1, level2 string) string {
		return np(pStyle(heading), "MỤC LỤC") + begin + entry(level1, "I. MỤC ĐÍCH, YÊU CẦU", "1") + entry(level2, "1. Mục đích", "1") +
			entry(level1, "II. NỘI DUNG", "2") + entry(level1, "III. TỔ CHỨC THỰC HIỆN", "3") + end
	}
	styles := part("styles", paraStyle("TOC1", "toc 1", ``, ``)+paraStyle("TOC2", "toc 2", `<w:ind w:left="220"/>`, ``)+
		paraStyle("TOCHeading", "TOC Heading", `<w:outlineLvl w:val="9"/>`, `<w:b/>`)+
		paraStyle("Contents1", "Contents 1", ``, ``)+paraStyle("Contents2", "Contents 2", ``, ``)+paraStyle("ContentsHeading", "Contents Heading", ``, `<w:b/>`)+
		paraStyle("Plain", "Plain", ``, ``))
	for name, toc := range map[string]string{
		"Word's content control": `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>` +
			contents("Plain", "Plain", "Plain") + `</w:sdtContent></w:sdt>`,
		"Word's styles":        contents("TOCHeading", "TOC1", "TOC2"),
		"LibreOffice's styles": contents("ContentsHeading", "Contents1", "Contents2"),
	} {
		t.Run(name, func(t *testing.T) {
			p := readNumbered(t, testDocx(t, v.header+v.title+toc+v.body+v.signature, map[string]string{"styles.xml": styles}))
			assertRealPlan(t, want, p)
			assert.Equal(t, headings, headingsOf(p))
			assert.NotContains(t, walkLabels(p), "MỤC LỤC")
		})
	}
}

// TestWordHeaderInPageHeader: a template that lays the plan's header
// (agency, number, motto, place and date) in the first page's header
// part reads as one that lays it in the body; a page header without the
// motto (a page number, a draft mark) is no part of the plan.
func TestWordHeaderInPageHeader(t *testing.T) {
	want, headings := baseWant()
	v := baseVariant()
	const rel = "rIdheaderheader1.xml" // testDocx's relationship id of header1.xml
	for name, c := range map[string]struct{ sectPr, header string }{
		"first page's own header": {`<w:sectPr><w:headerReference w:type="default" r:id="rIdX"/><w:headerReference w:type="first" r:id="` + rel + `"/><w:titlePg/></w:sectPr>`, v.header},
		"default header":          {`<w:sectPr><w:headerReference w:type="default" r:id="` + rel + `"/></w:sectPr>`, v.header},
	} {
		t.Run(name, func(t *testing.T) {
			p := readNumbered(t, testDocx(t, v.title+v.body+v.signature+c.sectPr, map[string]string{"header1.xml": part("hdr", c.header)}))
			assertRealPlan(t, want, p)
			assert.Equal(t, headings, headingsOf(p))
		})
	}
	page := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`
	for name, header := range map[string]string{"a page number": page, "the header again": page + v.header} {
		t.Run(name+" in the page header, the header in the body", func(t *testing.T) {
			sectPr := `<w:sectPr><w:headerReference w:type="default" r:id="` + rel + `"/></w:sectPr>`
			p := readNumbered(t, testDocx(t, v.header+v.title+v.body+v.signature+sectPr, map[string]string{"header1.xml": part("hdr", header)}))
			assertRealPlan(t, want, p)
			assert.Equal(t, headings, headingsOf(p))
			assert.Equal(t, "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21 tháng 11 năm 2007;", p.Bases[0].String())
		})
	}
}

// TestWordPageHeaderDamaged: a first-page header part that does not read
// is no header, not a damaged document, when the body reads; and its
// tracked changes are not the body's.
func TestWordPageHeaderDamaged(t *testing.T) {
	want, headings := baseWant()
	v := baseVariant()
	sectPr := `<w:sectPr><w:headerReference w:type="default" r:id="rIdheaderheader1.xml"/></w:sectPr>`
	damaged := map[string]string{"header1.xml": `<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>1`}
	t.Run("the header in the body", func(t *testing.T) {
		p := readNumbered(t, testDocx(t, v.header+v.title+v.body+v.signature+sectPr, damaged))
		assertRealPlan(t, want, p)
		assert.Equal(t, headings, headingsOf(p))
	})
	t.Run("no header in the body", func(t *testing.T) {
		p, err := Read(testDocx(t, v.title+v.body+v.signature+sectPr, damaged), "x.docx")
		require.NotNil(t, p, "%v", err)
		assert.Equal(t, headings, headingsOf(p))
		assert.Empty(t, p.Issuer)
	})
	t.Run("a tracked change in the page header", func(t *testing.T) {
		changed := map[string]string{"header1.xml": part("hdr", `<w:p><w:ins w:id="9" w:author="A"><w:r><w:t>Trang</w:t></w:r></w:ins></w:p>`)}
		doc, err := Extract(testDocx(t, v.title+v.body+v.signature+sectPr, changed))
		require.NoError(t, err)
		assert.Zero(t, doc.TrackedChanges)
	})
}
