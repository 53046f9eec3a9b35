package kehoach

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/docx"
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
		".docx":     readDocx,
		".doc":      readDoc,
	}
)

func readDocx(src []byte, file string, s *Settings) (*plan.Plan, error) {
	return docx.Read(src, file, docx.WithLimits(s.Limits))
}

func readDoc(src []byte, file string, s *Settings) (*plan.Plan, error) {
	return docx.ReadDoc(src, file, docx.WithLimits(s.Limits))
}

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
// authoring format (.md, .markdown), the model's JSON encoding (.json),
// plain or pasted text (.txt), Word documents (.docx, and .doc through
// LibreOffice), and what else is registered. The text and Word readers
// recognise the plan's parts (header, title, body, recipients, signer,
// appendices) and report each they could not find. A plan that is read but invalid comes back with
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

// An InspectFunc checks a file's own layout, as a word processor left it
// (margins, fonts, sizes, the header, page numbers), against Decree 30.
type InspectFunc func(src []byte, file string, s *Settings) ([]check.Finding, error)

// inspectors maps an extension to its layout checks.
var inspectors = map[string]InspectFunc{".docx": inspectDocx}

func inspectDocx(src []byte, file string, s *Settings) ([]check.Finding, error) {
	found, err := docx.Inspect(src, docx.WithLimits(s.Limits))
	for i := range found {
		found[i].File = file
	}
	return found, err
}

// RegisterInspector makes Inspect check files with the given extension
// with f.
func RegisterInspector(ext string, f InspectFunc) {
	readersMu.Lock()
	defer readersMu.Unlock()
	inspectors[strings.ToLower(ext)] = f
}

// Inspect returns what a file's own layout departs from Decree 30 in, for
// the kinds of file that have a layout of their own (a Word file: its
// paper, margins, fonts and sizes, the header, the date, the title block,
// the body, the recipients, the page numbers; rules ND30-LAYOUT-*); nil
// for the others (a plan in the authoring format has no layout but the
// one kehoach gives it). kehoach check reports these beside [Check]'s.
func Inspect(src []byte, file string, opts ...Option) ([]check.Finding, error) {
	readersMu.RLock()
	f, ok := inspectors[strings.ToLower(filepath.Ext(file))]
	readersMu.RUnlock()
	if !ok {
		return nil, nil
	}
	return f(src, file, settings(opts))
}

// Readable returns nil when [Read] reads files named like file (by its
// extension), else an [*UnknownFormatError]: a cheap test before the
// file itself is read.
func Readable(file string) error {
	readersMu.RLock()
	_, ok := readers[strings.ToLower(filepath.Ext(file))]
	readersMu.RUnlock()
	if !ok {
		return &UnknownFormatError{File: file, Known: Extensions()}
	}
	return nil
}

// packaged are the extensions of the files that are zip packages (or
// Word's older binary files), bounded by PackageSize rather than PlanSize.
var packaged = map[string]bool{".docx": true, ".doc": true}

// MaxSize returns the largest file named like file that [Read] reads
// within the limits of opts: PackageSize for a Word file, PlanSize for
// the others. A caller reading the file from disk or the network reads
// no more than this.
func MaxSize(file string, opts ...Option) int64 {
	l := settings(opts).Limits.Or()
	if packaged[strings.ToLower(filepath.Ext(file))] {
		return l.PackageSize
	}
	return l.PlanSize
}
