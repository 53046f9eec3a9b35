package kehoach

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
	"github.com/kehoach/kehoach/read/text"
)

// A ReadFunc reads a plan from a file's bytes; file names the source in
// messages. It reads within s.Limits and returns [plan.Errors] for a plan
// it could read but that is invalid (or past a limit), with the plan
// holding what could be read.
type ReadFunc func(src []byte, file string, s *Settings) (*plan.Plan, error)

// readers maps a file extension (".md") to its reader.
var (
	readersMu sync.RWMutex
	readers   = map[string]ReadFunc{
		".md":       readMarkdown,
		".markdown": readMarkdown,
		".json":     readJSON,
		".txt":      readText,
	}
)

func readText(src []byte, file string, s *Settings) (*plan.Plan, error) {
	return text.Read(src, file, text.WithLimits(s.Limits))
}

func readMarkdown(src []byte, file string, s *Settings) (*plan.Plan, error) {
	return markdown.Read(src, file, markdown.WithLimits(s.Limits))
}

func readJSON(src []byte, file string, s *Settings) (*plan.Plan, error) {
	return plan.ParseJSON(src, file, plan.WithLimits(s.Limits))
}

// RegisterReader makes Read read files with the given extension (".txt",
// with its dot; case is ignored) with r, replacing any reader it had.
func RegisterReader(ext string, r ReadFunc) {
	readersMu.Lock()
	defer readersMu.Unlock()
	readers[strings.ToLower(ext)] = r
}

// Extensions returns the extensions Read reads, sorted.
func Extensions() []string {
	readersMu.RLock()
	defer readersMu.RUnlock()
	out := make([]string, 0, len(readers))
	for ext := range readers {
		out = append(out, ext)
	}
	slices.Sort(out)
	return out
}

// ErrUnknownFormat is what the error of a file [Read] has no reader for,
// and of a format [Render] does not write, wraps: errors.Is finds it in
// an [*UnknownFormatError].
var ErrUnknownFormat = errors.New("unknown format")

// An UnknownFormatError is the error of a file [Read] has no reader for
// (File is set), or of a format name [Render] does not know (Name is
// set). It words the problem in Vietnamese and in English and wraps
// [ErrUnknownFormat].
type UnknownFormatError struct {
	// File is the file Read was given.
	File string
	// Name is the format Render was given.
	Name string
	// Known lists what there is: the extensions Read reads, or the
	// formats Render writes.
	Known []string
}

// Message says what is wrong in a language: "en" for English, anything
// else for Vietnamese.
func (e *UnknownFormatError) Message(lang string) string {
	known := strings.Join(e.Known, ", ")
	switch {
	case e.Name != "" && lang == "en":
		return fmt.Sprintf("unknown format %q: choose from %s", e.Name, known)
	case e.Name != "":
		return fmt.Sprintf("không có định dạng %q: chọn một trong %s", e.Name, known)
	case lang == "en":
		return fmt.Sprintf("%s: not a plan file: expected one of %s", e.File, known)
	}
	return fmt.Sprintf("%s: không phải tệp kế hoạch: tệp kế hoạch có đuôi %s", e.File, known)
}

// Error says what is wrong in English.
func (e *UnknownFormatError) Error() string { return e.Message("en") }

// Unwrap returns [ErrUnknownFormat].
func (e *UnknownFormatError) Unwrap() error { return ErrUnknownFormat }

// Read reads a plan from src by the extension of file: the Markdown
// authoring format (.md), the model's JSON encoding (.json), and what
// else is registered. A plan that is read but invalid comes back with
// [plan.Errors], every problem at once, and the plan holding what could
// be read; [Check] turns them into findings. A file of an unknown kind
// gets an [*UnknownFormatError].
//
// Reading is bounded: a plan file past the limits ([WithLimits], else
// [limits.Default]) in size, nesting or counts is refused with a problem
// of code "limit" that names the limit, after work and memory in
// proportion to the limit, not to the file.
func Read(src []byte, file string, opts ...Option) (*plan.Plan, error) {
	ext := strings.ToLower(filepath.Ext(file))
	readersMu.RLock()
	r, ok := readers[ext]
	readersMu.RUnlock()
	if !ok {
		return nil, &UnknownFormatError{File: file, Known: Extensions()}
	}
	return r(src, file, settings(opts))
}
