// Command linkfloor is a benchmark helper, not shipped: a program that
// does nothing but link the packages outside kehoach that `kehoach`
// links (goldmark, fpdf, yaml, x/text's normalisation, net/http,
// runtime/metrics). The time it takes to start and exit is the least any
// process made of those packages can take, whatever kehoach does, so that
// `kehoach render` can be timed beside it and beside zipdocx
// (docs/pdf-speed.md):
//
//	go build -o /tmp/linkfloor ./internal/bench/linkfloor
//	hyperfine -N /tmp/linkfloor '/tmp/zipdocx plan.docx /tmp/out.docx'
package main

import (
	_ "net/http"
	_ "runtime/metrics"

	_ "codeberg.org/go-pdf/fpdf"
	_ "github.com/yuin/goldmark/extension"
	_ "github.com/yuin/goldmark/renderer/html"
	_ "go.yaml.in/yaml/v3"
	_ "golang.org/x/text/unicode/norm"
)

func main() {}
