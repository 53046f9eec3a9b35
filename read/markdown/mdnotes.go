package markdown

import (
	"bytes"
	"fmt"
	"strings"

	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
)

// Footnotes in the authoring format are GFM's: "text[^1]" and a line
// "[^1]: the note". goldmark resolves them, and silently leaves as text,
// or drops, what it cannot: a reference without a definition, a
// definition never referred to or given twice. The reader reports those
// instead. Labels are case-sensitive, as goldmark matches them.

// collectNotes reads the footnote definitions, which goldmark gathers in a
// list at the end of the document, so that references can carry their
// text. The labels are known before any note's text is read, so that a
// note's own text is checked against all of them.
func (b *bodyReader) collectNotes(doc gast.Node) {
	var list *east.FootnoteList
	for n := doc.LastChild(); n != nil && list == nil; n = n.PreviousSibling() {
		list, _ = n.(*east.FootnoteList)
	}
	if list == nil {
		return
	}
	b.notes, b.labels = map[int]plan.Text{}, map[int]string{}
	for f := list.FirstChild(); f != nil; f = f.NextSibling() {
		if fn, ok := f.(*east.Footnote); ok {
			b.labels[fn.Index] = string(fn.Ref)
			b.refs[string(fn.Ref)] = true
		}
	}
	for f := list.FirstChild(); f != nil; f = f.NextSibling() {
		if fn, ok := f.(*east.Footnote); ok {
			b.notes[fn.Index] = b.noteText(fn)
		}
	}
}

// noteText joins the paragraphs of a footnote definition with line breaks.
func (b *bodyReader) noteText(fn *east.Footnote) plan.Text {
	b.inNote = true
	defer func() { b.inNote = false }()
	var t plan.Text
	for c := fn.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Type() == gast.TypeBlock && c.Kind() != gast.KindParagraph && c.Kind() != gast.KindTextBlock {
			what, whatVi := blockName(c)
			b.errs.Add(b.line(c), "body", plan.CodeFootnotePlace,
				fmt.Sprintf("chú thích [^%s] chứa %s: chú thích chỉ gồm văn bản; đưa %s vào nội dung văn bản hoặc phụ lục", b.labels[fn.Index], whatVi, whatVi),
				fmt.Sprintf("footnote [^%s] holds %s: a note holds text only; put the %s in the body or an appendix", b.labels[fn.Index], what, strings.TrimPrefix(what, "a ")))
			continue
		}
		if t != nil {
			t = t.Plain("\n")
		}
		t = append(t, b.inlines(c, plan.Span{})...)
	}
	return t.Compact()
}

// blockName names a block that cannot stand in a footnote, in English
// and in Vietnamese.
func blockName(n gast.Node) (en, vi string) {
	switch n.(type) {
	case *east.Table:
		return "a table", "một bảng"
	case *gast.List:
		return "a list", "một danh sách"
	case *gast.Heading:
		return "a heading", "một đề mục"
	case *gast.Blockquote:
		return "a quotation", "một đoạn trích dẫn"
	case *gast.FencedCodeBlock, *gast.CodeBlock:
		return "a code block", "một khối mã"
	}
	return "a block of another kind", "một khối khác loại"
}

// noteInNote reports a footnote referred to inside another note's text,
// which neither Word nor the decree's layout can print.
func (b *bodyReader) noteInNote(link *east.FootnoteLink) {
	label := b.labels[link.Index]
	b.errs.Add(b.line(link.Parent()), "body", plan.CodeFootnotePlace,
		fmt.Sprintf("chú thích [^%s] được dẫn trong nội dung của một chú thích khác: chú thích không có chú thích riêng; viết thẳng nội dung đó vào chú thích", label),
		fmt.Sprintf("footnote [^%s] is referred to inside another footnote's text: a note cannot have a note; write its text into the note", label))
}

// noteDefinition matches the start of a footnote definition line, after
// any indent, block-quote markers and list marker before it.
var noteDefinition = lazyregexp.New(`^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[\^([^\]\s]+)\]:`)

// fence matches the opening or closing line of a fenced code block.
var fence = lazyregexp.New("^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})")

