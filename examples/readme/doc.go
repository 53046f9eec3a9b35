// Command readme is the Go API example of the README, kept here word for
// word (main.go) so that a test proves it builds and runs: it builds a
// short plan in Go and writes it to standard output as a Markdown
// document, or the list of its problems.
package main
