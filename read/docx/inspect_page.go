package docx

import (
	"fmt"
	"math"
	"unicode"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/render/layout"
)

// a4Tolerance is how far a page's size may be from A4's in millimetres:
// Word stores A4 as 11906 or 11907 × 16838 or 16840 twips.
const a4Tolerance = 1

// marginTolerance absorbs the rounding of millimetres to twips.
const marginTolerance = 0.05

// sectionName names a section in a message when the document has more
// than one: "phần 2 (trang ngang): " / "section 2 (landscape): ".
func (in *inspector) sectionName(i int) (vi, en string) {
	if len(in.doc.sections) < 2 {
		return "", ""
	}
	vi, en = fmt.Sprintf("phần %d của văn bản", i+1), fmt.Sprintf("section %d", i+1)
	if in.doc.sections[i].landscape {
		vi, en = vi+" (trang ngang)", en+" (landscape)"
	}
	return vi + ": ", en + ": "
}

// page judges each section's paper and margins.
func (in *inspector) page() {
	r := in.ranges
	for i, s := range in.doc.sections {
		vi, en := in.sectionName(i)
		field := fmt.Sprintf("sections[%d]", i)
		if s.width > 0 && s.height > 0 {
			w, h := layout.ToMM(s.width), layout.ToMM(s.height)
			short, long := min(w, h), max(w, h)
			if math.Abs(short-r.PaperWidth.Min) > a4Tolerance || math.Abs(long-r.PaperHeight.Min) > a4Tolerance {
				in.report(check.RuleLayoutPaper, field+".page",
					fmt.Sprintf("%skhổ giấy %s × %s mm; Nghị định 30 quy định khổ A4 (210 × 297 mm)", vi, numVi(w), numVi(h)),
					fmt.Sprintf("%spaper %s × %s mm; Decree 30 sets A4 (210 × 297 mm)", en, numEn(w), numEn(h)))
			}
			if i == 0 && s.landscape {
				in.report(check.RuleLayoutPaper, field+".page",
					vi+"trang đầu in theo chiều ngang; Nghị định 30 quy định trình bày theo chiều dài khổ A4, chiều ngang chỉ cho bảng, biểu rộng",
					en+"the first page is landscape; Decree 30 lays a document out portrait, landscape only for wide tables")
			}
		}
		if !s.margins {
			continue
		}
		for _, m := range []struct {
			vi, en string
			v      float64
			r      layout.Range
			field  string
		}{
			{"lề trên", "top margin", s.top, r.TopMargin, "top"},
			{"lề dưới", "bottom margin", s.bottom, r.BottomMargin, "bottom"},
			{"lề trái", "left margin", s.left, r.LeftMargin, "left"},
			{"lề phải", "right margin", s.right, r.RightMargin, "right"},
		} {
			mm := layout.ToMM(m.v)
			if mm >= m.r.Min-marginTolerance && mm <= m.r.Max+marginTolerance {
				continue
			}
			in.report(check.RuleLayoutMargins, field+".margins."+m.field,
				fmt.Sprintf("%s%s %s mm; Nghị định 30 quy định %s", vi, m.vi, numVi(mm), rangeText(m.r, numVi)),
				fmt.Sprintf("%s%s %s mm; Decree 30 sets %s", en, m.en, numEn(mm), rangeText(m.r, numEn)))
		}
	}
}

// effective returns the header or footer part of each kind in force in
// each section: a section without a reference of a kind keeps the
// previous section's.
func (in *inspector) effective(footer bool) []map[string]string {
	out := make([]map[string]string, len(in.doc.sections))
	cur := map[string]string{}
	for i, s := range in.doc.sections {
		refs := s.headers
		if footer {
			refs = s.footers
		}
		next := map[string]string{}
		for k, v := range cur {
			next[k] = v
		}
		for k, id := range refs {
			next[k] = in.doc.headerRels[id]
		}
		out[i], cur = next, next
	}
	return out
}

// pageFields returns the PAGE fields of a part.
func (in *inspector) pageFields(part string) []*para {
	st := in.doc.stories[part]
	if st == nil {
		return nil
	}
	var out []*para
	for _, q := range st.paras {
		if q.pageField {
			out = append(out, q)
		}
	}
	return out
}

// centred reports whether a page number prints centred: its paragraph
// centred, or a frame centred, or after one tab to a centred tab stop.
func centred(q *para) bool {
	return q.props.jc == "center" || q.props.frameCenter || q.tabsBeforePage == 1 && len(q.props.centerTabs) > 0
}

