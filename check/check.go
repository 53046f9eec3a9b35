package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// Severity says how far a finding departs from Decree 30.
type Severity int

const (
	// SeverityInfo notes something worth knowing that needs no change.
	SeverityInfo Severity = iota
	// SeverityWarning: the decree leaves room, but practice says otherwise.
	SeverityWarning
	// SeverityError: the decree is broken.
	SeverityError
)

var severityNames = [...]string{"info", "warning", "error"}

// severityWords are the severities as a line of kehoach check prints
// them, in Vietnamese and in English.
var severityWords = [...][2]string{{"LƯU Ý", "INFO"}, {"CẢNH BÁO", "WARNING"}, {"LỖI", "ERROR"}}

// Word returns the severity as a printed finding names it, in upper case:
// "ERROR", "WARNING", "INFO" for lang "en", and "LỖI", "CẢNH BÁO", "LƯU Ý"
// in Vietnamese for anything else.
func (s Severity) Word(lang string) string {
	if s < SeverityInfo || s > SeverityError {
		return strings.ToUpper(s.String())
	}
	if lang == "en" {
		return severityWords[s][1]
	}
	return severityWords[s][0]
}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if s < SeverityInfo || s > SeverityError {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// MarshalText encodes the severity by its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if string(b) == n {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("%q is not a severity: use info, warning or error", b)
}

// Finding is one departure from Decree 30 that [Check] found.
type Finding struct {
	// Rule is the rule's stable ID, e.g. "ND30-SYMBOL-FORMAT".
	Rule string `json:"rule"`
	// Severity is the rule's severity.
	Severity Severity `json:"severity"`
	// File and Line locate the finding in a plan read from a file; Line
	// is 0 when unknown.
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	// Field names the field, as the validation errors do: "symbol",
	// "signer.authority[0]", "preamble[1]", "sections[0].title"…
	Field string `json:"field,omitempty"`
	// Code is, for a finding of [RuleInvalid], the kind of problem that
	// keeps the plan from being laid out: the [plan.FieldError]'s Code,
	// e.g. "invalid-date" (see the Code constants of package plan). It is
	// empty for the other rules, whose Rule is their stable ID.
	Code string `json:"code,omitempty"`
	// Vi and En say what is wrong and how to fix it, in Vietnamese and
	// in English.
	Vi string `json:"message_vi"`
	En string `json:"message_en"`
	// Ref is the rule's source, e.g. "Phụ lục I, mục II.3".
	Ref string `json:"ref"`
}

// Message returns the message in a language: "en" for English, anything
// else for Vietnamese.
func (f Finding) Message(lang string) string {
	if lang == "en" {
		return f.En
	}
	return f.Vi
}

