package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// runImport reads documents an agency already has (Word files, pasted
// text, JSON) and writes each as a plan in the authoring format,
// DIR/<base>.md, for its author to complete and render. What could not be
// found or is not valid goes at the top of the file's front matter, and on
// stderr. An existing file is never replaced.
func runImport(args []string, stdout, stderr io.Writer) int {
	lang := langOf(args)
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.String("lang", "vi", langOption.in(lang))
	outDir := fs.String("o", ".", msg{"thư mục ghi kế hoạch, được tạo nếu chưa có", "output directory, created when missing"}.in(lang))
	fs.Usage = func() {
		fmt.Fprint(stderr, importUsage.in(lang))
		printOptions(stderr, fs, lang)
	}
	files, status, ok := parseFiles(fs, args, lang, stderr)
	if !ok {
		return status
	}
	lang = fs.Lookup("lang").Value.String()
	if err := os.MkdirAll(*outDir, 0o777); err != nil {
		fmt.Fprintf(stderr, "kehoach import: -o %s: %s\n", *outDir, describe(err, lang))
		return exitUsage
	}
	for _, file := range uniqueFiles(files) {
		status = max(status, importFile(file, *outDir, lang, stdout, stderr))
	}
	return status
}

// importFile imports one document and returns the command's status for
// it: exitOK for a plan read whole, exitInvalid for one written with gaps
// (or not written: the file is in the way), exitUsage for a document that
// cannot be read at all.
func importFile(file, dir, lang string, stdout, stderr io.Writer) int {
	p, _, err := loadPlan(file)
	if in := asInputError(err); in != nil {
		fmt.Fprintf(stderr, "kehoach import: %s\n", in.text.in(lang))
		return exitUsage
	}
	gaps := plan.AsErrors(err)
	if err != nil && gaps == nil {
		fmt.Fprintf(stderr, "kehoach import: %s: %s\n", file, describe(err, lang))
		return exitUsage
	}
	var out bytes.Buffer
	if err := markdown.Write(&out, p, markdown.WithGaps(gaps)); err != nil {
		fmt.Fprintf(stderr, "kehoach import: %s: %s\n", file, describe(err, lang))
		return exitInvalid
	}
	path := filepath.Join(dir, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+".md")
	if same(path, file) {
		path = strings.TrimSuffix(path, ".md") + ".imported.md"
	}
	if err := writeNew(path, out.Bytes()); err != nil {
		if errors.Is(err, fs.ErrExist) {
			err = errorf("không ghi %s: tệp này đã có; kehoach import không ghi đè lên tệp nào (xóa hoặc đổi tên tệp cũ, hoặc chọn thư mục khác bằng -o)",
				"not writing %s: the file exists; kehoach import never replaces a file (remove or rename it, or choose another directory with -o)", path)
		}
		fmt.Fprintf(stderr, "kehoach import: %s\n", describe(err, lang))
		return exitInvalid
	}
	fmt.Fprintln(stdout, path)
	if len(gaps) == 0 {
		return exitOK
	}
	fmt.Fprintf(stderr, "kehoach import: %s\n", msgf("%s: cần bổ sung hoặc sửa trong %s:", "%s: to fill in or correct in %s:", file, path).in(lang))
	for _, e := range gaps {
		e.File = file
		fmt.Fprintln(stderr, e.Format(lang))
	}
	return exitInvalid
}

// same reports whether two paths name the same file.
func same(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

// writeNew writes data to path, which must not exist: to a synced
// temporary file first, then linked to its name, which fails with
// [fs.ErrExist] rather than replace a file (even one made meanwhile).
// A reader never sees half a file; a failure leaves no file behind.
func writeNew(path string, data []byte) error {
	if _, err := os.Lstat(path); err == nil {
		return &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
	}
	tmp, err := writeTemp(path, data)
	if err != nil {
		return err
	}
	defer func() {
		os.Remove(tmp)
		pending.done(tmp)
	}()
	return os.Link(tmp, path)
}