// checkDefinitions reports the footnote definitions goldmark drops
// without a word: one never referred to, and a second definition of a
// label, whose text would be lost. Definitions inside fenced code are
// text.
func (b *bodyReader) checkDefinitions() {
	if !bytes.Contains(b.src, []byte("[^")) {
		return
	}
	first := map[string]int{}
	inFence := "" // the open fence's marks: closed by as many or more of the same
	for i, line := range bytes.Split(b.src, []byte("\n")) {
		if m := fence.FindSubmatch(line); m != nil {
			marks := string(m[1])
			switch {
			case inFence == "":
				inFence = marks
			case marks[0] == inFence[0] && len(marks) >= len(inFence):
				inFence = ""
			}
			continue
		}
		m := noteDefinition.FindSubmatch(line)
		if inFence != "" || m == nil {
			continue
		}
		label, at := string(m[1]), b.lines.first+i
		switch {
		case first[label] > 0:
			b.errs.Add(at, "body", plan.CodeFootnoteTwice,
				fmt.Sprintf("chú thích [^%s] được định nghĩa hai lần (lần đầu ở dòng %d), và chỉ nội dung đầu tiên được in: giữ một định nghĩa", label, first[label]),
				fmt.Sprintf("footnote [^%s] is defined twice (first on line %d), and only the first text would print: keep one definition", label, first[label]))
		case !b.refs[label]:
			b.errs.Add(at, "body", plan.CodeFootnoteUnused,
				fmt.Sprintf("chú thích [^%s] không được dẫn ở đâu nên nội dung của nó sẽ không được in: ghi [^%s] vào chỗ cần chú thích, hoặc xóa định nghĩa", label, label),
				fmt.Sprintf("footnote [^%s] is never referred to, so its text would not print: write [^%s] where the note belongs, or delete the definition", label, label))
		}
		if first[label] == 0 {
			first[label] = at
		}
	}
}

// footnoteRef matches a footnote reference as written, "[^label]";
// checkFootnoteRefs skips one escaped with a backslash.
var footnoteRef = lazyregexp.New(`\[\^([^\]\s]+)\]`)

// checkFootnoteRefs reports a footnote reference that has no definition,
// which goldmark leaves as text, in the source of n's inline content: a
// paragraph, a list item, a table cell, a heading or a note alike. Code
// spans print as written and are left out.
func (b *bodyReader) checkFootnoteRefs(n gast.Node) {
	start, stop, code := inlineExtent(n)
	if start >= stop || stop > len(b.src) {
		return
	}
	value := b.src[start:stop]
	if !bytes.Contains(value, []byte("[^")) {
		return // the common case, without running the expression
	}
	for _, m := range footnoteRef.FindAllSubmatchIndex(value, -1) {
		at := start + m[0]
		if m[0] > 0 && value[m[0]-1] == '\\' || inRanges(code, at) {
			continue
		}
		if label := string(value[m[2]:m[3]]); !b.refs[label] {
			b.errs.Add(b.lines.line(at), "body", plan.CodeFootnoteUndefined,
				fmt.Sprintf("chú thích [^%s] chưa có nội dung: thêm một dòng \"[^%s]: nội dung chú thích\" ở cuối tệp", label, label),
				fmt.Sprintf("footnote [^%s] has no definition: add a line \"[^%s]: the note\" at the end", label, label))
		}
	}
}

// inlineExtent returns the span of source that n's text nodes cover, and
// the spans of its code spans.
func inlineExtent(n gast.Node) (start, stop int, code [][2]int) {
	start = -1
	_ = gast.Walk(n, func(c gast.Node, entering bool) (gast.WalkStatus, error) {
		if !entering {
			return gast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *gast.CodeSpan:
			from, to := -1, 0
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if tx, ok := t.(*gast.Text); ok {
					if from < 0 {
						from = tx.Segment.Start
					}
					to = tx.Segment.Stop
				}
			}
			if from >= 0 {
				code = append(code, [2]int{from, to})
			}
		case *gast.Text:
			if start < 0 || c.Segment.Start < start {
				start = c.Segment.Start
			}
			stop = max(stop, c.Segment.Stop)
		}
		return gast.WalkContinue, nil
	})
	return max(start, 0), stop, code
}

// inRanges reports whether offset at lies in one of the ranges.
func inRanges(ranges [][2]int, at int) bool {
	for _, r := range ranges {
		if at >= r[0] && at < r[1] {
			return true
		}
	}
	return false
}
