package testplans

// Pasted is a plan as text pasted from a portal, for the tests of
// importing it: no agency lines (the reader reports the issuer it could
// not find), the number and the day left blank, two parts, recipients, the
// archive and the signer.
const Pasted = `Số:    /KH-SYT
Hà Nội, ngày     tháng 5 năm 2026

KẾ HOẠCH
Tiêm chủng mở rộng năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Bảo đảm mọi trẻ em được tiêm đủ các mũi vắc xin.
II. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị triển khai kế hoạch này.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

GIÁM ĐỐC

Nguyễn Văn An
`
