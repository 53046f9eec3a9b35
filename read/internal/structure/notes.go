package structure

import (
	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// noteRef matches a footnote reference written in text: "[1]".
var noteRef = lazyregexp.New(`\[(\d{1,3})\]`)

// inline returns a paragraph's text as the model's, its footnote
// references resolved: a span the reader marked as one (a Word
// footnote), or "[1]" written in a text whose note the document holds.
// A note referred to twice is one footnote.
func (r *recogniser) inline(p *flow.Para) plan.Text {
	var out plan.Text
	for _, s := range p.Text {
		if s.Note != nil {
			label := s.Note.ID
			if label == "" {
				label = s.Text
			}
			if label == "" {
				label = s.Note.Text.String()
			}
			if f := r.note(label); f != nil {
				out = append(out, plan.Span{Note: f})
			} else if !s.Note.Text.IsBlank() {
				out = append(out, plan.Span{Note: s.Note})
			}
			continue
		}
		text := s.Text
		for {
			m := noteRef.FindStringSubmatchIndex(text)
			if m == nil || r.note(text[m[2]:m[3]]) == nil {
				break
			}
			if m[0] > 0 {
				head := s
				head.Text = text[:m[0]]
				out = append(out, head)
			}
			out = append(out, plan.Span{Note: r.note(text[m[2]:m[3]])})
			text = text[m[1]:]
		}
		if text != "" {
			s.Text = text
			out = append(out, s)
		}
	}
	return out
}

// note returns the footnote of a label the document holds, the same one
// each time it is asked for, or nil.
func (r *recogniser) note(label string) *plan.Footnote {
	if f, ok := r.notes[label]; ok {
		f.ID = label // referred to twice: one note, as the JSON encoding says so
		return f
	}
	text, ok := r.doc.Notes[label]
	if !ok || text.IsBlank() {
		return nil
	}
	if r.notes == nil {
		r.notes = map[string]*plan.Footnote{}
	}
	f := &plan.Footnote{Text: text}
	r.notes[label] = f
	return f
}
