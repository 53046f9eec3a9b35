package plan

// NoteNumbers numbers a document's footnotes in the order they are
// referred to, as every writer prints them. A footnote referred to more
// than once (the same *Footnote, or footnotes with the same ID) keeps the
// number of its first reference and is printed once.
//
// The zero value is ready to use.
type NoteNumbers struct {
	texts []Text
	byKey map[any]int
}

// Ref returns the number of a footnote reference and whether it is the
// note's first reference, which prints the note.
func (n *NoteNumbers) Ref(f *Footnote) (number int, first bool) {
	var key any = f
	if f.ID != "" {
		key = f.ID
	}
	if number, ok := n.byKey[key]; ok {
		return number, false
	}
	if n.byKey == nil {
		n.byKey = map[any]int{}
	}
	n.texts = append(n.texts, f.Text)
	n.byKey[key] = len(n.texts)
	return len(n.texts), true
}

// Len returns how many notes have been numbered.
func (n *NoteNumbers) Len() int { return len(n.texts) }

// Text returns the text of note number i (from 1).
func (n *NoteNumbers) Text(i int) Text { return n.texts[i-1] }
