// Command kehoach renders administrative plans (Kế hoạch) written in the
// Markdown authoring format, or as JSON, into the documents an agency
// issues, laid out as Decree 30/2020/NĐ-CP prescribes.
//
// Usage:
//
//	kehoach render [-f md,docx,pdf,html,json,authoring] [-o DIR] [-template FILE.docx] [-profile FILE.yaml] [-font DIR] [-font-fallback FILE]... [-force] [-lang vi|en] FILE...
//	kehoach check [-profile FILE.yaml] [-lang vi|en] [-json] FILE...
//	kehoach serve [-addr 127.0.0.1:8080] [-token T] [-max-body 5MiB] [-workers N] [-cors ORIGIN...] [-memory-limit SIZE|off]
//
// FILE is a plan in the authoring format (.md) or in the JSON encoding
// (.json). For each FILE and format (by default md, docx and pdf; html
// writes the PDF's pages as a web page, json the plan's JSON encoding,
// authoring the plan written back in the authoring format), render
// writes DIR/<base>.<ext>, where
// <base> is FILE's name without its extension. Files are written
// atomically: a plan that fails to render leaves no file behind. Render
// prints every problem at once: what stops a plan from being laid out,
// "file:line: field: message", and the compliance checker's warnings and
// errors; it refuses a plan that breaks the decree unless -force is given.
//
// -profile FILE.yaml lays the documents out, and checks the plan, with an
// agency's layout profile (docs/profiles.md): margins, body size, line and
// paragraph spacing within the decree's ranges. A profile with a value
// outside them, or an unknown key, is refused (exit status 2) with each
// problem on its line.
//
// check prints the checker's findings, "file:line: SEVERITY RULE-ID
// field: message" (the severity LỖI, CẢNH BÁO or LƯU Ý in Vietnamese,
// ERROR, WARNING or INFO in English), or a JSON array with -json; nothing
// for a plan that passes.
//
// serve runs the HTTP service of package server: the web editor at /, the
// API under /v1, /healthz and /metrics, until SIGINT or SIGTERM, when it
// finishes the requests in flight and exits 0 (see docs/deploy.md).
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
	if len(os.Args) < 2 || os.Args[1] != "serve" { // serve shuts down on a signal itself, and writes no file
		exitOnSignal()
		// Rendering many plans leaves much garbage over a small live
		// heap: collect against a memory limit rather than every few
		// megabytes. The server applies its own policy once its flags are
		// read (gcpolicy.Service, serve -memory-limit).
		gcpolicy.Batch()
	}
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
	case "import":
		return runImport(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage.in(lang))
		return exitOK
	}
	fmt.Fprintf(stderr, "kehoach: %s\n\n%s", msgf("không có lệnh %q", "unknown command %q", args[0]).in(lang), usage.in(lang))
	return exitUsage
}
