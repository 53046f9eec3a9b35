package check

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// positionHeads are the words a position (chức vụ) starts with; anything
// after KT., TL., TUQ. or Q. should be one. A title whose second word is
// TRƯỞNG is one too (CỤC TRƯỞNG, ĐOÀN TRƯỞNG, HIỆU TRƯỞNG…).
var positionHeads = []string{
	"GIÁM ĐỐC", "PHÓ ", "CHỦ TỊCH", "CHỦ NHIỆM", "CHÁNH ", "TRƯỞNG ", "THỨ TRƯỞNG", "TỔNG GIÁM ĐỐC",
	"TỔNG CỤC TRƯỞNG", "TỔNG THƯ KÝ", "BÍ THƯ", "THỦ TRƯỞNG", "CHI CỤC TRƯỞNG", "KẾ TOÁN TRƯỞNG", "THANH TRA TRƯỞNG",
}

// bodyHeads are the words a collective body or an agency starts with:
// TM. stands before them, KT., TL., TUQ. and Q. do not.
var bodyHeads = []string{
	"ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "BAN ", "ĐOÀN ", "TỔ ", "CHÍNH PHỦ", "THƯỜNG TRỰC",
	"HỘI ", "ĐẢNG ỦY", "ĐẢNG ĐOÀN", "TẬP THỂ", "LIÊN ĐOÀN", "SỞ ", "BỘ ", "CỤC ", "CHI CỤC ", "TRƯỜNG ",
	"BỆNH VIỆN", "VIỆN ", "TRUNG TÂM", "CÔNG TY", "PHÒNG ", "VĂN PHÒNG", "THANH TRA ",
}

func startsWithAny(s string, heads []string) bool {
	for _, h := range heads {
		if strings.HasPrefix(s+" ", h) {
			return true
		}
	}
	return false
}

// isPosition and isBody tell a chức vụ from the name of a collective body
// or an agency.
func isPosition(s string) bool {
	u := strings.Fields(strings.ToUpper(s))
	return startsWithAny(strings.Join(u, " "), positionHeads) || len(u) >= 2 && u[1] == "TRƯỞNG"
}

func isBody(s string) bool { return !isPosition(s) && startsWithAny(strings.ToUpper(s), bodyHeads) }

// signer checks the signature block (ô 7a, 7b): the authority prefixes
// and what they stand before, the deputy under a KT. line, upper case
// for authority and position lines, and the name.
func (c *checker) signer() {
	s := &c.p.Signer
	lines := append(append([]string{}, s.Authority...), s.Position...)
	for i, a := range s.Authority {
		field := fmt.Sprintf("signer.authority[%d]", i)
		a = strings.TrimSpace(plan.NFC(a))
		prefix, rest, err := plan.SplitAuthority(a)
		if err != nil {
			c.field(RuleAuthorityPrefix, field,
				fmt.Sprintf("dòng quyền hạn %q phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (viết hoa, có dấu chấm), ví dụ \"KT. GIÁM ĐỐC\"", a),
				fmt.Sprintf("authority line %q must start with TM., KT., TL., TUQ. or Q. (upper case, with the dot), e.g. \"KT. GIÁM ĐỐC\"", a))
			continue
		}
		if !strings.HasPrefix(a, string(prefix)+" ") { // "KT.GIÁM ĐỐC"
			c.field(RuleAuthorityPrefix, field,
				fmt.Sprintf("dòng quyền hạn %q thiếu dấu cách sau %q: ghi \"%s %s\"", a, prefix, prefix, rest),
				fmt.Sprintf("authority line %q has no space after %q: write \"%s %s\"", a, prefix, prefix, rest))
		}
		switch {
		case prefix == plan.AuthorityOnBehalf && isPosition(rest):
			c.field(RuleAuthorityTarget, field,
				fmt.Sprintf("TM. (thay mặt) đứng trước tên tập thể, không đứng trước chức vụ %q: người đứng đầu ký thì bỏ quyền hạn, cấp phó ký thì ghi \"KT. %s\"", rest, rest),
				fmt.Sprintf("TM. (on behalf of) stands before a collective body, not before the position %q: the head signs without a prefix, a deputy signs \"KT. %s\"", rest, rest))
		case prefix != plan.AuthorityOnBehalf && isBody(rest):
			c.field(RuleAuthorityTarget, field,
				fmt.Sprintf("%s đứng trước chức vụ, không đứng trước tên tập thể %q: ghi \"TM. %s\", rồi chức vụ người ký", prefix, rest, rest),
				fmt.Sprintf("%s stands before a position, not before the collective body %q: write \"TM. %s\", then the signer's position", prefix, rest, rest))
		}
		if prefix == plan.AuthoritySignedFor {
			c.deputy(field, rest, lines, i+1)
		}
		if rest != plan.UpperTitle(rest) { // "GIÁM ĐỐC TRUNG TÂM IoT" keeps its term
			c.field(RulePositionCase, field,
				fmt.Sprintf("quyền hạn, chức vụ viết in hoa: %q", prefix+" "+plan.UpperTitle(rest)),
				fmt.Sprintf("authority and position lines are in upper case: %q", prefix+" "+plan.UpperTitle(rest)))
		}
	}
	for i, p := range s.Position {
		if p = strings.TrimSpace(plan.NFC(p)); p != plan.UpperTitle(p) {
			c.field(RulePositionCase, fmt.Sprintf("signer.position[%d]", i),
				fmt.Sprintf("chức vụ viết in hoa: %q", plan.UpperTitle(p)),
				fmt.Sprintf("a position is written in upper case: %q", plan.UpperTitle(p)))
		}
	}
	c.deputyWithoutKT(s)
	c.collective(s)
	c.signerMissing(s)
	c.name(strings.TrimSpace(plan.NFC(s.Name)))
}

