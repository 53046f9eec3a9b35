package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
)

const renderUsage = `Usage: kehoach render [-f FORMATS] [-o DIR] [-template FILE.docx] [-force] [-lang vi|en] FILE...

Renders each plan FILE (.md in the authoring format, or .json) to
DIR/<base>.<ext> for each format. An output that would overwrite a plan
(the input, or a Markdown plan of the same name) is named
<base>.rendered.<ext> instead. Every problem is printed at
once on stderr: what stops a plan from being laid out as
"file:line: field: message" (-force does not help), and the compliance
checker's warnings and errors as check prints them; a plan with a
checker error (a breach of the decree) is not rendered unless -force is
given. The paths written are printed on stdout, one per line. Options:
`

// renderJob is one input file and what became of it.
type renderJob struct {
	input    string
	outputs  []string // the files written
	findings string   // the checker's warnings and errors, printed
	err      error
}

// errBreaches is the error of a plan the checker finds in breach of the
// decree, which render refuses without -force; the findings say why.
var errBreaches = errors.New("breaks Decree 30")

// errInvalid is the error of a plan that cannot be laid out at all (a
// reader's or Validate's problem), which -force does not change; the
// findings say why.
var errInvalid = errors.New("invalid plan")

func runRender(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	formatList := fs.String("f", strings.Join(kehoach.DefaultFormats(), ","), "comma-separated output `formats`: "+strings.Join(formatNames(), ", ")+" (the plan's JSON encoding)")
	outDir := fs.String("o", ".", "output `directory`, created when missing")
	templatePath := fs.String("template", "", "an agency's own .docx `file` with placeholders to fill for the DOCX output (see the README); the PDF is still kehoach's own layout")
	force := fs.Bool("force", false, "render plans whose check finds errors")
	lang := fs.String("lang", "vi", "language of the checker's messages: `vi` or en")
	fs.Usage = func() {
		fmt.Fprint(stderr, renderUsage)
		fs.PrintDefaults()
	}
	files, status, ok := parseFiles(fs, args, lang, stderr)
	if !ok {
		return status
	}
	fmts, err := parseFormats(*formatList)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach render: %v\n", err)
		return exitUsage
	}
	opts := renderOptions{force: *force, lang: *lang}
	if *templatePath != "" {
		if !slices.ContainsFunc(fmts, func(f kehoach.Format) bool { return f.Name == "docx" }) {
			fmt.Fprintf(stderr, "kehoach render: -template fills the DOCX output, and -f %s has none: add docx to -f\n", *formatList)
			return exitUsage
		}
		template, err := os.ReadFile(*templatePath)
		if err != nil {
			fmt.Fprintf(stderr, "kehoach render: -template: %v\n", err)
			return exitUsage
		}
		opts.settings = append(opts.settings, kehoach.WithTemplate(template))
		// The template's own problems, once and in its name, before any
		// plan is blamed for them.
		if err := docx.CheckTemplate(template); err != nil {
			fmt.Fprintf(stderr, "kehoach render: %s: %v\n", *templatePath, err)
			return exitUsage
		}
	}
	missing := false
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			fmt.Fprintf(stderr, "kehoach render: %v\n", err)
			missing = true
		}
	}
	if missing {
		return exitUsage
	}
	if err := checkOutputs(files, fmts, *outDir); err != nil {
		fmt.Fprintf(stderr, "kehoach render: %v\n", err)
		return exitUsage
	}
	if err := checkOutDir(*outDir); err != nil { // once, not once a plan
		fmt.Fprintf(stderr, "kehoach render: -o %s: %v\n", *outDir, err)
		return exitUsage
	}

	jobs := renderAll(files, fmts, *outDir, opts, newProgress(stderr, len(files)))
	for _, j := range jobs {
		fmt.Fprint(stderr, j.findings)
		switch {
		case errors.Is(j.err, errBreaches):
			fmt.Fprintf(stderr, "kehoach render: %s: not rendered: the plan breaks Decree 30 (the errors above); fix them, or use -force\n", j.input)
			status = max(status, exitInvalid)
			continue
		case errors.Is(j.err, errInvalid):
			fmt.Fprintf(stderr, "kehoach render: %s: not rendered: the plan is invalid (the problems above); fix them (-force cannot lay out an invalid plan)\n", j.input)
			status = max(status, exitInvalid)
			continue
		case j.err == nil:
			for _, o := range j.outputs {
				fmt.Fprintln(stdout, o)
			}
			continue
		case isInputError(j.err):
			fmt.Fprintf(stderr, "kehoach render: %v\n", j.err)
			status = max(status, exitUsage)
			continue
		default:
			status = max(status, exitInvalid)
		}
		printError(stderr, j.err)
	}
	return status
}

// parseFiles parses a command's flags and its plan files, and checks the
// -lang value; ok is false when the command stops there, with status (0
// after -h).
func parseFiles(fs *flag.FlagSet, args []string, lang *string, stderr io.Writer) (files []string, status int, ok bool) {
	files, err := parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, exitOK, false
	case err != nil:
		return nil, exitUsage, false
	case *lang != "vi" && *lang != "en":
		fmt.Fprintf(stderr, "kehoach %s: -lang %q: choose vi or en\n", fs.Name(), *lang)
		return nil, exitUsage, false
	case len(files) == 0:
		fmt.Fprintf(stderr, "kehoach %s: no plan file given\n", fs.Name())
		fs.Usage()
		return nil, exitUsage, false
	case slices.Contains(files, "-"):
		// A plan's format is told by its file's extension, and its outputs
		// are named after it: standard input has neither.
		fmt.Fprintf(stderr, "kehoach %s: reading a plan from standard input is not supported: give the plan's file (.md or .json)\n", fs.Name())
		return nil, exitUsage, false
	}
	return files, exitOK, true
}

