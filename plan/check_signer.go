package plan

import (
	"fmt"
	"strings"
	"unicode"
)

// positionHeads are the words a position (chức vụ) starts with; anything
// after KT., TL., TUQ. or Q. should be one.
var positionHeads = []string{
	"GIÁM ĐỐC", "PHÓ ", "CHỦ TỊCH", "CHỦ NHIỆM", "CHÁNH ", "TRƯỞNG ", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG",
	"VỤ TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "TỔNG GIÁM ĐỐC", "TỔNG CỤC TRƯỞNG", "TỔNG THƯ KÝ", "BÍ THƯ",
	"THỦ TRƯỞNG", "TỔ TRƯỞNG", "ĐỘI TRƯỞNG", "CHI CỤC TRƯỞNG", "GIÁM ĐỐC", "KẾ TOÁN TRƯỞNG", "THANH TRA TRƯỞNG",
}

// bodyHeads are the words a collective body (tập thể) starts with, which
// TM. stands before.
var bodyHeads = []string{
	"ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "BAN ", "ĐOÀN ", "TỔ ", "CHÍNH PHỦ", "THƯỜNG TRỰC",
	"BAN CHỈ ĐẠO", "HỘI ", "ĐẢNG ỦY", "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "TẬP THỂ", "LIÊN ĐOÀN",
}

func startsWithAny(s string, heads []string) bool {
	for _, h := range heads {
		if strings.HasPrefix(s+" ", h) {
			return true
		}
	}
	return false
}

// isPosition and isBody tell a chức vụ from the name of a collective body.
func isPosition(s string) bool { return startsWithAny(strings.ToUpper(s), positionHeads) }
func isBody(s string) bool {
	u := strings.ToUpper(s)
	return !isPosition(u) && startsWithAny(u, bodyHeads)
}

// signer checks the signature block (ô 7a, 7b): the authority prefixes
// and what they stand before, the deputy under a KT. line, upper case
// for authority and position lines, and the name.
func (c *checker) signer() {
	s := &c.p.Signer
	lines := append(append([]string{}, s.Authority...), s.Position...)
	for i, a := range s.Authority {
		field := fmt.Sprintf("signer.authority[%d]", i)
		a = strings.TrimSpace(NFC(a))
		prefix, rest, err := SplitAuthority(a)
		if err != nil {
			c.field(RuleAuthorityPrefix, field,
				fmt.Sprintf("dòng quyền hạn %q phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (viết hoa, có dấu chấm), ví dụ \"KT. GIÁM ĐỐC\"", a),
				fmt.Sprintf("authority line %q must start with TM., KT., TL., TUQ. or Q. (upper case, with the dot), e.g. \"KT. GIÁM ĐỐC\"", a))
			continue
		}
		switch {
		case prefix == AuthorityOnBehalf && isPosition(rest):
			c.field(RuleAuthorityTarget, field,
				fmt.Sprintf("TM. (thay mặt) đứng trước tên tập thể, không đứng trước chức vụ %q: người đứng đầu ký thì bỏ quyền hạn, cấp phó ký thì ghi \"KT. %s\"", rest, rest),
				fmt.Sprintf("TM. (on behalf of) stands before a collective body, not before the position %q: the head signs without a prefix, a deputy signs \"KT. %s\"", rest, rest))
		case prefix != AuthorityOnBehalf && isBody(rest):
			c.field(RuleAuthorityTarget, field,
				fmt.Sprintf("%s đứng trước chức vụ, không đứng trước tên tập thể %q: ghi \"TM. %s\", rồi chức vụ người ký", prefix, rest, rest),
				fmt.Sprintf("%s stands before a position, not before the collective body %q: write \"TM. %s\", then the signer's position", prefix, rest, rest))
		}
		if prefix == AuthoritySignedFor {
			c.deputy(field, rest, lines, i+1)
		}
		if rest != strings.ToUpper(rest) {
			c.field(RulePositionCase, field,
				fmt.Sprintf("quyền hạn, chức vụ viết in hoa: %q", prefix+" "+strings.ToUpper(rest)),
				fmt.Sprintf("authority and position lines are in upper case: %q", prefix+" "+strings.ToUpper(rest)))
		}
	}
	for i, p := range s.Position {
		if p = strings.TrimSpace(NFC(p)); p != strings.ToUpper(p) {
			c.field(RulePositionCase, fmt.Sprintf("signer.position[%d]", i),
				fmt.Sprintf("chức vụ viết in hoa: %q", strings.ToUpper(p)),
				fmt.Sprintf("a position is written in upper case: %q", strings.ToUpper(p)))
		}
	}
	c.name(strings.TrimSpace(NFC(s.Name)))
}

