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
)

// A ReadFunc reads a plan from a file's bytes; file names the source in
// messages. It returns [plan.Errors] for a plan it could read but that
// is invalid, with the plan holding what could be read.
type ReadFunc func(src []byte, file string) (*plan.Plan, error)

// readers maps a file extension (".md") to its reader.
var (
	readersMu sync.RWMutex
	readers   = map[string]ReadFunc{
		".md":       markdown.Read,
		".markdown": markdown.Read,
		".json":     plan.ParseJSON,
	}
)

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

// ErrUnknownFormat is the error of a file Read has no reader for.
var ErrUnknownFormat = errors.New("not a plan file")

// Read reads a plan from src by the extension of file: the Markdown
// authoring format (.md), the model's JSON encoding (.json), and what
// else is registered. A plan that is read but invalid comes back with
// [plan.Errors], every problem at once, and the plan holding what could
// be read; [Check] turns them into findings. A file of an unknown kind
// gets an error wrapping [ErrUnknownFormat].
func Read(src []byte, file string) (*plan.Plan, error) {
	ext := strings.ToLower(filepath.Ext(file))
	readersMu.RLock()
	r, ok := readers[ext]
	readersMu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("%s: %w: expected one of %s", file, ErrUnknownFormat, strings.Join(Extensions(), ", "))
	}
	return r(src, file)
}
