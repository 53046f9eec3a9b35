package html

import (
	"math"
	"strings"

	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// Tolerances, in points: runs closer than touch touch; two spacings that
// differ by less than sameSpacing are one (they are written to a
// thousandth of a point).
const (
	touch       = 0.001
	sameSpacing = 0.0005
)

// A line is what one positioned element draws: runs of text on one
// baseline, and footnote numbers raised above it, each starting where the
// one before it ends or further right. The composition gives runs one by
// one; the words of a justified line are runs of their own. A line joins
// them again, so that the page holds text a reader can select and search
// phrase by phrase: a gap between two runs becomes a space widened (or
// narrowed) by word-spacing to the gap, and runs of one font and one
// spacing are one piece of text.
type lineBuilder struct {
	faces    *faces // what the runs print in
	runs     []*compose.Text
	base     float64 // the baseline: that of the line's largest run
	baseSize float64
	baseRun  int     // the largest run, whose font the element takes
	end      float64 // where the last run ends
	segs     []segment
	parts    []part
}

// A segment is text of one font, rise and word spacing: parts[from:to].
type segment struct {
	font     fontKey
	rise     float64 // how far above the baseline
	spacing  float64 // the word-spacing its spaces need
	spaced   bool    // whether it holds spaces, so that spacing matters
	from, to int
}

// A part is one run's text, after a space that joins it to the run before
// when space is set.
type part struct {
	text  string
	space bool
}

func (lb *lineBuilder) reset() {
	lb.runs, lb.segs, lb.parts = lb.runs[:0], lb.segs[:0], lb.parts[:0]
}

// add adds a run to the line if it continues it: it starts at or right
// of the line's end, on its baseline, or raised or lowered as far as a
// footnote number is raised (layout.SuperscriptRise of the larger size)
// and touching the run before it. It reports whether it did; an empty
// run is left out.
func (lb *lineBuilder) add(t *compose.Text) bool {
	if t.Text == "" {
		return true
	}
	if len(lb.runs) > 0 {
		gap := t.X - lb.end
		dy := math.Abs(t.Y - lb.base)
		onBase := dy < touch
		raised := math.Abs(gap) < touch && dy < layout.SuperscriptRise*math.Max(t.Size, lb.baseSize)+touch
		if gap < -touch || !onBase && !raised {
			return false
		}
	}
	if len(lb.runs) == 0 || t.Size > lb.baseSize {
		lb.base, lb.baseSize, lb.baseRun = t.Y, t.Size, len(lb.runs)
	}
	lb.runs = append(lb.runs, t)
	lb.end = t.X + t.Width
	return true
}

// segments cuts the line into segments.
func (lb *lineBuilder) segments() {
	var prev *compose.Text
	for _, t := range lb.runs {
		font := lb.faces.keyOf(t)
		rise := lb.base - t.Y
		if math.Abs(rise) < touch {
			rise = 0
		}
		space, spacing := false, 0.0 // the space that joins t to the run before
		if prev != nil {
			if gap := t.X - (prev.X + prev.Width); gap > touch {
				space = true
				_, face := lb.faces.of(prev) // the space is drawn in prev's font
				spacing = gap - face.Metrics.Width(" ", prev.Size)
			}
		}
		prev = t
		// What t asks of the segment that holds it: its own spaces keep
		// their width, the joining space takes the gap's.
		need, want := space, spacing
		if hasSpaces(t.Text) {
			if space && math.Abs(spacing) >= sameSpacing {
				need = false // two spacings: t cannot join a segment
				want = math.NaN()
			} else {
				need, want = true, 0
			}
		}
		if n := len(lb.segs); n > 0 {
			s := &lb.segs[n-1]
			if s.font == font && s.rise == rise && !math.IsNaN(want) && (!need || s.accepts(want)) {
				if need {
					s.take(want)
				}
				lb.parts = append(lb.parts, part{t.Text, space})
				s.to = len(lb.parts)
				continue
			}
			if space { // the joining space ends the segment before, or is one of its own
				lb.parts = append(lb.parts, part{"", true})
				if s.accepts(spacing) {
					s.take(spacing)
					s.to = len(lb.parts)
				} else {
					lb.segs = append(lb.segs, segment{font: s.font, rise: s.rise, spacing: spacing, spaced: true, from: len(lb.parts) - 1, to: len(lb.parts)})
				}
			}
		}
		lb.parts = append(lb.parts, part{t.Text, false})
		lb.segs = append(lb.segs, segment{font: font, rise: rise, spaced: hasSpaces(t.Text), from: len(lb.parts) - 1, to: len(lb.parts)})
	}
}

// accepts reports whether a segment can hold a space that needs the given
// word spacing: it holds none yet, or its spaces need the same.
func (s *segment) accepts(spacing float64) bool {
	return !s.spaced || math.Abs(s.spacing-spacing) < sameSpacing
}

// take records that a segment holds a space that needs the given spacing.
func (s *segment) take(spacing float64) {
	if !s.spaced {
		s.spacing, s.spaced = spacing, true
	}
}

// hasSpaces reports whether text holds a character CSS word-spacing
// widens (a space, a no-break space, the Ethiopic word space); those
// beyond the Basic Multilingual Plane do not reach the page.
func hasSpaces(text string) bool { return strings.ContainsAny(text, " \u00a0\u1361") }

// line writes the line built so far as one element: positioned at its
// start, its top the strut's ascent above the baseline, in the font of
// its largest run; its segments in that font, rise and spacing are its
// own text, the others spans. Inside the element lengths are textScale
// times larger (see textScale).
func (d *document) line() {
	lb := &d.lines
	if len(lb.runs) == 0 {
		return
	}
	lb.segments()
	font := lb.faces.keyOf(lb.runs[lb.baseRun])
	spacing := 0.0
	if s := lb.segs[0]; s.font == font && s.rise == 0 && s.spaced {
		spacing = s.spacing
	}
	d.str("<div class=\"")
	d.str(d.class[font])
	d.str("\" style=\"translate:")
	d.num(lb.runs[0].X)
	d.str("pt ")
	d.num(lb.base - strut().ascent*font.size)
	d.str("pt")
	if math.Abs(spacing) >= sameSpacing {
		d.str(";word-spacing:")
		d.num(textScale * spacing)
		d.str("pt")
	}
	d.str("\">")
	for _, s := range lb.segs {
		own := s.font == font && s.rise == 0 && (!s.spaced || math.Abs(s.spacing-spacing) < sameSpacing)
		if !own {
			d.span(s)
		}
		for _, p := range lb.parts[s.from:s.to] {
			if p.space {
				d.str(" ")
			}
			d.text(p.text)
		}
		if !own {
			d.str("</span>")
		}
	}
	d.str("</div>\n")
}

// span opens the span of a segment that is not in its line's own font,
// rise and spacing.
func (d *document) span(s segment) {
	d.str("<span class=\"")
	d.str(d.class[s.font])
	d.str("\"")
	spaced := s.spaced && math.Abs(s.spacing) >= sameSpacing
	if spaced || s.rise != 0 {
		d.str(" style=\"")
		if spaced {
			d.str("word-spacing:")
			d.num(textScale * s.spacing)
			d.str("pt")
		}
		if spaced && s.rise != 0 {
			d.str(";")
		}
		if s.rise != 0 {
			d.str("vertical-align:")
			d.num(textScale * s.rise)
			d.str("pt")
		}
		d.str("\"")
	}
	d.str(">")
}
