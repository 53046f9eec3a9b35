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
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
)

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
	lang := langOf(args)
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	formatList := fs.String("f", strings.Join(kehoach.DefaultFormats(), ","), msgf(
		"các định dạng xuất, cách nhau bằng dấu phẩy: %s (html là các trang của bản PDF để xem và in bằng trình duyệt; json là bản JSON của kế hoạch; authoring là kế hoạch viết lại theo định dạng soạn thảo .md; record là dữ liệu văn bản đi theo Phụ lục VI Nghị định 30 cùng vị trí các ô số, ngày, chữ ký, dấu trong bản PDF, <tên>.record.json; edxml là phần đầu gói tin edXML, <tên>.edxml)",
		"comma-separated output formats: %s (html is the PDF's pages, to view and print in a browser; json is the plan's JSON encoding; authoring the plan written back in the authoring format, .md; record is the outgoing document's record of Decree 30's Phụ lục VI with where the PDF leaves the number, date, signature and seal, <base>.record.json; edxml is the edXML message header, <base>.edxml)", strings.Join(formatNames(), ", ")).in(lang))
	outDir := fs.String("o", ".", msg{"thư mục ghi văn bản, được tạo nếu chưa có", "output directory, created when missing"}.in(lang))
	templatePath := fs.String("template", "", msg{
		"tệp .docx mẫu riêng của cơ quan, có các ô {{…}} để điền, dùng cho bản DOCX (xem README); bản PDF vẫn theo bố cục của kehoach",
		"an agency's own .docx file with placeholders to fill for the DOCX output (see the README); the PDF is still kehoach's own layout"}.in(lang))
	profilePath := profileFlag(fs, lang)
	fontDir := fs.String("font", "", msg{
		"thư mục chứa phông TrueType (.ttf) riêng của cơ quan, một họ chữ đủ bốn kiểu (thường, đậm, nghiêng, đậm nghiêng): bản PDF in và dàn dòng bằng phông này; bản DOCX vẫn ghi Times New Roman",
		"a folder with the agency's own TrueType fonts (.ttf), one family in its four styles (regular, bold, italic, bold italic): the PDF prints in them and breaks its lines by their widths; the DOCX keeps naming Times New Roman"}.in(lang))
	var fallbacks []string
	fs.Func("font-fallback", msg{
		"tệp phông (.ttf, .ttc) in những ký tự mà phông chữ chính và DejaVu Sans không có, như chữ Hán; dùng nhiều lần thì thử lần lượt",
		"a font file (.ttf, .ttc) that prints the characters the text font and DejaVu Sans lack, such as Chinese; given more than once, tried in order"}.in(lang),
		func(v string) error { fallbacks = append(fallbacks, v); return nil })
	issuingFl := addIssuingFlags(fs, lang)
	force := fs.Bool("force", false, msg{"xuất cả kế hoạch có lỗi thể thức", "render plans whose check finds errors"}.in(lang))
	fs.String("lang", "vi", langOption.in(lang))
	fs.Usage = func() {
		fmt.Fprint(stderr, renderUsage.in(lang))
		printOptions(stderr, fs, lang)
	}
	files, status, ok := parseFiles(fs, args, lang, stderr)
	if !ok {
		return status
	}
	lang = fs.Lookup("lang").Value.String() // as parsed, once valid
	fail := func(m string) int {
		fmt.Fprintf(stderr, "kehoach render: %s\n", m)
		return exitUsage
	}
	fmts, err := parseFormats(*formatList)
	if err != nil {
		return fail(describe(err, lang))
	}
	opts := renderOptions{force: *force, lang: lang}
	if *profilePath != "" {
		l, problems := loadProfile(*profilePath)
		if problems != nil {
			printLines(stderr, "render", problems, lang)
			return exitUsage
		}
		opts.settings = append(opts.settings, kehoach.WithLayout(l))
		opts.checks = append(opts.checks, check.WithLayout(l))
	}
	if *templatePath != "" {
		if !slices.ContainsFunc(fmts, func(f kehoach.Format) bool { return f.Name == "docx" }) {
			return fail(msgf("-template dùng cho bản DOCX, nhưng -f %s không có docx: thêm docx vào -f",
				"-template fills the DOCX output, and -f %s has none: add docx to -f", *formatList).in(lang))
		}
		template, err := readInput(*templatePath, limits.Default().PackageSize)
		if err != nil {
			_, text := fileError(*templatePath, err)
			return fail("-template: " + text.in(lang))
		}
		opts.settings = append(opts.settings, kehoach.WithTemplate(template))
		// The template's own problems, once and in its name, before any
		// plan is blamed for them.
		if err := docx.CheckTemplate(template); err != nil {
			return fail(templateError(*templatePath, err).in(lang))
		}
	}
	fonts, err := loadFonts(*fontDir, fallbacks)
	if err != nil {
		return fail(describe(err, lang))
	}
	if fonts != nil {
		opts.fonts = fonts
		opts.settings = append(opts.settings, kehoach.WithFonts(fonts))
		opts.checks = append(opts.checks, check.WithFonts(fonts))
	}
	issuing, problem := issuingFl.options(stderr, lang, *templatePath != "")
	if problem != nil {
		return fail(problem.in(lang))
	}
	opts.settings = append(opts.settings, issuing...)
	opts.appendixFiles = *issuingFl.appendixFiles
	missing := false
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			_, text := fileError(f, err)
			fmt.Fprintf(stderr, "kehoach render: %s\n", text.in(lang))
			missing = true
		}
	}
	if missing {
		return exitUsage
	}
	files = uniqueFiles(files)
	if err := checkOutputs(files, fmts, *outDir); err != nil {
		return fail(describe(err, lang))
	}
	if err := checkOutDir(*outDir); err != nil { // once, not once a plan
		return fail("-o " + *outDir + ": " + describe(err, lang))
	}

	jobs := renderAll(files, fmts, *outDir, opts, newProgress(stderr, len(files)))
	for _, j := range jobs {
		fmt.Fprint(stderr, j.findings)
		switch {
		case errors.Is(j.err, errBreaches):
			fmt.Fprintf(stderr, "kehoach render: %s\n", msgf(
				"%s: không xuất: kế hoạch trái Nghị định 30 (các lỗi ở trên); sửa các lỗi đó, hoặc dùng -force",
				"%s: not rendered: the plan breaks Decree 30 (the errors above); fix them, or use -force", j.input).in(lang))
			status = max(status, exitInvalid)
		case errors.Is(j.err, errInvalid):
			fmt.Fprintf(stderr, "kehoach render: %s\n", msgf(
				"%s: không xuất: kế hoạch không hợp lệ (các lỗi ở trên); sửa các lỗi đó (-force không lập được văn bản từ kế hoạch không hợp lệ)",
				"%s: not rendered: the plan is invalid (the problems above); fix them (-force cannot lay out an invalid plan)", j.input).in(lang))
			status = max(status, exitInvalid)
		case j.err == nil:
			for _, o := range j.outputs {
				fmt.Fprintln(stdout, o)
			}
		case asInputError(j.err) != nil:
			fmt.Fprintf(stderr, "kehoach render: %s\n", describe(j.err, lang))
			status = max(status, exitUsage)
		case plan.AsErrors(j.err) != nil: // a writer's validation: the problems name their file
			fmt.Fprintln(stderr, describe(j.err, lang))
			status = max(status, exitInvalid)
		default:
			fmt.Fprintf(stderr, "kehoach render: %s\n", describe(j.err, lang))
			status = max(status, exitInvalid)
		}
	}
	return status
}