// deputyWithoutKT checks that a deputy ("PHÓ GIÁM ĐỐC") signs for the
// head with a KT. line (Điều 13.1.b). Only the first position line is the
// office the signer signs in; the lines after it are offices the signer
// also holds ("TRƯỞNG BAN", then "PHÓ THỦ TƯỚNG"), which may well be a
// deputy's.
func (c *checker) deputyWithoutKT(s *plan.Signer) {
	for _, a := range s.Authority {
		if prefix, _, err := plan.SplitAuthority(plan.NFC(a)); err == nil && prefix == plan.AuthoritySignedFor {
			return // a KT. line, which deputy() checks
		}
	}
	if len(s.Position) == 0 {
		return
	}
	head, ok := strings.CutPrefix(strings.ToUpper(strings.TrimSpace(plan.NFC(s.Position[0]))), "PHÓ ")
	if !ok {
		return
	}
	c.field(RuleDeputy, "signer.position[0]",
		fmt.Sprintf("cấp phó ký thay người đứng đầu: ghi \"KT. %s\" trên dòng \"PHÓ %s\"", head, head),
		fmt.Sprintf("a deputy signs for the head: write \"KT. %s\" above \"PHÓ %s\"", head, head))
}

// collective checks that a People's Committee's plan is signed on behalf
// of the committee, which works as a collective (Điều 13.2): "TM. ỦY BAN
// NHÂN DÂN", then "CHỦ TỊCH" or "KT. CHỦ TỊCH" and the deputy's position.
func (c *checker) collective(s *plan.Signer) {
	if len(c.p.Issuer) == 0 || len(s.Authority)+len(s.Position) == 0 {
		return
	}
	issuer := plainKey(plan.NFC(c.p.Issuer[0]))
	if issuer != "uy ban nhan dan" && !strings.HasPrefix(issuer, "uy ban nhan dan ") && !strings.HasPrefix(issuer, "ubnd ") {
		return
	}
	if len(s.Authority) > 0 {
		if prefix, _, err := plan.SplitAuthority(plan.NFC(s.Authority[0])); err == nil && prefix == plan.AuthorityOnBehalf {
			return
		}
	}
	c.field(RuleCollective, "signer.authority",
		"Ủy ban nhân dân làm việc theo chế độ tập thể: dòng quyền hạn đầu tiên là \"TM. ỦY BAN NHÂN DÂN\", rồi \"CHỦ TỊCH\" hoặc \"KT. CHỦ TỊCH\" và chức vụ cấp phó",
		"a People's Committee works as a collective: the first authority line is \"TM. ỦY BAN NHÂN DÂN\", then \"CHỦ TỊCH\", or \"KT. CHỦ TỊCH\" and the deputy's position")
}

