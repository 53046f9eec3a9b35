package markdown

import (
	"bytes"
	"slices"
	"sort"

	"github.com/kehoach/kehoach/internal/textutil"
	"github.com/kehoach/kehoach/plan"
	"golang.org/x/text/unicode/norm"
)

// Read reads a plan written in the authoring format: UTF-8
// Markdown (CommonMark with GFM tables and footnotes) after a YAML front
// matter block between "---" lines. The format is specified in
// docs/plan-markdown.md, and in brief in the README; file names the source
// in messages and may be empty.
//
// Text is normalised to NFC. The plan is validated, and every problem found
// while reading and validating comes back at once as [Errors], each with
// its line; the returned plan then holds what could be read. Invalid UTF-8
// and a missing or unclosed front matter stop the reading at once.
//
// It reads within [limits.Default], or the limits of [WithLimits]: the
// file's size (PlanSize), how deep lists and quotes nest (Depth), how many
// footnote and link definitions it holds (References) and what
// [plan.CheckCounts] counts; past a limit it stops at once, with a
// problem that names the limit.
func Read(src []byte, file string, opts ...Option) (*plan.Plan, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	lim := cfg.limits.Or()
	p := &plan.Plan{Source: &plan.Source{File: file, Keys: map[string]int{}}}
	if e := plan.SizeError(len(src), lim); e != nil {
		p.Source.FrontMatterBroken, p.Source.BodyBroken = true, true // nothing was read
		return p, plan.Errors{e}.WithFile(file)
	}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if errs := plan.CheckUTF8(src); errs != nil {
		p.Source.FrontMatterBroken, p.Source.BodyBroken = true, true // nothing was read
		return p, errs.WithFile(file)
	}
	src = normalizeNewlines(src)
	p.Source.NotNFC = nonNFCLines(src)
	if len(p.Source.NotNFC) > 0 {
		src = norm.NFC.Bytes(src)
	}
	front, body, bodyLine, err := splitFrontMatter(src)
	if err != nil {
		p.Source.FrontMatterBroken, p.Source.BodyBroken = true, true // nothing was read
		return p, plan.Errors{err}.WithFile(file)
	}
	p.Source.FrontMatterLine = 1
	if e := prescan(body, bodyLine, lim); e != nil {
		p.Source.BodyBroken = true
		return p, plan.Errors{e}.WithFile(file)
	}
	r := &mdReader{plan: p}
	r.frontMatter(front)
	body = r.takeNULs(body, bodyLine)
	r.body(body, bodyLine)
	if e := plan.CheckCounts(p, lim); e != nil {
		p.Source.BodyBroken = true
		return p, plan.Errors{e}.WithFile(file)
	}
	p.Source.FrontMatterBroken = r.frontBroken
	valid := plan.AsErrors(p.Validate())
	if r.frontBroken {
		// When the front matter could not be read, its syntax error
		// alone says what to fix.
		valid = slices.DeleteFunc(valid, func(e *plan.FieldError) bool { return e.Field != "body" })
	}
	return p, plan.MergeProblems(r.errs, valid).WithFile(file).Err()
}

// mdReader collects the problems found while reading one file.
type mdReader struct {
	plan        *plan.Plan
	errs        plan.Errors
	frontBroken bool // the front matter is not valid YAML
	marked      bool // the body holds white space written as references, marked
}

// takeNULs takes the NUL characters out of the body, which CommonMark
// turns into U+FFFD, and records each on its line for the checker, which
// reports it as the control character it is (ND30-TEXT-CONTROL).
func (r *mdReader) takeNULs(body []byte, firstLine int) []byte {
	if bytes.IndexByte(body, 0) < 0 {
		return body
	}
	out := make([]byte, 0, len(body))
	line := firstLine
	for _, c := range body {
		switch c {
		case 0:
			r.plan.Source.Controls = append(r.plan.Source.Controls, plan.Control{Line: line, Field: "body", Rune: 0})
			continue
		case '\n':
			line++
		}
		out = append(out, c)
	}
	return out
}

// normalizeNewlines turns CRLF and lone CR into LF, keeping line numbers.
func normalizeNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
}

// nonNFCLines returns the 1-based lines that are not in NFC.
func nonNFCLines(src []byte) []int {
	if textutil.IsNFCBytes(src) {
		return nil
	}
	var lines []int
	for n, line := range bytes.Split(src, []byte{'\n'}) {
		if !textutil.IsNFCBytes(line) {
			lines = append(lines, n+1)
		}
	}
	return lines
}

// splitFrontMatter separates the YAML between the opening "---" on the
// first line and the closing "---" (or "...") from the body, and returns the
// line the body starts on.
func splitFrontMatter(src []byte) (front, body []byte, bodyLine int, err *plan.FieldError) {
	frontStart := 0
	for n, off := 1, 0; ; n++ {
		l, next := src[off:], len(src)
		if i := bytes.IndexByte(l, '\n'); i >= 0 {
			l, next = l[:i], off+i+1
		}
		t := string(bytes.TrimRight(l, " \t"))
		switch {
		case n == 1 && t != "---":
			return nil, nil, 0, &plan.FieldError{Line: 1, Code: plan.CodeNoFrontMatter,
				Vi: `tệp kế hoạch phải mở đầu bằng phần khai báo: một dòng "---", các khóa (issuer, symbol, place, subject, …) rồi một dòng "---" nữa`,
				En: `a plan starts with its front matter: a line "---", the keys (issuer, symbol, place, subject, …), and another "---"`}
		case n == 1:
			frontStart = next
		case t == "---" || t == "...":
			return src[frontStart:off], src[next:], n + 1, nil
		}
		if next >= len(src) {
			return nil, nil, 0, &plan.FieldError{Line: 1, Code: plan.CodeFrontMatterUnclosed,
				Vi: `phần khai báo mở bằng "---" ở dòng 1 chưa được đóng: thêm một dòng "---" sau khóa cuối cùng`,
				En: `the front matter opened by "---" on line 1 is not closed: add a line "---" after its last key`}
		}
		off = next
	}
}

// lineIndex maps byte offsets of a text to 1-based lines.
type lineIndex struct {
	starts []int // offset of each line's first byte
	first  int   // the line number of the text's first line
}

func newLineIndex(src []byte, firstLine int) *lineIndex {
	starts := make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{starts: starts, first: firstLine}
}

// line returns the line of a byte offset; a negative offset gives 0.
func (x *lineIndex) line(offset int) int {
	if offset < 0 {
		return 0
	}
	i := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset })
	return x.first + i - 1
}
