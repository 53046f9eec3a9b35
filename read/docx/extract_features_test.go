package docx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// extract reads a test document's flow.
func extract(t *testing.T, body string, parts map[string]string) *flow.Document {
	t.Helper()
	d, err := Extract(testDocx(t, body, parts))
	require.NoError(t, err)
	return d
}

// texts returns the flow's paragraphs as they print, labels included.
func texts(d *flow.Document) []string { return flowLines(d.Blocks) }

// TestStyleChain: bold and italic are resolved through the document's
// defaults, the paragraph style and its basedOn chain, the character
// style (which toggles) and the run's own properties; sizes, alignment,
// indents, outline levels and style names too.
func TestStyleChain(t *testing.T) {
	styles := part("styles", `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>`+
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>`+
		`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Base"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>`+
		`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`)
	d := extract(t,
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>TIÊU ĐỀ</w:t></w:r></w:p>`+
			`<w:p><w:r><w:t xml:space="preserve">thường </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>đậm</w:t></w:r></w:p>`+
			`<w:p><w:pPr><w:pStyle w:val="Base"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">toggled </w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>off</w:t></w:r></w:p>`,
		map[string]string{"styles.xml": styles})
	ps := paras(d.Blocks)
	require.Len(t, ps, 3)
	h := ps[0]
	assert.True(t, h.Bold, "bold from Base, through Heading1's basedOn")
	assert.True(t, h.Italic)
	assert.Equal(t, 14.0, h.Size)
	assert.Equal(t, flow.AlignCenter, h.Align)
	assert.Equal(t, 1, h.Outline)
	assert.Equal(t, "Heading 1", h.Style, "Word's name for heading 1")
	assert.InDelta(t, 28.35, h.Indent, 0.01, "the first-line indent from Normal, in points")
	assert.Equal(t, plan.Text{{Text: "thường "}, {Text: "đậm", Bold: true}}, ps[1].Text)
	assert.Equal(t, 13.0, ps[1].Size, "the document's default size")
	assert.Equal(t, flow.AlignJustify, ps[1].Align)
	assert.Equal(t, plan.Text{{Text: "toggled off"}}, ps[2].Text, "a bold character style over a bold paragraph style turns bold off; w:b=0 turns it off")
}

