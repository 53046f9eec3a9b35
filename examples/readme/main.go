package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: readme PLAN.md")
	}
	file := os.Args[1]
	src, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	p, err := kehoach.Read(src, file) // the reader by extension: .md or .json
	if p == nil {
		log.Fatal(err) // not a plan file at all
	}
	findings := kehoach.Check(p, err) // what keeps it from being laid out, and the decree's rules
	for _, f := range findings {
		fmt.Println(f.Format("en"))
	}
	if check.HasErrors(findings) {
		os.Exit(1)
	}
	var pdf bytes.Buffer
	if err := kehoach.Render(&pdf, p, "pdf"); err != nil { // or "docx", "md", "json"
		log.Fatal(err)
	}
	out := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)) + ".pdf"
	if err := os.WriteFile(out, pdf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", out)
}
