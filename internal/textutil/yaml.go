package textutil

import "strings"

// yamlMessages words in Vietnamese the syntax errors of the YAML library
// that a file typed by hand meets (a plan's front matter, a layout
// profile), by a part of their English words.
var yamlMessages = []struct{ en, vi string }{
	{"mapping values are not allowed", "dấu hai chấm đứng ở chỗ không được có"},
	{"mapping keys are not allowed", "khóa đứng ở chỗ không được có"},
	{"block sequence entries are not allowed", `dòng danh sách "- " đứng ở chỗ không được có`},
	{"did not find expected key", "không tìm thấy khóa ở chỗ cần có khóa (kiểm tra thụt lề)"},
	{"could not find expected ':'", "thiếu dấu hai chấm sau khóa"},
	{"did not find expected ',' or ']'", "thiếu dấu phẩy hoặc dấu đóng ]"},
	{"did not find expected ',' or '}'", "thiếu dấu phẩy hoặc dấu đóng }"},
	{"did not find expected node content", "thiếu giá trị ở chỗ cần có giá trị"},
	{"did not find expected '-' indicator", `thiếu dấu "-" của dòng danh sách`},
	{"cannot start any token", "có ký tự không được đứng đầu một giá trị"},
	{"tab character", "có ký tự tab trong phần thụt lề"},
	{"alphabetic or numeric character", "sau *, & hoặc ! phải là chữ hoặc số"},
	{"unknown anchor", "dấu * dẫn tới một neo (&) không có"},
	{"unexpected end of stream", "phần khai báo kết thúc giữa chừng (thiếu dấu đóng ngoặc?)"},
	{"found unexpected end", "phần khai báo kết thúc giữa chừng (thiếu dấu đóng ngoặc?)"},
	{"unknown escape character", `có ký tự thoát "\" không hợp lệ trong chuỗi đặt trong ngoặc kép`},
	{"unexpected document indicator", `có dòng "---" hoặc "..." ở giữa một giá trị`},
	{"undefined tag handle", "nhãn ! không xác định"},
	{"did not find expected comment or line break", "thừa ký tự sau giá trị: cần xuống dòng"},
	{"unreadable front matter", "không đọc được phần khai báo"},
}

// YAMLMessageVi words a syntax error of the YAML library in Vietnamese;
// one it does not know gets a general hint.
func YAMLMessageVi(en string) string {
	for _, m := range yamlMessages {
		if strings.Contains(en, m.en) {
			return m.vi
		}
	}
	return "kiểm tra dấu hai chấm, dấu ngoặc, dấu ngoặc kép và thụt lề của dòng này"
}
