package layout

import (
	"strings"

	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/plan"
)

// Where a clerk breaks a balanced line. [Balance] weighs each possible
// break by what it costs the reader, as a share of the line's width: a
// line that ends at a bad break counts as that much longer, so a worse
// balance is accepted to avoid it. Breaks that are never made count as
// infinitely long.
const (
	// breakNever: a line that starts with a dash reads as a list item
	// ("VỤ CÔNG CHỨC / - VIÊN CHỨC"), and "ngày", "tháng", "năm", "số"
	// stay with their number ("ngày / 02"), "2025 - 2026" stays whole, and
	// so do "Thành phố", "Thị xã", "Thị trấn".
	breakNever = 1e9
	// breakInPlace: inside a place name or between a unit and its name
	// ("TỈNH / VĨNH PHÚC", "HỒ CHÍ / MINH").
	breakInPlace = 0.5
	// breakInDate: inside a date ("ngày 02 tháng / 01 năm 2025").
	breakInDate = 0.3
	// breakInWord: between the two syllables of a common word ("KHOA /
	// HỌC", "TRUYỀN / THÔNG").
	breakInWord = 0.15
	// breakBefore: before an administrative unit, a date or "của", where
	// clerks break by choice ("ỦY BAN NHÂN DÂN / TỈNH QUẢNG NINH").
	breakBefore = -0.05
)

// breakCosts returns the cost of a break before each word (none before the
// first), as a share of the line's width.
func breakCosts(words []string) []float64 {
	// A word may hold a gap to fill in by hand ("ngày      tháng"): what
	// meets at a break is its last part and the next word's first.
	first, last := make([]string, len(words)), make([]string, len(words))
	for i, w := range words {
		if parts := strings.Fields(strings.ToLower(w)); len(parts) > 0 { // not only spaces (U+00A0)
			first[i], last[i] = parts[0], parts[len(parts)-1]
		}
	}
	costs := make([]float64, len(words))
	for j := 1; j < len(words); j++ {
		costs[j] = breakCost(first, last, j)
	}
	return costs
}

// breakCost returns the cost of a break before word j, given the words'
// first and last parts in lower case.
func breakCost(first, last []string, j int) float64 {
	prev, next := last[j-1], first[j]
	switch {
	case strings.HasPrefix(next, "-") || strings.HasPrefix(next, "–"):
		return breakNever
	case numberWords[prev] && startsWithDigit(next):
		return breakNever
	case isDash(prev) && j >= 2 && startsWithDigit(last[j-2]) && startsWithDigit(next):
		return breakNever // "2025 - / 2026"
	case plan.AdminUnitAt([]string{prev, next}) == 2: // "thành / phố"
		return breakNever
	case startsWithDigit(prev) && (next == "tháng" || next == "năm"):
		return breakInDate
	case unitEndsAt(last, j-1) || inPlaceName(last, j):
		return breakInPlace
	case commonWords[wordKey(prev)+" "+wordKey(next)]:
		return breakInWord
	case plan.AdminUnitAt(first[j:]) > 0 || next == "ngày" || next == "của":
		return breakBefore
	}
	return 0
}

// unitEndsAt reports whether an administrative unit ends at words[k]
// ("tỉnh", "thành phố"; not the "xã" of "xã hội"), words in lower case.
func unitEndsAt(words []string, k int) bool {
	return plan.AdminUnitAt(words[k:min(k+2, len(words))]) == 1 || k >= 1 && plan.AdminUnitAt(words[k-1:k+1]) == 2
}

// inPlaceName reports whether a break before word j falls inside a place
// name: the words after an administrative unit, up to "và" or a comma, at
// most three before the break, not counting the dash of a name in two
// parts ("tỉnh Bà Rịa - Vũng / Tàu"). last holds the words in lower case.
func inPlaceName(last []string, j int) bool {
	named := 0
	for k := j - 1; k >= 1; k-- {
		w := last[k]
		if w == "và" || strings.HasSuffix(w, ",") {
			return false
		}
		if !isDash(w) {
			named++
		}
		if named > 3 {
			return false
		}
		if unitEndsAt(last, k-1) {
			return true
		}
	}
	return false
}

func isDash(s string) bool { return s == "-" || s == "–" }

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "(")) // "(2021-2025)"
	return unicode.IsDigit(r)
}