// Format returns the finding as one line in a language, "file:line:
// ERROR RULE-ID field: message" ("file:line: LỖI RULE-ID field: thông
// báo" in Vietnamese), leaving out the location parts that are unknown
// (and the path of a body element the line locates, except in a JSON
// plan, where the path is the author's own words).
func (f Finding) Format(lang string) string {
	var b strings.Builder
	if f.File != "" {
		b.WriteString(f.File)
		if f.Line > 0 {
			fmt.Fprintf(&b, ":%d", f.Line)
		}
		b.WriteString(": ")
	} else if f.Line > 0 {
		fmt.Fprintf(&b, "%s %d: ", plan.LineWord(lang), f.Line)
	}
	b.WriteString(f.Severity.Word(lang))
	b.WriteString(" ")
	b.WriteString(f.Rule)
	b.WriteString(" ")
	json := strings.HasSuffix(strings.ToLower(f.File), ".json")
	if f.Field != "" && f.Field != "body" && (f.Line == 0 || json || !plan.IsBodyPath(f.Field)) {
		b.WriteString(f.Field)
		b.WriteString(": ")
	}
	b.WriteString(f.Message(lang))
	return b.String()
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Option changes how [Check] and [Parsed] judge a plan.
type Option func(*checker)

// WithLayout judges the layout rules (KEHOACH-TABLE-WIDE) at l instead of
// [layout.Default], as a writer given the same layout prints the plan.
func WithLayout(l layout.Layout) Option {
	return func(c *checker) { c.layout = l.FontsOr(c.layout.Fonts) } // WithFonts, before or after
}

// WithFonts judges KEHOACH-GLYPH-MISSING against the fonts a writer is
// given ([layout.Fonts]: the text font and its fallbacks) instead of the
// embedded ones, and the layout rules with their widths.
func WithFonts(f *layout.Fonts) Option { return func(c *checker) { c.layout.Fonts = f } }

// Check checks a plan against Decree 30/2020/NĐ-CP and the practice the
// layout contract records, and returns everything that departs from
// them, ordered by line (findings without a line first, in rule order):
// the problems that keep the plan from being laid out ([plan.Plan.Validate],
// as findings of rule KEHOACH-INVALID) and every rule's findings on what
// the plan holds. It never fails and never panics: it reads whatever the
// plan holds, valid or not.
//
// [Rules] lists every rule with its severity, its source and an example.
func Check(p *plan.Plan, opts ...Option) []Finding {
	if p == nil {
		return Parsed(p, nil, opts...)
	}
	return Parsed(p, p.Validate(), opts...)
}

// rulesOnly returns the rules' findings on what the plan holds, without
// its validation problems.
func rulesOnly(p *plan.Plan, opts []Option) []Finding {
	if p == nil {
		return nil
	}
	c := &checker{p: p, layout: layout.Default()}
	for _, o := range opts {
		o(c)
	}
	broken := p.Source != nil && p.Source.FrontMatterBroken
	bodyBroken := p.Source != nil && p.Source.BodyBroken
	for _, pass := range checks {
		switch {
		case pass.front && broken: // a broken front matter's fields are all missing: Validate says why
		case pass.structure && bodyBroken: // parts the reader could not read are missing
		default:
			pass.check(c)
		}
	}
	sort.SliceStable(c.out, func(i, j int) bool { return c.out[i].Line < c.out[j].Line })
	return c.out
}

// checks are the checker's passes in the order of the document; front
// says a pass reads only front-matter fields, structure that it judges
// the body's parts.
var checks = []struct {
	check            func(*checker)
	front, structure bool
}{
	{(*checker).symbol, true, false},
	{(*checker).place, true, false},
	{(*checker).subject, true, false},
	{(*checker).citations, false, false},
	{(*checker).bases, false, false},
	{(*checker).structure, false, true},
	{(*checker).numbering, false, true},
	{(*checker).text, false, false},
	{(*checker).recipients, true, false},
	{(*checker).signer, true, false},
	{(*checker).wideTables, false, false},
	{(*checker).missingGlyphs, false, false},
}

// checker collects findings for one plan.
type checker struct {
	p      *plan.Plan
	layout layout.Layout
	out    []Finding
}

// report adds a finding of a rule at a line or a field.
func (c *checker) report(id string, line int, field, vi, en string) {
	r := ruleByID[id]
	file := ""
	if c.p.Source != nil {
		file = c.p.Source.File
	}
	c.out = append(c.out, Finding{Rule: id, Severity: r.Severity, File: file, Line: line, Field: field, Vi: vi, En: en, Ref: r.Ref})
}

// field reports a finding about a front-matter field, at its line when
// the plan was read from a file.
func (c *checker) field(id, key, vi, en string) {
	c.report(id, c.p.Source.FieldLine(key), key, vi, en)
}

// Parsed returns the findings about a plan as a reader returned it:
// the reader's and Validate's problems (err) as errors of rule
// KEHOACH-INVALID, and [Check]'s findings on what could be read. A field
// that a problem names gets no finding of Check's as well: the problem is
// what keeps the plan from being laid out, which -force cannot change, so
// it is the one shown, as kehoach render shows it. An err that is not a
// list of problems (an unreadable file) is not a finding: the caller
// reports it.
func Parsed(p *plan.Plan, err error, opts ...Option) []Finding {
	problems := plan.AsErrors(err)
	named := map[string]bool{}
	for _, e := range problems {
		if e != nil && e.Field != "" && e.Field != "body" {
			named[e.Field] = true
		}
	}
	r := ruleByID[RuleInvalid]
	var out []Finding
	for _, e := range problems {
		if e == nil {
			continue
		}
		out = append(out, Finding{Rule: RuleInvalid, Severity: r.Severity, File: e.File, Line: e.Line, Field: e.Field,
			Code: e.Code, Vi: e.Vi, En: e.En, Ref: r.Ref})
	}
	for _, f := range rulesOnly(p, opts) {
		if !followsFrom(f, named) {
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// ruleReads names, for the rules that judge one field by another, the
// field they also read: the symbol's first group against the type, the
// position under the authority lines.
var ruleReads = map[string]string{
	RuleSymbolType: "type",
	RuleDeputy:     "signer.authority",
}

// followsFrom reports whether a finding only repeats a problem the reader
// or Validate already reported for a field in named: it concerns that
// field or a part of it ("signer" could not be read, so
// "signer.name" is missing), or its rule reads that field ("type: CV" is
// unknown, so the symbol's "CV" cannot be judged against it).
func followsFrom(f Finding, named map[string]bool) bool {
	within := func(field, member string) bool {
		return field == member || strings.HasPrefix(field, member+".") || strings.HasPrefix(field, member+"[")
	}
	for n := range named {
		if f.Field != "" && within(f.Field, n) {
			return true
		}
		if read, ok := ruleReads[f.Rule]; ok && (within(n, read) || within(read, n)) {
			return true
		}
	}
	return false
}
