package plan

import (
	"strings"

	"github.com/kehoach/kehoach/internal/lazyregexp"
)

// invalidCharacter matches encoding/json's syntax errors: the character,
// quoted, and where it stands.
var invalidCharacter = lazyregexp.New(`^invalid character ('(?:\\'|[^'])*') (.*)$`)

// jsonSyntaxPlaces words in Vietnamese where encoding/json met a character
// it did not expect, by the start of its English words.
var jsonSyntaxPlaces = []struct{ en, vi string }{
	{"looking for beginning of object key string", "ở chỗ cần tên một thành phần, viết trong ngoặc kép"},
	{"looking for beginning of value", "ở chỗ cần một giá trị"},
	{"after object key:value pair", "sau một thành phần: cần dấu phẩy hoặc }"},
	{"after object key", "sau tên thành phần: cần dấu hai chấm"},
	{"after array element", "sau một phần tử của mảng: cần dấu phẩy hoặc ]"},
	{"after top-level value", "sau đối tượng JSON"},
	{"in string literal", "trong chuỗi: ký tự điều khiển phải viết dạng thoát, như \\n"},
	{"in string escape code", "sau dấu \\ trong chuỗi"},
	{`in \u hexadecimal character escape`, "trong mã \\u của chuỗi"},
	{"in literal", "trong giá trị true, false hoặc null"},
	{"in numeric literal", "trong một số"},
	{"after decimal point in numeric literal", "sau dấu chấm thập phân của một số"},
	{"in exponent of numeric literal", "trong phần mũ của một số"},
}

// jsonSyntaxVi words an encoding/json syntax error in Vietnamese.
func jsonSyntaxVi(en string) string {
	m := invalidCharacter.FindStringSubmatch(en)
	if m == nil {
		return "kiểm tra dấu ngoặc, dấu phẩy và dấu ngoặc kép"
	}
	for _, p := range jsonSyntaxPlaces {
		if strings.HasPrefix(m[2], p.en) {
			return "ký tự " + m[1] + " đặt sai chỗ, " + p.vi
		}
	}
	return "ký tự " + m[1] + " đặt sai chỗ"
}
