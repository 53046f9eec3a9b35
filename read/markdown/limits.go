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
// returns the first problem of a body past the limits, so that goldmark
// and the reader never spend on it what they would: lists and quotes
// nested deeper than lim.Depth on a line ("- - - … x", whose reading
// costs the square of its size), more than lim.References footnote and
// link definitions, more than lim.Nodes blocks, more than lim.Lines lines
// with text, more than lim.Marks inline marks ([limits.MarkCount]).
func prescan(body []byte, firstLine int, lim limits.Limits) *plan.FieldError {
	var s bodyCounts
	for n := 0; len(body) > 0; n++ {
		line := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		if e := s.add(line, firstLine+n, lim); e != nil {
			e.Field = "body"
			return e
		}
	}
	return nil
}

// bodyCounts are what [prescan] has counted so far.
type bodyCounts struct {
	refs, blocks, lines, marks int
	blank                      bool // the line before was blank, or there was none
	fence                      byte // the character of the open code fence, or 0
	started                    bool
}

// add counts one line, numbered n in the file, and returns the problem of
// the first limit it passes.
func (s *bodyCounts) add(line []byte, n int, lim limits.Limits) *plan.FieldError {
	if !s.started {
		s.started, s.blank = true, true
	}
	if len(bytes.TrimSpace(line)) == 0 {
		s.blank = true
		return nil
	}
	if s.lines++; s.lines > lim.Lines {
		return plan.LimitError(n, &limits.Error{Limit: "Lines", Max: int64(lim.Lines), Got: int64(s.lines),
			What: "the body's lines with text number at least", WhatVi: "số dòng có chữ của phần nội dung ít nhất là"})
	}
	if s.marks += limits.MarkCount(line); s.marks > lim.Marks {
		return plan.LimitError(n, &limits.Error{Limit: "Marks", Max: int64(lim.Marks), Got: int64(s.marks),
			What: "the body's inline marks (* _ ` [ < |) number at least", WhatVi: "số ký hiệu định dạng (* _ ` [ < |) của phần nội dung ít nhất là"})
	}
	if definition.Match(line) {
		if s.refs++; s.refs > lim.References {
			return plan.LimitError(n, &limits.Error{Limit: "References", Max: int64(lim.References), Got: int64(s.refs),
				What: "the footnote and link definitions number at least", WhatVi: "số định nghĩa chú thích và liên kết ít nhất là"})
		}
	} else if s.opensBlock(line) {
		if s.blocks++; s.blocks > lim.Nodes {
			return plan.NodesError(s.blocks, lim)
		}
	}
	s.blank = false
	if depth := nesting(line, lim.Depth); depth > lim.Depth {
		return plan.DepthError(n, "the line's lists and quotes", "danh sách và trích dẫn trên dòng", lim.Depth)
	}
	return nil
}

// opensBlock reports whether a line with text certainly opens a block the
// reader makes a body element of: a line that starts at the margin after
// a blank line, or an ATX heading ("# …"), outside code fences; never an
// HTML block (a comment makes none). It counts no more blocks than the
// reader makes, so that the count refuses only a plan that holds more
// elements than lim.Nodes.
func (s *bodyCounts) opensBlock(line []byte) bool {
	if c := fenceChar(line); c != 0 {
		switch {
		case s.fence == 0:
			s.fence = c
			return s.blank
		case s.fence == c:
			s.fence = 0
		}
		return false
	}
	if s.fence != 0 || line[0] == ' ' || line[0] == '\t' || line[0] == '<' {
		return false
	}
	return s.blank || isHeading(line)
}

// fenceChar returns the character of a code fence line ("```", "~~~"), or 0.
func fenceChar(line []byte) byte {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return 0
	}
	if t[1] != t[0] || t[2] != t[0] {
		return 0
	}
	return t[0]
}

// isHeading reports whether a line at the margin is an ATX heading: one
// to six "#", then a space, a tab or the end of the line.
func isHeading(line []byte) bool {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
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
