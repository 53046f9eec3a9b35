package testplans

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// Minimal returns a short valid plan: one part of one paragraph, signed
// by a deputy director.
func Minimal() *plan.Plan {
	return &plan.Plan{
		Issuer: []string{"SỞ NỘI VỤ"}, Symbol: "KH-SNV", Place: "Hà Nội", Subject: "Kế hoạch thử",
		Date:     plan.Date{Year: 2026, Month: 3, Day: 5},
		Sections: []*plan.Section{plan.NewPart("NỘI DUNG", plan.Para("Nội dung."))},
		Signer:   plan.Signer{Authority: []string{"KT. GIÁM ĐỐC"}, Position: []string{"PHÓ GIÁM ĐỐC"}, Name: "Trần Văn B"},
		Archive:  "VT",
	}
}

// The names of some of the plans [Odd] returns.
const (
	// OddIntro's paragraph over a table falls at the foot of page 1 when
	// it is not kept with the table.
	OddIntro = "intro over a table"
	// OddNearlyPage's signature row is not taller than a page, but cannot
	// go to a page with the body's last lines: it is let split.
	OddNearlyPage = "50 recipients"
	// OddEmptyParts has fifty empty parts: a chain of headings kept with
	// what follows, longer than a page.
	OddEmptyParts = "50 empty parts"
	// OddTallMerge has a cell taller than a page spanning two short rows.
	OddTallMerge = "tall merged cell"
	// OddTallHeader has two header rows taller than a page.
	OddTallHeader = "tall header rows"
)

