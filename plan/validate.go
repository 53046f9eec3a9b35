package plan

import (
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/textutil"
)

// Validate reports every problem that keeps the plan from being laid out,
// all at once, as [Errors] (nil when there is none). Each problem names the
// field (and, for a plan read from a file, its line) and says what is
// expected.
//
// Validate checks what a writer needs; whether the plan follows Decree 30's
// conventions (symbol syntax, place names, recipients) is the job of the
// compliance checker.
func (p *Plan) Validate() error {
	if p == nil {
		return Errors{nilPlan()}
	}
	v := validator{src: p.Source}
	v.header(p)
	v.exchange(p)
	v.signer(&p.Signer)
	for i, basis := range p.Bases {
		field := fmt.Sprintf("bases[%d]", i)
		line := 0
		if p.Source != nil && i < len(p.Source.BasisLines) {
			line = p.Source.BasisLines[i]
		}
		if basis.IsBlank() {
			v.at(line, field, CodeRequired, "căn cứ trống: ghi nội dung căn cứ hoặc bỏ dòng này", "a legal basis is empty: write it or remove it")
		}
		v.text(field, line, basis)
	}
	for i, b := range p.Preamble {
		v.node(fmt.Sprintf("preamble[%d]", i), b, 0)
	}
	v.topSections(p.Sections)
	for i, a := range p.Appendices {
		field := fmt.Sprintf("appendices[%d]", i)
		if a == nil {
			v.errs.Add(0, field, CodeNil, "phụ lục rỗng (nil): xóa phần tử này, hoặc ghi tên và nội dung cho phụ lục",
				"is nil; remove it or give it a title and content")
			continue
		}
		switch a.Orientation {
		case OrientationAuto, OrientationPortrait, OrientationLandscape:
		default:
			v.errs.Add(a.Line, field+".orientation", CodeInvalidValue,
				fmt.Sprintf("%q không phải hướng trang: dùng landscape (trang ngang) hoặc portrait (trang dọc)", string(a.Orientation)),
				fmt.Sprintf("%q is not an orientation: use landscape or portrait", string(a.Orientation)))
		}
		v.topHasParts = hasPart(a.Content)
		v.content(field+".content", a.Content, 0)
	}
	errs := v.errs.Sorted()
	if p.Source != nil {
		errs = errs.WithFile(p.Source.File)
	}
	return errs.Err()
}

type validator struct {
	src       *Source
	errs      Errors
	noteTexts map[string]string // the text of each footnote ID, as first met

	// topHasParts is whether the body or appendix being checked has parts
	// at its top, so that a section beside them belongs to no part.
	topHasParts bool
}

// hasPart reports whether nodes hold a part (a level-1 section).
func hasPart[N Node](nodes []N) bool {
	for _, n := range nodes {
		if s, ok := any(n).(*Section); ok && s != nil && s.Level == LevelPart {
			return true
		}
	}
	return false
}

// at reports a problem with a body element: at its line when the plan was
// read from a file, by its path in the model otherwise.
func (v *validator) at(line int, path, code, vi, en string) {
	if line > 0 && (v.src == nil || !v.src.JSON) {
		path = "body"
	}
	if v.src != nil && v.src.JSON {
		line = max(line, v.memberLine(path)) // the member's own line, not its node's
	}
	v.errs.Add(line, path, code, vi, en)
}

// memberLine returns the line of the JSON member a path names, or of the
// nearest member it is inside ("…align[1]" is on the line of "…align"),
// or 0.
func (v *validator) memberLine(path string) int {
	for p := path; p != ""; {
		if line, ok := v.src.Keys[p]; ok {
			return line
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			return 0
		}
		p = p[:i]
	}
	return 0
}

// field reports a problem with a front-matter field, at its line.
func (v *validator) field(key, code, vi, en string) {
	v.errs.Add(v.src.FieldLine(key), key, code, vi, en)
}

// nilPlan is the problem of a nil plan, which nothing can be made of.
func nilPlan() *FieldError {
	return problem(CodeNil, "không có kế hoạch (nil)", "the plan is nil")
}

