package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
	yaml "go.yaml.in/yaml/v3"
)

// frontKeys are the front-matter keys, in the order the specification lists
// them; issuer_name is this library's addition (see [Plan.IssuerName]).
var frontKeys = []string{"parent", "issuer", "issuer_name", "number", "symbol", "place", "date",
	"subject", "type", "urgency", "draft", "signer", "recipients", "archive"}

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
		r.errs.Add(firstLine+root.Line-1, "", "the front matter must be a list of \"key: value\" lines")
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
		key, at := "front matter", 0
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

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

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
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		line := firstLine + n - 1
		hint := ""
		switch {
		case strings.Contains(m[2], "mapping values are not allowed"):
			hint = ` (a value that contains ": " must be put in quotes)`
		case (strings.Contains(m[2], "cannot start any token") || strings.Contains(m[2], "tab character")) && bytes.Contains(front, []byte("\t")):
			// yaml.v3 names the line before an indenting tab; the tab's
			// own line is the one to fix.
			if !strings.Contains(m[2], "tab") {
				hint = " (indent with spaces: YAML does not allow tabs)"
			}
			line = firstLine + bytes.Count(front[:firstTab(front)], []byte("\n"))
		case strings.Contains(m[2], "alphabetic or numeric character"), strings.Contains(m[2], "unknown anchor"):
			hint = ` (a value that starts with *, & or ! must be put in quotes)`
			if i := bytes.Index(front, []byte(": *")); i >= 0 {
				line = firstLine + bytes.Count(front[:i], []byte("\n"))
			}
		}
		return &plan.FieldError{Line: line, Field: "front matter", Msg: "invalid YAML: " + m[2] + hint}
	}
	return &plan.FieldError{Line: firstLine, Field: "front matter", Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// frontReader converts YAML nodes into the plan's fields.
type frontReader struct {
	r          *mdReader
	lineOffset int
}

func (f *frontReader) line(n *yaml.Node) int { return n.Line + f.lineOffset }

func (f *frontReader) errorf(n *yaml.Node, key, format string, args ...any) {
	f.r.errs.Add(f.line(n), key, format, args...)
}

// mapping walks a mapping node, checking that each key is known and given
// once, and calls set for each key and value.
func (f *frontReader) mapping(m *yaml.Node, prefix string, known []string, set func(key string, v *yaml.Node)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], resolve(m.Content[i+1])
		key := prefix + k.Value
		switch {
		case !contains(known, k.Value):
			f.errorf(k, "", "unknown front-matter key %q%s; the keys are %s", key, textutil.Suggest(k.Value, known), strings.Join(known, ", "))
			continue
		case seen[k.Value]:
			f.errorf(k, key, "is given twice")
			continue
		}
		seen[k.Value] = true
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
		p.Subject = strings.TrimSpace(f.scalar(key, v))
	case "date":
		d, err := plan.ParseDate(f.scalar(key, v))
		if err != nil {
			f.errorf(v, key, "%v", err)
		}
		p.Date = d
	case "type":
		s := f.scalar(key, v)
		if t, ok := plan.LookupDocType(s); ok {
			p.Type = t
		} else if s != "" {
			f.errorf(v, key, "%q is not a document type of Decree 30's table; use KH (Kế hoạch, the default), CTr, PA, ĐA or another abbreviation of Phụ lục III", s)
		}
	case "urgency":
		s := f.scalar(key, v)
		if u, ok := plan.LookupUrgency(s); ok {
			p.Urgency = u
		} else {
			f.errorf(v, key, "%q is not an urgency mark: use Khẩn, Thượng khẩn or Hỏa tốc, or leave it out", s)
		}
	case "draft":
		switch s := strings.ToLower(f.scalar(key, v)); s {
		case "true", "yes":
			p.Draft = true
		case "false", "no", "":
		default:
			f.errorf(v, key, "%q is not true or false", s)
		}
	case "signer":
		if v.Kind != yaml.MappingNode {
			if !isNull(v) {
				f.errorf(v, key, "expected the keys authority, position and name under it")
			}
			return
		}
		f.mapping(v, "signer.", signerKeys, f.signerKey)
	case "recipients":
		p.Recipients = f.lines(key, v)
	case "archive":
		p.Archive = strings.Join(f.lines(key, v), ", ") // [VT, VP] is "VT, VP"
	}
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

// scalar returns a text value, trimmed; a list or mapping is an error.
func (f *frontReader) scalar(key string, v *yaml.Node) string {
	switch {
	case isNull(v):
		return ""
	case v.Kind != yaml.ScalarNode:
		f.errorf(v, key, "expected one value, found %s", kindName(v))
		return ""
	}
	return strings.TrimSpace(v.Value)
}

// lines returns a list of text values; a single value is a list of one.
func (f *frontReader) lines(key string, v *yaml.Node) []string {
	switch {
	case isNull(v):
		return nil
	case v.Kind == yaml.ScalarNode:
		if s := strings.TrimSpace(v.Value); s != "" {
			return []string{s}
		}
		return nil
	case v.Kind != yaml.SequenceNode:
		f.errorf(v, key, "expected a value or a list of values, found %s", kindName(v))
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for i, item := range v.Content {
		item = resolve(item)
		if item.Kind != yaml.ScalarNode {
			hint := ""
			if item.Kind == yaml.MappingNode {
				hint = ` (a line that contains ": " must be put in quotes)`
			}
			f.errorf(item, fmt.Sprintf("%s[%d]", key, i), "expected a line of text, found %s%s", kindName(item), hint)
			continue
		}
		out = append(out, strings.TrimSpace(item.Value))
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

func kindName(v *yaml.Node) string {
	switch v.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "keys"
	}
	return "a value"
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}
