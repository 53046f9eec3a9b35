// Command readme is the Go example of the README, kept here word for word
// (main.go) so that a test proves it builds and runs: it reads the plan
// named on the command line, prints what the checker finds, and, when
// nothing is an error, writes the plan as a PDF in the current directory.
//
//	go run ./examples/readme examples/ke-hoach-004.md
//
// Its tests also keep the README short, with the two commands a newcomer
// runs first, and every relative link of the README and docs/ pointing
// to a file that exists.
package main
