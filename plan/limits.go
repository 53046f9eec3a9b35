package plan

import "github.com/kehoach/kehoach/limits"

// ReadOption changes how [ParseJSON] reads a plan.
type ReadOption func(*readConfig)

type readConfig struct{ limits limits.Limits }

// WithLimits reads within lim instead of [limits.Default] (its zero fields
// taken from the default).
func WithLimits(lim limits.Limits) ReadOption { return func(c *readConfig) { c.limits = lim } }

func readOptions(opts []ReadOption) readConfig {
	var c readConfig
	for _, o := range opts {
		o(&c)
	}
	c.limits = c.limits.Or()
	return c
}

// LimitError returns the problem of an input past a limit, at a line (0
// when it concerns the whole file).
func LimitError(line int, e *limits.Error) *FieldError {
	return &FieldError{Line: line, Code: CodeLimit, Vi: e.Message("vi"), En: e.Message("en")}
}

// SizeError returns the problem of a plan file larger than lim.PlanSize,
// or nil. Readers of text call it first.
func SizeError(size int, lim limits.Limits) *FieldError {
	lim = lim.Or()
	if int64(size) <= lim.PlanSize {
		return nil
	}
	return LimitError(0, &limits.Error{Limit: "PlanSize", Max: lim.PlanSize, Got: int64(size), Unit: "bytes",
		What: "the plan file is", WhatVi: "tệp kế hoạch có dung lượng"})
}

// CheckCounts returns the problem of a plan that holds more than lim
// allows: body elements (headings, paragraphs, tables, footnote
// references), table cells, recipients. Readers call it once they have
// read a plan, so that no writer is given more than a render needs.
func CheckCounts(p *Plan, lim limits.Limits) *FieldError {
	lim = lim.Or()
	if n := len(p.Recipients); n > lim.Recipients {
		e := LimitError(0, &limits.Error{Limit: "Recipients", Max: int64(lim.Recipients), Got: int64(n),
			What: "the recipients number", WhatVi: "số nơi nhận là"})
		e.Field = "recipients"
		return e
	}
	nodes, cells := 0, 0
	var count func(ns Nodes) bool
	countText := func(t Text) bool {
		for _, s := range t {
			if s.Note != nil {
				nodes++
			}
		}
		return nodes <= lim.Nodes
	}
	count = func(ns Nodes) bool {
		for _, n := range ns {
			nodes++
			if nodes > lim.Nodes {
				return false
			}
			switch n := n.(type) {
			case *Section:
				if n != nil && (!countText(n.Title) || !count(n.Content)) {
					return false
				}
			case *Table:
				if n == nil {
					continue
				}
				cells += len(n.Header)
				for _, r := range n.Rows {
					cells += len(r)
					for _, c := range r {
						if !countText(c) {
							return false
						}
					}
				}
			case Block:
				if !isNilBlock(n) && !countText(BlockText(n)) {
					return false
				}
			}
		}
		return true
	}
	ok := count(p.Body())
	for _, a := range p.Appendices {
		if ok && a != nil {
			ok = count(a.Content)
		}
	}
	if !ok {
		return NodesError(nodes, lim)
	}
	if cells > lim.TableCells {
		return LimitError(0, &limits.Error{Limit: "TableCells", Max: int64(lim.TableCells), Got: int64(cells),
			What: "the plan's table cells number", WhatVi: "số ô bảng của kế hoạch là"})
	}
	return nil
}

// NodesError returns the problem of a plan found to hold at least n body
// elements, more than lim.Nodes: what [CheckCounts] reports, and what a
// reader that counts before it parses reports at once.
func NodesError(n int, lim limits.Limits) *FieldError {
	lim = lim.Or()
	return LimitError(0, &limits.Error{Limit: "Nodes", Max: int64(lim.Nodes), Got: int64(n),
		What: "the plan's body elements number at least", WhatVi: "số thành phần của nội dung ít nhất là"})
}

// jsonDepth returns the offset where JSON data first nests deeper than
// most arrays and objects, or -1; it reads the data once, knowing
// strings, so that a file nested thousands deep is refused before it is
// decoded (decoding it costs the square of its depth).
func jsonDepth(data []byte, most int) int {
	depth, inString, escaped := 0, false, false
	for i, c := range data {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			if depth++; depth > most {
				return i
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return -1
}

// DepthError returns the problem of data nested past the Depth limit,
// at a line: what names what nests, in English and Vietnamese
// ("the JSON", "JSON").
func DepthError(line int, what, whatVi string, most int) *FieldError {
	return LimitError(line, &limits.Error{Limit: "Depth", Max: int64(most), Got: int64(most + 1),
		What: what + "'s nesting reaches", WhatVi: "độ lồng nhau của " + whatVi + " đạt"})
}
