package docx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
	"github.com/kehoach/kehoach/render/layout"
)

// ownLines returns what kehoach's DOCX of a plan prints, paragraph by
// paragraph, in order: the header block, the title and subject, the
// walk's elements (labels, texts, table cells, footnote numbers), the
// signature, and the appendices' openings and contents.
func ownLines(p *plan.Plan) []string {
	l := layout.Default()
	h := l.Head(p)
	out := append(append([]string{}, h.Parent...), h.Issuer...)
	out = append(out, plan.NationalName, plan.Motto, l.NumberLine(p))
	if p.Urgency != "" {
		out = append(out, p.Urgency.Stamp())
	}
	if p.Draft {
		out = append(out, plan.DraftMark)
	}
	out = append(out, l.DateLine(p, h.DateSize), p.Title(), h.Subject)
	signed := false
	sign := func() {
		if signed {
			return
		}
		signed = true
		if lines := p.RecipientLines(); len(lines) > 0 {
			out = append(out, plan.RecipientsLabel)
			out = append(out, lines...)
		}
		out = append(out, l.SignerLines(p.Signer)...)
		out = append(out, p.Signer.Name)
	}
	add := func(s string) {
		s = strings.ReplaceAll(s, "\t", " ")
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	sheet := l.StyleSheet()
	width := l.TextWidth() // of the page the element prints on
	for e := range p.Walk() {
		if e.Appendix > 0 {
			sign()
		}
		switch {
		case e.Kind == plan.KindAppendix:
			a := p.Appendices[e.Appendix-1]
			width = l.TextWidth()
			if l.AppendixLandscape(a) {
				turned := l.Landscape()
				width = turned.TextWidth()
			}
			head := l.AppendixHead(p, e.Text.String(), width)
			add(e.Label)
			add(strings.Join(head.Title, "\n"))
			add(strings.Join(head.Attached, "\n"))
		case e.Table() != nil:
			t := e.Table() // the header's lines balanced, as the writers print them
			for _, row := range sheet.TableCells(t, e.Cells, layout.TableGrid(t), l.ColumnWidths(t, width)) {
				for _, c := range row {
					add(printed(c))
				}
			}
		case e.Section() != nil && labelAbove(sheet, &e):
			add(e.Label + "\n" + printed(e.Text)) // "Phần I." over its title
		case e.Label != "" && e.Text.IsBlank():
			add(e.Label)
		case e.Label != "":
			add(e.Label + " " + printed(e.Text))
		default:
			add(printed(e.Text))
		}
	}
	sign()
	return out
}

// labelAbove reports whether a heading prints its label over its title.
func labelAbove(sheet *layout.StyleSheet, e *plan.Element) bool {
	_, ok := sheet.LabelAbove(layout.HeadingElement(e.Section().Level), e.Label)
	return ok
}

// TestExtractOwn: kehoach's own DOCX of every example and test plan
// reads back as the lines it prints, in order, labels and footnote
// numbers included, with the footnotes' texts, and the appendices'
// section breaks.
func TestExtractOwn(t *testing.T) {
	for name, p := range ownPlans(t) {
		t.Run(name, func(t *testing.T) {
			d, err := Extract(ownDocx(t, p))
			require.NoError(t, err)
			assert.Equal(t, ownLines(p), flowLines(d.Blocks))
			notes := map[string]string{}
			for e := range p.Walk() {
				for _, n := range e.Notes {
					notes[strconv.Itoa(n.Number)] = printed(n.Text.WithoutNotes())
				}
			}
			got := map[string]string{}
			for label, text := range d.Notes {
				got[label] = printed(text)
			}
			if len(notes) == 0 {
				assert.Empty(t, got)
			} else {
				assert.Equal(t, notes, got)
			}
			var breaks []bool
			for _, b := range d.Blocks {
				if br, ok := b.(*flow.Break); ok {
					breaks = append(breaks, br.Landscape)
				}
			}
			var want []bool
			l := layout.Default()
			for _, a := range p.Appendices {
				if a != nil {
					want = append(want, l.AppendixLandscape(a))
				}
			}
			assert.Equal(t, want, breaks, "a break before each appendix, landscape as it is")
			assert.Zero(t, d.TrackedChanges)
		})
	}
}

// TestExtractOwnLook: the look of kehoach's own DOCX reads back as its
// style sheet prints it: the title and headings bold, the bases italic,
// the body justified at 14 pt with its first line indented 10 mm, the
// header's lines centred, the headings' outline levels.
func TestExtractOwnLook(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	d, err := Extract(ownDocx(t, p))
	require.NoError(t, err)
	byText := map[string]*flow.Para{}
	for _, q := range paras(d.Blocks) {
		byText[q.Text.String()] = q
	}
	title := byText[p.Title()]
	require.NotNil(t, title)
	assert.True(t, title.Bold)
	assert.Equal(t, 14.0, title.Size)
	assert.Equal(t, flow.AlignCenter, title.Align)
	l := layout.Default()
	date := byText[l.DateLine(p, l.Head(p).DateSize)]
	require.NotNil(t, date)
	assert.True(t, date.Italic)
	assert.Equal(t, flow.AlignCenter, date.Align)
	national := byText[plan.NationalName]
	require.NotNil(t, national)
	assert.True(t, national.Bold)
	assert.Equal(t, 13.0, national.Size)
	for e := range p.Walk() {
		if e.Appendix > 0 || e.Kind != plan.KindNode {
			continue
		}
		text := printed(e.Text)
		if e.Label != "" {
			text = e.Label + " " + text
		}
		var q *flow.Para
		for _, c := range paras(d.Blocks) {
			if printed(c.Text) == text {
				q = c
				break
			}
		}
		if e.Table() != nil {
			continue
		}
		require.NotNil(t, q, "the paragraph %q", text)
		if s := e.Section(); s != nil {
			assert.Equal(t, min(s.Level, 6), q.Outline, "%q's outline level", text)
			if s.Level <= 2 {
				assert.True(t, q.Bold, "%q is bold", text)
			}
			continue
		}
		assert.Equal(t, flow.AlignJustify, q.Align, "%q is justified", text)
		assert.Equal(t, 14.0, q.Size, "%q is at 14 pt", text)
		assert.InDelta(t, l.FirstIndent, q.Indent-q.Continuation, 0.05, "%q's first line is indented 10 mm", text)
	}
}
