package plan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONShape(t *testing.T) {
	p := minimalPlan()
	p.Date = Date{Year: 2021, Month: 11}
	p.Sections = []*Section{NewPart("NỘI DUNG",
		ParaText(Plain("Thực hiện ").Bold("Chỉ thị").Note("Chỉ thị số 19/CT-TTg.")),
		Dash("gạch"), Num(2, "số"), NewTable([]string{"TT"}, []string{"1"}))}
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, p))
	var none bytes.Buffer
	assert.EqualError(t, WriteJSON(&none, nil), "the plan is nil", "as the writers say")
	assert.Zero(t, none.Len())
	var generic map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &generic))
	assert.Equal(t, "2021-11", generic["date"])
	section := generic["sections"].([]any)[0].(map[string]any)
	assert.Equal(t, "section", section["type"])
	assert.Equal(t, "content", section["role"])
	assert.Equal(t, "NỘI DUNG", section["title"], "plain text is a string")
	content := section["content"].([]any)
	para := content[0].(map[string]any)
	assert.Equal(t, "paragraph", para["type"])
	spans := para["text"].([]any)
	assert.Equal(t, map[string]any{"text": "Chỉ thị", "bold": true}, spans[1])
	assert.Equal(t, map[string]any{"note": map[string]any{"text": "Chỉ thị số 19/CT-TTg."}}, spans[2])
	assert.Equal(t, map[string]any{"type": "bullet", "level": 1.0, "text": "gạch"}, content[1])
	assert.Equal(t, map[string]any{"type": "numbered", "number": 2.0, "text": "số"}, content[2])
	assert.Equal(t, "table", content[3].(map[string]any)["type"])
}

func TestParseJSONErrors(t *testing.T) {
	cases := map[string]string{
		`{"isuer": ["X"]}`: `plan.json:1: isuer: unknown member (did you mean "issuer"?)`,
		"{\n\"issuer\": [\"X\"],\n\"signer\": {\"nam\": \"A\"}}": `plan.json:3: signer.nam: unknown member (did you mean "name"?)`,
		"{\n  \"issuer\": 5\n}":                                  `plan.json:2: issuer: expected an array, found a JSON number`,
		"{\n  \"issuer\": [\"X\"],,\n}":                          `plan.json:2: invalid JSON`,
		``:                                                       `plan.json: empty input: expected a JSON object`,
		`{"issuer": ["X"]`:                                       `plan.json:1: the JSON ends too early`,
		`{} {}`:                                                  `plan.json:1: unexpected data after the plan's JSON object`,
		`{"sections": [{"type": "bullet", "level": 1.5, "text": "x"}]}`: `sections[0].level: expected a whole number, found a JSON number 1.5`,
		`{"date": "15/11/2025"}`:                            `"15/11/2025" is not a date`,
		"{\n\"subject\": \"K\xffhoạch\"\n}":                 `plan.json:2: invalid UTF-8 (byte 0xFF at column 14): save the file as UTF-8`,
		`{"sections": [{"type": "chapter"}]}`:               `unknown node type "chapter"`,
		`{"sections": [{"level": 1}]}`:                      `a body node needs a "type" member`,
		`{"preamble": [{"type": "section", "level": 1}]}`:   `a section cannot stand in the preamble`,
		`{"sections": [{"type": "paragraph", "txt": "a"}]}`: `unknown member`,
		// Recipients are a list, one recipient an item.
		`{"recipients": "A; B"}`:   `plan.json:1: recipients: expected an array, found a JSON string`,
		`{"recipients": ["A; B"]}`: `plan.json:1: recipients[0]: "A; B" holds several recipients separated by ";"`,
		// The line of the member, not where the decoder stopped.
		"{\n\"issuer\": [\"X\"],\n\"plase\": \"P\",\n\"symbol\": \"KH-X\"\n}":                                                                                 `plan.json:3: plase: unknown member (did you mean "place"?)`,
		"{\"sections\": [\n{\"type\": \"section\", \"level\": 1, \"title\": \"A\", \"content\": [\n{\"type\": \"bullet\",\n\"levl\": 1, \"text\": \"x\"}]}]}": `plan.json:4: sections[0].content[0].levl: unknown member (did you mean "level"?)`,
	}
	for in, want := range cases {
		_, err := ParseJSON([]byte(in), "plan.json")
		require.Error(t, err, in)
		errs := AsErrors(err)
		require.NotEmpty(t, errs, in)
		assert.Contains(t, errs.Error(), want, in)
	}
}