// parseFiles parses a command's flags and its plan files, and checks the
// -lang value; ok is false when the command stops there, with status (0
// after -h). It words what it says in lang, the -lang of args.
func parseFiles(fs *flag.FlagSet, args []string, lang string, stderr io.Writer) (files []string, status int, ok bool) {
	fs.SetOutput(io.Discard) // the flag package's words are English: its errors are worded here
	usage := fs.Usage
	fs.Usage = func() {}
	files, err := parseInterspersed(fs, args)
	fs.Usage = usage
	fail := func(m msg) ([]string, int, bool) {
		fmt.Fprintf(stderr, "kehoach %s: %s\n", fs.Name(), m.in(lang))
		return nil, exitUsage, false
	}
	switch given := fs.Lookup("lang").Value.String(); {
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return nil, exitOK, false
	case err != nil:
		fmt.Fprintf(stderr, "kehoach %s: %s\n", fs.Name(), flagError(err, lang))
		fs.Usage()
		return nil, exitUsage, false
	case given != "vi" && given != "en":
		return fail(msgf("-lang %q: chọn vi hoặc en", "-lang %q: choose vi or en", given))
	case len(files) == 0:
		fmt.Fprintf(stderr, "kehoach %s: %s\n", fs.Name(), msg{"chưa có tệp kế hoạch nào", "no plan file given"}.in(lang))
		fs.Usage()
		return nil, exitUsage, false
	case slices.Contains(files, "-"):
		// A plan's format is told by its file's extension, and its outputs
		// are named after it: standard input has neither.
		return fail(msg{"không đọc được kế hoạch từ đầu vào chuẩn: hãy chỉ ra tệp kế hoạch (.md hoặc .json)",
			"reading a plan from standard input is not supported: give the plan's file (.md or .json)"})
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
				return errorf("%s là một tệp, không phải thư mục", "%s is a file, not a directory", p)
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
				return errorf("%s và %s sẽ cùng được ghi vào %s: hãy xuất chúng vào các thư mục khác nhau",
					"%s and %s would both be written to %s: render them into different directories", prev, in, out)
			}
			owner[out] = in
		}
	}
	return nil
}

// outputPath returns where a plan's document in a format goes:
// DIR/<base>.<ext>, or DIR/<base>.rendered.<ext> where that would
// overwrite a plan: the input itself, or, for a Markdown document (the
// finished one or the authoring format), a plan in the authoring format
// of the same name, as rendering plan.json beside plan.md would.
func outputPath(input string, f kehoach.Format, dir string) string {
	base := strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	out := filepath.Join(dir, base+f.Ext)
	if sameFile(input, out) || f.Ext == ".md" && isAuthoringPlan(out) {
		out = filepath.Join(dir, base+".rendered"+f.Ext)
	}
	return out
}

