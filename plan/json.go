package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/kehoach/kehoach/internal/lazyregexp"
)

// The JSON encoding of a plan is the [Plan] struct's fields under their
// snake_case names, with these conventions:
//
//   - text ([Text]) is a plain string when it has no styles or footnotes, and
//     otherwise an array of spans {"text", "bold", "italic", "note"}, where
//     "note" is a footnote {"text": …}; a text of one span may be written
//     as the span alone, without its array;
//   - a date is a string in the authoring format ("2021-11-15", "2021-11",
//     "2021" or "");
//   - body nodes ([Nodes], [Blocks]) are objects with a "type" member:
//     {"type": "section", "level", "title", "role", "content"},
//     {"type": "paragraph", "text"}, {"type": "bullet", "level", "text"},
//     {"type": "numbered", "number", "text"} and
//     {"type": "table", "header", "rows", "align"}.
//
// A minimal plan:
//
//	{
//	  "issuer": ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"],
//	  "symbol": "KH-STTTT",
//	  "place": "Vĩnh Phúc",
//	  "date": "2021-11",
//	  "subject": "Phát động phong trào thi đua năm 2022",
//	  "sections": [{"type": "section", "level": 1, "title": "MỤC ĐÍCH, YÊU CẦU",
//	    "content": [{"type": "bullet", "level": 1, "text": "Tiếp tục …"}]}],
//	  "signer": {"position": ["GIÁM ĐỐC"], "name": "Nguyễn Bá Hiến"}
//	}
//
// Source lines are not part of the encoding.

