package markdown

import (
	"strings"

	"github.com/kehoach/kehoach/plan"
	gast "github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// inlines converts the inline children of n into text, each span in the
// given style plus its own emphasis.
func (b *bodyReader) inlines(n gast.Node, style plan.Span) plan.Text {
	var t plan.Text
	b.appendInlines(&t, n, style)
	b.checkFootnoteRefs(n)
	return trimText(t.Compact())
}

func (b *bodyReader) appendInlines(t *plan.Text, n gast.Node, style plan.Span) {
	styled := func(s string) plan.Span { return plan.Span{Text: s, Bold: style.Bold, Italic: style.Italic} }
	spaceBefore := false // a comment left out between two spaces: one is enough
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		trimSpace := spaceBefore
		spaceBefore = false
		switch c := c.(type) {
		case *gast.Text:
			v := b.textValue(c)
			if trimSpace {
				v = strings.TrimLeft(v, " ")
			}
			*t = append(*t, styled(v))
			switch {
			case c.HardLineBreak():
				*t = append(*t, styled("\n"))
			case c.SoftLineBreak():
				*t = append(*t, styled(" "))
			}
		case *gast.String:
			v := string(c.Value)
			if !c.IsRaw() && !c.IsCode() {
				v = b.resolve(c.Value)
			}
			*t = append(*t, styled(v))
		case *gast.Emphasis:
			inner := style
			if c.Level >= 2 {
				inner.Bold = true
			}
			if c.Level == 1 || c.Level == 3 {
				inner.Italic = true
			}
			b.appendInlines(t, c, inner)
		case *gast.CodeSpan:
			*t = append(*t, styled(b.rawText(c)))
		case *gast.Link:
			start := len(*t)
			b.appendInlines(t, c, style)
			label := plan.Text((*t)[start:]).String()
			if dest := string(c.Destination); dest != "" && dest != label && !strings.HasPrefix(dest, "#") {
				*t = append(*t, styled(" ("+dest+")"))
			}
		case *gast.AutoLink:
			*t = append(*t, styled(string(c.Label(b.src))))
		case *gast.RawHTML:
			var sb strings.Builder
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				sb.Write(seg.Value(b.src))
			}
			switch raw := sb.String(); {
			case isLineBreakTag(raw): // <br>: the way to break a line in a table cell
				*t = append(*t, styled("\n"))
			case htmlComment.MatchString(raw): // an author's note to self
				if n := len(*t); n > 0 && strings.HasSuffix((*t)[n-1].Text, " ") {
					spaceBefore = true
					continue
				}
			default: // any other tag is text: a plan has no HTML
				*t = append(*t, styled(raw))
			}
		case *east.FootnoteLink:
			if b.inNote {
				b.noteInNote(c)
				continue
			}
			if note, ok := b.notes[c.Index]; ok {
				f := &plan.Footnote{Text: append(plan.Text(nil), note...)}
				if c.RefCount > 1 { // referred to again: one note, one number
					f.ID = b.labels[c.Index]
				}
				*t = append(*t, plan.Span{Note: f})
			}
		default: // images (their alt text) and anything else: the text inside
			b.appendInlines(t, c, style)
		}
	}
}

// rawText returns the text of a code span as written, line breaks as
// spaces.
func (b *bodyReader) rawText(n gast.Node) string {
	var sb strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if tx, ok := c.(*gast.Text); ok {
			sb.Write(tx.Segment.Value(b.src))
			if tx.SoftLineBreak() || tx.HardLineBreak() {
				sb.WriteByte(' ')
			}
		} else if s, ok := c.(*gast.String); ok {
			sb.Write(s.Value)
		}
	}
	return sb.String()
}

// textValue returns a text node's characters with backslash escapes and
// character references resolved, as a renderer shows them (white space
// written as a reference marked, see [bodyReader.resolve]).
func (b *bodyReader) textValue(n *gast.Text) string {
	v := n.Segment.Value(b.src)
	if n.IsRaw() {
		return string(v)
	}
	return b.resolve(v)
}

// trimText removes leading and trailing white space from a text.
func trimText(t plan.Text) plan.Text {
	for len(t) > 0 && t[0].Note == nil {
		t[0].Text = strings.TrimLeft(t[0].Text, " \t\n")
		if t[0].Text != "" {
			break
		}
		t = t[1:]
	}
	for len(t) > 0 && t[len(t)-1].Note == nil {
		last := &t[len(t)-1]
		last.Text = strings.TrimRight(last.Text, " \t\n")
		if last.Text != "" {
			break
		}
		t = t[:len(t)-1]
	}
	if len(t) == 0 {
		return nil
	}
	return t
}

// trimTextPrefix removes the first n bytes of the text's characters
// (footnote references do not count), across spans.
func trimTextPrefix(t plan.Text, n int) plan.Text {
	for len(t) > 0 && n > 0 {
		if t[0].Note != nil {
			break
		}
		if len(t[0].Text) > n {
			t[0].Text = t[0].Text[n:]
			break
		}
		n -= len(t[0].Text)
		t = t[1:]
	}
	return trimText(t)
}

// isLineBreakTag reports whether tag is <br>, <br/> or <br />, in any case.
func isLineBreakTag(tag string) bool {
	t := strings.ToLower(strings.Join(strings.Fields(tag), ""))
	return t == "<br>" || t == "<br/>"
}
