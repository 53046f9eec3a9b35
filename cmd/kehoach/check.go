package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

const checkUsage = `Usage: kehoach check [-lang vi|en] [-json] FILE...

Checks each plan FILE (.md or .json) against Decree 30/2020/NĐ-CP and
prints one finding per line, "file:line: SEVERITY RULE-ID field: message"
(nothing for a plan that passes), or a JSON array of findings with -json.
Exit status: 0 when no finding is an error, 1 when one is (an invalid plan
counts as an error), 2 on a usage error or an unreadable file. Options:
`

// jsonFinding is a finding as -json prints it: every field, and the
// message in the chosen language.
type jsonFinding struct {
	plan.Finding
	Message string `json:"message"`
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "vi", "language of the messages: `vi` or en")
	asJSON := fs.Bool("json", false, "print a JSON array of findings")
	fs.Usage = func() {
		fmt.Fprint(stderr, checkUsage)
		fs.PrintDefaults()
	}
	files, status, ok := parseFiles(fs, args, lang, stderr)
	if !ok {
		return status
	}
	all := []jsonFinding{}
	for _, file := range files {
		p, err := loadPlan(file)
		if isInputError(err) {
			fmt.Fprintf(stderr, "kehoach check: %v\n", err)
			status = exitUsage
			continue
		}
		found := plan.CheckParsed(p, err)
		if plan.HasErrors(found) {
			status = max(status, exitInvalid)
		}
		for _, f := range found {
			if f.File == "" {
				f.File = file
			}
			if *asJSON {
				all = append(all, jsonFinding{f, f.Message(*lang)})
			} else {
				fmt.Fprintln(stdout, f.Format(*lang))
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "kehoach check: %v\n", err)
			return exitUsage
		}
	}
	return status
}

// reportProblems prints a plan's problems for render, one per line in
// line order: what stops the plan from being laid out (err's problems) as
// the reader words them, "file:line: field: message", and the checker's
// warnings and errors as check prints them, leaving out a finding on a
// field that one of err's problems already names, so that what -force
// cannot change is always the one shown. It returns whether the checker
// found an error.
func reportProblems(w io.Writer, file string, p *plan.Plan, err error, lang string) (breaches bool) {
	type problem struct {
		line int
		text string
	}
	var out []problem
	named := map[string]bool{}
	for _, e := range plan.AsErrors(err) {
		out = append(out, problem{e.Line, e.Error()})
		if e.Field != "" && e.Field != "body" {
			named[e.Field] = true
		}
	}
	for _, f := range plan.Check(p) {
		if f.Severity < plan.SeverityWarning || named[f.Field] {
			continue
		}
		if f.File == "" {
			f.File = file
		}
		out = append(out, problem{f.Line, f.Format(lang)})
		breaches = breaches || f.Severity == plan.SeverityError
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].line < out[j].line })
	var b strings.Builder
	for _, pr := range out {
		b.WriteString(pr.text)
		b.WriteByte('\n')
	}
	io.WriteString(w, b.String())
	return breaches
}
