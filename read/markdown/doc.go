// Package markdown reads a plan written in kehoach's authoring format,
// UTF-8 Markdown (CommonMark with GFM tables and footnotes) after a YAML
// front matter block, into the model of package plan. The format is
// specified in docs/plan-markdown.md.
//
// [Read] reports every problem at once, each with its line, as
// [plan.Errors]; the plan it returns then holds what could be read. The
// writer of the same format is package render/markdown.
package markdown
