package text_test

import (
	"fmt"

	"github.com/kehoach/kehoach/read/text"
)

// Text copied from a portal: the header's two columns laid out with
// spaces, a blank day, the subject, the body by its labels, the
// recipients and the signer.
func ExampleRead() {
	src := []byte(`UBND TỈNH VĨNH PHÚC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG          Độc lập - Tự do - Hạnh phúc

Số: /KH-STTTT                          Vĩnh Phúc, ngày   tháng 11 năm 2021

KẾ HOẠCH
Phát động phong trào thi đua năm 2022

I. MỤC ĐÍCH, YÊU CẦU

- Phát huy truyền thống yêu nước.

II. TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi, đôn đốc./.

Nơi nhận:
- UBND tỉnh (B/c);
- Lưu: VT, VP.

GIÁM ĐỐC

Nguyễn Bá Hiến
`)
	p, err := text.Read(src, "ke-hoach.txt")
	fmt.Println(err)
	fmt.Println(p.Parent, p.Issuer, p.Symbol, p.Place, p.Date)
	fmt.Println(p.Subject)
	for e := range p.Walk() {
		if e.Section() != nil {
			fmt.Println(e.Label, e.Text)
		}
	}
	fmt.Println(p.Recipients, p.Archive, p.Signer.Position, p.Signer.Name)
	// Output:
	// <nil>
	// [UBND TỈNH VĨNH PHÚC] [SỞ THÔNG TIN VÀ TRUYỀN THÔNG] KH-STTTT Vĩnh Phúc 2021-11
	// Phát động phong trào thi đua năm 2022
	// I. MỤC ĐÍCH, YÊU CẦU
	// II. TỔ CHỨC THỰC HIỆN
	// [UBND tỉnh (B/c)] VT, VP [GIÁM ĐỐC] Nguyễn Bá Hiến
}
