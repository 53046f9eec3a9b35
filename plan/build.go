package plan

// The constructors below build a body in Go as compactly as Markdown
// writes it. Their string arguments are normalised to NFC.
//
//	plan.NewPart("MỤC ĐÍCH, YÊU CẦU",
//		plan.NewSection("Mục đích",
//			plan.Dash("Tiếp tục phát huy truyền thống yêu nước …"),
//		),
//	)

// NewPart returns a part (level 1, "I."), with its role detected from the
// title.
func NewPart(title string, content ...Node) *Section {
	s := newSection(LevelPart, Plain(title), content)
	s.Role = DetectRole(s.Title.String())
	return s
}

// NewSection returns a section (level 2, "1.").
func NewSection(title string, content ...Node) *Section {
	return newSection(LevelSection, Plain(title), content)
}

// NewPoint returns a point (level 3, "a)").
func NewPoint(title string, content ...Node) *Section {
	return newSection(LevelPoint, Plain(title), content)
}

// NewSubPoint returns a sub-point (level 4, "-", italic).
func NewSubPoint(title string, content ...Node) *Section {
	return newSection(LevelSubPoint, Plain(title), content)
}

func newSection(level int, title Text, content Nodes) *Section {
	return &Section{Level: level, Title: title, Content: content}
}

// Para returns a body paragraph of plain text.
func Para(text string) *Paragraph { return &Paragraph{Text: Plain(text)} }

// ParaText returns a body paragraph of styled text.
func ParaText(t Text) *Paragraph { return &Paragraph{Text: t} }

// Dash returns a "-" paragraph.
func Dash(text string) *Bullet { return &Bullet{Level: 1, Text: Plain(text)} }

// Plus returns a "+" paragraph.
func Plus(text string) *Bullet { return &Bullet{Level: 2, Text: Plain(text)} }

// Num returns a numbered paragraph "n. text".
func Num(n int, text string) *Numbered { return &Numbered{Number: n, Text: Plain(text)} }

// NewTable returns a table of plain text with the given header and rows.
func NewTable(header []string, rows ...[]string) *Table {
	t := &Table{Header: make([]Text, len(header)), Rows: make([][]Text, len(rows))}
	for i, h := range header {
		t.Header[i] = Plain(h)
	}
	for r, row := range rows {
		t.Rows[r] = make([]Text, len(row))
		for c, cell := range row {
			t.Rows[r][c] = Plain(cell)
		}
	}
	return t
}

// NewAppendix returns an appendix with a title and content.
func NewAppendix(title string, content ...Node) *Appendix {
	return &Appendix{Title: normalize(title), Content: content}
}
