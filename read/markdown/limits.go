package markdown

import (
	"bytes"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// Option changes how [Read] reads a plan, or how [Write] writes one.
type Option func(*config)

type config struct {
	limits limits.Limits
	// gaps are the problems of a plan written as an import left it
	// ([WithGaps]); unchecked says to write it though it is invalid.
	gaps      plan.Errors
	unchecked bool
}

// WithLimits reads within lim instead of [limits.Default] (its zero
// fields taken from the default).
func WithLimits(lim limits.Limits) Option { return func(c *config) { c.limits = lim } }

// containerMarker matches one block-container marker at the start of what
// is left of a line: a block quote's ">", a bullet, or an ordered list's
// number, with the spaces after it.
var containerMarker = lazyregexp.New(`^(?:>[ \t]?|[-*+](?:[ \t]+|$)|\d{1,9}[.)](?:[ \t]+|$))`)

// definition matches a link reference definition or a footnote
// definition at the start of a line.
var definition = lazyregexp.New(`^ {0,3}\[[^\]\n]+\]:`)

// prescan reads the body once, line by line, before goldmark does, and
// returns the first problem of a body past the limits that goldmark would
// take the square of its size to read: lists and quotes nested deeper
// than lim.Depth on a line ("- - - … x"), and more than lim.References
// footnote and link definitions.
func prescan(body []byte, firstLine int, lim limits.Limits) *plan.FieldError {
	refs := 0
	for n := 0; len(body) > 0; n++ {
		line := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		if definition.Match(line) {
			if refs++; refs > lim.References {
				e := plan.LimitError(firstLine+n, &limits.Error{Limit: "References", Max: int64(lim.References), Got: int64(refs),
					What: "the footnote and link definitions number at least", WhatVi: "số định nghĩa chú thích và liên kết ít nhất là"})
				e.Field = "body"
				return e
			}
		}
		if depth := nesting(line, lim.Depth); depth > lim.Depth {
			e := plan.DepthError(firstLine+n, "the line's lists and quotes", "danh sách và trích dẫn trên dòng", lim.Depth)
			e.Field = "body"
			return e
		}
	}
	return nil
}

// nesting returns how deep a line's list items and quotes nest, counting
// its markers and, before a marker, its indent (two spaces or a tab a
// level); it stops counting past most.
func nesting(line []byte, most int) int {
	depth := 0
	for depth <= most {
		indent := 0
		for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t') {
			indent++
		}
		m := containerMarker.Find(line[indent:])
		if m == nil {
			return depth
		}
		depth += 1 + indentLevels(line[:indent])
		line = line[indent+len(m):]
	}
	return depth
}

// indentLevels counts an indent's nesting levels: two spaces or a tab each.
func indentLevels(indent []byte) int {
	n := 0
	for _, c := range indent {
		if c == '\t' {
			n += 2
		} else {
			n++
		}
	}
	return n / 2
}
