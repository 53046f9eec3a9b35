package main

import (
	"sort"
	"strings"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/render/layout"
)

// renderOptions are the render command's choices that reach the writers.
type renderOptions struct {
	settings []kehoach.Option // -template, -profile
	checks   []check.Option   // -profile: the checker judges the layout the writers use
	force    bool             // render plans whose check finds errors (-force)
	lang     string           // language of the messages (-lang)
	fonts    *layout.Fonts    // the PDF's fonts (-font, -font-fallback); nil: the embedded ones
	// appendixFiles writes each appendix as a file of its own
	// (-appendix-files).
	appendixFiles bool
}

// formatNames returns the names of every format.
func formatNames() []string {
	var names []string
	for _, f := range kehoach.Formats() {
		names = append(names, f.Name)
	}
	return names
}

// parseFormats reads a comma-separated list of format names, in the
// order the pipeline lists them.
func parseFormats(list string) ([]kehoach.Format, error) {
	seen := map[string]bool{}
	var out []kehoach.Format
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		f, ok := kehoach.LookupFormat(name)
		if !ok {
			return nil, &kehoach.UnknownFormatError{Name: name, Known: formatNames()}
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, errorf("chưa chọn định dạng nào: chọn trong %s", "no format given: choose from %s", strings.Join(formatNames(), ", "))
	}
	for i, f := range out { // "md" and "authoring" both write <base>.md
		for _, g := range out[:i] {
			if f.Ext == g.Ext {
				return nil, errorf("hai định dạng %s và %s cùng ghi tệp %s: xuất từng định dạng một, vào các thư mục khác nhau",
					"the formats %s and %s both write %s files: render them one at a time, into different directories", g.Name, f.Name, f.Ext)
			}
		}
	}
	order := formatNames()
	index := func(name string) int {
		for i, n := range order {
			if n == name {
				return i
			}
		}
		return len(order)
	}
	sort.SliceStable(out, func(i, j int) bool { return index(out[i].Name) < index(out[j].Name) })
	return out, nil
}
