package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// storyPart matches the parts of a package whose text is printed: the
// document, and its page headers and footers.
var storyPart = regexp.MustCompile(`^word/(document|header\d*|footer\d*)\.xml$`)

// templatePlaceholders returns the names of the placeholders a template
// holds, in its document and its page headers and footers, split ones
// included.
func templatePlaceholders(tpl []byte) (map[string]bool, error) {
	zr, err := zip.NewReader(bytes.NewReader(tpl), int64(len(tpl)))
	if err != nil {
		return nil, fmt.Errorf("docx template: not a readable .docx file: %w", err)
	}
	names := map[string]bool{}
	for _, f := range zr.File {
		if !storyPart.MatchString(f.Name) {
			continue
		}
		b, err := readZipFile(f)
		if err != nil {
			return nil, err
		}
		for _, m := range placeholder.FindAllStringSubmatch(paragraphText(joinSplitPlaceholders(string(b))), -1) {
			names[m[1]] = true
		}
	}
	return names, nil
}

// placeholderNeed is a part of a plan that a template must have a place
// for when the plan has it, or the part would be silently left out.
type placeholderNeed struct {
	what    string                // the part, as the message names it
	has     func(*plan.Plan) bool // whether the plan has something to print there
	anyOf   []string              // the placeholders that print it
	whereTo string                // where the placeholder goes
}

// placeholderNeeds are the parts a template must print. The agency's name
// and the title "KẾ HOẠCH" are not among them: a letterhead has them
// typed.
var placeholderNeeds = []placeholderNeed{
	{"the body (preamble, parts, tables, footnotes)", func(*plan.Plan) bool { return true },
		[]string{"noi_dung"}, "alone in the paragraph where the body goes"},
	{"the number and symbol", func(*plan.Plan) bool { return true },
		[]string{"so_ky_hieu", "so", "ky_hieu"}, `after "Số: "`},
	{"the date", func(*plan.Plan) bool { return true },
		[]string{"dia_danh_ngay", "ngay_thang"}, "under the motto"},
	{"the subject (trích yếu)", func(p *plan.Plan) bool { return strings.TrimSpace(p.Subject) != "" },
		[]string{"trich_yeu"}, `under "KẾ HOẠCH"`},
	{"the urgency mark", func(p *plan.Plan) bool { return p.Urgency != "" },
		[]string{"do_khan"}, `under "Số:" (ô 10a)`},
	{"the draft mark", func(p *plan.Plan) bool { return p.Draft },
		[]string{"du_thao"}, `under "Số:"`},
	{"the recipients (Nơi nhận)", func(p *plan.Plan) bool { return len(p.Recipients) > 0 || p.Archive != "" },
		[]string{"noi_nhan"}, "alone in a paragraph of the signature table's left cell"},
	{"the authority lines (TM., KT., …)", func(p *plan.Plan) bool { return len(p.Signer.Authority) > 0 },
		[]string{"nguoi_ky", "quyen_han"}, "alone in a paragraph of the signature table's right cell"},
	{"the signer's position", func(p *plan.Plan) bool { return len(p.Signer.Position) > 0 },
		[]string{"nguoi_ky", "chuc_vu"}, "alone in a paragraph of the signature table's right cell"},
	{"the signer's name", func(p *plan.Plan) bool { return strings.TrimSpace(p.Signer.Name) != "" },
		[]string{"nguoi_ky", "ho_ten"}, "alone in a paragraph of the signature table's right cell"},
	{"the appendices", func(p *plan.Plan) bool { return len(p.Appendices) > 0 },
		[]string{"phu_luc"}, "alone in the last paragraph"},
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
		return fmt.Errorf("docx template: it has no {{%s}}, so %s would be left out: put {{%s}} %s", strings.Join(n.anyOf, "}} or {{"), n.what, n.anyOf[0], n.whereTo)
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
