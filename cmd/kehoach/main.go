// Command kehoach renders administrative plans (Kế hoạch) written in the
// Markdown authoring format, or as JSON, into the documents an agency
// issues, laid out as Decree 30/2020/NĐ-CP prescribes.
//
// Usage:
//
//	kehoach render [-f md,docx,pdf,json] [-o DIR] [-template FILE.docx] [-font DIR] [-font-fallback FILE]... [-force] [-lang vi|en] FILE...
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
// field: message" (the severity LỖI, CẢNH BÁO or LƯU Ý in Vietnamese,
// ERROR, WARNING or INFO in English), or a JSON array with -json; nothing
// for a plan that passes.
//
// Exit status: 0 on success, 1 when a plan is invalid, breaks the decree
// or cannot be written, 2 on a usage error or an unreadable input.
//
// Messages: -lang chooses the language of everything kehoach prints,
// Vietnamese (vi, the default) or English (en): the problems of a plan,
// the checker's findings, the help and the command's own errors. Each
// problem of a plan has a stable code (see the Code constants of package
// plan), which check -json gives as "code" with both messages; a file
// that cannot be read at all gets the rule KEHOACH-UNREADABLE and a code
// of its own: not-found, is-directory, unknown-format or unreadable. What
// the system or the DOCX template's writer say beyond these comes in
// their own words, quoted.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/kehoach/kehoach/internal/gcpolicy"
)

func main() {
	exitOnSignal()
	// Rendering many plans leaves much garbage over a small live heap:
	// collect against a memory limit rather than every few megabytes.
	gcpolicy.Batch()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK      = 0
	exitInvalid = 1 // a plan is invalid or could not be written
	exitUsage   = 2 // bad arguments or unreadable input
)

// run executes the command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	lang := langOf(args)
	if len(args) == 0 {
		fmt.Fprint(stderr, usage.in(lang))
		return exitUsage
	}
	switch args[0] {
	case "render":
		return runRender(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage.in(lang))
		return exitOK
	}
	fmt.Fprintf(stderr, "kehoach: %s\n\n%s", msgf("không có lệnh %q", "unknown command %q", args[0]).in(lang), usage.in(lang))
	return exitUsage
}