// WriteJSON writes the plan's JSON encoding, indented, with "<", ">" and
// "&" left as they are.
func WriteJSON(w io.Writer, p *Plan) error {
	if p == nil {
		return Errors{nilPlan()}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(p)
}

// ParseJSON reads a plan from its JSON encoding, normalises its text to
// NFC and validates it. Unknown members, and members given twice, are
// errors. Every problem is reported at once, with its line and its path
// in the model ("signer.authority[0]"); on error the returned plan holds
// what could be read, and the error is [Errors].
//
// It reads within [limits.Default], or the limits of [WithLimits]: the
// file's size (PlanSize), how deep its arrays and objects nest (Depth,
// checked before decoding), how many body nodes it holds (Nodes,
// counted while decoding, which stops past the limit), and the counts
// [CheckCounts] checks.
func ParseJSON(data []byte, file string, opts ...ReadOption) (*Plan, error) {
	cfg := readOptions(opts)
	p := &Plan{}
	broken := func() { p.Source = &Source{File: file, FrontMatterBroken: true, BodyBroken: true, JSON: true} }
	if e := SizeError(len(data), cfg.limits); e != nil {
		broken()
		return p, Errors{e}.WithFile(file)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // as editors on Windows save UTF-8
	if at := jsonDepth(data, cfg.limits.Depth); at >= 0 {
		broken()
		return p, Errors{DepthError(lineAt(data, at), "the JSON", "JSON", cfg.limits.Depth)}.WithFile(file)
	}
	if errs := CheckUTF8(data); errs != nil {
		// encoding/json would read each bad byte as U+FFFD, silently.
		p.Source = &Source{File: file, FrontMatterBroken: true, BodyBroken: true, JSON: true}
		return p, errs.WithFile(file)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		// Not JSON at all: nothing was read, so nothing is missing
		// because the author left it out, which the checker must know.
		p.Source = &Source{File: file, FrontMatterBroken: true, BodyBroken: true, JSON: true}
		return p, Errors{jsonError(data, dec, err)}.WithFile(file)
	}
	if dec.More() {
		p.Source = &Source{File: file, FrontMatterBroken: true, BodyBroken: true, JSON: true}
		return p, Errors{{Line: lineAt(data, int(dec.InputOffset())), Code: CodeTrailingData,
			Vi: "còn dữ liệu thừa sau đối tượng JSON của kế hoạch", En: "unexpected data after the plan's JSON object"}}.WithFile(file)
	}
	if raw[0] != '{' {
		kind := jsonValueKind(raw)
		p.Source = &Source{File: file, FrontMatterBroken: true, BodyBroken: true, JSON: true}
		return p, Errors{{Line: lineAt(data, int(dec.InputOffset())-len(raw)), Code: CodeWrongKind,
			Vi: "kế hoạch phải là một đối tượng JSON, không phải " + kind.vi, En: "expected the plan, a JSON object, found " + kind.en}}.WithFile(file)
	}
	r := newJSONReader(data, cfg.limits.Nodes)
	r.object(int(dec.InputOffset())-len(raw), raw, "", reflect.ValueOf(p).Elem(), "")
	if r.over { // stopped at the limit, without decoding the rest
		broken()
		return p, Errors{NodesError(r.nodeCount, cfg.limits)}.WithFile(file)
	}
	if t, ok := LookupDocType(string(p.Type)); ok {
		p.Type = t
	}
	if e := CheckCounts(p, cfg.limits); e != nil {
		broken()
		return p, Errors{e}.WithFile(file)
	}
	p.Normalize()
	p.Source = &Source{File: file, Keys: r.keys, FrontMatterLine: 1, JSON: true}
	for _, e := range r.errs {
		if IsBodyPath(e.Field) {
			p.Source.BodyBroken = true // a node that could not be read is missing
		}
	}
	return p, MergeProblems(r.errs, AsErrors(p.Validate())).WithFile(file).Err()
}

var unknownField = lazyregexp.New(`^(.*?)json: unknown field "(.*)"$`)

// jsonError turns the error of reading a file's one JSON value, as raw
// bytes, into a problem with a line: the JSON is malformed, or absent.
// (What the value holds is the member-by-member reader's to judge.)
func jsonError(data []byte, dec *json.Decoder, err error) *FieldError {
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &syntax):
		return &FieldError{Line: lineAt(data, int(syntax.Offset)), Code: CodeJSONSyntax,
			Vi: "JSON sai cú pháp: " + jsonSyntaxVi(syntax.Error()), En: "invalid JSON: " + syntax.Error()}
	case errors.Is(err, io.EOF):
		return &FieldError{Code: CodeEmptyInput, Vi: "tệp rỗng: cần một đối tượng JSON", En: "empty input: expected a JSON object"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &FieldError{Line: lineAt(data, len(data)), Code: CodeJSONTruncated,
			Vi: "JSON kết thúc giữa chừng: thiếu dấu đóng } hoặc ]", En: "the JSON ends too early"}
	}
	return &FieldError{Line: lineAt(data, int(dec.InputOffset())), Code: CodeJSONSyntax,
		Vi: "JSON không đọc được", En: err.Error()}
}

// words is a phrase in Vietnamese and in English, for the parts of
// messages.
type words struct{ vi, en string }

// jsonKind names a Go kind in the words of JSON.
func jsonKind(k reflect.Kind) words {
	switch k {
	case reflect.Slice, reflect.Array:
		return words{"một mảng", "an array"}
	case reflect.String:
		return words{"một chuỗi", "a string"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return words{"một số nguyên", "a whole number"}
	case reflect.Float32, reflect.Float64:
		return words{"một số", "a number"}
	case reflect.Bool:
		return words{"true hoặc false", "true or false"}
	}
	return words{"một đối tượng", "an object"}
}

var jsonMembers = []string{"parent", "issuer", "issuer_name", "type", "number", "symbol", "place",
	"date", "subject", "urgency", "draft", "numbering", "bases", "preamble", "sections", "recipients", "archive",
	"signer", "appendices", "authority", "position", "name", "title", "orientation", "content", "level", "label",
	"role", "text", "header", "rows", "header_rows", "merges", "widths", "align", "row", "col", "cols",
	"bold", "italic", "note", "id", "organ_id", "recipient_ids", "due_date"}

// lineAt returns the 1-based line of a byte offset.
func lineAt(data []byte, offset int) int {
	offset = min(max(offset, 0), len(data))
	return bytes.Count(data[:offset], []byte{'\n'}) + 1
}

// MarshalJSON encodes text as a string when it is one plain span, and as an
// array of spans otherwise.
func (t Text) MarshalJSON() ([]byte, error) {
	switch {
	case len(t) == 0:
		return []byte(`""`), nil
	case len(t) == 1 && t[0].sameStyle(Span{}):
		return marshalNoEscape(t[0].Text)
	}
	return marshalNoEscape([]Span(t))
}

// UnmarshalJSON decodes a string or an array of spans.
func (t *Text) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = Plain(s)
		return nil
	}
	if len(b) > 0 && b[0] == '{' { // one span, written without its array
		var span Span
		if err := strictUnmarshal(b, &span); err != nil {
			return err
		}
		*t = Text{span}.Compact()
		return nil
	}
	var spans []Span
	if err := strictUnmarshal(b, &spans); err != nil {
		return err
	}
	*t = Text(spans).Compact()
	return nil
}

func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func strictUnmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// Node type names in JSON.
const (
	jsonSection   = "section"
	jsonParagraph = "paragraph"
	jsonBullet    = "bullet"
	jsonNumbered  = "numbered"
	jsonTable     = "table"
)

// withType encodes v, a struct, as a JSON object whose first member is
// "type": typ.
func withType(typ string, v any) ([]byte, error) {
	b, err := marshalNoEscape(v)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(b)+len(typ)+12)
	out = append(out, `{"type":"`...)
	out = append(out, typ...)
	out = append(out, '"')
	if len(b) > 2 {
		out = append(out, ',')
	}
	return append(out, b[1:]...), nil
}