func (v *validator) header(p *Plan) {
	if textutil.BlankLines(p.Issuer) {
		v.field("issuer", CodeRequired,
			"thiếu tên cơ quan, tổ chức ban hành văn bản: ghi bằng chữ in hoa, ví dụ \"SỞ THÔNG TIN VÀ TRUYỀN THÔNG\"",
			"is required: the issuing agency's name in upper case, e.g. \"SỞ THÔNG TIN VÀ TRUYỀN THÔNG\"")
	}
	if strings.TrimSpace(p.Symbol) == "" {
		v.field("symbol", CodeRequired,
			"thiếu ký hiệu văn bản: phần đứng sau dấu gạch chéo của số, ví dụ \"KH-STTTT\"",
			"is required: the part of the number after the slash, e.g. \"KH-STTTT\"")
	} else if strings.ContainsAny(p.Symbol, "\n\r") {
		v.field("symbol", CodeLineBreak, "ký hiệu văn bản phải viết trên một dòng", "must be one line")
	}
	if strings.TrimSpace(p.Place) == "" {
		v.field("place", CodeRequired,
			"thiếu địa danh: tên địa danh in trước ngày, tháng, năm ban hành, ví dụ \"Vĩnh Phúc\"",
			"is required: the place name printed before the date, e.g. \"Vĩnh Phúc\"")
	}
	if strings.TrimSpace(p.Subject) == "" {
		v.field("subject", CodeRequired,
			"thiếu trích yếu nội dung: câu tóm tắt in dưới tên loại văn bản, viết hoa chữ cái đầu",
			"is required: the trích yếu, a sentence-case summary printed under the title")
	}
	for i, f := range p.Numbering.Forms {
		if !f.Valid() {
			key := fmt.Sprintf("numbering[%d]", i)
			v.field(key, CodeNumberForm,
				fmt.Sprintf("%q không phải kiểu đánh số kehoach biết: dùng I., A., 1., 1.1., 1.1.1., a), (1), (a), -, +, • hoặc một từ trước số như \"Phần I\", \"Mục 1\"", string(f)),
				fmt.Sprintf("%q is not a numbering form kehoach knows: use I., A., 1., 1.1., 1.1.1., a), (1), (a), -, +, • or a word before the number such as \"Phần I\", \"Mục 1\"", string(f)))
		}
	}
	switch {
	case p.Type != "" && !p.Type.Known():
		v.field("type", CodeUnknownType,
			fmt.Sprintf("%q không có trong bảng tên loại văn bản của Nghị định 30 (công văn không có tên loại): kehoach trình bày %s", string(p.Type), printedList()),
			fmt.Sprintf("%q is not a document type of Decree 30's table (an official letter, công văn, has no type name): kehoach lays out %s", string(p.Type), printedList()))
	case p.Type != "" && !p.Type.IsPrinted():
		printed := printedList()
		v.field("type", CodeUnsupportedType,
			fmt.Sprintf("kehoach không trình bày %s (%s), loại văn bản có thể thức riêng: kehoach trình bày %s", p.Type.Name(), string(p.Type), printed),
			fmt.Sprintf("kehoach does not lay out a %s (%s), whose layout is its own: kehoach lays out %s", p.Type.Name(), string(p.Type), printed))
	}

	switch n := strings.TrimSpace(p.Number); {
	case n == "":
	case !textutil.IsDigits(n):
		v.field("number", CodeInvalidNumber,
			fmt.Sprintf("%q không phải số văn bản: chỉ ghi chữ số, ví dụ 125 hoặc 05, hoặc bỏ trống để văn thư điền số", p.Number),
			fmt.Sprintf("%q is not a registration number: write digits only, e.g. 125 or 05, or leave it out for a blank number", p.Number))
	case strings.Trim(n, "0") == "":
		v.field("number", CodeInvalidNumber,
			fmt.Sprintf("%q không phải số văn bản: số văn bản bắt đầu từ 01 mỗi năm; bỏ trống để văn thư điền số", p.Number),
			fmt.Sprintf("%q is not a registration number: numbers start at 1 each year; leave it out for a blank number", p.Number))
	}
	if err := p.Date.Check(); err != nil {
		v.errs.AddError(v.src.FieldLine("date"), "date", err)
	}
	// Fields printed on one line of their own, where a line break would
	// split what the decree prints whole. (Agency lines, positions and
	// the subject are lists or are broken by the layout; the number and
	// symbol have their own rules.)
	for _, f := range []struct{ key, value string }{{"place", p.Place}, {"signer.name", p.Signer.Name}} {
		if strings.ContainsAny(f.value, "\n\r\u2028\u2029") {
			v.field(f.key, CodeLineBreak,
				fmt.Sprintf("%q có dấu xuống dòng: trường này in trên một dòng; viết liền, không xuống dòng", f.value),
				fmt.Sprintf("%q has a line break: it prints on one line; write it without the break", f.value))
		}
	}
	if _, ok := LookupUrgency(string(p.Urgency)); !ok || (p.Urgency != "" && !isCanonicalUrgency(p.Urgency)) {
		v.field("urgency", CodeUnknownUrgency,
			fmt.Sprintf("%q không phải mức độ khẩn: dùng Khẩn, Thượng khẩn hoặc Hỏa tốc, hoặc bỏ trống", string(p.Urgency)),
			fmt.Sprintf("%q is not an urgency mark: use Khẩn, Thượng khẩn or Hỏa tốc, or leave it out", string(p.Urgency)))
	}
	v.recipients(p.Recipients)
}

