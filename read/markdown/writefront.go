package markdown

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
)

// frontMatter writes the YAML front matter: every field the plan holds,
// in the order of the specification's keys, a field left empty left out.
// A value is written plain when YAML reads it back as the same text, and
// in double quotes otherwise (see yamlValue).
func (w *writer) frontMatter(p *plan.Plan) {
	w.out = append(w.out, "---\n"...)
	w.gapComments()
	w.lines("parent", p.Parent)
	w.lines("issuer", p.Issuer)
	w.blank("issuer", "issuer", len(p.Issuer) == 0)
	w.value("issuer_name", p.IssuerName)
	if n := cleanString(p.Number); textutil.IsDigits(n) && n[0] != '0' {
		w.key("number", n) // "125"; "0130" is quoted, to stay text in any YAML tool
	} else {
		w.value("number", p.Number)
	}
	w.value("symbol", p.Symbol)
	w.blank("symbol", "symbol", p.Symbol == "")
	w.value("place", p.Place)
	w.blank("place", "place", p.Place == "")
	if !p.Date.IsBlank() {
		w.key("date", p.Date.String())
	}
	w.value("subject", p.Subject)
	w.blank("subject", "subject", p.Subject == "")
	w.value("type", string(p.Type))
	w.value("urgency", string(p.Urgency))
	if p.Draft {
		w.key("draft", "true")
	}
	switch {
	case p.Numbering.Written:
		w.key("numbering", "written")
	case len(p.Numbering.Forms) > 0:
		forms := make([]string, len(p.Numbering.Forms))
		for i, f := range p.Numbering.Forms {
			forms[i] = string(f)
		}
		w.key("numbering", flowList(forms))
	}
	if s := p.Signer; len(s.Authority) > 0 || len(s.Position) > 0 || s.Name != "" || w.gapIn("signer") {
		w.out = append(w.out, "signer:\n"...)
		w.lines("  authority", s.Authority)
		w.lines("  position", s.Position)
		w.blank("  position", "signer", len(s.Position) == 0)
		w.value("  name", s.Name)
		w.blank("  name", "signer", s.Name == "")
	}
	w.blank("recipients", "recipients", len(p.Recipients) == 0)
	if len(p.Recipients) > 0 {
		w.out = append(w.out, "recipients:\n"...)
		for _, r := range p.Recipients {
			w.out = append(w.out, "  - "...)
			w.out = append(w.out, yamlValue(r, false)...)
			w.out = append(w.out, '\n')
		}
	}
	w.value("archive", p.Archive)
	w.out = append(w.out, "---\n"...)
}

// key writes "key: value" as given.
func (w *writer) key(key, value string) {
	w.out = append(w.out, key...)
	w.out = append(w.out, ": "...)
	w.out = append(w.out, value...)
	w.out = append(w.out, '\n')
}

// value writes a text field, unless it is empty.
func (w *writer) value(key, s string) {
	if s != "" {
		w.key(key, yamlValue(s, false))
	}
}

// lines writes a field of lines: one line as a value, several (or one
// empty) as a list, "[ỦY BAN NHÂN DÂN, TỈNH ĐỒNG THÁP]"; none, nothing.
func (w *writer) lines(key string, lines []string) {
	switch {
	case len(lines) == 0:
	case len(lines) == 1 && lines[0] != "":
		w.key(key, yamlValue(lines[0], false))
	default:
		w.key(key, flowList(lines))
	}
}

// flowList writes a YAML list on one line.
func flowList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = yamlValue(s, true)
	}
	return "[" + strings.Join(quoted, ", ") + "]"
}

// yamlValue returns s as a YAML value that reads back as s: plain when
// it can be ("SỞ NỘI VỤ", "KH-STTTT"), in double quotes otherwise: a
// value with spaces at its ends, a line break or a control character;
// one that YAML reads as something else than text ("yes", "0130",
// "null"), or as syntax (": ", " #", a leading "-", "[", "*" or quote);
// in a list on one line (inFlow), one with a mark other than ".-()/&'".
func yamlValue(s string, inFlow bool) string {
	s = cleanString(s)
	if plainYAML(s, inFlow) {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	escaped := false // the last character was written as an escape sequence
	for _, r := range s {
		wasEscaped := escaped
		escaped = true
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == 0:
			b.WriteString(`\0`)
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatInt(int64(r)+0x100, 16)[1:])
		case isControl(r) || wasEscaped && unicode.Is(unicode.M, r):
			// A combining mark after "\n" would join the "n" once the
			// reader puts the file in NFC: it is escaped too.
			b.WriteString(`\u`)
			b.WriteString(strings.ToUpper(strconv.FormatInt(int64(r)+0x10000, 16)[1:]))
		default:
			b.WriteRune(r)
			escaped = false
		}
	}
	b.WriteByte('"')
	return b.String()
}

// yamlNumber matches what YAML may read as a number or a date: digits,
// and signs, dots, colons and the like among them ("0130", "1.", "1e3",
// "2021-11-15", "1:20").
var yamlNumber = lazyregexp.New(`^[0-9][0-9_.:eE+\-xXoObB]*$`)

// yamlWords are the plain values YAML reads as a boolean or null.
var yamlWords = map[string]bool{"true": true, "false": true, "yes": true, "no": true, "on": true,
	"off": true, "y": true, "n": true, "null": true}

// plainYAML reports whether s reads back as itself written plain.
func plainYAML(s string, inFlow bool) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	switch {
	case s == "" || !unicode.IsLetter(first) && !unicode.IsDigit(first) || last == ' ' || last == ':':
		return false
	case yamlNumber.MatchString(s) || yamlWords[strings.ToLower(s)]:
		return false
	case strings.Contains(s, ": ") || strings.Contains(s, " #"):
		return false
	}
	for _, r := range s {
		switch {
		case inFlow && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(" .-()/&'", r):
			return false // YAML's flow lists end a plain value at more marks than ",[]{}" ("?")
		case r != ' ' && !unicode.IsPrint(r):
			return false
		}
	}
	return true
}
