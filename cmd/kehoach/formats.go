package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/markdown"
	"github.com/kehoach/kehoach/render/pdf"
)

// format is an output format: its name on the command line, the
// extension of the files it writes, and its writer.
type format struct {
	name  string
	ext   string
	write func(io.Writer, *plan.Plan, renderOptions) error
	// onRequest leaves the format out of the default -f: it is not a
	// document but the plan's JSON encoding, for programs.
	onRequest bool
}

// renderOptions are the render command's choices that reach the writers.
type renderOptions struct {
	// template is an agency's own .docx to fill instead of the default
	// document (-template).
	template []byte
	force    bool   // render plans whose check finds errors (-force)
	lang     string // language of the checker's messages (-lang)
}

// formats lists every format in the order files are written.
var formats = []format{
	{name: "md", ext: ".md", write: func(w io.Writer, p *plan.Plan, _ renderOptions) error { return markdown.Write(w, p) }},
	{name: "docx", ext: ".docx", write: func(w io.Writer, p *plan.Plan, o renderOptions) error {
		if o.template != nil {
			return docx.Write(w, p, docx.WithTemplate(o.template))
		}
		return docx.Write(w, p)
	}},
	{name: "pdf", ext: ".pdf", write: func(w io.Writer, p *plan.Plan, _ renderOptions) error { return pdf.Write(w, p) }},
	{name: "json", ext: ".json", write: func(w io.Writer, p *plan.Plan, _ renderOptions) error { return plan.WriteJSON(w, p) }, onRequest: true},
}

// defaultFormats returns the names of the documents -f renders by default.
func defaultFormats() []string {
	var names []string
	for _, f := range formats {
		if !f.onRequest {
			names = append(names, f.name)
		}
	}
	return names
}

// available returns the names of the formats.
func available() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.name
	}
	return names
}

// parseFormats reads a comma-separated list of format names.
func parseFormats(list string) ([]format, error) {
	seen := map[string]bool{}
	var out []format
	for _, name := range strings.Split(list, ",") {
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		f, ok := lookupFormat(name)
		if !ok {
			return nil, fmt.Errorf("unknown format %q: choose from %s", name, strings.Join(available(), ", "))
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no format given: choose from %s", strings.Join(available(), ", "))
	}
	sort.SliceStable(out, func(i, j int) bool { return formatIndex(out[i].name) < formatIndex(out[j].name) })
	return out, nil
}

func lookupFormat(name string) (format, bool) {
	for _, f := range formats {
		if f.name == name {
			return f, true
		}
	}
	return format{}, false
}

func formatIndex(name string) int {
	for i, f := range formats {
		if f.name == name {
			return i
		}
	}
	return len(formats)
}
