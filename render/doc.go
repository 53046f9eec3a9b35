// Package render is the home of the writers that turn a [plan.Plan] into a
// document: one sub-package per format, each with a
//
//	Write(w io.Writer, p *plan.Plan, opts ...Option) error
//
// that validates the plan, renders it completely in memory and only then
// writes it, so a failed render never leaves half a document behind.
//
//   - render/markdown: a readable Markdown document (CommonMark + GFM).
//
// The writers read only the plan model and the shared layout numbers; none
// holds a layout constant of its own.
package render
