package layout

import (
	"strings"
	"unicode"
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
	// Again marks a later reference to note Ref, which is printed where
	// it is first referred to, not again.
	Again bool
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

// A footnote reference prints as a superscript: smaller, and raised above
// the baseline, by these shares of its text's size (Word's and
// LibreOffice's superscript).
const (
	SuperscriptScale = 0.58
	SuperscriptRise  = 0.33
)

// pieceSize returns the size a piece prints at.
func pieceSize(p Piece) float64 {
	if p.Ref > 0 {
		return p.Size * SuperscriptScale
	}
	return p.Size
}

// boundary is the kind of break opportunity at the end of an atom.
type boundary int

const (
	afterSpace   boundary = iota // after spaces: a word ends
	afterDash                    // after "-", "–" or "—" inside a word
	afterSlash                   // after "/" inside a word, before a letter
	afterNewline                 // an explicit line break
	textEnd
)

// atom is a piece of text between two break opportunities.
type atom struct {
	parts    []Piece  // the fragments, trailing spaces included
	width    float64  // without trailing spaces
	trailing float64  // width of the trailing spaces
	inner    int      // spaces inside the atom (kept together by a rule)
	spaces   int      // trailing spaces
	end      boundary // the opportunity after the atom
	// fit and fitTrailing are width and trailing as LibreOffice measures
	// them to decide a break, in fit units (fit.go); overhang is the room
	// it keeps at the end of a line for the atom's italic.
	fit, fitTrailing, overhang int
}

// Wrap breaks pieces into lines: the first at most firstWidth wide (a
// first-line indent makes it shorter), the others width. It breaks where
// LibreOffice does, measured on documents it printed:
//
//   - after spaces, except before a closing bracket, ! ? , . : ; or a
//     standalone / (UAX #14 rule LB13: "kinh /" stays together);
//   - after a hyphen or dash between two non-spaces ("kinh tế-" | "xã hội",
//     "2021-" | "2025"), except inside a document's number and symbol or a
//     date ([Unbreakable]: "19/CT-TTg", "16-7-2021" stay whole);
//   - never after "/": when the last opportunity before the end of the line
//     falls after a slash ("01-KL/" | "TW"), the whole word goes to the next
//     line rather than break at an earlier hyphen;
//   - at "\n", always.
//
// A word longer than a line is broken between characters. A line fits
// when LibreOffice's measure says so (fit.go): its glyphs' advances
// rounded to 1/120 pt, in its box's width in whole twips. Text is measured
// with the embedded fonts ([DefaultFonts]); [Fonts.Wrap] measures with
// others.
func Wrap(pieces []Piece, firstWidth, width float64) []Line {
	return DefaultFonts().Wrap(pieces, firstWidth, width)
}

// Wrap breaks pieces into lines as [Wrap] does, measuring them with f.
func (f *Fonts) Wrap(pieces []Piece, firstWidth, width float64) []Line {
	atoms := f.splitAtoms(pieces)
	var lines []Line
	run := make([]Piece, 0, 16) // makeLine's buffer
	avail := firstWidth
	start := 0 // the first atom of the current line
	for start < len(atoms) {
		limit := fitLimit(avail)
		end, lineFit := start, 0
		wordStart := start // the first atom of the word being added
		pendingTrail := 0
		for end < len(atoms) {
			a := atoms[end]
			if end > start && lineFit+pendingTrail+a.fit > limit-a.overhang {
				break
			}
			if end > start {
				lineFit += pendingTrail
			}
			lineFit += a.fit
			pendingTrail = a.fitTrailing
			end++
			if a.end == afterSpace || a.end == afterNewline {
				wordStart = end
			}
			if a.end == afterNewline {
				break
			}
		}
		if end < len(atoms) && atoms[end-1].end == afterSlash && wordStart > start {
			end = f.slashBreak(atoms, wordStart, end, lineFit, limit)
		}
		if a := atoms[start]; end == start+1 && a.fit > limit-a.overhang {
			// One atom wider than the line: cut it between characters.
			head, tail := f.splitAtomAt(a, limit-a.overhang)
			if len(tail.parts) > 0 {
				atoms = append(atoms[:start], append([]atom{head, tail}, atoms[start+1:]...)...)
				end = start + 1
			}
		}
		lines = append(lines, makeLine(atoms[start:end], run))
		avail = width
		start = end
	}
	if len(lines) == 0 {
		return []Line{{Forced: true}}
	}
	lines[len(lines)-1].Forced = true
	return lines
}

// fitMargin is the room the balancer (balance.go) leaves short of a
// line's width. [Fonts.Wrap] no longer uses a margin: it measures a line
// as LibreOffice does (fit.go), which no constant margin can imitate.
const fitMargin = 0.03

// slashBreak chooses the break when the line is full just after a slash,
// as LibreOffice does: it cuts at the first character that overflows and
// takes the last opportunity strictly before it, but never breaks after a
// slash. When the character after the slash fits, that opportunity is the
// slash's: the whole word moves to the next line. When even it overflows,
// the opportunity before the slash's atom is taken: a hyphen's ("01-" |
// "KL/TW"), or again the word's start.
func (f *Fonts) slashBreak(atoms []atom, wordStart, end, lineFit, limit int) int {
	if lineFit+f.firstCharFit(atoms[end]) <= limit-atoms[end].overhang {
		return wordStart
	}
	if b := end - 1; b > wordStart && atoms[b-1].end == afterDash {
		return b
	}
	return wordStart
}

// firstCharFit returns the width of an atom's first character in fit
// units.
func (f *Fonts) firstCharFit(a atom) int {
	for _, p := range a.parts {
		if r, _ := utf8.DecodeRuneInString(p.Text); p.Text != "" {
			return f.Metrics(p.Style).fitAdvance(r, fitEm(p))
		}
	}
	return 0
}

// makeLine joins atoms into a line, dropping its trailing spaces. The
// parts of one style and size make one piece, its text joined once.
func makeLine(atoms []atom, run []Piece) Line {
	l := Line{Pieces: make([]Piece, 0, 1)}
	run = run[:0] // parts of one style and size, not yet joined
	flush := func() {
		if len(run) == 1 {
			l.Pieces = append(l.Pieces, run[0])
		} else if len(run) > 1 {
			var b strings.Builder
			for _, p := range run {
				b.Grow(len(p.Text))
			}
			for _, p := range run {
				b.WriteString(p.Text)
			}
			l.Pieces = append(l.Pieces, withText(run[0], b.String()))
		}
		run = run[:0]
	}
	for i, a := range atoms {
		if i > 0 {
			l.Width += atoms[i-1].trailing
			l.Spaces += atoms[i-1].spaces
		}
		for _, p := range a.parts {
			if p.Text == "" && p.Ref == 0 {
				continue
			}
			if len(run) > 0 && (p.Ref > 0 || run[0].Ref > 0 || p.Style != run[0].Style || p.Size != run[0].Size) {
				flush()
			}
			run = append(run, p)
		}
		l.Width += a.width
		l.Spaces += a.inner
	}
	flush()
	l.Pieces = trimTrailingSpaces(l.Pieces)
	l.Forced = len(atoms) > 0 && atoms[len(atoms)-1].end == afterNewline
	return l
}

// WrapText breaks one style of text into lines of at most width and
// returns their text.
func WrapText(s string, style Style, size, width float64) []string {
	return DefaultFonts().WrapText(s, style, size, width)
}

// WrapText breaks one style of text as [WrapText] does, measuring it with
// f.
func (f *Fonts) WrapText(s string, style Style, size, width float64) []string {
	lines := f.Wrap([]Piece{{Text: s, Style: style, Size: size}}, width, width)
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

// noBreakBefore reports whether a line may not break before r even after
// spaces (UAX #14 rule LB13: closing brackets, ! ? , . : ; and /). As
// LibreOffice applies it, a slash that starts a word ("số /KH-SCT") still
// allows the break; a slash that stands alone ("kinh / Hồ") does not.
func noBreakBefore(r rune) bool {
	return strings.ContainsRune(")]}!?,.:;/", r)
}

// splitAtoms cuts the pieces at every break opportunity.
func (f *Fonts) splitAtoms(pieces []Piece) []atom {
	// Every atom's parts lie in one buffer, and the atoms in one slice
	// of about as many as the text has spaces: a few allocations for a
	// paragraph, not one for each of its words.
	words := 1
	for _, p := range pieces {
		words += strings.Count(p.Text, " ")
	}
	atoms := make([]atom, 0, words)
	parts := make([]Piece, 0, words+len(pieces))
	var cur atom
	from := 0        // where the current atom's parts start in parts
	inTrail := false // the atom has reached its trailing spaces
	emit := func(end boundary) {
		cur.end = end
		cur.parts = parts[from:len(parts):len(parts)]
		for _, p := range cur.parts {
			cur.overhang = max(cur.overhang, f.italicOverhang(p))
		}
		if len(cur.parts) > 0 || end == afterNewline {
			atoms = append(atoms, cur)
		}
		cur = atom{}
		from = len(parts)
		inTrail = false
	}
	add := func(p Piece) { // a part of the current atom
		if len(parts) > from {
			merged := appendMerged(parts[from:], []Piece{p})
			parts = append(parts[:from], merged...)
			return
		}
		if p.Text != "" || p.Ref > 0 {
			parts = append(parts, p)
		}
	}
	for _, p := range pieces {
		if p.Ref > 0 { // a footnote reference sticks to the word before it
			add(p)
			cur.width += f.textWidth(p)
			cur.fit += f.fitWidth(p)
			continue
		}
		m := f.Metrics(p.Style)
		scale := pieceSize(p) / float64(m.UnitsPerEm)
		em := fitEm(p)
		start := 0
		text := p.Text
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			units := m.Advance(r)
			advance := float64(units) * scale
			fit := m.fitUnits(units, em)
			switch {
			case r == '\n':
				add(withText(p, text[start:i]))
				emit(afterNewline)
				start = i + size
			case r == ' ':
				inTrail = true
				cur.trailing += advance
				cur.fitTrailing += fit
				cur.spaces++
			default:
				if inTrail {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					if noBreakBefore(r) && !(r == '/' && next != ' ' && i+size < len(text)) { // the spaces stay inside the atom
						cur.width += cur.trailing
						cur.fit += cur.fitTrailing
						cur.inner += cur.spaces
						cur.trailing, cur.fitTrailing, cur.spaces, inTrail = 0, 0, 0, false
					} else { // a word after spaces: the break opportunity
						add(withText(p, text[start:i]))
						emit(afterSpace)
						start = i
					}
				}
				cur.width += advance
				cur.fit += fit
				if i+size < len(text) && i > 0 && text[i-1] != ' ' && text[i+size] != ' ' {
					next, _ := utf8.DecodeRuneInString(text[i+size:])
					kind := textEnd
					switch {
					case isBreakingDash(r) && !UnbreakableAt(text, i):
						kind = afterDash
					case r == '/' && unicode.IsLetter(next):
						kind = afterSlash
					}
					if kind != textEnd {
						add(withText(p, text[start:i+size]))
						emit(kind)
						start = i + size
					}
				}
			}
			i += size
		}
		if start < len(text) {
			add(withText(p, text[start:]))
		}
	}
	emit(textEnd)
	for i := range atoms { // an atom that ends in spaces ends a word
		if atoms[i].spaces > 0 && atoms[i].end == textEnd {
			atoms[i].end = afterSpace
		}
	}
	return atoms
}

// isBreakingDash reports whether a line may break after r when it stands
// between two non-spaces.
func isBreakingDash(r rune) bool { return r == '-' || r == '\u2013' || r == '\u2014' }

func withText(p Piece, s string) Piece {
	p.Text = s
	return p
}

func (f *Fonts) textWidth(p Piece) float64 {
	return f.Metrics(p.Style).Width(p.Text, pieceSize(p))
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

// splitAtomAt cuts an atom after the characters that fit in limit fit
// units (at least one, so that layout always progresses).
func (f *Fonts) splitAtomAt(a atom, limit int) (head, tail atom) {
	used, usedFit := 0.0, 0
	cut := func(rest []Piece) (atom, atom) {
		tail.parts = rest
		head.width, tail.width = used, a.width-used
		head.fit, tail.fit = usedFit, a.fit-usedFit
		tail.trailing, tail.fitTrailing, tail.spaces, tail.inner, tail.end = a.trailing, a.fitTrailing, a.spaces, a.inner, a.end
		head.overhang, tail.overhang = a.overhang, a.overhang
		head.end = afterDash // a forced cut inside a word
		return head, tail
	}
	for pi, p := range a.parts {
		if p.Ref > 0 { // a footnote number: whole, on this line if it fits
			fit := f.fitWidth(p)
			if usedFit+fit > limit && len(head.parts) > 0 {
				return cut(append([]Piece(nil), a.parts[pi:]...))
			}
			head.parts = append(head.parts, p)
			used += f.textWidth(p)
			usedFit += fit
			continue
		}
		m := f.Metrics(p.Style)
		scale := pieceSize(p) / float64(m.UnitsPerEm)
		em := fitEm(p)
		for i, r := range p.Text {
			units := m.Advance(r)
			fit := m.fitUnits(units, em)
			if usedFit+fit > limit && (len(head.parts) > 0 || i > 0) {
				if i > 0 {
					head.parts = append(head.parts, withText(p, p.Text[:i]))
				}
				return cut(append([]Piece{withText(p, p.Text[i:])}, a.parts[pi+1:]...))
			}
			used += float64(units) * scale
			usedFit += fit
		}
		head.parts = append(head.parts, p)
	}
	head.width, head.fit = used, usedFit
	return head, atom{}
}
