// Command build is the example of docs/library.md, kept here word for
// word (main.go) so that a test proves it builds and runs: it builds a
// short plan in Go and writes it to standard output as a Markdown
// document, or the list of its problems.
//
//	go run ./examples/build
package main
