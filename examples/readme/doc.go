// Command readme is the Go API example of the README, kept here word for
// word (main.go) so that a test proves it builds and runs: it builds a
// short plan in Go, checks it, and writes it as DOCX, PDF and Markdown.
package main