// TestRunContent: line breaks, tabs, symbols, non-breaking hyphens,
// capitals, hidden text, hyperlinks, fields and equations read as they
// print.
func TestRunContent(t *testing.T) {
	d := extract(t,
		`<w:p><w:r><w:t>một</w:t><w:br/><w:t>hai</w:t><w:tab/><w:t>ba</w:t><w:noBreakHyphen/><w:t>bốn</w:t><w:softHyphen/><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:p>`+
			`<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>kế hoạch</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>`+
			`<w:p><w:hyperlink r:id="x"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p>`+
			`<w:p><w:r><w:t xml:space="preserve">trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`+
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`+
			`<w:fldSimple w:instr=" DATE "><w:r><w:t>01/01/2026</w:t></w:r></w:fldSimple></w:p>`+
			`<w:p><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>`+
			`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HỎNG</w:instrText></w:r></w:p>`+p("sau trường hỏng"),
		nil)
	assert.Equal(t, []string{"một\nhai\tba-bốn•", "KẾ HOẠCH", "liên kết", "trang 701/01/2026", "x+1", "sau trường hỏng"}, texts(d), "a field left open in its instruction does not hide what follows")
	assert.True(t, paras(d.Blocks)[1].Caps)
}

// TestNumbering: Word's lists print their numbers as Word counts them:
// formats, multi-level texts, starts, overrides that restart, instances
// of one list continuing each other, deeper levels restarting, bullets
// as the decree's marks.
func TestNumbering(t *testing.T) {
	lvl := func(i int, format, text string, start int, extra string) string {
		return `<w:lvl w:ilvl="` + string(rune('0'+i)) + `"><w:start w:val="` + string(rune('0'+start)) + `"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/>` + extra + `</w:lvl>`
	}
	numbering := part("numbering",
		`<w:abstractNum w:abstractNumId="1">`+lvl(0, "upperRoman", "%1.", 1, "")+lvl(1, "decimal", "%2.", 1, "")+lvl(2, "lowerLetter", "%3)", 1, "")+`</w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="2">`+lvl(0, "decimal", "%1.", 5, "")+lvl(1, "decimal", "%1.%2.", 1, "")+`</w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="3">`+lvl(0, "bullet", "•", 1, "")+lvl(1, "bullet", "\uf0b7", 1, `<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>`)+lvl(2, "bullet", "+", 1, "")+`</w:abstractNum>`+
			`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`+
			`<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`+
			`<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>`+
			`<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>`+
			`<w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)
	item := func(num, level int, text string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + string(rune('0'+level)) + `"/><w:numId w:val="` + string(rune('0'+num)) + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	d := extract(t,
		item(1, 0, "Mục đích")+item(1, 1, "Một")+item(1, 2, "điểm")+item(1, 2, "điểm")+item(1, 1, "Hai")+item(1, 2, "điểm")+
			item(4, 0, "Nội dung")+ // another instance of the same list continues it
			item(4, 1, "Ba")+ // and its level 2 restarts after level 1
			item(5, 1, "Lại một")+ // an override restarts its level
			item(2, 0, "năm")+item(2, 1, "con")+item(2, 1, "con")+item(2, 0, "sáu")+item(2, 1, "con")+
			item(3, 0, "gạch")+item(3, 1, "symbol")+item(3, 2, "cộng")+
			`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>không số</w:t></w:r></w:p>`,
		map[string]string{"numbering.xml": numbering})
	assert.Equal(t, []string{"I. Mục đích", "1. Một", "a) điểm", "b) điểm", "2. Hai", "a) điểm", "II. Nội dung", "1. Ba", "1. Lại một",
		"5. năm", "5.1. con", "5.2. con", "6. sáu", "6.1. con", "- gạch", "- symbol", "+ cộng", "không số"}, texts(d))
}

// TestTables: merged cells on the grid, nested tables as blocks of their
// cell, and whether the borders show.
func TestTables(t *testing.T) {
	borders := func(v string) string {
		return `<w:tblBorders><w:top w:val="` + v + `"/><w:left w:val="` + v + `"/><w:bottom w:val="` + v + `"/><w:right w:val="` + v + `"/><w:insideH w:val="` + v + `"/><w:insideV w:val="` + v + `"/></w:tblBorders>`
	}
	tc := func(props, text string) string { return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + p(text) + `</w:tc>` }
	d := extract(t,
		`<w:tbl><w:tblPr>`+borders("single")+`</w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>`+
			`<w:tr>`+tc(`<w:gridSpan w:val="2"/>`, "AB")+tc(`<w:vMerge w:val="restart"/>`, "C")+`</w:tr>`+
			`<w:tr>`+tc(``, "A2")+tc(``, "B2")+tc(`<w:vMerge/>`, "")+`</w:tr>`+
			`<w:tr>`+tc(``, "A3")+`<w:tc>`+p("ngoài")+`<w:tbl><w:tr>`+tc("", "trong")+`</w:tr></w:tbl></w:tc>`+tc("", "C3")+`</w:tr>`+
			`</w:tbl><w:p/>`+
			`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>`+borders("nil")+`</w:tblPr><w:tr>`+tc("", "x")+`</w:tr></w:tbl><w:p/>`+
			`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr>`+tc("", "y")+`</w:tr></w:tbl>`,
		map[string]string{"styles.xml": part("styles", `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>`+borders("single")+`</w:tblPr></w:style>`)})
	var tables []*flow.Table
	for _, b := range d.Blocks {
		if tb, ok := b.(*flow.Table); ok {
			tables = append(tables, tb)
		}
	}
	require.Len(t, tables, 3)
	g := tables[0]
	require.Len(t, g.Rows, 3)
	for _, row := range g.Rows {
		assert.Len(t, row, 3, "every row as wide as the grid")
	}
	assert.Equal(t, 2, g.Rows[0][0].Cols)
	assert.True(t, g.Rows[0][1].Covered)
	assert.Equal(t, 2, g.Rows[0][2].Rows, "C spans two rows")
	assert.True(t, g.Rows[1][2].Covered)
	assert.Equal(t, "AB", g.Rows[0][0].Text())
	nested := g.Rows[2][1].Blocks
	require.Len(t, nested, 2)
	inner, ok := nested[1].(*flow.Table)
	require.True(t, ok, "the nested table is a block of its cell")
	assert.Equal(t, "trong", inner.Rows[0][0].Text())
	assert.True(t, g.Borders)
	assert.False(t, tables[1].Borders, "the table's own nil borders over its style's")
	assert.True(t, tables[2].Borders, "the style's borders")
}

// TestFootnotes: a reference is a span whose note is the footnote's
// text, its text the label it prints; the notes by label; a NOTEREF to a
// reference's bookmark is the same note again.
func TestFootnotes(t *testing.T) {
	notes := part("footnotes", `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`+
		`<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Chú thích </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>một</w:t></w:r></w:p></w:footnote>`+
		`<w:footnote w:id="9"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Hai</w:t></w:r></w:p></w:footnote>`)
	d := extract(t,
		`<w:p><w:r><w:t>Căn cứ</w:t></w:r><w:bookmarkStart w:id="1" w:name="_Ref1"/><w:r><w:footnoteReference w:id="7"/></w:r><w:bookmarkEnd w:id="1"/>`+
			`<w:r><w:t xml:space="preserve"> và </w:t></w:r><w:r><w:footnoteReference w:id="9"/></w:r></w:p>`+
			`<w:p><w:r><w:t>Lại</w:t></w:r><w:fldSimple w:instr=" NOTEREF _Ref1 \f \h "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`,
		map[string]string{"footnotes.xml": notes})
	assert.Equal(t, []string{"Căn cứ[1] và [2]", "Lại[1]"}, texts(d))
	ps := paras(d.Blocks)
	assert.Same(t, ps[0].Text[1].Note, ps[1].Text[1].Note, "the NOTEREF is the same note")
	assert.Equal(t, plan.Text{{Text: "Chú thích "}, {Text: "một", Italic: true}}, ps[0].Text[1].Note.Text)
	assert.Equal(t, map[string]plan.Text{"1": {{Text: "Chú thích "}, {Text: "một", Italic: true}}, "2": {{Text: "Hai"}}}, d.Notes)
}

// TestTextBoxes: a text box's paragraphs come before the paragraph it
// is anchored in, read once from alternate content (its DrawingML
// choice, not also its VML fallback).
func TestTextBoxes(t *testing.T) {
	box := func(text string) string {
		return `<w:txbxContent>` + p(text) + `</w:txbxContent>`
	}
	d := extract(t,
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="1000" cy="1000"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>`+box("SỞ NỘI VỤ")+
			`</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>`+box("SỞ NỘI VỤ")+
			`</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Số: 12/KH-SNV</w:t></w:r></w:p>`+
			`<w:p><w:r><w:pict><v:shape><v:textbox>`+box("VML")+`</v:textbox></v:shape></w:pict></w:r></w:p>`,
		nil)
	assert.Equal(t, []string{"SỞ NỘI VỤ", "Số: 12/KH-SNV", "VML"}, texts(d))
}

// TestTrackedChanges: the document reads as it prints with its changes
// accepted, and says how many it holds.
func TestTrackedChanges(t *testing.T) {
	d := extract(t,
		`<w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:ins w:id="1"><w:r><w:t xml:space="preserve">thêm </w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>bỏ </w:delText></w:r></w:del>`+
			`<w:moveFrom w:id="3"><w:r><w:t>chuyển đi</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>chuyển đến</w:t></w:r></w:moveTo></w:p>`+
			`<w:p><w:pPr><w:rPr><w:del w:id="5"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">nối </w:t></w:r></w:p>`+p("tiếp"),
		nil)
	assert.Equal(t, []string{"Giữ thêm chuyển đến", "nối tiếp"}, texts(d))
	assert.Equal(t, 5, d.TrackedChanges)
}

// TestSections: a paragraph's section properties end a section; a break
// follows it, landscape when the next section is; a continuous section
// in the same orientation makes no break.
func TestSections(t *testing.T) {
	landscape := `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>`
	portrait := `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`
	continuous := `<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`
	d := extract(t,
		`<w:p><w:pPr>`+portrait+`</w:pPr><w:r><w:t>nội dung</w:t></w:r></w:p>`+
			`<w:p><w:pPr>`+landscape+`</w:pPr><w:r><w:t>phụ lục ngang</w:t></w:r></w:p>`+
			`<w:p><w:pPr>`+continuous+`</w:pPr><w:r><w:t>phụ lục dọc</w:t></w:r></w:p>`+
			p("tiếp")+continuous,
		nil)
	var kinds []string
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *flow.Para:
			kinds = append(kinds, b.Text.String())
		case *flow.Break:
			kinds = append(kinds, "break landscape="+map[bool]string{true: "yes", false: "no"}[b.Landscape])
		}
	}
	assert.Equal(t, []string{"nội dung", "break landscape=yes", "phụ lục ngang", "break landscape=no", "phụ lục dọc", "tiếp"}, kinds)
}

