package markdown

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	yaml "go.yaml.in/yaml/v3"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// frontKeys are the front-matter keys, in the order the specification lists
// them; issuer_name is this library's addition (see [Plan.IssuerName]).
var frontKeys = []string{"parent", "issuer", "issuer_name", "number", "symbol", "place", "date",
	"subject", "type", "urgency", "draft", "numbering", "signer", "recipients", "archive",
	"organ_id", "recipient_ids", "due_date"}

var signerKeys = []string{"authority", "position", "name"}

// frontMatter reads the YAML block; front holds its text, which starts on
// line 2 of the file.
func (r *mdReader) frontMatter(front []byte) {
	const firstLine = 2
	front, controls := stripControls(front, firstLine)
	defer func() { r.reportControls(controls) }()
	var doc yaml.Node
	if err := safeYAML(front, &doc); err != nil {
		r.errs = append(r.errs, yamlError(err, front, firstLine))
		r.frontBroken = true
		return
	}
	if len(doc.Content) == 0 { // only comments or nothing: Validate reports what is missing
		return
	}
	root := resolve(doc.Content[0])
	if root.Kind != yaml.MappingNode {
		r.errs.Add(firstLine+root.Line-1, "", plan.CodeFrontMatterShape,
			"phần khai báo đầu tệp phải gồm các dòng dạng \"khóa: giá trị\"",
			"the front matter must be a list of \"key: value\" lines")
		r.frontBroken = true
		return
	}
	fm := frontReader{r: r, lineOffset: firstLine - 1}
	fm.mapping(root, "", frontKeys, fm.key)
}

// control is a control character found in the front matter.
type control struct {
	line int
	r    rune
}

// stripControls removes the control characters YAML does not allow (C0
// but tab and newline, DEL, C1) from the front matter, and returns where
// they were: the checker reports each on its line and key, as it does in
// the body, and the reader reads the rest rather than failing on the
// whole block.
func stripControls(front []byte, firstLine int) ([]byte, []control) {
	var found []control
	line := firstLine
	out := front[:0:0]
	for _, r := range string(front) {
		if r == '\n' {
			line++
		}
		if r != '\n' && r != '\t' && (r < 0x20 || r >= 0x7F && r <= 0x9F) {
			found = append(found, control{line, r})
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	if found == nil {
		return front, nil
	}
	return out, found
}

// reportControls records each control character found in the front
// matter for the checker, on the key whose value held it: the key that
// starts on its line, or the last one before it (an item of a list).
func (r *mdReader) reportControls(found []control) {
	for _, c := range found {
		key, at := "", 0
		for k, line := range r.plan.Source.Keys {
			if line <= c.line && (line > at || line == at && len(k) > len(key)) {
				key, at = k, line
			}
		}
		r.plan.Source.Controls = append(r.plan.Source.Controls, plan.Control{Line: c.line, Field: key, Rune: c.r})
	}
}

// safeYAML decodes YAML into a node, turning a panic in the YAML library
// into an error: no input may crash the reader.
func safeYAML(src []byte, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("yaml: unreadable front matter (%v)", p)
		}
	}()
	return yaml.Unmarshal(src, n)
}

var yamlLine = lazyregexp.New(`^yaml: line (\d+): (.*)$`)

// firstTab returns the offset of the first tab in the indent of a line
// of front, or of the first tab at all.
func firstTab(front []byte) int {
	for start := 0; start < len(front); {
		end := bytes.IndexByte(front[start:], '\n')
		if end < 0 {
			end = len(front) - start
		}
		line := front[start : start+end]
		indent := len(line) - len(bytes.TrimLeft(line, " \t"))
		if i := bytes.IndexByte(line[:indent], '\t'); i >= 0 {
			return start + i
		}
		start += end + 1
	}
	return bytes.IndexByte(front, '\t')
}

// yamlError turns a YAML syntax error into a problem on the file's line.
func yamlError(err error, front []byte, firstLine int) *plan.FieldError {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := firstLine
	hintVi, hintEn := "", ""
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil { // no line: the first one
		n, _ := strconv.Atoi(m[1])
		line = firstLine + n - 1
		msg = m[2]
	}
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		hintVi = ` (giá trị có chứa ": " phải đặt trong dấu ngoặc kép)`
		hintEn = ` (a value that contains ": " must be put in quotes)`
	case (strings.Contains(msg, "cannot start any token") || strings.Contains(msg, "tab character")) && bytes.Contains(front, []byte("\t")):
		// yaml.v3 names the line before an indenting tab; the tab's
		// own line is the one to fix.
		if !strings.Contains(msg, "tab") {
			hintVi = " (thụt lề bằng dấu cách: YAML không cho dùng ký tự tab)"
			hintEn = " (indent with spaces: YAML does not allow tabs)"
		}
		line = firstLine + bytes.Count(front[:firstTab(front)], []byte("\n"))
	case strings.Contains(msg, "alphabetic or numeric character"), strings.Contains(msg, "unknown anchor"):
		hintVi = ` (giá trị bắt đầu bằng *, & hoặc ! phải đặt trong dấu ngoặc kép)`
		hintEn = ` (a value that starts with *, & or ! must be put in quotes)`
		if i := bytes.Index(front, []byte(": *")); i >= 0 {
			line = firstLine + bytes.Count(front[:i], []byte("\n"))
		}
	}
	return &plan.FieldError{Line: line, Code: plan.CodeYAMLSyntax,
		Vi: "phần khai báo đầu tệp sai cú pháp YAML: " + textutil.YAMLMessageVi(msg) + hintVi,
		En: "front matter: invalid YAML: " + msg + hintEn}
}