// signerMissing checks that the signature names the signer and the
// position (ô 7b, 7c); "Q. GIÁM ĐỐC" (acting) is a position of its own.
func (c *checker) signerMissing(s *plan.Signer) {
	hasPosition := false
	for _, p := range s.Position {
		hasPosition = hasPosition || strings.TrimSpace(p) != ""
	}
	if n := len(s.Authority); !hasPosition && n > 0 {
		prefix, _, err := plan.SplitAuthority(plan.NFC(s.Authority[n-1]))
		hasPosition = err != nil || prefix == plan.AuthorityActingHead || prefix == plan.AuthoritySignedFor // other rules speak
	}
	if !hasPosition {
		c.field(RuleSignerMissing, "signer.position",
			"thiếu chức vụ của người ký (ô 7b), ví dụ \"GIÁM ĐỐC\"",
			"the signer's position (ô 7b) is missing, e.g. \"GIÁM ĐỐC\"")
	}
	if strings.TrimSpace(s.Name) == "" {
		c.field(RuleSignerMissing, "signer.name",
			"thiếu họ tên người ký (ô 7c)",
			"the signer's name (ô 7c) is missing")
	}
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
	if under := strings.TrimSpace(plan.NFC(lines[next])); textutil.FoldKey(under) == textutil.FoldKey(signedFor) || strings.HasPrefix(textutil.FoldKey(under), textutil.FoldKey(signedFor)+" ") {
		c.field(RuleDeputy, field,
			fmt.Sprintf("ký thay (KT.) là cấp phó ký thay người đứng đầu: chức vụ dưới dòng \"KT. %s\" phải là của cấp phó, ví dụ \"PHÓ %s\", không phải %q", signedFor, signedFor, under),
			fmt.Sprintf("KT. is a deputy signing for the head: the position under \"KT. %s\" is the deputy's, e.g. \"PHÓ %s\", not %q", signedFor, signedFor, under))
	}
}

// nameTitles are academic, military and honorific titles written before
// a name, by their plainKey without spaces ("ThS.", "Th.S" → "ths"; "Đ/c" →
// "dc").
var nameTitles = map[string]bool{
	"ts": true, "ths": true, "pgs": true, "gs": true, "ks": true, "bs": true, "cn": true, "ds": true,
	"kts": true, "ls": true, "ngnd": true, "ngut": true, "ttnd": true, "ttut": true, "tskh": true,
	"bsck": true, "bscki": true, "bsckii": true, "dc": true, "pgsts": true, "gsts": true, "tsbs": true,
}

// titlePhrases are titles spelt out, and military ranks; they are written
// with the words after the first in lower case ("Thạc sĩ", "Đại tá"), which
// tells them from a name ("Đồng Chí Thanh").
var titlePhrases = []string{"thac si", "tien si", "giao su", "pho giao su", "ky su", "bac si", "duoc si",
	"luat su", "dong chi", "nha giao", "cu nhan", "kien truc su",
	"dai tuong", "thuong tuong", "trung tuong", "thieu tuong", "dai ta", "thuong ta", "trung ta", "thieu ta",
	"dai uy", "thuong uy", "trung uy", "thieu uy"}

// name checks the signer's name (ô 7b): title case, no title before it.
func (c *checker) name(name string) {
	if name == "" {
		return
	}
	if title := nameTitle(name); title != "" {
		c.field(RuleNameTitle, "signer.name",
			fmt.Sprintf("trước họ tên người ký không ghi học hàm, học vị, quân hàm, danh hiệu: bỏ %q (trừ khi người đứng đầu ngành quân đội, giáo dục, y tế, khoa học quy định ghi thêm)", title),
			fmt.Sprintf("no academic, military or honorific title before the signer's name: remove %q (unless the head of the sector, for the armed forces, education, health or science, rules otherwise)", title))
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
	words := strings.Fields(name)
	first := words[0]
	if nameTitles[strings.ReplaceAll(plainKey(first), " ", "")] {
		return first
	}
	for _, part := range strings.Split(strings.TrimRight(first, ".,"), ".") { // "TS.Nguyễn"
		if nameTitles[plainKey(part)] {
			return first
		}
	}
	for _, ph := range titlePhrases {
		n := len(strings.Fields(ph))
		if len(words) <= n || plainKey(strings.Join(words[:n], " ")) != ph {
			continue
		}
		lower := true
		for _, w := range words[1:n] {
			lower = lower && !startsUpper(w)
		}
		if lower {
			return strings.Join(words[:n], " ")
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