// deputy checks the line under a "KT. <position>" line: the deputy's own
// position, not the one signed for.
func (c *checker) deputy(field, signedFor string, lines []string, next int) {
	if next >= len(lines) || strings.TrimSpace(lines[next]) == "" {
		c.field(RuleDeputy, field,
			fmt.Sprintf("dưới dòng \"KT. %s\" phải ghi chức vụ của cấp phó ký thay, ví dụ \"PHÓ %s\"", signedFor, signedFor),
			fmt.Sprintf("under \"KT. %s\" comes the deputy's own position, e.g. \"PHÓ %s\"", signedFor, signedFor))
		return
	}
	if under := strings.TrimSpace(NFC(lines[next])); foldKey(under) == foldKey(signedFor) {
		c.field(RuleDeputy, field,
			fmt.Sprintf("ký thay (KT.) là cấp phó ký thay người đứng đầu: chức vụ dưới dòng \"KT. %s\" phải là của cấp phó, ví dụ \"PHÓ %s\", không phải %q", signedFor, signedFor, under),
			fmt.Sprintf("KT. is a deputy signing for the head: the position under \"KT. %s\" is the deputy's, e.g. \"PHÓ %s\", not %q", signedFor, signedFor, under))
	}
}

// nameTitles are academic and honorific titles written before a name, by
// their plainKey ("ThS." → "ths", "Đ/c" → "d c" read as "dc").
var nameTitles = map[string]bool{
	"ts": true, "ths": true, "pgs": true, "gs": true, "ks": true, "bs": true, "cn": true, "ds": true,
	"kts": true, "ls": true, "ngnd": true, "ngut": true, "ttnd": true, "ttut": true, "tskh": true,
	"bsck": true, "bscki": true, "bsckii": true, "dc": true,
}

// titlePhrases are the same titles spelt out.
var titlePhrases = []string{"thac si", "tien si", "giao su", "pho giao su", "ky su", "bac si", "duoc si",
	"luat su", "dong chi", "nha giao", "cu nhan", "kien truc su"}

// name checks the signer's name (ô 7b): title case, no title before it.
func (c *checker) name(name string) {
	if name == "" {
		return
	}
	if title := nameTitle(name); title != "" {
		c.field(RuleNameTitle, "signer.name",
			fmt.Sprintf("họ tên người ký không kèm học hàm, học vị, danh hiệu: bỏ %q", title),
			fmt.Sprintf("the signer's name carries no academic or honorific title: remove %q", title))
		return
	}
	if want := titleCase(name); want != name {
		c.field(RuleNameCase, "signer.name",
			fmt.Sprintf("họ tên người ký viết hoa chữ cái đầu mỗi tiếng: %q", want),
			fmt.Sprintf("the signer's name is written with a capital on each word: %q", want))
	}
}

// nameTitle returns the title a name starts with, or "".
func nameTitle(name string) string {
	first := strings.Fields(name)[0]
	for _, part := range strings.Split(strings.TrimRight(first, ".,"), ".") {
		if nameTitles[strings.ReplaceAll(plainKey(part), " ", "")] {
			return first
		}
	}
	folded := plainKey(name)
	for _, ph := range titlePhrases {
		if strings.HasPrefix(folded, ph+" ") {
			return strings.Join(strings.Fields(name)[:len(strings.Fields(ph))], " ")
		}
	}
	return ""
}

// titleCase capitalises the first letter of each word and lowers the
// rest, keeping a capital after an apostrophe or hyphen ("H'Hen Niê").
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		for k := range r {
			if k == 0 || r[k-1] == '\'' || r[k-1] == '-' || r[k-1] == '’' {
				r[k] = unicode.ToUpper(r[k])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
