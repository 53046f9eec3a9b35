package docx

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// storyPart matches the parts of a package whose text is printed: the
// document, its page headers and footers, its footnotes and endnotes
// (text boxes are inside them).
var storyPart = lazyregexp.New(`^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$`)

// templatePlaceholders returns the names of the placeholders a template's
// story parts hold, split ones included. It refuses more than most
// placeholders in all, and a block placeholder written twice (the body,
// the recipients, the signer and the appendices each go in one place).
func templatePlaceholders(pkg *ooxml.Package, most int) (map[string]bool, error) {
	names := map[string]bool{}
	count := map[string]int{}
	total := 0
	for _, name := range pkg.Names() {
		if !storyPart.MatchString(name) {
			continue
		}
		b, _ := pkg.Get(name)
		for _, m := range placeholder.FindAllStringSubmatch(paragraphText(joinSplitPlaceholders(string(b))), -1) {
			names[m[1]] = true
			count[m[1]]++
			if total++; total > most {
				e := &limits.Error{Limit: "Placeholders", Max: int64(most), Got: int64(total),
					What: "the template's placeholders number", WhatVi: "số chỗ điền trong mẫu là"}
				return nil, limitErr(e)
			}
		}
	}
	for _, name := range blockPlaceholders {
		if n := count[name]; n > 1 {
			return nil, templateErr(fmt.Sprintf("{{%s}} xuất hiện %d lần: nó chỉ được đặt ở một chỗ", name, n),
				fmt.Sprintf("{{%s}} appears %d times: it goes in one place only", name, n))
		}
	}
	return names, nil
}

// placeholderNeed is a part of a plan that a template must have a place
// for when the plan has it, or the part would be silently left out.
type placeholderNeed struct {
	what, whatVi       string                // the part, as the message names it
	has                func(*plan.Plan) bool // whether the plan has something to print there
	anyOf              []string              // the placeholders that print it
	whereTo, whereToVi string                // where the placeholder goes
}

// placeholderNeeds are the parts a template must print. The agency's name
// and the title "KẾ HOẠCH" are not among them: a letterhead has them
// typed.
var placeholderNeeds = []placeholderNeed{
	{"the body (preamble, parts, tables, footnotes)", "phần nội dung (căn cứ, các mục, bảng, chú thích)", func(*plan.Plan) bool { return true },
		[]string{"noi_dung"}, "alone in the paragraph where the body goes", "đứng một mình trong đoạn đặt nội dung"},
	{"the number and symbol", "số và ký hiệu", func(*plan.Plan) bool { return true },
		[]string{"so_ky_hieu", "so", "ky_hieu"}, `after "Số: "`, `sau "Số: "`},
	{"the date", "địa danh và thời gian", func(*plan.Plan) bool { return true },
		[]string{"dia_danh_ngay", "ngay_thang"}, "under the motto", "dưới Tiêu ngữ"},
	{"the subject (trích yếu)", "trích yếu", func(p *plan.Plan) bool { return strings.TrimSpace(p.Subject) != "" },
		[]string{"trich_yeu"}, `under "KẾ HOẠCH"`, `dưới "KẾ HOẠCH"`},
	{"the urgency mark", "dấu chỉ độ khẩn", func(p *plan.Plan) bool { return p.Urgency != "" },
		[]string{"do_khan"}, `under "Số:" (ô 10a)`, `dưới "Số:" (ô 10a)`},
	{"the draft mark", "dấu dự thảo", func(p *plan.Plan) bool { return p.Draft },
		[]string{"du_thao"}, `under "Số:"`, `dưới "Số:"`},
	{"the recipients (Nơi nhận)", "nơi nhận", func(p *plan.Plan) bool { return len(p.Recipients) > 0 || p.Archive != "" },
		[]string{"noi_nhan"}, "alone in a paragraph of the signature table's left cell", "đứng một mình trong một đoạn ở ô trái của bảng chữ ký"},
	{"the authority lines (TM., KT., …)", "quyền hạn ký (TM., KT., …)", func(p *plan.Plan) bool { return len(p.Signer.Authority) > 0 },
		[]string{"nguoi_ky", "quyen_han"}, "alone in a paragraph of the signature table's right cell", "đứng một mình trong một đoạn ở ô phải của bảng chữ ký"},
	{"the signer's position", "chức vụ người ký", func(p *plan.Plan) bool { return len(p.Signer.Position) > 0 },
		[]string{"nguoi_ky", "chuc_vu"}, "alone in a paragraph of the signature table's right cell", "đứng một mình trong một đoạn ở ô phải của bảng chữ ký"},
	{"the signer's name", "họ tên người ký", func(p *plan.Plan) bool { return strings.TrimSpace(p.Signer.Name) != "" },
		[]string{"nguoi_ky", "ho_ten"}, "alone in a paragraph of the signature table's right cell", "đứng một mình trong một đoạn ở ô phải của bảng chữ ký"},
	{"the appendices", "các phụ lục", func(p *plan.Plan) bool { return len(p.Appendices) > 0 },
		[]string{"phu_luc"}, "alone in the last paragraph", "đứng một mình trong đoạn cuối cùng"},
}

// checkPlaceholders reports a placeholder the template holds that
// kehoach does not know ("{{NOI_DUNG}}": names are in lower case), or else
// the first part of p that the template has no place for.
func checkPlaceholders(names map[string]bool, p *plan.Plan) error {
	known := placeholderNames()
	for _, name := range slices.Sorted(maps.Keys(names)) { // in order: the same template, the same message
		if !slices.Contains(known, name) {
			return unknownPlaceholder(name)
		}
	}
	for _, n := range placeholderNeeds {
		if !n.has(p) || hasAny(names, n.anyOf) {
			continue
		}
		return templateErr(fmt.Sprintf("mẫu không có {{%s}}, nên %s sẽ bị bỏ sót: hãy đặt {{%s}} %s", strings.Join(n.anyOf, "}} hoặc {{"), n.whatVi, n.anyOf[0], n.whereToVi),
			fmt.Sprintf("it has no {{%s}}, so %s would be left out: put {{%s}} %s", strings.Join(n.anyOf, "}} or {{"), n.what, n.anyOf[0], n.whereTo))
	}
	return nil
}

func hasAny(names map[string]bool, list []string) bool {
	for _, name := range list {
		if names[name] {
			return true
		}
	}
	return false
}
