package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/read/docx"
)

// jsonFinding is a finding as -json prints it: every field, and the
// message in the chosen language.
type jsonFinding struct {
	check.Finding
	Message string `json:"message"`
}

// ruleUnreadable is the rule of the finding -json gives a file that could
// not be read at all (missing, a directory, not .md or .json): the file's
// outcome, in the array with the others, with the code of its kind.
const ruleUnreadable = "KEHOACH-UNREADABLE"

func runCheck(args []string, stdout, stderr io.Writer) int {
	lang := langOf(args)
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.String("lang", "vi", langOption.in(lang))
	profilePath := profileFlag(fs, lang)
	asJSON := fs.Bool("json", false, msg{"in một mảng JSON các phát hiện", "print a JSON array of findings"}.in(lang))
	fs.Usage = func() {
		fmt.Fprint(stderr, checkUsage.in(lang))
		printOptions(stderr, fs, lang)
	}
	files, status, ok := parseFiles(fs, args, lang, stderr)
	if !ok {
		return status
	}
	lang = fs.Lookup("lang").Value.String() // as parsed, once valid
	var opts []check.Option
	if *profilePath != "" {
		l, problems := loadProfile(*profilePath)
		if problems != nil {
			printLines(stderr, "check", problems, lang)
			return exitUsage
		}
		opts = append(opts, check.WithLayout(l))
	}
	all := []jsonFinding{}
	for _, file := range files {
		p, src, err := loadPlan(file)
		if in := asInputError(err); in != nil {
			fmt.Fprintf(stderr, "kehoach check: %s\n", in.text.in(lang))
			status = exitUsage
			if *asJSON { // the array accounts for every file
				f := check.Finding{Rule: ruleUnreadable, Severity: check.SeverityError, File: file, Code: in.code,
					Vi: "không đọc được tệp: " + in.text.vi, En: "cannot read the file: " + in.text.en}
				all = append(all, jsonFinding{f, f.Message(lang)})
			}
			continue
		}
		found := kehoach.Check(p, err, opts...)
		// A Word file's own layout, as the word processor left it.
		own, err := kehoach.Inspect(src, file)
		if err != nil && !docx.IsUnreadable(err) {
			fmt.Fprintf(stderr, "kehoach check: %s: %s\n", file, describe(err, lang))
		}
		found = append(found, own...)
		if check.HasErrors(found) {
			status = max(status, exitInvalid)
		}
		for _, f := range found {
			if f.File == "" {
				f.File = file
			}
			if *asJSON {
				all = append(all, jsonFinding{f, f.Message(lang)})
			} else {
				fmt.Fprintln(stdout, f.Format(lang))
			}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "kehoach check: %s\n", describe(err, lang))
			return exitUsage
		}
	}
	return status
}
