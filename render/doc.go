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
//   - render/pdf: the official document as a PDF with embedded fonts,
//     drawn from the pages render/compose lays out.
//   - render/html: the same pages as HTML, each line positioned where the
//     PDF prints it, for the browser and its printing.
//   - render/compose: the laid-out pages (every line of text, rule and box
//     at its place) that any page-based writer draws.
//   - render/layout: the layout numbers (page, margins, sizes, column
//     widths, spacing), the style sheet that says how each element of the
//     page prints, and the font metrics and line breaking both DOCX and
//     the page composition read.
//
// The writers read the plan as its walk gives it (plan.Walk: labels, end
// mark and footnote numbers computed once, in the model) and the shared
// layout and style sheet; none numbers a heading or holds a layout
// constant of its own.
package render
