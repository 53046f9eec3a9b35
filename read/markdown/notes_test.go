package markdown

import (
	"bytes"
	"testing"

	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRepeatedFootnote: a Markdown footnote referred to twice is one note
// (its label as ID) in the model and in JSON; notes that share an id must
// share their text.
func TestRepeatedFootnote(t *testing.T) {
	p := parseBody(t, "# MỤC ĐÍCH\n\nMột[^a] và hai[^a], ba[^b].\n\n# TỔ CHỨC THỰC HIỆN\n\nX.\n\n[^a]: Ghi chú A.\n[^b]: Ghi chú B.\n")
	text := p.Sections[0].Content[0].(*plan.Paragraph).Text
	var notes []*plan.Footnote
	for _, s := range text {
		if s.Note != nil {
			notes = append(notes, s.Note)
		}
	}
	require.Len(t, notes, 3)
	assert.Equal(t, "a", notes[0].ID)
	assert.Equal(t, "a", notes[1].ID)
	assert.Equal(t, "", notes[2].ID, "a note referred to once needs no id")

	var js bytes.Buffer
	require.NoError(t, plan.WriteJSON(&js, p))
	back, err := plan.ParseJSON(js.Bytes(), "p.json")
	require.NoError(t, err)
	var again bytes.Buffer
	require.NoError(t, plan.WriteJSON(&again, back))
	assert.Equal(t, js.String(), again.String(), "the id survives JSON")
	assert.Contains(t, js.String(), `"id": "a"`)

	notes[1].Text = plan.Plain("Khác.")
	assert.ErrorContains(t, p.Validate(), `footnote "a" has another text than where it is first referred to ("Ghi chú A.")`)
}

// TestSpanWithTextAndNote: a span may hold text and a note (JSON, Go): the
// text counts as text, and the mark follows it.
func TestSpanWithTextAndNote(t *testing.T) {
	note := &plan.Footnote{Text: plan.Plain("Ban hành ngày 16/7/2021.")}
	text := plan.Text{{Text: "Thực hiện "}, {Text: "Chỉ thị số 19/CT-TTg", Bold: true, Note: note}, {Text: ", Sở …"}}
	assert.Equal(t, "Thực hiện Chỉ thị số 19/CT-TTg, Sở …", text.String())
	split := text.SplitNotes()
	require.Len(t, split, 4)
	assert.Equal(t, plan.Span{Text: "Chỉ thị số 19/CT-TTg", Bold: true}, split[1])
	assert.Equal(t, plan.Span{Note: note}, split[2])
	plain := plan.Plain("Không có chú thích")
	assert.Equal(t, &plain[0], &plain.SplitNotes()[0], "no copy when nothing is split")
}
