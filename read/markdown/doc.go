// Package markdown reads and writes a plan in kehoach's authoring format,
// UTF-8 Markdown (CommonMark with GFM tables and footnotes) after a YAML
// front matter block, to and from the model of package plan. The format is
// specified in docs/plan-markdown.md, and its extensions in
// docs/authoring.md.
//
// [Read] reports every problem at once, each with its line, as
// [plan.Errors]; the plan it returns then holds what could be read.
// [Write] writes a plan back in the same format, so that Read gives back
// the same plan: that is how a plan made in Go, read from JSON or brought
// in from another document is given to its authors to edit. (The finished
// document in Markdown, for reading, is package render/markdown's.)
package markdown
