// Package lazyregexp holds a regular expression that is compiled the first
// time it is used, not when the program starts.
//
// A package-level regexp.MustCompile runs in every process that links the
// package, whatever the process does: kehoach's readers hold some eighty
// patterns, and compiling them at start took a quarter of the time of
// `kehoach render -f docx` (docs/pdf-speed.md). A Regexp made with New is
// declared as before and used as a *regexp.Regexp is; the pattern is
// compiled once, on first use, safely from any goroutine. A pattern that
// does not compile still panics, on first use, and the package's tests
// catch it because every pattern is used by some test.
//
// This is the same idea as cmd/go's internal/lazyregexp.
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use. Its methods are
// those of regexp.Regexp that kehoach uses, with the same meaning.
type Regexp struct {
	expr string
	once sync.Once
	rx   *regexp.Regexp
}

// New returns a Regexp for expr, which must compile (as with
// regexp.MustCompile, but checked on first use).
func New(expr string) *Regexp {
	return &Regexp{expr: expr}
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp {
	r.once.Do(func() { r.rx = regexp.MustCompile(r.expr) })
	return r.rx
}

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.expr }

// MatchString reports whether s contains a match.
func (r *Regexp) MatchString(s string) bool { return r.Regexp().MatchString(s) }

// FindString returns the leftmost match in s.
func (r *Regexp) FindString(s string) string { return r.Regexp().FindString(s) }

// FindStringIndex returns the location of the leftmost match in s.
func (r *Regexp) FindStringIndex(s string) []int { return r.Regexp().FindStringIndex(s) }

// FindStringSubmatch returns the leftmost match in s and its groups.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.Regexp().FindStringSubmatch(s) }

// FindStringSubmatchIndex returns the locations of the leftmost match in s
// and of its groups.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Regexp().FindStringSubmatchIndex(s)
}

// FindAllString returns up to n successive matches in s (all if n < 0).
func (r *Regexp) FindAllString(s string, n int) []string { return r.Regexp().FindAllString(s, n) }

// FindAllStringIndex returns the locations of up to n successive matches.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch returns up to n successive matches and their groups.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Regexp().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex returns the locations of up to n successive
// matches and of their groups.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString replaces the matches in src with repl, expanding $1.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.Regexp().ReplaceAllString(src, repl)
}

// ReplaceAllLiteralString replaces the matches in src with repl as written.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.Regexp().ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc replaces each match in src with what repl returns.
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.Regexp().ReplaceAllStringFunc(src, repl)
}

// SubexpIndex returns the index of the group with the given name, or -1.
func (r *Regexp) SubexpIndex(name string) int { return r.Regexp().SubexpIndex(name) }

// Match reports whether b contains a match.
func (r *Regexp) Match(b []byte) bool { return r.Regexp().Match(b) }

// Find returns the leftmost match in b.
func (r *Regexp) Find(b []byte) []byte { return r.Regexp().Find(b) }

// FindIndex returns the location of the leftmost match in b.
func (r *Regexp) FindIndex(b []byte) []int { return r.Regexp().FindIndex(b) }

// FindSubmatch returns the leftmost match in b and its groups.
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.Regexp().FindSubmatch(b) }

// FindSubmatchIndex returns the locations of the leftmost match in b and
// of its groups.
func (r *Regexp) FindSubmatchIndex(b []byte) []int { return r.Regexp().FindSubmatchIndex(b) }

// FindAllSubmatchIndex returns the locations of up to n successive matches
// in b and of their groups.
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.Regexp().FindAllSubmatchIndex(b, n)
}

// FindAllIndex returns the locations of up to n successive matches in b.
func (r *Regexp) FindAllIndex(b []byte, n int) [][]int { return r.Regexp().FindAllIndex(b, n) }

// ReplaceAll replaces the matches in src with repl, expanding $1.
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.Regexp().ReplaceAll(src, repl) }

// ReplaceAllFunc replaces each match in src with what repl returns.
func (r *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return r.Regexp().ReplaceAllFunc(src, repl)
}

// Split slices s into the substrings between up to n matches.
func (r *Regexp) Split(s string, n int) []string { return r.Regexp().Split(s, n) }

// FindAllSubmatch returns up to n successive matches in b and their groups.
func (r *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	return r.Regexp().FindAllSubmatch(b, n)
}
