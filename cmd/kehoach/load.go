package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/plan"
)

// inputError is an input that cannot be read at all (exit status 2), as
// opposed to a plan that is read but invalid (exit status 1).
type inputError struct{ err error }

func (e *inputError) Error() string { return e.err.Error() }

// loadPlan reads a plan file through the pipeline, by its extension. An
// invalid plan comes back with [plan.Errors].
func loadPlan(path string) (*plan.Plan, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, &inputError{fmt.Errorf("%s: is a directory: expected a plan file (%s)", path, strings.Join(kehoach.Extensions(), ", "))}
	}
	if _, err := kehoach.Read(nil, path); errors.Is(err, kehoach.ErrUnknownFormat) {
		return nil, &inputError{err}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, &inputError{err}
	}
	return kehoach.Read(src, path)
}
