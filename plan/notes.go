package plan

// noteNumbers numbers a document's footnotes in the order they are
// referred to, for [Plan.Walk]. A footnote referred to more than once
// (the same *Footnote, or footnotes with the same ID) keeps the number of
// its first reference and is printed once.
//
// The zero value is ready to use.
type noteNumbers struct {
	count int
	byKey map[any]int
}

// Ref returns the number of a footnote reference and whether it is the
// note's first reference, which prints the note.
func (n *noteNumbers) Ref(f *Footnote) (number int, first bool) {
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
	n.count++
	n.byKey[key] = n.count
	return n.count, true
}