// recipients refuses an item that holds several recipients, "A; B": each
// recipient is printed on its own line, "- A;". A ";" at the end of an
// item is the one the line ends with anyway.
func (v *validator) recipients(list []string) {
	for i, r := range list {
		if strings.Contains(strings.TrimRight(r, ";. "), ";") {
			v.field(fmt.Sprintf("recipients[%d]", i), CodeRecipientList,
				fmt.Sprintf("%q gồm nhiều nơi nhận ngăn cách bằng dấu \";\": ghi mỗi nơi nhận thành một mục riêng của danh sách", r),
				fmt.Sprintf("%q holds several recipients separated by \";\": write each recipient as an item of its own", r))
		}
	}
}

func isCanonicalUrgency(u Urgency) bool {
	return u == UrgencyUrgent || u == UrgencyVeryUrgent || u == UrgencyFlash
}

func (v *validator) signer(s *Signer) {
	for i, a := range s.Authority {
		key := fmt.Sprintf("signer.authority[%d]", i)
		if _, _, err := SplitAuthority(a); err != nil {
			v.errs.AddError(v.src.FieldLine(key), key, err)
		}
	}
}

// topSections checks the body's top-level sections: parts, or sections in
// a plan without parts.
func (v *validator) topSections(ss []*Section) {
	v.topHasParts = hasPart(ss)
	for i, s := range ss {
		field := fmt.Sprintf("sections[%d]", i)
		if s == nil {
			v.errs.Add(0, field, CodeNil, "mục rỗng (nil): xóa phần tử này", "is nil")
			continue
		}
		v.node(field, s, 0)
	}
}

// content checks a list of nodes under a parent of the given level (0 for
// the top of a body).
func (v *validator) content(field string, nodes []Node, parent int) {
	for i, n := range nodes {
		v.node(fmt.Sprintf("%s[%d]", field, i), n, parent)
	}
}

func (v *validator) node(field string, n Node, parent int) {
	switch n := n.(type) {
	case *Section:
		if n == nil {
			break
		}
		v.section(field, n, parent)
		return
	case *Paragraph:
		if n != nil {
			v.text(field+".text", n.Line, n.Text)
			return
		}
	case *Bullet:
		if n != nil {
			if n.Level != 1 && n.Level != 2 {
				v.at(n.Line, field+".level", CodeBulletLevel,
					fmt.Sprintf("gạch đầu dòng cấp %d không hợp lệ: chỉ có cấp 1 (\"-\") và cấp 2 (\"+\")", n.Level),
					fmt.Sprintf("bullet level %d is not 1 (\"-\") or 2 (\"+\")", n.Level))
			}
			v.text(field+".text", n.Line, n.Text)
			return
		}
	case *Numbered:
		if n != nil {
			if n.Number < 0 {
				v.at(n.Line, field+".number", CodeNegativeNumber,
					fmt.Sprintf("số thứ tự %d là số âm", n.Number), fmt.Sprintf("%d is negative", n.Number))
			}
			v.text(field+".text", n.Line, n.Text)
			return
		}
	case *Table:
		if n != nil {
			v.table(field, n)
			return
		}
	}
	v.errs.Add(0, field, CodeNil, "phần tử rỗng (nil): xóa phần tử này", "is nil; remove it")
}