// MarshalJSON encodes a section with "type": "section".
func (s *Section) MarshalJSON() ([]byte, error) {
	type plain Section
	return withType(jsonSection, (*plain)(s))
}

// MarshalJSON encodes a paragraph with "type": "paragraph".
func (b *Paragraph) MarshalJSON() ([]byte, error) {
	type plain Paragraph
	return withType(jsonParagraph, (*plain)(b))
}

// MarshalJSON encodes a bullet with "type": "bullet".
func (b *Bullet) MarshalJSON() ([]byte, error) {
	type plain Bullet
	return withType(jsonBullet, (*plain)(b))
}

// MarshalJSON encodes a numbered paragraph with "type": "numbered".
func (b *Numbered) MarshalJSON() ([]byte, error) {
	type plain Numbered
	return withType(jsonNumbered, (*plain)(b))
}

// MarshalJSON encodes a table with "type": "table".
func (b *Table) MarshalJSON() ([]byte, error) {
	type plain Table
	return withType(jsonTable, (*plain)(b))
}

// UnmarshalJSON decodes an array of typed nodes.
func (ns *Nodes) UnmarshalJSON(b []byte) error {
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return err
	}
	out := make(Nodes, len(raws))
	for i, raw := range raws {
		n, err := unmarshalNode(raw)
		if err != nil {
			return fmt.Errorf("[%d]: %w", i, err)
		}
		out[i] = n
	}
	*ns = out
	return nil
}

// UnmarshalJSON decodes an array of typed blocks (no sections).
func (bs *Blocks) UnmarshalJSON(b []byte) error {
	var ns Nodes
	if err := ns.UnmarshalJSON(b); err != nil {
		return err
	}
	out := make(Blocks, len(ns))
	for i, n := range ns {
		blk, ok := n.(Block)
		if !ok {
			return fmt.Errorf("[%d]: %w", i, sectionInPreamble())
		}
		out[i] = blk
	}
	*bs = out
	return nil
}

// unmarshalNode decodes one node by its "type" member, rejecting members
// its type does not have.
func unmarshalNode(raw json.RawMessage) (Node, error) {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(raw, &members); err != nil {
		return nil, err
	}
	var typ string
	if t, ok := members["type"]; !ok || json.Unmarshal(t, &typ) != nil {
		return nil, noNodeType()
	}
	node, target, err := newNode(typ)
	if err != nil {
		return nil, err
	}
	delete(members, "type")
	rest, err := json.Marshal(members)
	if err != nil {
		return nil, err
	}
	return node, strictUnmarshal(rest, target)
}

// noNodeType is the problem of a body node without its "type".
func noNodeType() *FieldError {
	return problem(CodeNodeType,
		`phần tử của nội dung thiếu thành phần "type": section, paragraph, bullet, numbered hoặc table`,
		`a body node needs a "type" member: section, paragraph, bullet, numbered or table`)
}

// sectionInPreamble is the problem of a section among the preamble's
// paragraphs.
func sectionInPreamble() *FieldError {
	return problem(CodeMisplacedNode,
		"phần mở đầu (preamble) không có đề mục: đề mục (section) chỉ đứng trong sections",
		"a section cannot stand in the preamble")
}

// newNode returns an empty node of a JSON type name, and what to decode
// its members into.
func newNode(typ string) (node Node, target any, err error) {
	switch typ {
	case jsonSection:
		sec := &Section{}
		return sec, (*sectionFields)(sec), nil
	case jsonParagraph:
		node = &Paragraph{}
	case jsonBullet:
		node = &Bullet{}
	case jsonNumbered:
		node = &Numbered{}
	case jsonTable:
		node = &Table{}
	default:
		return nil, nil, problem(CodeNodeType,
			fmt.Sprintf("%q không phải loại phần tử của nội dung: dùng section, paragraph, bullet, numbered hoặc table", typ),
			fmt.Sprintf("unknown node type %q: expected section, paragraph, bullet, numbered or table", typ))
	}
	return node, node, nil
}

// sectionFields decodes a section's members without Section's own
// UnmarshalJSON.
type sectionFields Section

func (*sectionFields) node() {}

// UnmarshalJSON decodes a section, which carries "type": "section" like
// every body node.
func (s *Section) UnmarshalJSON(b []byte) error {
	n, err := unmarshalNode(b)
	if err != nil {
		return err
	}
	sec, ok := n.(*Section)
	if !ok {
		return problem(CodeMisplacedNode, "phải là một đề mục (section), không phải phần tử loại khác",
			"expected a section, found a node of another type")
	}
	*s = *sec
	return nil
}
