package testplans

import (
	"bytes"
	"io"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// FuzzSeeds are the seed inputs of the writers' fuzz tests, in the order
// of [Fuzzed]'s arguments: ordinary text, control characters and invalid
// UTF-8, document syntax (XML, PDF), emoji and scripts the font lacks,
// very long words.
var FuzzSeeds = [][6]string{
	{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Phát động phong trào thi đua", "Thực hiện <Chỉ thị> & \"số 19\"", "TT", "KT. GIÁM ĐỐC", "Vĩnh Phúc"},
	{"A\x00B", "\xff\xfe", "]]><!-- ) Tj ET BT (", "\x01\x1f\ufffe", "TM. X", "Hà Nội"},
	{"ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "a\nb\tc", "😀 Kế hoạch 🇻🇳 中文 עברית", "x|y", "Q. GIÁM ĐỐC", "Đồng Tháp"},
	{"\\", "%%EOF\nstartxref", "Wörter\u00adtrennung " + string(bytes.Repeat([]byte("dài"), 200)), "(\u0301", "KT. CHỦ TỊCH", "Cà Mau"},
}

// AddSeeds adds [FuzzSeeds] to a fuzz test whose function takes
// [Fuzzed]'s six strings.
func AddSeeds(f *testing.F) {
	for _, s := range FuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3], s[4], s[5])
	}
}

// Fuzzed builds a plan that puts fuzzed strings everywhere text goes: the
// header, the body (paragraph, footnote, heading, bullets, numbered
// paragraph, a table with merged cells), the recipients, the signature
// and an appendix.
func Fuzzed(issuer, subject, text, cell, authority, place string) *plan.Plan {
	table := plan.NewTable([]string{cell, text, subject}, []string{text, cell, subject}, []string{cell}) // a short row too
	table.Merges = []plan.Merge{{Row: 0, Col: 1, Cols: 2}, {Row: 1, Col: 0, Rows: 2}}
	return &plan.Plan{
		Parent:  []string{text},
		Issuer:  []string{issuer},
		Symbol:  "KH-" + cell,
		Place:   place,
		Date:    plan.Date{Year: 2021, Month: 11},
		Subject: subject,
		Preamble: plan.Blocks{
			plan.ParaText(plan.Plain(text).Bold(cell).Note(text)),
		},
		Sections: []*plan.Section{
			plan.NewPart(subject, plan.NewSection(text, plan.Dash(text), plan.Plus(cell), plan.Num(3, subject), table)),
		},
		Recipients: []string{text, cell},
		Archive:    cell,
		Signer:     plan.Signer{Authority: []string{authority}, Position: []string{cell}, Name: text},
		Appendices: []*plan.Appendix{plan.NewAppendix(text, plan.Para(subject))},
	}
}

// Bench measures a writer on a plan, reporting allocations and the size of
// the document.
func Bench(b *testing.B, p *plan.Plan, write func(io.Writer, *plan.Plan) error) {
	var buf bytes.Buffer
	if err := write(&buf, p); err != nil { // warm the caches
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		buf.Reset()
		if err := write(&buf, p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/doc")
}
