package text

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kehoach/kehoach/plan"
)

// fuzzTexts are small texts of every kind the reader reads: a header laid
// out in two columns, a hard-wrapped body with a page number and a
// footnote, tables with pipes and tabs, a printed Markdown document, and
// text that is not a document.
var fuzzTexts = []string{
	"UBND TỈNH X                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y                                Độc lập - Tự do - Hạnh phúc\nSố: 5/KH-SY                         X, ngày 05 tháng 01 năm 2025\n\nKẾ HOẠCH\nThử nghiệm\n\nI. MỤC ĐÍCH\n1. Mục đích\n- Văn bản[1].\n+ Ý.\n\nNơi nhận:                          KT. GIÁM ĐỐC\n- Như trên;                        PHÓ GIÁM ĐỐC\n- Lưu: VT.\n                                   Nguyễn Văn A\n\n[1] Chú thích.\n",
	"      - Tổ chức kiểm tra theo Nghị định số 217/2025/NĐ-\nCP ngày 05/8/2025 của Chính phủ\n                                   2\n\f\n| TT | Việc |\n|---|---|\n| 1 | Họp |\n\nSTT\tNội dung\n1\tHọp\n",
	"| UBND | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| :---: | :---: |\n| Số: 1/KH-X | *Hà Nội, ngày 1 tháng 2 năm 2026* |\n\n# KẾ HOẠCH\n\n**Thử**\n\n## I. A\n\n\\- x[^1] <strong>y</strong><br>z\n\n[^1]: Ghi chú.\n",
	"PHỤ LỤC\nDANH SÁCH\n(Kèm theo Kế hoạch số 1/KH-X)\n",
	"# a\n" + "> > > > > > > > > > > > > > > > > > > > - - - - 1. x **y**\n",
	"\xff\xfeA\x00",
	"",
}

// FuzzRead: no text, however broken, makes Read panic or take long; what
// it returns is a plan, and an error that is nil or says what is wrong in
// Vietnamese and in English. Seeds: the seeds of the reference material
// and fuzzTexts.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "*.txt"))
	for _, s := range seeds {
		if src, err := os.ReadFile(s); err == nil {
			f.Add(src)
		}
	}
	for _, s := range fuzzTexts {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		p, err := Read(src, "f.txt")
		if el := time.Since(start); el > 5*time.Second {
			t.Fatalf("took %v", el)
		}
		if p == nil {
			t.Fatal("no plan")
		}
		checkMessages(t, err)
	})
}

// checkMessages fails unless every problem of err says what is wrong in
// both languages.
func checkMessages(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var bilingual interface{ Message(lang string) string }
	if errors.As(err, &bilingual) && (bilingual.Message("vi") == "" || bilingual.Message("en") == "") {
		t.Fatalf("%v: a message in one language", err)
	}
	for _, e := range plan.AsErrors(err) {
		if e.Vi == "" || e.En == "" {
			t.Fatalf("%v: a problem in one language", e)
		}
	}
	if len(plan.AsErrors(err)) == 0 && bilingual == nil {
		t.Fatalf("%v: neither plan.Errors nor a message in both languages", err)
	}
}