// checkOutDir reports an output directory that cannot be made because
// something on its path is a file ("-o notes.txt/out"). The directory
// itself is made only when a plan is rendered, so a failed run leaves
// none behind.
func checkOutDir(dir string) error {
	for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
		info, err := os.Stat(p)
		if err == nil {
			if !info.IsDir() {
				return fmt.Errorf("%s is a file, not a directory", p)
			}
			return nil
		}
		if parent := filepath.Dir(p); parent == p {
			return nil
		}
	}
}

// parseInterspersed parses flags that may come before, between or after
// the file names, as "kehoach render plan.md -o out" would have them.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if rest[0] == "--" {
			return append(files, rest[1:]...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// checkOutputs refuses runs that would write two plans to one file, or
// one plan over another.
func checkOutputs(files []string, fmts []kehoach.Format, dir string) error {
	owner := map[string]string{}
	for _, in := range files {
		owner[filepath.Clean(in)] = in
	}
	for _, in := range files {
		for _, f := range fmts {
			out := outputPath(in, f, dir)
			if prev, ok := owner[out]; ok && prev != in {
				return fmt.Errorf("%s and %s would both be written to %s: render them into different directories", prev, in, out)
			}
			owner[out] = in
		}
	}
	return nil
}

// outputPath returns where a plan's document in a format goes:
// DIR/<base>.<ext>, or DIR/<base>.rendered.<ext> where that would
// overwrite a plan: the input itself, or, for the Markdown document, a
// plan in the authoring format of the same name, as rendering plan.json
// beside plan.md would.
func outputPath(input string, f kehoach.Format, dir string) string {
	base := strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	out := filepath.Join(dir, base+f.Ext)
	if sameFile(input, out) || f.Name == "md" && isAuthoringPlan(out) {
		out = filepath.Join(dir, base+".rendered"+f.Ext)
	}
	return out
}

// renderAll renders the files in parallel and returns the jobs in input
// order.
func renderAll(files []string, fmts []kehoach.Format, dir string, opts renderOptions, prog *progress) []renderJob {
	jobs := make([]renderJob, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				jobs[i] = renderFile(files[i], fmts, dir, opts)
				prog.done(files[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	prog.finish()
	return jobs
}

// renderFile renders every format of one plan into memory first, and
// writes the files only when all of them rendered.
func renderFile(input string, fmts []kehoach.Format, dir string, opts renderOptions) renderJob {
	job := renderJob{input: input}
	p, err := loadPlan(input)
	problems := plan.AsErrors(err)
	if err != nil && problems == nil {
		job.err = err
		return job
	}
	// Every problem at once: what stops the plan from being laid out, and
	// the checker's findings on what could be read.
	var findings strings.Builder
	breaches := reportProblems(&findings, input, p, problems, opts.lang)
	job.findings = findings.String()
	switch {
	case problems != nil:
		job.err = errInvalid
		return job
	case breaches && !opts.force:
		job.err = errBreaches
		return job
	}
	rendered := make([][]byte, len(fmts))
	for i, f := range fmts {
		var buf bytes.Buffer
		if err := kehoach.Render(&buf, p, f.Name, opts.settings...); err != nil {
			job.err = fmt.Errorf("%s: %s: %w", input, f.Name, err)
			if plan.AsErrors(err) != nil {
				job.err = err
			}
			return job
		}
		rendered[i] = buf.Bytes()
	}
	// The directory is made only now: a plan that fails leaves no trace,
	// not even an empty directory.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		job.err = fmt.Errorf("%s: %w", input, err)
		return job
	}
	outs := make([]string, len(fmts))
	for i, f := range fmts {
		outs[i] = outputPath(input, f, dir)
	}
	if err := writeAllAtomic(outs, rendered); err != nil {
		job.err = fmt.Errorf("%s: %w", input, err)
		return job
	}
	job.outputs = outs
	return job
}

func isInputError(err error) bool {
	var in *inputError
	return errors.As(err, &in)
}

// printError prints an error, one "file:line: message" per problem.
func printError(w io.Writer, err error) {
	if errs := plan.AsErrors(err); errs != nil {
		for _, e := range errs {
			fmt.Fprintln(w, e.Error())
		}
		return
	}
	fmt.Fprintln(w, err.Error())
}

// reportProblems prints a plan's problems for render, one per line in
// line order: what stops the plan from being laid out (problems) as
// the reader words them, "file:line: field: message", and the checker's
// warnings and errors as check prints them, leaving out a finding on a
// field that one of the problems already names, so that what -force
// cannot change is always the one shown. It returns whether the checker
// found an error.
func reportProblems(w io.Writer, file string, p *plan.Plan, problems plan.Errors, lang string) (breaches bool) {
	type problem struct {
		line int
		text string
	}
	var out []problem
	named := map[string]bool{}
	for _, e := range problems {
		out = append(out, problem{e.Line, e.Format(lang)})
		if e.Field != "" && e.Field != "body" {
			named[e.Field] = true
		}
	}
	for _, f := range check.Parsed(p, nil) {
		if f.Severity < check.SeverityWarning || named[f.Field] {
			continue
		}
		if f.File == "" {
			f.File = file
		}
		out = append(out, problem{f.Line, f.Format(lang)})
		breaches = breaches || f.Severity == check.SeverityError
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