// TestOtherTools: files from other tools read: no styles or numbering
// part, Strict OOXML's namespaces, a prefix other than "w".
func TestOtherTools(t *testing.T) {
	d := extract(t, p("không có styles.xml"), nil)
	assert.Equal(t, []string{"không có styles.xml"}, texts(d))
	assert.Equal(t, 10.0, paras(d.Blocks)[0].Size, "Word's own default size")

	strict := strings.NewReplacer(nsW, "http://purl.oclc.org/ooxml/wordprocessingml/main").Replace
	src := testDocx(t, "", nil)
	src = replaceDocument(t, src, strict(`<?xml version="1.0"?><w:document xmlns:w="`+nsW+`"><w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b w:val="true"/></w:rPr><w:t>Strict</w:t></w:r></w:p></w:body></w:document>`))
	d, err := Extract(src)
	require.NoError(t, err)
	assert.Equal(t, []string{"Strict"}, texts(d))
	assert.True(t, paras(d.Blocks)[0].Bold)
	assert.Equal(t, flow.AlignCenter, paras(d.Blocks)[0].Align)

	src = replaceDocument(t, src, `<?xml version="1.0"?><ns0:document xmlns:ns0="`+nsW+`"><ns0:body><ns0:p><ns0:r><ns0:t>ns0</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`)
	d, err = Extract(src)
	require.NoError(t, err)
	assert.Equal(t, []string{"ns0"}, texts(d))
}

// replaceDocument returns a package with its document part replaced.
func replaceDocument(t *testing.T, src []byte, document string) []byte {
	t.Helper()
	return plant(t, src, map[string]func(string) string{"word/document.xml": func(string) string { return document }})
}
