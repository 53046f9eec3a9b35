package main

import (
	"errors"
	"os"
	"strings"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// loadPlan reads a plan file through the pipeline, by its extension. An
// invalid plan comes back with [plan.Errors], a file that cannot be read
// at all with an [*inputError].
func loadPlan(path string) (*plan.Plan, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		exts := strings.Join(kehoach.Extensions(), ", ")
		return nil, &inputError{codeIsDirectory, msgf("%s: là một thư mục, không phải tệp kế hoạch (%s)",
			"%s: is a directory: expected a plan file (%s)", path, exts)}
	}
	var unknown *kehoach.UnknownFormatError
	if _, err := kehoach.Read(nil, path); errors.As(err, &unknown) {
		return nil, &inputError{codeUnknownFormat, msg{unknown.Message("vi"), unknown.Message("en")}}
	}
	src, err := readInput(path, limits.Default().PlanSize)
	if err != nil {
		code, text := fileError(path, err)
		return nil, &inputError{code, text}
	}
	return kehoach.Read(src, path)
}

// asInputError returns err as an [*inputError], or nil when it is another
// error.
func asInputError(err error) *inputError {
	var in *inputError
	if errors.As(err, &in) {
		return in
	}
	return nil
}