// frontReader converts YAML nodes into the plan's fields.
type frontReader struct {
	r          *mdReader
	lineOffset int
}

func (f *frontReader) line(n *yaml.Node) int { return n.Line + f.lineOffset }

// report records a problem with a key's value, at the line of node n.
func (f *frontReader) report(n *yaml.Node, key, code, vi, en string) {
	f.r.errs.Add(f.line(n), key, code, vi, en)
}

// mapping walks a mapping node, checking that each key is known and given
// once, and calls set for each key and value.
func (f *frontReader) mapping(m *yaml.Node, prefix string, known []string, set func(key string, v *yaml.Node)) {
	seen := map[string]int{} // the line of each key read
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], resolve(m.Content[i+1])
		key := prefix + k.Value
		switch {
		case !contains(known, k.Value):
			vi, en := textutil.Suggest(k.Value, known)
			list := strings.Join(known, ", ")
			f.report(k, "", plan.CodeUnknownKey,
				fmt.Sprintf("khóa %q không có trong phần khai báo%s; các khóa là %s", key, vi, list),
				fmt.Sprintf("unknown front-matter key %q%s; the keys are %s", key, en, list))
			continue
		case seen[k.Value] > 0:
			f.report(k, key, plan.CodeDuplicateKey,
				fmt.Sprintf("được ghi hai lần (lần đầu ở dòng %d): chỉ giữ một", seen[k.Value]),
				fmt.Sprintf("is given twice (first on line %d): keep one", seen[k.Value]))
			continue
		}
		seen[k.Value] = f.line(k)
		f.r.plan.Source.Keys[key] = f.line(k)
		set(key, v)
	}
}

// key sets one top-level field.
func (f *frontReader) key(key string, v *yaml.Node) {
	p := f.r.plan
	switch key {
	case "parent":
		p.Parent = f.lines(key, v)
	case "issuer":
		p.Issuer = f.lines(key, v)
	case "issuer_name":
		p.IssuerName = f.scalar(key, v)
	case "number":
		p.Number = f.scalar(key, v)
	case "symbol":
		p.Symbol = f.scalar(key, v)
	case "place":
		p.Place = f.scalar(key, v)
	case "subject":
		p.Subject = f.scalar(key, v)
	case "date":
		p.Date = f.date(key, v)
	case "type":
		// Validate refuses a type the decree's table does not have.
		s := f.scalar(key, v)
		p.Type = plan.DocType(s)
		if t, ok := plan.LookupDocType(s); ok {
			p.Type = t
		}
	case "urgency":
		// Validate refuses an urgency that is none of the decree's.
		s := f.scalar(key, v)
		p.Urgency = plan.Urgency(s)
		if u, ok := plan.LookupUrgency(s); ok {
			p.Urgency = u
		}
	case "draft":
		switch s := strings.ToLower(strings.TrimSpace(f.scalar(key, v))); s {
		case "true", "yes":
			p.Draft = true
		case "false", "no", "":
		default:
			f.report(v, key, plan.CodeInvalidBoolean,
				fmt.Sprintf("%q không hợp lệ: ghi true (văn bản là dự thảo) hoặc false", s),
				fmt.Sprintf("%q is not true or false", s))
		}
	case "numbering":
		// "written", "auto", or the forms of levels 1, 2, …; Validate
		// refuses a form kehoach does not know.
		if v.Kind == yaml.SequenceNode {
			for _, form := range f.lines(key, v) {
				p.Numbering.Forms = append(p.Numbering.Forms, plan.NumberForm(form))
			}
			return
		}
		n, err := plan.ParseNumbering(f.scalar(key, v))
		if err != nil || strings.Contains(f.scalar(key, v), ",") {
			f.report(v, key, plan.CodeNumberForm,
				fmt.Sprintf("%q không hợp lệ: ghi written (đánh số như đã viết), auto (tự động, mặc định) hoặc danh sách kiểu số của từng cấp, ví dụ [I., 1., 1.1., a)]", f.scalar(key, v)),
				fmt.Sprintf("%q: expected written (numbers as written), auto (automatic, the default) or the list of each level's form, e.g. [I., 1., 1.1., a)]", f.scalar(key, v)))
			return
		}
		p.Numbering = n
	case "signer":
		if v.Kind != yaml.MappingNode {
			if !isNull(v) {
				f.report(v, key, plan.CodeWrongKind,
					"phải gồm các khóa authority, position và name ở các dòng bên dưới",
					"expected the keys authority, position and name under it")
			}
			return
		}
		f.mapping(v, "signer.", signerKeys, f.signerKey)
	case "recipients":
		p.Recipients = f.recipients(key, v)
	case "archive":
		p.Archive = strings.Join(f.lines(key, v), ", ") // [VT, VP] is "VT, VP"
	case "organ_id": // the exchange record's (plan/exchange.go); Validate checks the syntax
		p.OrganID = f.scalar(key, v)
	case "recipient_ids":
		p.RecipientIDs = f.lines(key, v)
	case "due_date":
		p.DueDate = f.date(key, v)
	}
}