// TestParseJSONEveryProblem checks that a JSON plan's problems are all
// reported at once, each at its member's line and under its path, with
// no follow-on problem for a member that did not decode or was misspelt,
// and no structure finding when a node could not be read.
func TestParseJSONEveryProblem(t *testing.T) {
	src := `{
  "isuer": ["SỞ X"],
  "symbol": "KH-X",
  "place": "Hà Nội",
  "date": "2021-02-30",
  "subject": "Thử",
  "urgency": "Khan",
  "sections": [
    {"type": "section", "level": 1, "title": "MỤC ĐÍCH, YÊU CẦU", "content": [
      {"type": "sectoin", "level": 2, "title": "Mục đích"},
      {"type": "bullet", "level": 3, "text": "x"}
    ]},
    {"type": "section", "level": 1, "title": "TỔ CHỨC THỰC HIỆN"}
  ],
  "signer": {"authority": ["KX. GIÁM ĐỐC"], "nam": "Nguyễn Văn A"}
}`
	p, err := ParseJSON([]byte(src), "plan.json")
	require.Error(t, err)
	var got []string
	for _, e := range AsErrors(err) {
		got = append(got, fmt.Sprintf("%d %s", e.Line, e.Field))
	}
	assert.Equal(t, []string{
		"2 isuer", // and not "issuer: is required" as well
		"5 date",
		"7 urgency",
		"10 sections[0].content[0].type",
		"11 sections[0].content[1].level",
		"15 signer.nam",
		"15 signer.authority[0]",
	}, got)
	assert.Contains(t, err.Error(), `plan.json:5: date: "2021-02-30" is not a date`)
	assert.True(t, p.Source.BodyBroken, "the checker is told the body could not be read whole")
}

// TestParseJSONByteOrderMark: a file saved with a UTF-8 byte order mark
// reads like one without.
func TestParseJSONByteOrderMark(t *testing.T) {
	src := `{"issuer": ["SỞ X"], "symbol": "KH-X", "place": "Hà Nội", "subject": "Thử"}`
	withBOM, err := ParseJSON([]byte("\uFEFF"+src), "plan.json")
	require.NoError(t, err)
	without, err := ParseJSON([]byte(src), "plan.json")
	require.NoError(t, err)
	assert.Equal(t, without, withBOM)
}

// TestParseJSONMemberCase: member names match ignoring case, as
// encoding/json matches them and docs/plan-json.md says.
func TestParseJSONMemberCase(t *testing.T) {
	p, err := ParseJSON([]byte(`{"Issuer": ["SỞ X"], "SYMBOL": "KH-X", "Place": "Hà Nội", "subject": "Thử"}`), "plan.json")
	require.NoError(t, err)
	assert.Equal(t, "Hà Nội", p.Place)
	assert.Equal(t, "KH-X", p.Symbol)
}

func TestParseJSONValidates(t *testing.T) {
	_, err := ParseJSON([]byte(`{"issuer": ["X"], "symbol": "KH-X", "place": "P", "type": "ctr"}`), "plan.json")
	got := problems(t, err)
	assert.Contains(t, got["subject"], "is required")
	assert.Len(t, got, 1)
	p, err := ParseJSON([]byte(`{"issuer": ["Ha\u0300 No\u0323\u0302i"], "symbol": "KH-X", "place": "P", "subject": "S", "type": "ctr",
		"sections": [{"type": "section", "level": 1, "title": [{"text": "A"}, {"text": "B"}]}]}`), "")
	require.NoError(t, err)
	assert.Equal(t, "Hà Nội", p.Issuer[0], "JSON input is normalised to NFC")
	assert.Equal(t, DocType("CTr"), p.Type)
	assert.Equal(t, Plain("AB"), p.Sections[0].Title, "adjacent spans of one style merge")
	assert.True(t, strings.HasPrefix(p.Sections[0].Title.String(), "AB"))
}