// renderAll renders the files in parallel and returns the jobs in input
// order. Rendering is work for the processors, one plan per processor at
// a time; writing a plan's files waits for the disk (each file is synced
// before it is renamed into place), so that is done apart, by
// fileWriters goroutines, while the next plans render. At most
// fileWriters plans wait to be written: what a batch holds stays small.
func renderAll(files []string, fmts []kehoach.Format, dir string, opts renderOptions, prog *progress) []renderJob {
	jobs := make([]renderJob, len(files))
	next := make(chan int)
	writes := make(chan *pendingWrite, fileWriters)
	var renderers, writers sync.WaitGroup
	for w := 0; w < min(fileWriters, len(files)); w++ {
		writers.Add(1)
		go func() {
			defer writers.Done()
			for pw := range writes {
				jobs[pw.index] = pw.write()
				prog.done(files[pw.index])
			}
		}()
	}
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		renderers.Add(1)
		go func() {
			defer renderers.Done()
			for i := range next {
				job, pw := renderFile(files[i], fmts, dir, opts)
				if pw == nil {
					jobs[i] = job
					prog.done(files[i])
					continue
				}
				pw.index = i
				writes <- pw
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	renderers.Wait()
	close(writes)
	writers.Wait()
	prog.finish()
	return jobs
}

// fileWriters is how many plans' files are written at once.
const fileWriters = 4

// pendingWrite is a rendered plan whose files are still to be written.
type pendingWrite struct {
	index    int // of the plan among the files
	job      renderJob
	dir      string
	outs     []string
	rendered [][]byte
}

// write makes the output directory, only now (a plan that fails leaves
// no trace, not even an empty directory), and writes the plan's files,
// all of them or none, and returns the job done.
func (pw *pendingWrite) write() renderJob {
	job := pw.job
	if err := os.MkdirAll(pw.dir, 0o755); err != nil {
		job.err = err // a *fs.PathError, which names the directory
		return job
	}
	if err := writeAllAtomic(pw.outs, pw.rendered); err != nil {
		job.err = err
		return job
	}
	job.outputs = pw.outs
	return job
}

// renderFile renders every format of one plan into memory, and returns
// the files to write, or the job done when the plan fails (nothing is
// written then).
func renderFile(input string, fmts []kehoach.Format, dir string, opts renderOptions) (renderJob, *pendingWrite) {
	job := renderJob{input: input}
	p, _, err := loadPlan(input)
	problems := plan.AsErrors(err)
	if err != nil && problems == nil {
		job.err = err
		return job, nil
	}
	// Every problem at once: what stops the plan from being laid out, and
	// the checker's findings on what could be read.
	var findings strings.Builder
	breaches := reportProblems(&findings, input, p, problems, opts)
	job.findings = findings.String()
	switch {
	case problems != nil:
		job.err = errInvalid
		return job, nil
	case breaches && !opts.force:
		job.err = errBreaches
		return job, nil
	}
	rendered := make([][]byte, len(fmts))
	for i, f := range fmts {
		var buf bytes.Buffer
		if err := kehoach.Render(&buf, p, f.Name, opts.settings...); err != nil {
			job.err = err
			if plan.AsErrors(err) == nil { // the writer's own error, in its own words
				job.err = writerError(input, f.Name, err)
			}
			return job, nil
		}
		rendered[i] = buf.Bytes()
	}
	outs := make([]string, len(fmts))
	for i, f := range fmts {
		outs[i] = outputPath(input, f, dir)
	}
	appendixPaths, appendixData, err := appendixOutputs(input, p, fmts, dir, opts)
	if err != nil {
		job.err = writerError(input, "phu-luc", err)
		return job, nil
	}
	outs, rendered = append(outs, appendixPaths...), append(rendered, appendixData...)
	return job, &pendingWrite{job: job, dir: dir, outs: outs, rendered: rendered}
}

// reportProblems prints a plan's problems for render, one per line in
// line order: what stops the plan from being laid out (problems) as
// the reader words them, "file:line: field: message", and the checker's
// warnings and errors as check prints them, leaving out a finding on a
// field that one of the problems already names, so that what -force
// cannot change is always the one shown. It returns whether the checker
// found an error.
func reportProblems(w io.Writer, file string, p *plan.Plan, problems plan.Errors, opts renderOptions) (breaches bool) {
	lang := opts.lang
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
	for _, f := range check.Parsed(p, nil, opts.checks...) {
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

// uniqueFiles returns the files without those that name a file given
// before ("plan.md ./plan.md"): a plan is rendered once.
func uniqueFiles(files []string) []string {
	var out []string
	var seen []os.FileInfo
	for _, f := range files {
		info, err := os.Stat(f)
		if err == nil && slices.ContainsFunc(seen, func(s os.FileInfo) bool { return os.SameFile(s, info) }) {
			continue
		}
		if err == nil {
			seen = append(seen, info)
		}
		out = append(out, f)
	}
	return out
}