func (v *validator) section(field string, s *Section, parent int) {
	level := s.Level
	switch {
	case level < LevelPart || level > MaxLevel:
		v.at(s.Line, field+".level", CodeHeadingLevel,
			fmt.Sprintf("cấp đề mục %d không hợp lệ: đề mục có từ cấp 1 (mục) đến cấp %d", level, MaxLevel),
			fmt.Sprintf("heading level %d is not between 1 (part) and %d", level, MaxLevel))
	case parent == 0 && level > LevelSection:
		v.at(s.Line, field, CodeHeadingNesting,
			fmt.Sprintf("%s (cấp %d) không được đứng ở ngoài cùng của nội dung: %s phải nằm trong một %s (cấp %d)",
				LevelName(level, "vi"), level, LevelName(level, "vi"), LevelName(level-1, "vi"), level-1),
			fmt.Sprintf("a %s (level %d) cannot stand at the top of the body: it belongs under a %s (level %d)",
				LevelName(level), level, LevelName(level-1), level-1))
	case parent == 0 && level == LevelSection && v.topHasParts:
		v.at(s.Line, field, CodeHeadingNesting,
			"khoản (cấp 2) không được đứng ngoài các mục (cấp 1) khi nội dung đã chia thành mục: khoản này không thuộc mục nào và trùng số với các khoản của mục; đặt nó vào một mục, hoặc chuyển thành mục",
			"a section (level 2) cannot stand outside the parts (level 1) of a body that has parts: it would belong to no part and repeat their sections' numbers; put it under a part, or make it a part")
	case parent > 0 && level != parent+1:
		v.at(s.Line, field, CodeHeadingNesting,
			fmt.Sprintf("%s (cấp %d) không được đặt ngay dưới %s (cấp %d): ở đây phải là %s (cấp %d)",
				LevelName(level, "vi"), level, LevelName(parent, "vi"), parent, LevelName(parent+1, "vi"), parent+1),
			fmt.Sprintf("a %s (level %d) cannot stand straight under a %s (level %d): expected a %s (level %d)",
				LevelName(level), level, LevelName(parent), parent, LevelName(parent+1), parent+1))
	}
	if !s.Role.Valid() {
		v.at(s.Line, field+".role", CodeUnknownRole,
			fmt.Sprintf("%q không phải vai trò của mục: dùng một trong purpose, content, solutions, funding, organisation, other", string(s.Role)),
			fmt.Sprintf("%q is not a role; use one of purpose, content, solutions, funding, organisation, other", string(s.Role)))
	}
	v.text(field+".title", s.Line, s.Title)
	v.content(field+".content", s.Content, s.Level)
}

func (v *validator) table(field string, t *Table) {
	switch {
	case t.Columns() == 0:
		v.at(t.Line, field, CodeTableShape, "bảng phải có ít nhất một cột", "a table needs at least one column")
	case len(t.Header) == 0:
		v.at(t.Line, field+".header", CodeTableShape,
			"bảng thiếu hàng tiêu đề: hàng ghi tên các cột (in đậm và lặp lại ở đầu mỗi trang)",
			"a table needs its header row, which names the columns (printed bold and repeated on every page)")
	}
	if len(t.Header) > 0 && len(t.Align) > len(t.Header) {
		v.at(t.Line, field+".align", CodeTableShape,
			fmt.Sprintf("có %d giá trị căn lề nhưng hàng tiêu đề có %d cột: mỗi cột một giá trị căn lề", len(t.Align), len(t.Header)),
			fmt.Sprintf("has %d entries, but the header names %d columns: give one alignment per column", len(t.Align), len(t.Header)))
	}
	for c, a := range t.Align {
		switch a {
		case AlignDefault, AlignLeft, AlignCenter, AlignRight:
		default:
			v.at(t.Line, fmt.Sprintf("%s.align[%d]", field, c), CodeTableAlign,
				fmt.Sprintf("%q không phải cách căn lề: dùng left, center hoặc right", string(a)),
				fmt.Sprintf("%q is not left, center or right", string(a)))
		}
	}
	v.tableLayout(field, t)
	for c, cell := range t.Header {
		v.text(fmt.Sprintf("%s.header[%d]", field, c), t.Line, cell)
	}
	for r, row := range t.Rows {
		if len(t.Header) > 0 && len(row) > len(t.Header) {
			v.at(t.Line, fmt.Sprintf("%s.rows[%d]", field, r), CodeTableShape,
				fmt.Sprintf("có %d ô nhưng hàng tiêu đề chỉ có %d cột: ô nào cũng phải thuộc một cột có tên", len(row), len(t.Header)),
				fmt.Sprintf("has %d cells, but the header names %d columns: a cell needs its column's name", len(row), len(t.Header)))
		}
		for c, cell := range row {
			v.text(fmt.Sprintf("%s.rows[%d][%d]", field, r, c), t.Line, cell)
		}
	}
}

