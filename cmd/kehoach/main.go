// Command kehoach renders administrative plans (Kế hoạch) written in the
// Markdown authoring format, or as JSON, into the documents an agency
// issues, laid out as Decree 30/2020/NĐ-CP prescribes.
//
// Usage:
//
//	kehoach render [-f md,docx,pdf,json] [-o DIR] [-template FILE.docx] [-force] [-lang vi|en] FILE...
//	kehoach check [-lang vi|en] [-json] FILE...
//
// FILE is a plan in the authoring format (.md) or in the JSON encoding
// (.json). For each FILE and format (by default md, docx and pdf; json
// writes the plan's JSON encoding), render writes DIR/<base>.<ext>, where
// <base> is FILE's name without its extension. Files are written
// atomically: a plan that fails to render leaves no file behind. Render
// prints every problem at once: what stops a plan from being laid out,
// "file:line: field: message", and the compliance checker's warnings and
// errors; it refuses a plan that breaks the decree unless -force is given.
//
// check prints the checker's findings, "file:line: SEVERITY RULE-ID
// field: message", or a JSON array with -json; nothing for a plan that
// passes.
//
// Exit status: 0 on success, 1 when a plan is invalid, breaks the decree
// or cannot be written, 2 on a usage error or an unreadable input.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0
	exitInvalid = 1 // a plan is invalid or could not be written
	exitUsage   = 2 // bad arguments or unreadable input
)

const usage = `kehoach turns Vietnamese administrative plans into official documents.

Usage:
  kehoach render [-f md,docx,pdf,json] [-o DIR] [-template FILE.docx] [-force] [-lang vi|en] FILE...
      render plans (.md or .json) to documents
  kehoach check [-lang vi|en] [-json] FILE...
      check plans against Decree 30; prints nothing for a plan that passes
  kehoach help
      show this help

Run "kehoach render -h" or "kehoach check -h" for the options.
`

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "render":
		return runRender(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "kehoach: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}