// date reads a date value, reporting one that is not a date.
func (f *frontReader) date(key string, v *yaml.Node) plan.Date {
	d, err := plan.ParseDate(f.scalar(key, v))
	if err != nil {
		f.r.errs.AddError(f.line(v), key, err)
	}
	return d
}

func (f *frontReader) signerKey(key string, v *yaml.Node) {
	s := &f.r.plan.Signer
	switch key {
	case "signer.authority":
		s.Authority = f.lines(key, v)
		for i := range s.Authority {
			f.r.plan.Source.Keys[fmt.Sprintf("%s[%d]", key, i)] = f.itemLine(v, i)
		}
	case "signer.position":
		s.Position = f.lines(key, v)
	case "signer.name":
		s.Name = f.scalar(key, v)
	}
}

// itemLine returns the line of the i-th item of a list node (or of the
// scalar itself).
func (f *frontReader) itemLine(v *yaml.Node, i int) int {
	if v.Kind == yaml.SequenceNode && i < len(v.Content) {
		return f.line(v.Content[i])
	}
	return f.line(v)
}

// recipients returns the recipients, one an item; one value that lists
// several, "A; B; C", is the list the author meant, and the line of each
// item is recorded for the problems about it.
func (f *frontReader) recipients(key string, v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode && !isNull(v) {
		var out []string
		for _, r := range strings.Split(v.Value, ";") {
			if r = strings.TrimSpace(r); r != "" {
				out = append(out, r)
			}
		}
		return out
	}
	out := f.lines(key, v)
	for i := range out {
		f.r.plan.Source.Keys[fmt.Sprintf("%s[%d]", key, i)] = f.itemLine(v, i)
	}
	return out
}

// scalar returns a text value ([valueText]); a list or mapping is an
// error.
func (f *frontReader) scalar(key string, v *yaml.Node) string {
	switch {
	case isNull(v):
		return ""
	case v.Kind != yaml.ScalarNode:
		kind := kindName(v)
		f.report(v, key, plan.CodeWrongKind, "phải là một giá trị, không phải "+kind.vi, "expected one value, found "+kind.en)
		return ""
	}
	return valueText(v)
}

// valueText returns a scalar's text: trimmed when written plain, as it
// is when quoted, so that a quoted value keeps the spaces at its ends (as
// the JSON encoding keeps them, and [Write] quotes them).
func valueText(v *yaml.Node) string {
	if v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return v.Value
	}
	return strings.TrimSpace(v.Value)
}

// lines returns a list of text values ([valueText]); a single value is a
// list of one.
func (f *frontReader) lines(key string, v *yaml.Node) []string {
	switch {
	case isNull(v):
		return nil
	case v.Kind == yaml.ScalarNode:
		if s := valueText(v); s != "" {
			return []string{s}
		}
		return nil
	case v.Kind != yaml.SequenceNode:
		kind := kindName(v)
		f.report(v, key, plan.CodeWrongKind,
			"phải là một giá trị hoặc một danh sách giá trị, không phải "+kind.vi,
			"expected a value or a list of values, found "+kind.en)
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for i, item := range v.Content {
		item = resolve(item)
		if item.Kind != yaml.ScalarNode {
			kind := kindName(item)
			hintVi, hintEn := "", ""
			if item.Kind == yaml.MappingNode {
				hintVi, hintEn = ` (dòng có chứa ": " phải đặt trong dấu ngoặc kép)`, ` (a line that contains ": " must be put in quotes)`
			}
			f.report(item, fmt.Sprintf("%s[%d]", key, i), plan.CodeWrongKind,
				"phải là một dòng chữ, không phải "+kind.vi+hintVi, "expected a line of text, found "+kind.en+hintEn)
			continue
		}
		out = append(out, valueText(item))
	}
	return out
}

// resolve follows an alias to the node it names.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}

func isNull(v *yaml.Node) bool {
	return v.Kind == yaml.ScalarNode && v.Tag == "!!null"
}

// kind is the name of a kind of YAML node, in Vietnamese and in English.
type kind struct{ vi, en string }

func kindName(v *yaml.Node) kind {
	switch v.Kind {
	case yaml.SequenceNode:
		return kind{"một danh sách", "a list"}
	case yaml.MappingNode:
		return kind{"các khóa", "keys"}
	}
	return kind{"một giá trị", "a value"}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}
