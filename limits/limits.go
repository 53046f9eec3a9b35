// Package limits holds the bounds kehoach keeps on what it reads, so that
// no input, however made, can take more memory or time than a render
// needs: the size of a file, of what a zip package inflates to, the depth
// of nesting and the counts of what a plan holds. Every reader and writer
// that takes bytes from outside enforces the limits that concern it and
// fails fast past one, with an error that names the limit ([Error]).
//
// [Default] is generous for real documents (the largest plan the project
// has seen is 45 pages; a Word file with pictures a few megabytes) and
// small enough that a server rendering many plans at once stays small.
// A program that needs other bounds passes its own [Limits] through the
// readers' and writers' options.
package limits

import (
	"errors"
	"fmt"
)

// Limits are the bounds on one input. A zero field means the default.
type Limits struct {
	// PlanSize is the largest plan file read, in bytes (Markdown, JSON,
	// text). Default 20 MiB.
	PlanSize int64
	// PackageSize is the largest .docx file read (a template, or a Word
	// file being imported), in bytes. Default 50 MiB.
	PackageSize int64
	// PackageEntries is the most entries a .docx package may hold.
	// Default 2,000.
	PackageEntries int
	// PartSize is the most one part of a package may inflate to, in
	// bytes. Default 32 MiB.
	PartSize int64
	// PackageInflated is the most all the parts of a package together may
	// inflate to, in bytes. Default 128 MiB.
	PackageInflated int64
	// Depth is the deepest nesting of a plan's structure a reader
	// accepts: JSON arrays and objects, Markdown lists and quotes, Word
	// tables inside tables. Default 64.
	Depth int
	// Nodes is the most body elements (headings, paragraphs, tables,
	// footnotes) a plan may hold. Default 50,000: the largest real plan
	// the project has (45 pages) holds about a thousand, and the JSON
	// reader, the costliest per element, reads 50,000 in about 250 MB.
	Nodes int
	// Lines is the most lines a plan written as text may hold: every
	// line of a plain-text plan, the lines with text of a Markdown plan's
	// body. The readers count them before they parse, and each line
	// costs them about 1–2 KB. Default 100,000: the largest real plan
	// has about 2,000 lines (its seed texts at most 180); 100,000 read in
	// at most about 200 MB and 1 s.
	Lines int
	// Marks is the most inline marks a Markdown plan's body may hold:
	// the characters that open or close emphasis, code, links, footnote
	// references, HTML and table cells (* _ ` [ <
	// |), each of which may make an inline piece that costs the reader
	// up to about 1 KB. Default 450,000 (at most about 420 MB and 2.5 s to
	// read): real plans hold at most a few hundred, and a plan made in Go
	// with 100,000 styled spans in a paragraph, written in the format,
	// still reads.
	Marks int
	// TableCells is the most cells all of a plan's tables may hold
	// together. Default 200,000.
	TableCells int
	// Recipients is the most recipients a plan may list. Default 1,000.
	Recipients int
	// References is the most footnote and link definitions a Markdown
	// plan may hold. Default 2,000.
	References int
	// Placeholders is the most placeholders an agency's template may
	// hold. Default 1,000.
	Placeholders int
	// TemplateElements is the most XML elements (tags) the XML parts of
	// an agency's template may hold together, counted before anything is
	// parsed or filled. Real plans saved from Word hold 2,700 to 11,600,
	// a letterhead a few hundred. Default 200,000.
	TemplateElements int
	// ImageSize is the largest signature or seal image read (a PNG), in
	// bytes. Default 10 MiB.
	ImageSize int64
	// ImagePixels is the most pixels such an image may hold: what it
	// decodes to grows with them. Default 16 million (4096 × 4096).
	ImagePixels int64
}

// Default returns the default limits.
func Default() Limits {
	return Limits{
		PlanSize:         20 << 20,
		PackageSize:      50 << 20,
		PackageEntries:   2000,
		PartSize:         32 << 20,
		PackageInflated:  128 << 20,
		Depth:            64,
		Nodes:            50_000,
		Lines:            100_000,
		Marks:            450_000,
		TableCells:       200_000,
		Recipients:       1000,
		References:       2000,
		Placeholders:     1000,
		TemplateElements: 200_000,
		ImageSize:        10 << 20,
		ImagePixels:      4096 * 4096,
	}
}

