package plan

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/kehoach/kehoach/internal/textutil"
)

// jsonReader decodes a plan's JSON encoding member by member, rather than
// in one json.Unmarshal that stops at the first problem: it reports every
// problem at once, each with the line of its member and its path in the
// model ("signer.authority[0]", "sections[0].content[2].level"), and
// records the lines for the checks that run after it.
type jsonReader struct {
	newlines []int // the offsets of the file's line ends, for line numbers
	errs     Errors
	keys     map[string]int // member path → line
	// nodeCount counts the body nodes read, to stop reading (over) past
	// maxNodes: each costs a few kilobytes to decode.
	nodeCount, maxNodes int
	over                bool
}

func newJSONReader(data []byte, maxNodes int) *jsonReader {
	r := &jsonReader{keys: map[string]int{}, maxNodes: maxNodes}
	for i, c := range data {
		if c == '\n' {
			r.newlines = append(r.newlines, i)
		}
	}
	return r
}

// line returns the 1-based line of a byte offset of the file: one more
// than the line ends before it (as [lineAt], without counting them again
// for every member).
func (r *jsonReader) line(off int) int { return sort.SearchInts(r.newlines, off) + 1 }

var (
	nodesType    = reflect.TypeFor[Nodes]()
	blocksType   = reflect.TypeFor[Blocks]()
	sectionsType = reflect.TypeFor[[]*Section]()
)

// value decodes the JSON value raw, found at byte offset off of the file,
// into v, the model's field at path.
func (r *jsonReader) value(off int, raw []byte, path string, v reflect.Value) {
	if string(raw) == "null" { // as encoding/json: null leaves the field as it is
		return
	}
	switch t := v.Type(); {
	case t == nodesType || t == blocksType || t == sectionsType:
		r.nodes(off, raw, path, v)
	case t.Kind() == reflect.Struct && !reflect.PointerTo(t).Implements(unmarshalerType) && !reflect.PointerTo(t).Implements(textUnmarshalerType):
		r.object(off, raw, path, v, "")
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Pointer && t.Elem().Elem().Kind() == reflect.Struct:
		// []*Appendix: an array of objects.
		r.array(off, raw, path, v, func(off int, raw []byte, path string) (reflect.Value, bool) {
			elem := reflect.New(t.Elem().Elem())
			r.object(off, raw, path, elem.Elem(), "")
			setLine(elem.Elem(), r.line(off))
			return elem, true
		})
	default:
		if err := strictUnmarshal(raw, v.Addr().Interface()); err != nil {
			r.fail(off, path, err)
		}
	}
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// object decodes a JSON object into the struct v, member by member,
// skipping the member named skip.
func (r *jsonReader) object(off int, raw []byte, path string, v reflect.Value, skip string) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		kind := jsonValueKind(raw)
		r.errs.Add(r.line(off), path, CodeWrongKind, "phải là một đối tượng JSON, không phải "+kind.vi, "expected an object, found "+kind.en)
		return
	}
	seen := map[string]int{} // line of each member read, by its canonical name
	for dec.More() && !r.over {
		tok, err := dec.Token()
		if err != nil {
			return // cannot happen: the file is valid JSON
		}
		name := tok.(string)
		line := r.line(off + int(dec.InputOffset()))
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return
		}
		if name == skip {
			continue
		}
		member := joinPath(path, name)
		field, ok := structField(v.Type(), name)
		if !ok {
			r.unknownMember(line, member, name)
			continue
		}
		canonical := fmt.Sprint(field)
		if first, ok := seen[canonical]; ok {
			r.errs.Add(line, member, CodeDuplicateKey,
				fmt.Sprintf("được ghi hai lần (lần đầu ở dòng %d): chỉ giữ một", first),
				fmt.Sprintf("is given twice (first on line %d): keep one", first))
			continue
		}
		seen[canonical] = line
		r.keys[member] = line
		r.value(off+int(dec.InputOffset())-len(val), val, member, v.FieldByIndex(field))
	}
}

// array decodes a JSON array into the slice v, one element at a time with
// elem, which returns the element and whether to keep it.
func (r *jsonReader) array(off int, raw []byte, path string, v reflect.Value, elem func(off int, raw []byte, path string) (reflect.Value, bool)) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		kind := jsonValueKind(raw)
		r.errs.Add(r.line(off), path, CodeWrongKind, "phải là một mảng JSON, không phải "+kind.vi, "expected an array, found "+kind.en)
		return
	}
	out := reflect.MakeSlice(v.Type(), 0, 0)
	for i := 0; dec.More() && !r.over; i++ {
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return
		}
		if e, ok := elem(off+int(dec.InputOffset())-len(val), val, fmt.Sprintf("%s[%d]", path, i)); ok {
			out = reflect.Append(out, e)
		}
	}
	v.Set(out)
}