// pageNumbers judges the page numbers: a PAGE field centred in the
// header from page 2, none on page 1, none in a footer, and some when
// the document has more than one page.
func (in *inspector) pageNumbers() {
	if len(in.doc.sections) == 0 {
		return
	}
	headers, footers := in.effective(false), in.effective(true)
	first := in.doc.sections[0]
	numbered := false
	reported := map[string]bool{}
	for i := range in.doc.sections {
		for _, kind := range []string{"default", "first", "even"} {
			part := footers[i][kind]
			if part == "" || reported[part] || len(in.pageFields(part)) == 0 {
				continue
			}
			reported[part] = true
			switch {
			case kind == "even" && !in.doc.evenOdd:
				in.report(check.RuleLayoutPageNumber, "footer",
					"chân trang của trang chẵn có trường số trang (PAGE): văn bản hiện chưa in chân trang riêng cho trang chẵn nên số trang này chưa hiện, nhưng sẽ hiện ở chân trang khi bật \"Trang chẵn lẻ khác nhau\"; Nghị định 30 đặt số trang ở lề trên, xóa trường này",
					"the even pages' footer holds a page number field (PAGE): the document does not set even pages apart, so it does not print now, but it will at the foot of the page once \"Different Odd & Even Pages\" is on; Decree 30 puts page numbers in the top margin: delete it")
				in.out[len(in.out)-1].Severity = check.SeverityWarning // it does not print now
			case kind == "first" && !in.doc.sections[i].titlePg:
			default:
				in.report(check.RuleLayoutPageNumber, "footer",
					"số trang (trường PAGE) đặt ở chân trang; Nghị định 30 quy định số trang đặt canh giữa trong lề trên",
					"the page number (a PAGE field) is in the footer; Decree 30 puts it centred in the top margin")
			}
		}
		for _, kind := range []string{"default", "even"} {
			for _, q := range in.pageFields(headers[i][kind]) {
				if kind == "even" && !in.doc.evenOdd {
					continue
				}
				numbered = true
				if part := headers[i][kind]; !centred(q) && !reported[part] {
					reported[part] = true
					in.report(check.RuleLayoutPageNumber, "header",
						"số trang không canh giữa; Nghị định 30 quy định số trang canh giữa theo chiều ngang trong lề trên",
						"the page number is not centred; Decree 30 centres it across the top margin")
				}
				in.pageNumberSize(q, headers[i][kind], reported)
			}
		}
	}
	// Page 1: the first section's first-page header when it has one
	// (titlePg), its default header otherwise.
	page1 := headers[0]["default"]
	if first.titlePg {
		page1 = headers[0]["first"]
	}
	if len(in.pageFields(page1)) > 0 {
		in.report(check.RuleLayoutPageNumber, "header",
			"số trang hiện ở trang đầu; Nghị định 30 quy định không hiển thị số trang thứ nhất (chọn \"Trang đầu khác\" và để trống đầu trang của trang đầu)",
			"the page number prints on page 1; Decree 30 prints none on the first page (set \"Different First Page\" and leave its header empty)")
	}
	if !numbered && !in.hasFooterNumbers(footers) && in.pages() > 1 {
		in.report(check.RuleLayoutPageNumber, "header",
			fmt.Sprintf("văn bản %s trang nhưng không đánh số trang; Nghị định 30 quy định đánh số trang từ trang 2, canh giữa trong lề trên", in.pagesText(true)),
			fmt.Sprintf("the document has %s pages but no page numbers; Decree 30 numbers pages from page 2, centred in the top margin", in.pagesText(false)))
	}
}

// pageNumberSize judges a page number's size.
func (in *inspector) pageNumberSize(q *para, part string, reported map[string]bool) {
	_, _, _, size := q.look()
	if size == 0 {
		size = q.props.mark.size
	}
	if size == 0 || in.ranges.PageNumberSize.Contains(size) || reported[part+"#size"] {
		return
	}
	reported[part+"#size"] = true
	in.sizeFinding("header", "số trang", "the page number", size, in.ranges.PageNumberSize, nil)
}

func (in *inspector) hasFooterNumbers(footers []map[string]string) bool {
	for _, f := range footers {
		for kind, part := range f {
			if (kind != "even" || in.doc.evenOdd) && len(in.pageFields(part)) > 0 {
				return true
			}
		}
	}
	return false
}

// pages returns the document's page count: the count its properties
// record, or an estimate from its text (lines of the body's size over
// the first section's text height).
func (in *inspector) pages() int {
	if in.doc.pages > 0 {
		return in.doc.pages
	}
	height := layout.MM(297 - 20 - 20)
	if s := in.firstSection(); s != nil && s.height > 0 && s.margins && s.height-s.top-s.bottom >= minBox {
		height = s.height - s.top - s.bottom
	}
	total := 0.0
	font := layout.FontMetrics(layout.Regular)
	for _, p := range in.items {
		for _, l := range p.lines {
			size := lookOf(l.runs).size
			if size == 0 {
				size = defaultSize
			}
			box := in.box(p)
			lines := math.Max(1, math.Ceil(font.Width(l.text, size)/box))
			total += lines * layout.LineHeight(size)
		}
	}
	// Only a clear second page counts: the estimate ignores spacing.
	return int(total/(height*1.25)) + 1
}

func (in *inspector) pagesText(vi bool) string {
	if in.doc.pages > 0 {
		return fmt.Sprint(in.doc.pages)
	}
	if vi {
		return "khoảng " + fmt.Sprint(in.pages())
	}
	return "about " + fmt.Sprint(in.pages())
}

// changes reports tracked changes.
func (in *inspector) changes() {
	if n := in.doc.changes; n > 0 {
		in.report(check.RuleDocxChanges, "",
			fmt.Sprintf("văn bản Word còn %d thay đổi được theo dõi (Track Changes); kehoach đọc văn bản như khi chấp nhận mọi thay đổi: hãy chấp nhận hoặc từ chối chúng trước khi ban hành (Xem lại > Chấp nhận)", n),
			fmt.Sprintf("the Word file holds %d tracked changes; kehoach reads it as it prints with them all accepted: accept or reject them before issuing it (Review > Accept)", n))
	}
}

// sizeFinding reports an element's size outside its range.
func (in *inspector) sizeFinding(field, vi, en string, size float64, r layout.Range, p *placed) {
	wv, we := where(p)
	in.report(check.RuleLayoutSize, field,
		fmt.Sprintf("%s cỡ chữ %s pt%s; Nghị định 30 quy định %s", capitalize(vi), numVi(size), wv, rangeText(r, numVi)),
		fmt.Sprintf("%s at %s pt%s; Decree 30 sets %s", capitalize(en), numEn(size), we, rangeText(r, numEn)))
}

func capitalize(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return string(unicode.ToUpper(r[0])) + string(r[1:])
}
