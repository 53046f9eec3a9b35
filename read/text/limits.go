package text

import (
	"bytes"
	"strings"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// prescan reads the text once, line by line, before it is parsed, and
// returns the problem of a text that must pass a limit, so that the
// reader never spends on it what parsing costs (1–2 KB a line): more
// than lim.Lines lines, more than lim.TableCells cells in the rows of
// its tables written with pipes or tabs, and, in a text read as Markdown,
// more than lim.Marks inline marks ([limits.MarkCount]). It counts the
// rows as [Flow] reads them: a line of pipes, or two or more lines one
// after another with the same number of tab-separated cells.
func prescan(src []byte, markdown bool, lim limits.Limits) *plan.FieldError {
	lines, cells, marks := 0, 0, 0
	run, runCells := 0, 0 // the lines with runCells tab cells just before, one after another
	for len(src) > 0 || lines == 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		if lines++; lines > lim.Lines {
			return plan.LimitError(lines, &limits.Error{Limit: "Lines", Max: int64(lim.Lines), Got: int64(lines),
				What: "the text's lines number at least", WhatVi: "số dòng của văn bản ít nhất là"})
		}
		if markdown {
			if marks += limits.MarkCount(line); marks > lim.Marks {
				return plan.LimitError(lines, &limits.Error{Limit: "Marks", Max: int64(lim.Marks), Got: int64(marks),
					What: "the text's inline marks (* _ ` [ < |) number at least", WhatVi: "số ký hiệu định dạng (* _ ` [ < |) của văn bản ít nhất là"})
			}
		}
		n := 0
		if bytes.ContainsAny(line, "|\t") { // no row without them; most lines have neither
			n = rowCells(string(line))
		}
		switch {
		case n < 0:
			cells -= n
			run = 0
		case n >= 2 && n == runCells:
			if run++; run == 2 {
				cells += n // the first row of the table
			}
			cells += n
		default:
			run, runCells = 1, n
		}
		if cells > lim.TableCells {
			return plan.LimitError(lines, &limits.Error{Limit: "TableCells", Max: int64(lim.TableCells), Got: int64(cells),
				What: "the text's table cells number at least", WhatVi: "số ô bảng của văn bản ít nhất là"})
		}
	}
	return nil
}

// rowCells returns the cells of a line as a table row: minus their number
// for a row written with pipes, their number for a line with tab-separated
// cells (to be a row if the lines around it have as many), 0 otherwise.
func rowCells(raw string) int {
	if text := strings.TrimLeft(raw, " \u00a0"); isPipeRow(text) {
		if pipeSeparator.MatchString(text) {
			return 0
		}
		s := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(text), "|"), "|")
		return -(strings.Count(s, "|") + 1)
	}
	if !strings.Contains(raw, "\t") {
		return 0
	}
	return tabCells(labelTab(expandTabs(raw)))
}
