package plan

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNoteNumbers(t *testing.T) {
	var n noteNumbers
	a, b := &Footnote{Text: Plain("A")}, &Footnote{Text: Plain("B")}
	for _, c := range []struct {
		note   *Footnote
		number int
		first  bool
	}{
		{a, 1, true}, {b, 2, true}, {a, 1, false}, // the same note again
		{&Footnote{ID: "x", Text: Plain("X")}, 3, true},
		{&Footnote{ID: "x", Text: Plain("X")}, 3, false}, // the same id
		{&Footnote{Text: Plain("A")}, 4, true},           // the same text is not the same note
	} {
		number, first := n.Ref(c.note)
		assert.Equal(t, c.number, number)
		assert.Equal(t, c.first, first)
	}
}
