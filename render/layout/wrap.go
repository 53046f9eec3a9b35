package layout

import (
	"strings"
	"unicode/utf8"
)

// Piece is a run of text in one style and size: the unit the line breaker
// measures. Ref marks a footnote reference, which the breaker treats as
// part of the word it is attached to.
type Piece struct {
	Text  string
	Style Style
	Size  float64
	Ref   int // footnote number printed as a superscript; Text is its digits
}

// Line is one line of a broken paragraph.
type Line struct {
	// Pieces are the line's text, trailing spaces removed.
	Pieces []Piece
	// Width is the natural width of the pieces.
	Width float64
	// Spaces counts the spaces inside the line, which justification
	// stretches.
	Spaces int
	// Forced says the line ends at an explicit line break (or is the
	// paragraph's last line): it is not justified.
	Forced bool
}

// superscriptScale is the size of a footnote reference relative to its
// text, as Word and LibreOffice print superscripts.
const superscriptScale = 0.58

// pieceSize returns the size a piece prints at.
func pieceSize(p Piece) float64 {
	if p.Ref > 0 {
		return p.Size * superscriptScale
	}
	return p.Size
}

// atom is a piece of text between two break opportunities.
type atom struct {
	parts    []Piece // the fragments, trailing spaces included
	width    float64 // without trailing spaces
	trailing float64 // width of the trailing spaces
	spaces   int     // spaces inside the atom (none for words) plus trailing
	newline  bool    // an explicit line break follows
}

// Wrap breaks pieces into lines: the first at most firstWidth wide (a
// first-line indent makes it shorter), the others width. It breaks where
// LibreOffice does: after spaces, and after a hyphen or a dash between two
// non-spaces ("19/CT-" | "TTg", "2021-" | "2025"); "\n" forces a break. A
// word longer than a line is broken between characters.
func Wrap(pieces []Piece, firstWidth, width float64) []Line {
	atoms := splitAtoms(pieces)
	var lines []Line
	var cur Line
	avail := firstWidth
	var pendingTrail float64 // trailing spaces of the line's last atom
	var pendingSpaces int
	flush := func(forced bool) {
		cur.Forced = forced
		cur.Pieces = trimTrailingSpaces(cur.Pieces)
		lines = append(lines, cur)
		cur = Line{}
		avail = width
		pendingTrail, pendingSpaces = 0, 0
	}
	for i := 0; i < len(atoms); i++ {
		a := atoms[i]
		empty := len(cur.Pieces) == 0
		if !empty && cur.Width+pendingTrail+a.width > avail+fitTolerance {
			flush(false)
			empty = true
		}
		if empty && a.width > avail+fitTolerance {
			// A word wider than the line: put as many characters as fit.
			head, tail := splitAtomAt(a, avail)
			if len(head.parts) > 0 {
				cur.Pieces, cur.Width = head.parts, head.width
				flush(false)
				atoms[i] = tail
				i--
				continue
			}
		}
		if !empty {
			cur.Width += pendingTrail
			cur.Spaces += pendingSpaces
		}
		cur.Pieces = appendMerged(cur.Pieces, a.parts)
		cur.Width += a.width
		pendingTrail = a.trailing
		pendingSpaces = a.spaces
		if a.newline {
			flush(true)
		}
	}
	if len(cur.Pieces) > 0 || len(lines) == 0 {
		flush(true)
	} else {
		lines[len(lines)-1].Forced = true
	}
	return lines
}

// fitTolerance absorbs rounding: LibreOffice lays out in twips.
const fitTolerance = 0.01

// WrapText breaks one style of text into lines of at most width and
// returns their text.
func WrapText(s string, style Style, size, width float64) []string {
	lines := Wrap([]Piece{{Text: s, Style: style, Size: size}}, width, width)
	out := make([]string, len(lines))
	for i, l := range lines {
		var b strings.Builder
		for _, p := range l.Pieces {
			b.WriteString(p.Text)
		}
		out[i] = b.String()
	}
	return out
}

// LongestLine returns the width of the longest line of s wrapped at width.
func LongestLine(s string, style Style, size, width float64) float64 {
	longest := 0.0
	for _, l := range Wrap([]Piece{{Text: s, Style: style, Size: size}}, width, width) {
		longest = max(longest, l.Width)
	}
	return longest
}

