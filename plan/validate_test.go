package plan

import (
	"errors"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/langcheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// minimalPlan returns the smallest plan that validates.
func minimalPlan() *Plan {
	return &Plan{
		Issuer:  []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
		Symbol:  "KH-STTTT",
		Place:   "Vĩnh Phúc",
		Subject: "Phát động phong trào thi đua",
		Signer:  Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Nguyễn Văn A"},
	}
}

// problems returns the fields and messages of a validation error.
func problems(t *testing.T, err error) map[string]string {
	t.Helper()
	require.Error(t, err)
	var list Errors
	require.True(t, errors.As(err, &list), "Validate returns plan.Errors")
	out := map[string]string{}
	for _, e := range list {
		out[e.Field] += e.En
	}
	return out
}

func TestValidateMinimal(t *testing.T) {
	assert.NoError(t, minimalPlan().Validate())
}

func TestValidateReportsEveryMissingFieldAtOnce(t *testing.T) {
	got := problems(t, (&Plan{}).Validate())
	for _, f := range []string{"issuer", "symbol", "place", "subject"} {
		assert.Contains(t, got[f], "is required", f)
	}
	assert.Contains(t, got["issuer"], "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "the message shows what is expected")
	assert.Len(t, got, 4)

	var one *FieldError
	require.True(t, errors.As((&Plan{}).Validate(), &one), "errors.As finds each FieldError")
	assert.Equal(t, "issuer", one.Field)
}

func TestValidateFields(t *testing.T) {
	p := minimalPlan()
	p.Issuer = []string{" ", ""}
	p.Type = "TCG"
	p.Number = "12a"
	p.Date = Date{2025, 2, 30}
	p.Urgency = "Rất khẩn"
	p.Signer.Authority = []string{"KT. GIÁM ĐỐC", "T/M BAN", "Giám đốc", "TM."}
	got := problems(t, p.Validate())
	assert.Contains(t, got["issuer"], "is required")
	assert.Contains(t, got["type"], `"TCG" is not a document type`)
	assert.Contains(t, got["number"], `"12a" is not a registration number`)
	assert.Contains(t, got["date"], "day 30 is past the end of month 2")
	assert.Contains(t, got["urgency"], "Khẩn, Thượng khẩn or Hỏa tốc")
	assert.NotContains(t, got, "signer.authority[0]")
	assert.Contains(t, got["signer.authority[1]"], `unknown authority prefix "T/M"`)
	assert.Contains(t, got["signer.authority[1]"], "Party")
	assert.Contains(t, got["signer.authority[2]"], `unknown authority prefix "Giám"`)
	assert.Contains(t, got["signer.authority[3]"], "names no body or position")
}

func TestValidateNumber(t *testing.T) {
	for _, n := range []string{"", "5", "05", "0130", "1105"} {
		p := minimalPlan()
		p.Number = n
		assert.NoError(t, p.Validate(), n)
	}
	for _, n := range []string{"-5", "5/2021", "V"} {
		p := minimalPlan()
		p.Number = n
		assert.Contains(t, problems(t, p.Validate())["number"], "digits only", n)
	}
	for _, n := range []string{"0", "00"} {
		p := minimalPlan()
		p.Number = n
		assert.Contains(t, problems(t, p.Validate())["number"], "numbers start at 1 each year; leave it out for a blank number", n)
	}
}

func TestValidateAuthorityPrefixes(t *testing.T) {
	for _, a := range []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. GIÁM ĐỐC", "Q. GIÁM ĐỐC"} {
		p := minimalPlan()
		p.Signer.Authority = []string{a}
		assert.NoError(t, p.Validate(), a)
		prefix, rest, err := SplitAuthority(a)
		require.NoError(t, err)
		assert.Equal(t, a, prefix+" "+rest)
	}
	hints := map[string]string{"KT GIÁM ĐỐC": "needs its dot", "kt. giám đốc": "upper case", "K/T GIÁM ĐỐC": "Party", "": "is empty"}
	for a, hint := range hints {
		_, _, err := SplitAuthority(a)
		require.Error(t, err, a)
		assert.Contains(t, err.Error(), hint, a)
	}
}

func TestValidateBodyStructure(t *testing.T) {
	p := minimalPlan()
	p.Sections = []*Section{
		NewPart("MỤC ĐÍCH",
			&Section{Level: LevelPoint, Title: Plain("a")}, // a point straight under a part
			NewSection("Yêu cầu", NewPoint("đúng", NewSubPoint("sâu"))),
			nil,
			&Bullet{Level: 3, Text: Plain("x")},
			&Numbered{Number: -1},
			(*Paragraph)(nil),
		),
		nil,
		{Level: LevelPoint, Title: Plain("lạc chỗ")},
		{Level: 7},
		{Level: LevelPart, Role: "kế hoạch"},
	}
	p.Preamble = Blocks{&Table{}}
	p.Appendices = []*Appendix{nil, NewAppendix("X", &Table{Header: []Text{Plain("A")}, Align: []Align{"justify"}}, ParaText(Plain("a").Note(" ")))}
	got := problems(t, p.Validate())
	assert.Contains(t, got["sections[0].content[0]"], "a point (level 3) cannot stand straight under a part (level 1): expected a section (level 2)")
	assert.NotContains(t, got, "sections[0].content[1]", "a well-nested branch is fine")
	assert.Contains(t, got["sections[0].content[2]"], "is nil")
	assert.Contains(t, got["sections[0].content[3].level"], "bullet level 3")
	assert.Contains(t, got["sections[0].content[4].number"], "negative")
	assert.Contains(t, got["sections[0].content[5]"], "is nil")
	assert.Contains(t, got["sections[1]"], "is nil")
	assert.Contains(t, got["sections[2]"], "cannot stand at the top of the body")
	assert.Contains(t, got["sections[3].level"], "not between 1 (part) and 6")
	assert.Contains(t, got["sections[4].role"], `"kế hoạch" is not a role`)
	assert.Contains(t, got["preamble[0]"], "at least one column")
	assert.Contains(t, got["appendices[0]"], "is nil")
	assert.Contains(t, got["appendices[1].content[0].align[0]"], `"justify" is not left, center or right`)
	assert.Contains(t, got["appendices[1].content[1].text"], "footnote has no text")
}

func TestValidateNilPlan(t *testing.T) {
	var p *Plan
	assert.ErrorContains(t, p.Validate(), "nil")
}

func TestFieldErrorFormat(t *testing.T) {
	assert.Equal(t, "plan.md:12: date: bad", (&FieldError{File: "plan.md", Line: 12, Field: "date", En: "bad"}).Error())
	assert.Equal(t, "plan.md: issuer: is required", (&FieldError{File: "plan.md", Field: "issuer", En: "is required"}).Error())
	assert.Equal(t, "plan.md:30: bad heading", (&FieldError{File: "plan.md", Line: 30, Field: "body", En: "bad heading"}).Error())
	assert.Equal(t, "line 3: x", (&FieldError{Line: 3, En: "x"}).Error())
	errs := Errors{{Field: "a", En: "one", Vi: "một"}, {Field: "b", En: "two", Vi: "hai"}}
	assert.Equal(t, "a: one\nb: two", errs.Error())
	assert.Equal(t, "a: một\nb: hai", errs.Format("vi"))
	assert.Nil(t, Errors(nil).Err())
	assert.Len(t, AsErrors(errs), 2)
	assert.Len(t, AsErrors(&FieldError{En: "x"}), 1)
	assert.Nil(t, AsErrors(errors.New("plain")))
	assert.True(t, strings.Contains(Errors{{En: "x"}}.Err().Error(), "x"))

	// The language chooses the words, and the word for a line without a file.
	e := &FieldError{Line: 3, Field: "date", Code: CodeInvalidDate, Vi: "sai", En: "wrong"}
	assert.Equal(t, "dòng 3: date: sai", e.Format("vi"))
	assert.Equal(t, "line 3: date: wrong", e.Format("en"))
	assert.Equal(t, "dòng 3: date: sai", e.Format(""), "Vietnamese by default")
	assert.Equal(t, "wrong", e.Message("en"))
	assert.Equal(t, "sai", e.Message("vi"))
}

// TestEveryProblemHasCodeAndBothLanguages: every problem Validate finds in
// a plan that breaks every rule it has carries a code and a message in
// each language, and the Vietnamese one is not the English one.
func TestEveryProblemHasCodeAndBothLanguages(t *testing.T) {
	p := minimalPlan()
	p.Issuer, p.Symbol, p.Place, p.Subject = nil, "", "", ""
	p.Type, p.Number, p.Urgency = "TCG", "0", "Gấp"
	p.Date = Date{2025, 2, 30}
	p.Signer.Name = "A\nB"
	p.Signer.Authority = []string{"T/M BAN", "", "KT."}
	p.Recipients = []string{"A; B"}
	p.Preamble = Blocks{&Table{}, &Bullet{Level: 3}, &Numbered{Number: -1}}
	p.Sections = []*Section{nil, {Level: 3}, {Level: 9, Role: "x"}, {Level: 1, Content: Nodes{
		&Section{Level: 4}, nil, NewTable([]string{"A"}, []string{"1", "2"}),
		&Table{Header: []Text{Plain("A")}, Align: []Align{"justify", "left"}},
		ParaText(Plain("a").Note(" ")), ParaText(Plain("a").Note("x")), &Paragraph{Text: Text{{Note: &Footnote{ID: "n", Text: Plain("một")}}, {Note: &Footnote{ID: "n", Text: Plain("hai")}}}},
	}}}
	p.Appendices = []*Appendix{nil}
	codes := map[string]bool{}
	for _, e := range AsErrors(p.Validate()) {
		assert.NotEmpty(t, e.Code, e.Error())
		assert.NotEmpty(t, e.Vi, e.Error())
		assert.NotEmpty(t, e.En, e.Error())
		assert.NotEqual(t, e.Vi, e.En, e.Error())
		assert.Empty(t, langcheck.English(e.Format("vi")))
		assert.Empty(t, langcheck.Vietnamese(e.Format("en")))
		codes[e.Code] = true
	}
	for _, c := range []string{CodeNil, CodeRequired, CodeLineBreak, CodeUnknownType, CodeInvalidNumber, CodeInvalidDate,
		CodeUnknownUrgency, CodeAuthorityPrefix, CodeRecipientList, CodeBulletLevel, CodeNegativeNumber, CodeHeadingLevel,
		CodeHeadingNesting, CodeUnknownRole, CodeTableShape, CodeTableAlign, CodeFootnoteEmpty, CodeFootnoteConflict} {
		assert.True(t, codes[c], "Validate reports %s", c)
	}
	nilErr := AsErrors((*Plan)(nil).Validate())
	require.Len(t, nilErr, 1)
	assert.Equal(t, CodeNil, nilErr[0].Code)
	assert.Equal(t, "không có kế hoạch (nil)", nilErr[0].Format("vi"))
}

// TestRecipientsOneEach: an item that holds several recipients separated
// by ";" is refused, naming its index; a ";" ending an item is the one
// it prints with anyway.
func TestRecipientsOneEach(t *testing.T) {
	p := minimalPlan()
	p.Recipients = []string{"UBND tỉnh (B/c);", "Sở Tài chính; Sở Nội vụ", "Lưu hồ sơ."}
	errs := AsErrors(p.Validate())
	require.Len(t, errs, 1)
	assert.Equal(t, "recipients[1]", errs[0].Field)
	assert.Equal(t, CodeRecipientList, errs[0].Code)
	assert.Equal(t, `recipients[1]: "Sở Tài chính; Sở Nội vụ" holds several recipients separated by ";": write each recipient as an item of its own`, errs[0].Error())
	assert.Contains(t, errs[0].Format("vi"), "ghi mỗi nơi nhận thành một mục riêng")
}

func TestNormalize(t *testing.T) {
	nfd := "Ha\u0300 No\u0323\u0302i" // "Hà Nội" decomposed
	p := minimalPlan()
	p.Place = nfd
	p.Issuer = []string{nfd}
	p.Sections = []*Section{{Level: 1, Title: Text{{Text: nfd}}, Content: Nodes{&Paragraph{Text: Text{{Text: nfd, Note: &Footnote{Text: Text{{Text: nfd}}}}}}}}}
	p.Signer.Name = nfd
	p.Normalize()
	assert.Equal(t, "Hà Nội", p.Place)
	assert.Equal(t, "Hà Nội", p.Issuer[0])
	assert.Equal(t, "Hà Nội", p.Signer.Name)
	assert.Equal(t, "Hà Nội", p.Sections[0].Title.String())
	para := p.Sections[0].Content[0].(*Paragraph)
	assert.Equal(t, "Hà Nội", para.Text[0].Text)
	assert.Equal(t, "Hà Nội", para.Text[0].Note.Text.String())
	assert.True(t, IsNFC(p.Place))
	assert.Equal(t, "Hà Nội", Plain(nfd).String(), "constructors normalise")
}

// TestValidateTableShape: a table has its header row, and no row has more
// cells than the header names columns; a shorter row is padded.
func TestValidateTableShape(t *testing.T) {
	p := minimalPlan()
	p.Sections = []*Section{NewPart("NỘI DUNG", Para("Văn bản."))}
	long := NewTable([]string{"TT", "Nội dung"}, []string{"1", "A", "thừa"}, []string{"2"})
	noHeader := NewTable(nil, []string{"1", "A"})
	p.Sections[0].Content = append(p.Sections[0].Content, long, noHeader)
	err := p.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "rows[0]: has 3 cells, but the header names 2 columns")
	assert.NotContains(t, err.Error(), "rows[1]", "a short row is padded")
	assert.Contains(t, err.Error(), "header: a table needs its header row")

	p = minimalPlan()
	p.Sections = []*Section{NewPart("NỘI DUNG", Para("Văn bản."))}
	aligned := NewTable([]string{"TT", "Nội dung"}, []string{"1", "A"})
	aligned.Align = []Align{AlignCenter, AlignLeft, AlignRight}
	p.Sections[0].Content = append(p.Sections[0].Content, aligned)
	assert.ErrorContains(t, p.Validate(), "align: has 3 entries, but the header names 2 columns: give one alignment per column")
	aligned.Align = aligned.Align[:1]
	assert.NoError(t, p.Validate(), "fewer entries: the rest are the default")
}

// TestValidateOneLineFields: a line break in a field printed on one line
// is an error naming the field.
func TestValidateOneLineFields(t *testing.T) {
	p := minimalPlan()
	p.Place, p.Signer.Name = "Hà\nNội", "Nguyễn\r\nVăn A"
	got := problems(t, p.Validate())
	assert.Equal(t, `"Hà\nNội" has a line break: it prints on one line; write it without the break`, got["place"])
	assert.Contains(t, got["signer.name"], "has a line break")
	p.Place, p.Signer.Name = "Vĩnh\u2028Phúc", "A"
	assert.Contains(t, problems(t, p.Validate())["place"], "has a line break", "a Unicode line separator too")
	p = minimalPlan()
	p.Number, p.Symbol = "12\n5", "KH-\nSTTTT"
	for _, e := range AsErrors(p.Validate()) {
		assert.NotContains(t, e.En, "has a line break", "%s: its own rule speaks, once", e.Field)
	}
}
