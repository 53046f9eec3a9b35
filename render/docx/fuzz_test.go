package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"testing"

	"github.com/kehoach/kehoach/plan"
)

// FuzzWrite builds plans from fuzzed strings: every output is a zip whose
// XML parts all parse, whatever the text (control characters, invalid
// UTF-8, markup, very long words).
func FuzzWrite(f *testing.F) {
	f.Add("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Phát động phong trào thi đua", "Thực hiện <Chỉ thị> & \"số 19\"", "TT", "KT. GIÁM ĐỐC", "Vĩnh Phúc")
	f.Add("A\x00B", "\xff\xfe", "]]><!--", "\x01\x1f\ufffe", "TM. X", "Hà Nội")
	f.Add("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "a\nb\tc", "😀 Kế hoạch 🇻🇳", "x|y", "Q. GIÁM ĐỐC", "")
	f.Fuzz(func(t *testing.T, issuer, subject, text, cell, authority, place string) {
		p := &plan.Plan{
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
				plan.NewPart(subject, plan.NewSection(text, plan.Dash(text), plan.Plus(cell), plan.Num(3, subject),
					plan.NewTable([]string{cell, text}, []string{text, cell, subject}))),
			},
			Recipients: []string{text, cell},
			Archive:    cell,
			Signer:     plan.Signer{Authority: []string{authority}, Position: []string{cell}, Name: text},
			Appendices: []*plan.Appendix{plan.NewAppendix(text, plan.Para(subject))},
		}
		var buf bytes.Buffer
		if err := Write(&buf, p); err != nil {
			if plan.AsErrors(err) == nil {
				t.Fatalf("a failure that is not a validation error: %v", err)
			}
			if buf.Len() != 0 {
				t.Fatal("an invalid plan wrote output")
			}
			return
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatalf("not a zip: %v", err)
		}
		for _, zf := range zr.File {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			data, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatalf("%s: %v", zf.Name, err)
			}
			dec := xml.NewDecoder(bytes.NewReader(data))
			for {
				if _, err := dec.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s does not parse: %v", zf.Name, err)
				}
			}
		}
	})
}
