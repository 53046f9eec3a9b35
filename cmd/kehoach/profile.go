package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/kehoach/kehoach/render/layout"
)

// profileOption is the -profile option's help.
var profileOption = msg{
	"hồ sơ bố cục của cơ quan: tệp YAML ghi lề, cỡ chữ, khoảng cách dòng và đoạn, cột, khoảng ký… trong khoảng Nghị định 30 cho phép (xem docs/profiles.md và examples/profiles)",
	"an agency's layout profile: a YAML file of margins, body size, line and paragraph spacing, columns, room to sign… within the decree's ranges (see docs/profiles.md and examples/profiles)",
}

// profileFlag defines -profile on a command's flags.
func profileFlag(fs *flag.FlagSet, lang string) *string {
	return fs.String("profile", "", profileOption.in(lang))
}

// loadProfile reads the -profile file into a layout. What is wrong comes
// back as the lines to print, each naming the file and, for a problem of
// the profile, its line: "lao-cai.yaml:9: line_spacing: …".
func loadProfile(path string) (layout.Layout, []msg) {
	data, err := readInput(path, layout.MaxProfileSize)
	if err != nil {
		_, text := fileError(path, err)
		return layout.Layout{}, []msg{{"-profile: " + text.vi, "-profile: " + text.en}}
	}
	l, err := layout.ReadProfile(data)
	var pe *layout.ProfileError
	switch {
	case err == nil:
		return l, nil
	case errors.As(err, &pe):
		lines := make([]msg, len(pe.Problems))
		for i, p := range pe.Problems {
			lines[i].vi, lines[i].en = p.In(path)
		}
		return layout.Layout{}, lines
	}
	return layout.Layout{}, []msg{msgf("%s: lỗi %q", "%s: %v", path, err.Error())}
}

// printLines prints lines, each after the command's name.
func printLines(w io.Writer, command string, lines []msg, lang string) {
	for _, m := range lines {
		fmt.Fprintf(w, "kehoach %s: %s\n", command, m.in(lang))
	}
}
