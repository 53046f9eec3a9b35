package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// inputError is an input that cannot be read at all (exit status 2), as
// opposed to a plan that is read but invalid (exit status 1).
type inputError struct{ err error }

func (e *inputError) Error() string { return e.err.Error() }

// loadPlan reads a plan file by its extension: the Markdown authoring
// format (.md, .markdown) or JSON (.json). An invalid plan comes back with
// [plan.Errors].
func loadPlan(path string) (*plan.Plan, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, &inputError{fmt.Errorf("%s: is a directory: expected a .md (authoring format) or .json plan file", path)}
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".md" && ext != ".markdown" && ext != ".json" {
		return nil, &inputError{fmt.Errorf("%s: not a plan file: expected a .md (authoring format) or .json file", path)}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &inputError{err}
	}
	if ext == ".json" {
		return plan.ParseJSON(src, path)
	}
	return plan.ParseMarkdown(src, path)
}
