package plan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNumberLine(t *testing.T) {
	assert.Equal(t, "Số: 05/KH-STTTT", NumberLine("5", "KH-STTTT"), "1–9 get a leading zero")
	assert.Equal(t, "Số: 05/KH-STTTT", NumberLine("05", "KH-STTTT"))
	assert.Equal(t, "Số: 0130/KH-UBND", NumberLine("0130", "KH-UBND"), "kept as written")
	assert.Equal(t, "Số: 125/KH-STTTT", NumberLine("125", "KH-STTTT"))
	assert.Equal(t, "Số: 10/KH-UBND", NumberLine("10", "KH-UBND"))
	assert.Equal(t, "Số:      /KH-STTTT", NumberLine("", "KH-STTTT"), "a blank number leaves six spaces")
	assert.Equal(t, "Số:      /KH-STTTT", NumberLine("  ", " KH-STTTT "))
	p := &Plan{Number: "594", Symbol: "KH-UBND"}
	assert.Equal(t, "Số: 594/KH-UBND", p.NumberLine())
}

func TestTitleByType(t *testing.T) {
	assert.Equal(t, "KẾ HOẠCH", (&Plan{}).Title(), "the default type is KH")
	assert.Equal(t, "CHƯƠNG TRÌNH", (&Plan{Type: "CTr"}).Title())
	assert.Equal(t, "PHƯƠNG ÁN", (&Plan{Type: "PA"}).Title())
	assert.Equal(t, "ĐỀ ÁN", (&Plan{Type: "ĐA"}).Title())
	assert.Equal(t, "QUY ĐỊNH", (&Plan{Type: "QyĐ"}).Title())
	assert.Len(t, DocTypes(), 27, "Decree 30 lists 27 abbreviations")
	for in, want := range map[string]DocType{"kh": "KH", "ctr": "CTr", "CTR": "CTr", "qyđ": "QyĐ", "đa": "ĐA", " PA ": "PA"} {
		got, ok := LookupDocType(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, bad := range []string{"CV", "TCG", "XYZ", ""} {
		_, ok := LookupDocType(bad)
		assert.False(t, ok, bad)
	}
}

func TestRecipientLines(t *testing.T) {
	p := &Plan{
		Recipients: []string{"Bộ TT&TT (B/c)", "- UBND tỉnh (B/c);", "Sở Nội vụ.", "  "},
		Archive:    "VT, VP",
	}
	assert.Equal(t, []string{
		"- Bộ TT&TT (B/c);",
		"- UBND tỉnh (B/c);",
		"- Sở Nội vụ;",
		"- Lưu: VT, VP.",
	}, p.RecipientLines())
	for _, a := range []string{"VT, VP", "Lưu: VT, VP.", "Lưu VT, VP;", " VT, VP. "} {
		assert.Equal(t, "VT, VP", ArchiveText(a), a)
	}
	assert.Empty(t, (&Plan{}).RecipientLines())
}

func TestAttachedLine(t *testing.T) {
	p := &Plan{Issuer: []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"}, Number: "125", Symbol: "KH-STTTT", Date: Date{2021, 11, 15}}
	assert.Equal(t, "(Kèm theo Kế hoạch số 125/KH-STTTT ngày 15 tháng 11 năm 2021 của Sở Thông tin và Truyền thông)", p.AttachedLine())
	p = &Plan{Issuer: []string{"SỞ CÔNG THƯƠNG"}, IssuerName: "Sở Công Thương tỉnh Lào Cai", Symbol: "KH-SCT", Date: Date{Year: 2026, Month: 6}, Type: "PA"}
	assert.Equal(t, "(Kèm theo Phương án số      /KH-SCT ngày      tháng 6 năm 2026 của Sở Công Thương tỉnh Lào Cai)", p.AttachedLine())
}

func TestWithEndMark(t *testing.T) {
	cases := map[string]string{
		"Trên đây là Kế hoạch":       "Trên đây là Kế hoạch./.",
		"triển khai thực hiện.":      "triển khai thực hiện./.",
		"đã có mốc ./.":              "đã có mốc ./.",
		"thực hiện./.":               "thực hiện./.",
		"kết thúc bằng dấu cách.   ": "kết thúc bằng dấu cách./.",
		"Trên đây là Kế hoạch...":    "Trên đây là Kế hoạch.../.",
		"mục cuối cùng;":             "mục cuối cùng./.",
		"như sau:":                   "như sau./.",
	}
	for in, want := range cases {
		orig := Plain(in)
		got := WithEndMark(orig)
		assert.Equal(t, want, got.String(), in)
		assert.Equal(t, in, orig.String(), "the input is not modified")
	}
	styled := Plain("Trên đây là ").Bold("Kế hoạch.")
	got := WithEndMark(styled)
	assert.Equal(t, Plain("Trên đây là ").Bold("Kế hoạch.").Plain("/."), got, "the mark is plain text")
	withNote := Plain("văn bản").Note("ghi chú")
	got = WithEndMark(withNote)
	assert.Equal(t, "văn bản./.", got.String())
	assert.NotNil(t, got[1].Note)
	afterPeriod := Plain("Kết thúc.").Note("ghi chú")
	got = WithEndMark(afterPeriod)
	assert.Equal(t, "Kết thúc./.", got.String(), "the mark is not split by a note after the period")
	require.Len(t, got, 3)
	assert.Equal(t, "/.", got[1].Text)
	assert.NotNil(t, got[2].Note, "the note follows the mark")
	assert.Len(t, afterPeriod, 2, "the input is not modified")
	assert.Equal(t, "các việc khác…/.", WithEndMark(Plain("các việc khác…")).String(), "an ellipsis character counts as a final period")
	two := WithEndMark(Plain("thực hiện.").Note("một").Plain(" ").Note("hai"))
	require.Len(t, two, 4)
	assert.Equal(t, "thực hiện./.", two.String(), "both notes after the mark, the space between them dropped")
	assert.NotNil(t, two[2].Note)
	assert.NotNil(t, two[3].Note)
	item := WithEndMark(Plain("Mục cuối;").Note("ghi chú"))
	require.Len(t, item, 3)
	assert.Equal(t, "Mục cuối", item[0].Text, "the list item's ';' gives way to the mark")
	assert.NotNil(t, item[1].Note)
	assert.Equal(t, EndMark, item[2].Text)
	assert.Equal(t, "./.", WithEndMark(nil).String())
}

func TestLastBodyNode(t *testing.T) {
	last := Dash("cuối")
	p := &Plan{
		Preamble: Blocks{Para("mở đầu")},
		Sections: []*Section{
			NewPart("MỤC ĐÍCH", Para("a")),
			NewPart("TỔ CHỨC THỰC HIỆN", NewSection("Phân công", last)),
		},
	}
	assert.Same(t, last, p.LastBodyNode())
	empty := NewSection("Trống") // a last heading with nothing under it is printed last
	p.Sections[1].Content = append(p.Sections[1].Content, empty, (*Section)(nil))
	assert.Same(t, empty, p.LastBodyNode())
	pre := Para("chỉ có phần mở đầu")
	assert.Same(t, pre, (&Plan{Preamble: Blocks{pre}}).LastBodyNode())
	assert.Nil(t, (&Plan{}).LastBodyNode())
}

func TestColumnAlign(t *testing.T) {
	table := NewTable([]string{"STT", "Nội dung", "Số lượng"}, []string{"1", "Việc", "2"})
	assert.Equal(t, AlignCenter, table.ColumnAlign(0), "an ordinal column is centred")
	assert.Equal(t, AlignDefault, table.ColumnAlign(1))
	table.Align = []Align{AlignLeft, AlignDefault, AlignRight}
	assert.Equal(t, AlignLeft, table.ColumnAlign(0), "as the author set it")
	assert.Equal(t, AlignRight, table.ColumnAlign(2))
	assert.Equal(t, AlignDefault, table.ColumnAlign(7))
}

func TestPrintedTitle(t *testing.T) {
	part := NewPart("mục đích (xem http://x.vn/A)")
	assert.Equal(t, "MỤC ĐÍCH (XEM http://x.vn/A)", part.printedTitle().String())
	sec := &Section{Level: LevelSection, Title: Plain("Mục đích")}
	assert.Equal(t, "Mục đích", sec.printedTitle().String())
	assert.Equal(t, "05/KH-STTTT", NumberSymbol("5", "KH-STTTT"))
	assert.Equal(t, "Số: "+NumberSymbol("", "KH-STTTT"), NumberLine("", "KH-STTTT"))
}