// TestJSONMemberTwice: a member given twice, in any case, is reported on
// its second line, as a key given twice in the front matter is.
func TestJSONMemberTwice(t *testing.T) {
	src := "{\n\"subject\": \"Cũ\",\n\"Subject\": \"Mới\"\n}"
	_, err := ParseJSON([]byte(src), "p.json")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `p.json:3: Subject: is given twice (first on line 2): keep one`)
}

// TestJSONProblemOnMemberLine: Validate's problem with a member of a node
// is placed on the member's line, not on the node's opening brace.
func TestJSONProblemOnMemberLine(t *testing.T) {
	p := minimalPlan()
	p.Sections = []*Section{NewPart("NỘI DUNG", Para("Văn bản."))}
	p.Sections[0].Content = append(p.Sections[0].Content, NewTable([]string{"TT", "Nội dung"}, []string{"1", "A"}))
	var js bytes.Buffer
	require.NoError(t, WriteJSON(&js, p))
	src := strings.Replace(js.String(), `"rows": [`, `"align": ["left", "middle"],
              "rows": [`, 1)
	_, err := ParseJSON([]byte(src), "p.json")
	require.Error(t, err)
	lines := strings.Split(src, "\n")
	want := 0
	for i, l := range lines {
		if strings.Contains(l, `"align"`) {
			want = i + 1
		}
	}
	assert.Contains(t, err.Error(), fmt.Sprintf("p.json:%d: sections[0].content[", want))
	assert.Contains(t, err.Error(), `"middle" is not left, center or right`)
}

// TestParseJSONProblemsInVietnamese: the JSON reader's problems have a
// code and Vietnamese words, the syntax errors of encoding/json included.
func TestParseJSONProblemsInVietnamese(t *testing.T) {
	for in, want := range map[string]string{
		"{\n  \"issuer\": [\"X\"],,\n}": `p.json:2: JSON sai cú pháp: ký tự ',' đặt sai chỗ, ở chỗ cần tên một thành phần, viết trong ngoặc kép`,
		``:                              `p.json: tệp rỗng: cần một đối tượng JSON`,
		`{"issuer": ["X"]`:              `p.json:1: JSON kết thúc giữa chừng: thiếu dấu đóng } hoặc ]`,
		`{} {}`:                         `p.json:1: còn dữ liệu thừa sau đối tượng JSON của kế hoạch`,
		`[1]`:                           `p.json:1: kế hoạch phải là một đối tượng JSON, không phải một mảng`,
		`{"isuer": ["X"]}`:              `p.json:1: isuer: không có thành phần này trong bản JSON của kế hoạch (có phải là "issuer"?)`,
		"{\n  \"issuer\": 5\n}":         `p.json:2: issuer: phải là một mảng, không phải một số`,
		`{"sections": [{"type": "bullet", "level": 1.5}]}`: `sections[0].level: phải là một số nguyên, không phải một số 1.5`,
		`{"sections": [{"type": "chapter"}]}`:              `sections[0].type: "chapter" không phải loại phần tử của nội dung`,
		`{"sections": [5]}`:                                `sections[0]: phải là một phần tử của nội dung (một đối tượng JSON), không phải một số`,
		`{"sections": [{"level": 1}]}`:                     `sections[0]: phần tử của nội dung thiếu thành phần "type"`,
		`{"sections": [{"type": "paragraph"}]}`:            `sections[0]: phải là một đề mục (section)`,
		`{"preamble": [{"type": "section", "level": 1}]}`:  `preamble[0]: phần mở đầu (preamble) không có đề mục`,
		`{"signer": []}`:                                   `signer: phải là một đối tượng JSON, không phải một mảng`,
		`{"date": "2021-02-30"}`:                           `date: "2021-02-30" không phải ngày hợp lệ: tháng 2 năm 2021 chỉ có 28 ngày, không có ngày 30`,
		"{\"subject\": \"Subject\", \"Subject\": \"B\"}":   `Subject: được ghi hai lần (lần đầu ở dòng 1): chỉ giữ một`,
	} {
		_, err := ParseJSON([]byte(in), "p.json")
		errs := AsErrors(err)
		require.NotEmpty(t, errs, in)
		assert.Contains(t, errs.Format("vi"), want, in)
		for _, e := range errs {
			assert.NotEmpty(t, e.Code, e.Error())
		}
	}
}
