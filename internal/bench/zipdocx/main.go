// Command zipdocx is a benchmark helper, not shipped: the least a process
// can do to write a plan's DOCX package, so that `kehoach render -f docx`
// can be timed beside it (docs/pdf-speed.md). It reads the parts of a
// .docx that kehoach wrote and writes the same parts, in the same order,
// with archive/zip's default compression:
//
//	go build -o /tmp/zipdocx ./internal/bench/zipdocx
//	hyperfine '/tmp/zipdocx plan.docx /tmp/out.docx' 'kehoach render -f docx -o /tmp plan.md'
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: zipdocx in.docx out.docx")
		os.Exit(2)
	}
	if err := copyPackage(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// copyPackage writes out with the parts of in, each compressed anew.
func copyPackage(in, out string) error {
	r, err := zip.OpenReader(in)
	if err != nil {
		return err
	}
	defer r.Close()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range r.File {
		src, err := f.Open()
		if err != nil {
			return err
		}
		dst, err := w.Create(f.Name)
		if err != nil {
			return err
		}
		if _, err := io.Copy(dst, src); err != nil {
			return err
		}
		src.Close()
	}
	if err := w.Close(); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}