// splitAtoms cuts the pieces at every break opportunity.
func splitAtoms(pieces []Piece) []atom {
	var atoms []atom
	var cur atom
	inTrail := false // the atom has reached its trailing spaces
	emit := func() {
		if len(cur.parts) > 0 || cur.newline {
			atoms = append(atoms, cur)
		}
		cur = atom{}
		inTrail = false
	}
	for _, p := range pieces {
		if p.Ref > 0 { // a footnote reference sticks to the word before it
			cur.parts = appendMerged(cur.parts, []Piece{p})
			cur.width += textWidth(p)
			continue
		}
		m := FontMetrics(p.Style)
		scale := pieceSize(p) / float64(m.UnitsPerEm)
		start := 0
		text := p.Text
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case r == '\n':
				cur.parts = appendMerged(cur.parts, []Piece{withText(p, text[start:i])})
				cur.newline = true
				emit()
				start = i + size
			case r == ' ':
				inTrail = true
				cur.trailing += float64(m.Advance(r)) * scale
				cur.spaces++
			default:
				if inTrail { // a word after spaces: the break opportunity
					cur.parts = appendMerged(cur.parts, []Piece{withText(p, text[start:i])})
					emit()
					start = i
				}
				cur.width += float64(m.Advance(r)) * scale
				if isBreakingDash(r) && i > 0 && text[i-1] != ' ' && i+size < len(text) && text[i+size] != ' ' {
					cur.parts = appendMerged(cur.parts, []Piece{withText(p, text[start:i+size])})
					emit()
					start = i + size
				}
			}
			i += size
		}
		if start < len(text) {
			cur.parts = appendMerged(cur.parts, []Piece{withText(p, text[start:])})
		}
	}
	emit()
	return atoms
}

// isBreakingDash reports whether a line may break after r when it stands
// between two non-spaces.
func isBreakingDash(r rune) bool { return r == '-' || r == '\u2013' || r == '\u2014' }

func withText(p Piece, s string) Piece {
	p.Text = s
	return p
}

func textWidth(p Piece) float64 {
	return FontMetrics(p.Style).Width(p.Text, pieceSize(p))
}

// appendMerged appends pieces, joining a piece to the previous one when
// they have the same style and size.
func appendMerged(dst, src []Piece) []Piece {
	for _, p := range src {
		if p.Text == "" && p.Ref == 0 {
			continue
		}
		if n := len(dst); n > 0 && dst[n-1].Style == p.Style && dst[n-1].Size == p.Size && dst[n-1].Ref == 0 && p.Ref == 0 {
			dst[n-1].Text += p.Text
			continue
		}
		dst = append(dst, p)
	}
	return dst
}

// trimTrailingSpaces drops the spaces that end a line.
func trimTrailingSpaces(ps []Piece) []Piece {
	for len(ps) > 0 {
		last := &ps[len(ps)-1]
		if last.Ref > 0 {
			break
		}
		last.Text = strings.TrimRight(last.Text, " ")
		if last.Text != "" {
			break
		}
		ps = ps[:len(ps)-1]
	}
	return ps
}

// splitAtomAt cuts an atom after the characters that fit in width (at
// least one, so that layout always progresses).
func splitAtomAt(a atom, width float64) (head, tail atom) {
	used := 0.0
	for pi, p := range a.parts {
		if p.Ref > 0 {
			head.parts = append(head.parts, p)
			continue
		}
		m := FontMetrics(p.Style)
		scale := pieceSize(p) / float64(m.UnitsPerEm)
		for i, r := range p.Text {
			w := float64(m.Advance(r)) * scale
			if used+w > width && (len(head.parts) > 0 || i > 0) {
				if i > 0 {
					head.parts = append(head.parts, withText(p, p.Text[:i]))
				}
				tail.parts = append([]Piece{withText(p, p.Text[i:])}, a.parts[pi+1:]...)
				head.width = used
				tail.width = a.width - used
				tail.trailing, tail.spaces, tail.newline = a.trailing, a.spaces, a.newline
				return head, tail
			}
			used += w
		}
		head.parts = append(head.parts, p)
	}
	head.width = used
	return head, atom{}
}
