package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
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
	check.Finding
	Message string `json:"message"`
}

// ruleUnreadable is the rule of the finding -json gives a file that could
// not be read at all (missing, a directory, not .md or .json): the file's
// outcome, in the array with the others.
const ruleUnreadable = "KEHOACH-UNREADABLE"

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
			if *asJSON { // the array accounts for every file
				f := check.Finding{Rule: ruleUnreadable, Severity: check.SeverityError, File: file,
					Vi: "không đọc được tệp: " + err.Error(), En: "cannot read the file: " + err.Error()}
				all = append(all, jsonFinding{f, f.Message(*lang)})
			}
			continue
		}
		found := kehoach.Check(p, err)
		if check.HasErrors(found) {
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