// numberWords come before a number that stays on their line.
var numberWords = map[string]bool{"ngày": true, "tháng": true, "năm": true, "số": true, "số:": true}

// commonWords are two-syllable words frequent in agency names, positions
// and subjects, which a clerk does not break, by wordKey.
var commonWords = map[string]bool{}

func init() {
	for _, w := range strings.Split(commonWordList, ",") {
		if a, b, ok := strings.Cut(strings.TrimSpace(w), " "); ok {
			commonWords[wordKey(a)+" "+wordKey(b)] = true
		}
	}
}

// wordKey returns a syllable, given in lower case, as commonWords knows
// it: without the punctuation around it ("nghiệp," is "nghiệp"), and with
// the tone mark where the new style puts it, so "hoá" and "hóa", "thuỷ"
// and "thủy" are one syllable.
func wordKey(w string) string {
	w = strings.TrimRight(strings.TrimLeft(w, "(“\"'"), ",.;:!?)”\"'")
	for _, r := range oldToneStyle {
		if strings.HasSuffix(w, r[0]) {
			return strings.TrimSuffix(w, r[0]) + r[1]
		}
	}
	return w
}

// oldToneStyle maps the endings "oa", "oe", "uy" with the mark on their
// second vowel (old style, "hoá") to the mark on the first ("hóa").
var oldToneStyle = [][2]string{
	{"oá", "óa"}, {"oà", "òa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
	{"oé", "óe"}, {"oè", "òe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
	{"uý", "úy"}, {"uỳ", "ùy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
}

const commonWordList = `an ninh, an toàn, ban hành, bảo đảm, bảo hiểm, bảo vệ, biên phòng, cải cách, cán bộ, công trình, dự án,
chỉ đạo, chỉ tiêu, chính phủ, chính quyền, chính sách, chính trị, chủ tịch, chuyển đổi, chữa cháy,
chứng nhận, công an, công chức, công nghệ, công nghiệp, công tác, công thương, cơ quan, cơ sở,
dân cư, dân số, dân tộc, dịch vụ, doanh nghiệp, du lịch, đảm bảo, đào tạo, đầu tư, đoàn thể,
đô thị, đơn vị, giám đốc, giáo dục, giao thông, hành chính, hiệu trưởng, học sinh, hội đồng,
hoạt động, huấn luyện, kế hoạch, khoa học, kiểm tra, kinh tế, kỹ thuật, lao động, môi trường,
năm học, ngân hàng, ngân sách, ngoại khóa, nhà nước, nhân dân, nhân văn, nhiệm vụ, nội vụ,
nông nghiệp, nông thôn, phát động, phát triển, phòng cháy, phòng chống, phong trào, quản lý,
quân sự, quốc gia, quốc phòng, sinh viên, tài chính, tài nguyên, thanh niên, thanh tra, thể thao,
thi đua, thông tin, thống kê, thủ tướng, thực hiện, thương binh, thường trực, tổ chức, trải nghiệm,
triển khai, trưởng ban, trưởng phòng, truyền thông, tuyên truyền, tư pháp, văn hóa, văn phòng,
vận tải, vật liệu, viên chức, xã hội, xây dựng, y tế, nghị quyết, nghị định, quyết định, chỉ thị,
thông tư, công văn, thông báo, chương trình, đề án, đại hội, đại biểu, đảng bộ, toàn quốc,
hàng năm, hằng năm, giai đoạn, thắng lợi, mục tiêu, giải pháp, kết quả, trọng tâm, cấp bách,
đại học, cao đẳng, trung học, tiểu học, mầm non, phổ thông, sư phạm, học viện, bệnh viện,
trung tâm, ủy ban, lịch sử, di tích, di sản, thủ đô, tiền chất, thuốc nổ, hóa chất, khoáng sản,
thủy lợi, thủy sản, lâm nghiệp, ngư nghiệp, thương mại, xuất khẩu, nhập khẩu, hợp tác, quốc tế,
pháp luật, phổ biến, học tập, làm theo, tư tưởng, đạo đức, phong cách, chuyên môn, nghiệp vụ,
số hóa, dữ liệu, điện tử, trực tuyến, hạ tầng, kinh doanh, sản xuất, tiêu dùng, thị trường,
phụ nữ, chiến binh, mặt trận, tổ quốc, liên đoàn, công đoàn, hội viên, đoàn viên, đảng viên`