// MarkCount counts the inline marks of a line of Markdown that the Marks
// limit bounds: the characters that may open or close an inline piece
// (emphasis, code, a link or a footnote reference, HTML, a
// table cell). Entities ("&amp;") and escapes are cheap to read and not
// counted.
func MarkCount(line []byte) int {
	n := 0
	for _, c := range line {
		switch c {
		case '*', '_', '`', '[', '<', '|':
			n++
		}
	}
	return n
}

// Or returns l with every zero field taken from [Default].
func (l Limits) Or() Limits {
	d := Default()
	pick64 := func(v, def int64) int64 {
		if v > 0 {
			return v
		}
		return def
	}
	pick := func(v, def int) int {
		if v > 0 {
			return v
		}
		return def
	}
	return Limits{
		PlanSize:         pick64(l.PlanSize, d.PlanSize),
		PackageSize:      pick64(l.PackageSize, d.PackageSize),
		PackageEntries:   pick(l.PackageEntries, d.PackageEntries),
		PartSize:         pick64(l.PartSize, d.PartSize),
		PackageInflated:  pick64(l.PackageInflated, d.PackageInflated),
		Depth:            pick(l.Depth, d.Depth),
		Nodes:            pick(l.Nodes, d.Nodes),
		Lines:            pick(l.Lines, d.Lines),
		Marks:            pick(l.Marks, d.Marks),
		TableCells:       pick(l.TableCells, d.TableCells),
		Recipients:       pick(l.Recipients, d.Recipients),
		References:       pick(l.References, d.References),
		Placeholders:     pick(l.Placeholders, d.Placeholders),
		TemplateElements: pick(l.TemplateElements, d.TemplateElements),
		ImageSize:        pick64(l.ImageSize, d.ImageSize),
		ImagePixels:      pick64(l.ImagePixels, d.ImagePixels),
	}
}

// ErrExceeded is wrapped by every [Error]: errors.Is(err,
// limits.ErrExceeded) tells an input refused for its size.
var ErrExceeded = errors.New("limit exceeded")

// Error is an input past a limit: which limit, its value, and what the
// input reached (at least).
type Error struct {
	// Limit names the field of [Limits], e.g. "PartSize".
	Limit string
	// Max is the limit's value; Got what the input reached, at least.
	Max, Got int64
	// What says what was measured, in English and in Vietnamese:
	// "word/document.xml inflates to", "phần word/document.xml giải nén ra".
	What, WhatVi string
	// Unit is "bytes" or "" for a count.
	Unit string
}

func (e *Error) Error() string { return e.Message("en") }

// Message returns the error in a language: "vi" for Vietnamese, else
// English.
func (e *Error) Message(lang string) string {
	if lang == "vi" {
		unit := ""
		if e.Unit == "bytes" {
			return fmt.Sprintf("%s hơn %s, vượt giới hạn %s (%s)", e.WhatVi, size(e.Got), size(e.Max), e.Limit)
		}
		return fmt.Sprintf("%s %d%s, vượt giới hạn %d (%s)", e.WhatVi, e.Got, unit, e.Max, e.Limit)
	}
	if e.Unit == "bytes" {
		return fmt.Sprintf("%s more than %s, past the limit of %s (%s)", e.What, size(e.Got), size(e.Max), e.Limit)
	}
	return fmt.Sprintf("%s %d, past the limit of %d (%s)", e.What, e.Got, e.Max, e.Limit)
}

// Unwrap makes errors.Is(err, ErrExceeded) true.
func (e *Error) Unwrap() error { return ErrExceeded }

// size writes a byte count for people: "64 MiB", "1.5 GiB", "512 B".
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return trim(float64(n)/(1<<30)) + " GiB"
	case n >= 1<<20:
		return trim(float64(n)/(1<<20)) + " MiB"
	case n >= 1<<10:
		return trim(float64(n)/(1<<10)) + " KiB"
	}
	return fmt.Sprintf("%d B", n)
}

func trim(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		return s[:len(s)-2]
	}
	return s
}