// nodes decodes an array of typed body nodes: the body, a section's
// content, an appendix's content or the preamble (no sections).
func (r *jsonReader) nodes(off int, raw []byte, path string, v reflect.Value) {
	// A node that cannot be read leaves an empty one in its place, so that
	// the nodes after it keep the paths the author sees in the file.
	placeholder := func(line int) reflect.Value {
		if v.Type() == sectionsType {
			return reflect.ValueOf(&Section{Level: LevelPart, Line: line})
		}
		return reflect.ValueOf(Node(&Paragraph{Line: line}))
	}
	r.array(off, raw, path, v, func(off int, raw []byte, path string) (reflect.Value, bool) {
		if r.nodeCount++; r.nodeCount > r.maxNodes {
			r.over = true
			return reflect.Value{}, false
		}
		line := r.line(off)
		n := r.node(off, raw, path)
		if n == nil {
			return placeholder(line), true
		}
		_, isSection := n.(*Section)
		switch {
		case v.Type() == blocksType && isSection:
			r.errs.AddError(line, path, sectionInPreamble())
			return placeholder(line), true
		case v.Type() == sectionsType && !isSection:
			r.errs.Add(line, path, CodeMisplacedNode,
				"phải là một đề mục (section): đoạn văn trước mục đầu tiên thuộc phần mở đầu (preamble)",
				"expected a section: text before the first part belongs in the preamble")
			return placeholder(line), true
		}
		return reflect.ValueOf(n), true
	})
}

// node decodes one body node by its "type" member, or reports why it
// cannot and returns nil.
func (r *jsonReader) node(off int, raw []byte, path string) Node {
	line := r.line(off)
	var head struct {
		Type *string `json:"type"`
	}
	if json.Unmarshal(raw, &head) != nil || !bytes.HasPrefix(raw, []byte("{")) {
		kind := jsonValueKind(raw)
		r.errs.Add(line, path, CodeWrongKind, "phải là một phần tử của nội dung (một đối tượng JSON), không phải "+kind.vi,
			"expected a body node, an object, found "+kind.en)
		return nil
	}
	if head.Type == nil {
		r.errs.AddError(line, path, noNodeType())
		return nil
	}
	n, target, err := newNode(*head.Type)
	if err != nil {
		r.errs.AddError(line, path+".type", err)
		return nil
	}
	v := reflect.ValueOf(target).Elem()
	r.object(off, raw, path, v, "type")
	setLine(v, line)
	return n
}

// fail reports a value that does not decode, in the words of JSON.
func (r *jsonReader) fail(off int, path string, err error) {
	line := r.line(off)
	var typ *json.UnmarshalTypeError
	var fe *FieldError
	switch {
	case errors.As(err, &typ):
		where := path
		if typ.Field != "" {
			where = joinPath(path, typ.Field)
		}
		want := jsonKind(typ.Type.Kind())
		r.errs.Add(line, where, CodeWrongKind,
			fmt.Sprintf("phải là %s, không phải %s", want.vi, jsonTypeValueVi(typ.Value)),
			fmt.Sprintf("expected %s, found a JSON %s", want.en, typ.Value))
	case errors.As(err, &fe): // a date, read by its UnmarshalText
		r.errs.AddError(line, path, fe)
	default:
		if m := unknownField.FindStringSubmatch(err.Error()); m != nil {
			r.unknownMember(line, joinPath(path, m[2]), m[2])
			return
		}
		r.errs.AddError(line, path, errors.New(strings.TrimPrefix(err.Error(), "json: ")))
	}
}

// unknownMember reports a member the model does not have, with the one
// most likely meant.
func (r *jsonReader) unknownMember(line int, path, name string) {
	vi, en := textutil.Suggest(name, jsonMembers)
	r.errs.Add(line, path, CodeUnknownKey, "không có thành phần này trong bản JSON của kế hoạch"+vi, "unknown member"+en)
}

// jsonTypeValueVi words in Vietnamese what encoding/json found instead of
// a value of the expected kind: "number 1.5", "string", "bool"…
func jsonTypeValueVi(found string) string {
	kind, rest, _ := strings.Cut(found, " ")
	vi, ok := map[string]string{"number": "một số", "string": "một chuỗi", "bool": "giá trị true/false",
		"array": "một mảng", "object": "một đối tượng"}[kind]
	if !ok {
		return "giá trị " + found
	}
	if rest != "" {
		vi += " " + rest
	}
	return vi
}

// structField returns the index of the struct field whose JSON name is
// name, matched as encoding/json matches it: exactly, else ignoring case.
func structField(t reflect.Type, name string) ([]int, bool) {
	var folded []int
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "" || tag == "-" {
			continue
		}
		if tag == name {
			return f.Index, true
		}
		if folded == nil && strings.EqualFold(tag, name) {
			folded = f.Index
		}
	}
	return folded, folded != nil
}

// setLine sets a model struct's source line, where it has one.
func setLine(v reflect.Value, line int) {
	if f := v.FieldByName("Line"); f.IsValid() && f.CanSet() && f.Kind() == reflect.Int {
		f.SetInt(int64(line))
	}
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// jsonValueKind names the kind of a JSON value by its first byte.
func jsonValueKind(raw []byte) words {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return words{"không có gì", "nothing"}
	}
	switch raw[0] {
	case '{':
		return words{"một đối tượng", "an object"}
	case '[':
		return words{"một mảng", "an array"}
	case '"':
		return words{"một chuỗi", "a string"}
	case 't', 'f':
		return words{"giá trị true/false", "true or false"}
	case 'n':
		return words{"null", "null"}
	}
	return words{"một số", "a number"}
}