// Odd returns plans at the edges of pagination, from an independent
// review, by name: each once printed text off the page, over the
// footnotes, or on far more pages than LibreOffice. "tall row" has a
// table row taller than a page, "60 recipients" a signature taller than
// a page, "long note" a footnote longer than a page, "noted rows" forty
// table rows with a footnote each, "noted header" a footnote in a header
// row repeated over two pages; and see the constants.
func Odd() map[string]*plan.Plan {
	plans := map[string]*plan.Plan{}

	p := Minimal() // a table row taller than a page
	p.Sections[0].Content = append(p.Sections[0].Content,
		plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", strings.TrimSpace(strings.Repeat("nội dung ", 1500)) + " cuối"}))
	plans["tall row"] = p

	p = Minimal() // a signature taller than a page
	for i := 1; i <= 60; i++ {
		p.Recipients = append(p.Recipients, fmt.Sprintf("UBND xã số %d", i))
	}
	plans["60 recipients"] = p

	p = Minimal() // a signature almost a page tall, under ten paragraphs
	for i := 0; i < 10; i++ {
		p.Sections[0].Content = append(p.Sections[0].Content, plan.Para(fmt.Sprintf("Đoạn văn số %d với nội dung dài để lấp đầy trang giấy của kế hoạch.", i)))
	}
	for i := 1; i <= 50; i++ {
		p.Recipients = append(p.Recipients, fmt.Sprintf("UBND phường số %d", i))
	}
	plans[OddNearlyPage] = p

	p = Minimal() // a footnote longer than a page
	p.Preamble = plan.Blocks{plan.ParaText(plan.Plain("Căn cứ").Note(strings.TrimSpace(strings.Repeat("chú ", 900)) + " hết"))}
	plans["long note"] = p

	p = Minimal() // rows with footnotes
	table := plan.NewTable([]string{"TT", "Nội dung"})
	for i := 1; i <= 40; i++ {
		table.Rows = append(table.Rows, []plan.Text{plan.Plain(fmt.Sprint(i)), plan.Plain("Hàng").Note(strings.Repeat("ghi chú dài của hàng ", 5))})
	}
	p.Sections[0].Content = append(plan.Nodes{plan.Para(strings.Repeat("Đoạn văn mở đầu khá dài. ", 20))}, table)
	plans["noted rows"] = p

	p = Minimal() // fifty empty parts: a keep chain longer than a page
	p.Sections = nil
	for range 50 {
		p.Sections = append(p.Sections, plan.NewPart("PHẦN TRỐNG"))
	}
	p.Sections = append(p.Sections, plan.NewPart("TỔ CHỨC", plan.Para("Nội dung.")))
	plans[OddEmptyParts] = p

	p = Minimal() // a note in a repeated header row
	table = plan.NewTable(nil)
	table.Header = []plan.Text{plan.Plain("TT"), plan.Plain("Nội dung").Note("Ghi chú của tiêu đề")}
	for i := 1; i <= 80; i++ {
		table.Rows = append(table.Rows, []plan.Text{plan.Plain(fmt.Sprint(i)), plan.Plain("Hàng")})
	}
	p.Sections[0].Content = append(p.Sections[0].Content, table)
	plans["noted header"] = p

	p = Minimal() // a merged cell taller than a page, over two short rows
	table = plan.NewTable([]string{"TT", "Nội dung", "Ghi chú"},
		[]string{"1", "Một", strings.TrimSpace(strings.Repeat("ghi chú rất dài ", 400)) + " cuối"}, []string{"2", "Hai", ""}, []string{"3", "Ba", "Bốn"})
	table.Merges = []plan.Merge{{Row: 1, Col: 2, Rows: 2}}
	p.Sections[0].Content = append(p.Sections[0].Content, table)
	plans[OddTallMerge] = p

	p = Minimal() // two header rows, the first's cells taller than a page
	table = plan.NewTable([]string{"TT", strings.TrimSpace(strings.Repeat("tiêu đề ", 700)) + " cuối"}, []string{"", "Con"})
	table.HeaderRows = 2
	table.Merges = []plan.Merge{{Row: 0, Col: 0, Rows: 2}}
	for i := 1; i <= 30; i++ {
		table.Rows = append(table.Rows, []plan.Text{plan.Plain(fmt.Sprint(i)), plan.Plain("Hàng")})
	}
	p.Sections[0].Content = append(p.Sections[0].Content, table)
	plans[OddTallHeader] = p

	p = Minimal() // a paragraph introducing a table, at the foot of page 1
	p.Sections[0].Content = nil
	for i := range 14 {
		p.Sections[0].Content = append(p.Sections[0].Content, plan.Para(fmt.Sprintf(
			"Đoạn %d có nội dung vừa phải để chiếm hai dòng trên trang giấy khổ A4 theo đúng thể thức văn bản hành chính.", i)))
	}
	p.Sections[0].Content = append(p.Sections[0].Content, plan.Para("Đoạn giới thiệu bảng, cụ thể như sau:"),
		plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "Hàng1"}, []string{"2", "Hàng2"}))
	plans[OddIntro] = p
	return plans
}

// Stress returns a plan that exercises pagination: the seed plan's body
// twice, footnotes on its first pages, and a table of sixty rows that
// runs over a page.
func Stress(t testing.TB) *plan.Plan {
	t.Helper()
	p := Long(t, 2)
	preamble := p.Preamble[0].(*plan.Paragraph)
	preamble.Text = preamble.Text.Note("Chú thích thứ nhất: căn cứ Quyết định số 1234/QĐ-UBND ngày 05 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh.")
	item := p.Sections[1].Content[1].(*plan.Numbered)
	item.Text = item.Text.Note("Chú thích thứ hai: danh sách các phong trào thi đua do Thủ tướng Chính phủ phát động.")
	last := p.Sections[4]
	var rows [][]string
	for i := 1; i <= 60; i++ {
		rows = append(rows, []string{fmt.Sprint(i), fmt.Sprintf("Nhiệm vụ số %d của kế hoạch", i), "Sở Thông tin và Truyền thông", "Quý " + plan.Roman(1+i%4)})
	}
	table := plan.NewTable([]string{"TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian"}, rows...)
	last.Content = append(plan.Nodes{table}, last.Content...)
	return p
}
