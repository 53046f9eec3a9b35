package main

import (
	"errors"
	"os"
	"strings"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/docx"
)

// loadPlan reads a plan file through the pipeline, by its extension. An
// invalid plan comes back with [plan.Errors], a file that cannot be read
// at all (missing, a directory, of an unknown kind, not a Word document
// though named .docx) with an [*inputError]. It returns the file's bytes
// too, for the checks of a Word file's own layout.
func loadPlan(path string) (*plan.Plan, []byte, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		exts := strings.Join(kehoach.Extensions(), ", ")
		return nil, nil, &inputError{codeIsDirectory, msgf("%s: là một thư mục, không phải tệp kế hoạch (%s)",
			"%s: is a directory: expected a plan file (%s)", path, exts)}
	}
	var unknown *kehoach.UnknownFormatError
	if err := kehoach.Readable(path); errors.As(err, &unknown) {
		return nil, nil, &inputError{codeUnknownFormat, msg{unknown.Message("vi"), unknown.Message("en")}}
	}
	src, err := readInput(path, kehoach.MaxSize(path))
	if err != nil {
		code, text := fileError(path, err)
		return nil, nil, &inputError{code, text}
	}
	p, err := kehoach.Read(src, path)
	if docx.IsUnreadable(err) {
		return nil, nil, &inputError{codeUnreadable, msg{path + ": " + describe(err, "vi"), path + ": " + describe(err, "en")}}
	}
	return p, src, err
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
