// Package render is the home of the writers that turn a [plan.Plan] into a
// document: one sub-package per format, each with a
//
//	Write(w io.Writer, p *plan.Plan, opts ...Option) error
//
// (the Markdown writer has no options: Write(w, p))
// that validates the plan, renders it completely in memory and only then
// writes it, so a failed render never leaves half a document behind.
//
//   - render/markdown: a readable Markdown document (CommonMark + GFM).
//   - render/docx: the official document as a Word file, from the built-in
//     template or an agency's own.
//   - render/pdf: the official document as a PDF with embedded fonts.
//   - render/layout: the layout numbers (page, margins, sizes, column
//     widths, spacing) and the font metrics both DOCX and PDF read.
//
// The writers read only the plan model and the shared layout numbers; none
// holds a layout constant of its own.
package render