// text checks footnotes inside inline text: a note must have text, and
// notes that share an ID (one note referred to twice) the same text.
func (v *validator) text(field string, line int, t Text) {
	for _, s := range t {
		if s.Note == nil {
			continue
		}
		if s.Note.Text.IsBlank() {
			v.at(line, field, CodeFootnoteEmpty, "chú thích không có nội dung", "a footnote has no text")
		}
		for _, inner := range s.Note.Text {
			if inner.Note != nil {
				v.at(line, field, CodeFootnotePlace,
					"chú thích chứa một chú thích khác: chú thích không có chú thích riêng; viết thẳng nội dung đó vào chú thích",
					"a footnote holds another footnote: a note cannot have a note; write its text into the note")
				break
			}
		}
		if id := s.Note.ID; id != "" {
			if v.noteTexts == nil {
				v.noteTexts = map[string]string{}
			}
			text := s.Note.Text.String()
			if first, ok := v.noteTexts[id]; !ok {
				v.noteTexts[id] = text
			} else if first != text {
				v.at(line, field, CodeFootnoteConflict,
					fmt.Sprintf("chú thích %q có nội dung khác với chỗ được dẫn lần đầu (%q): mỗi id chỉ một chú thích", id, first),
					fmt.Sprintf("footnote %q has another text than where it is first referred to (%q): one id, one note", id, first))
			}
		}
	}
}

// printedList names the types kehoach lays out, for messages:
// "KH (Kế hoạch), CTr (Chương trình), …".
func printedList() string {
	names := make([]string, len(Printed))
	for i, t := range Printed {
		names[i] = string(t) + " (" + t.Name() + ")"
	}
	return strings.Join(names, ", ")
}

// tableLayout checks a table's header rows, widths and merges: inside
// the table, and no cell covered twice.
func (v *validator) tableLayout(field string, t *Table) {
	cols, rows := t.Columns(), 1+len(t.Rows)
	if t.HeaderRows < 0 || t.HeaderRows > rows {
		v.at(t.Line, field+".header_rows", CodeTableShape,
			fmt.Sprintf("bảng có %d hàng nhưng header_rows là %d", rows, t.HeaderRows),
			fmt.Sprintf("is %d, but the table has %d rows", t.HeaderRows, rows))
	}
	if len(t.Widths) > 0 && len(t.Widths) != cols {
		v.at(t.Line, field+".widths", CodeTableShape,
			fmt.Sprintf("có %d độ rộng nhưng bảng có %d cột: mỗi cột một độ rộng", len(t.Widths), cols),
			fmt.Sprintf("has %d widths, but the table has %d columns: give one width per column", len(t.Widths), cols))
	}
	for i, w := range t.Widths {
		if !(w > 0) || w > 1e6 { // NaN too
			v.at(t.Line, fmt.Sprintf("%s.widths[%d]", field, i), CodeTableShape,
				fmt.Sprintf("độ rộng %v không hợp lệ: độ rộng tương đối là một số dương, ví dụ 1, 4, 2", w),
				fmt.Sprintf("%v is not a width: relative widths are positive numbers, e.g. 1, 4, 2", w))
		}
	}
	covered := map[[2]int]bool{}
	for i, m := range t.Merges {
		mr, mc := m.Span()
		f := fmt.Sprintf("%s.merges[%d]", field, i)
		if m.Row < 0 || m.Col < 0 || m.Rows < 0 || m.Cols < 0 || mr > rows || mc > cols || m.Row > rows-mr || m.Col > cols-mc {
			v.at(t.Line, f, CodeTableShape,
				fmt.Sprintf("ô gộp từ hàng %d, cột %d, %d hàng × %d cột, vượt ra ngoài bảng %d hàng × %d cột", m.Row, m.Col, mr, mc, rows, cols),
				fmt.Sprintf("the merged cell at row %d, column %d, %d rows × %d columns, goes outside the table's %d rows × %d columns", m.Row, m.Col, mr, mc, rows, cols))
			continue
		}
		for r := m.Row; r < m.Row+mr; r++ {
			for c := m.Col; c < m.Col+mc; c++ {
				if covered[[2]int{r, c}] {
					v.at(t.Line, f, CodeTableShape,
						fmt.Sprintf("ô gộp từ hàng %d, cột %d chồng lên một ô gộp khác ở hàng %d, cột %d", m.Row, m.Col, r, c),
						fmt.Sprintf("the merged cell at row %d, column %d overlaps another at row %d, column %d", m.Row, m.Col, r, c))
					return
				}
				covered[[2]int{r, c}] = true
			}
		}
	}
}
