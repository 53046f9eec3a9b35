package pdf

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestVerticalRhythm measures the rows around the title and the signature
// as the layout contract asks (Part A, after Mẫu 1.4 as LibreOffice prints
// the decree's Phụ lục III: the title's top 10.6 mm under the date line's
// foot, "Nơi nhận:" 9 mm under the body's last line), in our PDF and in
// LibreOffice's print of our DOCX, of every example under each shipped
// profile: the title's top 9–12 mm below the date line's foot, "Nơi nhận:"
// 8–10 mm below the body's last line; and under an exact line spacing,
// every two lines of a body paragraph that far apart (17 pt: 6.0 mm).
//
// A line's top and foot are measured from its baseline, as poppler boxes
// the words of LibreOffice's print (0.95 em above the baseline, 0.35 em
// under it), and again as the font's own ascent and descent box them
// (0.891 and 0.216 em, as poppler boxes our PDF's words): the gaps are in
// range either way.
func TestVerticalRhythm(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext", "pdfinfo")
	samples := profileSamples(t)
	ours, theirs := printBoth(t, samples)
	boxes := []pdfcheck.Metrics{pdfcheck.LibreOffice, fontMetrics()}
	for i, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			for _, print := range []struct {
				name, path string
				m          pdfcheck.Metrics // how poppler boxes its words
			}{{"kehoach", ours[i], fontMetrics()}, {"LibreOffice", theirs[i], pdfcheck.LibreOffice}} {
				pages := pdfcheck.Read(t, print.path)
				r := measureRhythm(t, pages, s.plan, &s.l, print.m)
				for _, box := range boxes {
					title, signature := r.titleGap(box), r.signatureGap(box)
					t.Logf("%s, boxes %.3g/%.3g em: title %.1f mm under the date line, Nơi nhận %.1f mm under the body",
						print.name, box.Ascent, box.Descent, title, signature)
					assert.True(t, title >= 9 && title <= 12, "%s: the title's top %.1f mm under the date line's foot, not 9–12", print.name, title)
					assert.True(t, signature >= 8 && signature <= 10, "%s: Nơi nhận %.1f mm under the body's last line, not 8–10", print.name, signature)
				}
				if s.l.LineExact > 0 {
					pitches := linePitches(pages, &s.l, print.m)
					// Enough to measure: every example wraps at least a dozen
					// body lines (the short báo cáo 17, the plans 20 and more).
					require.GreaterOrEqual(t, len(pitches), 12, "%s: lines of body paragraphs measured", print.name)
					for _, d := range pitches {
						assert.InDelta(t, s.l.LineExact, d, 0.15, "%s: lines exactly %g pt apart", print.name, s.l.LineExact)
					}
					t.Logf("%s: %d pairs of body lines %.1f mm apart", print.name, len(pitches), layout.ToMM(s.l.LineExact))
				}
			}
		})
	}
}

// rhythm holds the words a printed plan is measured by: a word of the
// date line and of the title, the body's last line and "Nơi nhận:", and
// how poppler boxed them.
type rhythm struct {
	date, title, last, label pdfcheck.Word
	m                        pdfcheck.Metrics
}

// measureRhythm finds the words of a printed plan that its rhythm is
// measured by.
func measureRhythm(t *testing.T, pages []pdfcheck.Page, p *plan.Plan, l *layout.Layout, m pdfcheck.Metrics) rhythm {
	t.Helper()
	r := rhythm{m: m}
	first := pages[0]
	title := phrase(first, p.Title())
	require.NotNil(t, title, "the title")
	r.title = title.Words[0]
	head := l.Head(p)
	var date *pdfcheck.Word
	for _, w := range first.Words() {
		if w.Text == "ngày" && w.XMin > l.Margins.Left+head.LeftWidth && w.YMax < r.title.YMin {
			date = &w
		}
	}
	require.NotNil(t, date, "the date line")
	r.date = *date

	for _, pg := range pages {
		label, _ := pdfcheck.Signature([]pdfcheck.Page{pg}, p, l.Margins.Left+l.SignatureLeft())
		if label == nil {
			continue
		}
		r.label = *label
		found := false
		for _, w := range pg.Words() { // the lowest word above the row: the body's last line
			if m.Baseline(w) < m.Baseline(*label)-2 && (!found || m.Baseline(w) > m.Baseline(r.last)) {
				r.last, found = w, true
			}
		}
		require.True(t, found, "a body line above the signature row")
		return r
	}
	t.Fatal("no Nơi nhận:")
	return r
}

// gap returns the distance in millimetres from the foot of the line of
// word upper to the top of the line of word lower, their words boxed as
// box says.
func (r rhythm) gap(upper, lower pdfcheck.Word, box pdfcheck.Metrics) float64 {
	foot := r.m.Baseline(upper) + box.Descent*r.m.Size(upper)
	top := r.m.Baseline(lower) - box.Ascent*r.m.Size(lower)
	return layout.ToMM(top - foot)
}

func (r rhythm) titleGap(box pdfcheck.Metrics) float64     { return r.gap(r.date, r.title, box) }
func (r rhythm) signatureGap(box pdfcheck.Metrics) float64 { return r.gap(r.last, r.label, box) }

// linePitches returns the distances between the baselines of two lines of
// one body paragraph: a line that reaches the right margin (justified) and
// the next, which starts at the left margin, both in the body's size.
func linePitches(pages []pdfcheck.Page, l *layout.Layout, m pdfcheck.Metrics) []float64 {
	left, right := l.Margins.Left, l.PageWidth-l.Margins.Right
	var out []float64
	for _, pg := range pages {
		type line struct{ baseline, xmin, xmax float64 }
		var lines []line
		for _, w := range pg.Words() {
			if math.Abs(m.Size(w)-l.BodySize) > 0.3 {
				continue // a footnote, a table, the signature
			}
			b := m.Baseline(w)
			i := slices.IndexFunc(lines, func(x line) bool { return math.Abs(x.baseline-b) < 1 })
			if i < 0 {
				lines = append(lines, line{b, w.XMin, w.XMax})
				continue
			}
			lines[i].xmin, lines[i].xmax = min(lines[i].xmin, w.XMin), max(lines[i].xmax, w.XMax)
		}
		slices.SortFunc(lines, func(a, b line) int { return int(math.Round(a.baseline - b.baseline)) })
		for k := 1; k < len(lines); k++ {
			prev, cur := lines[k-1], lines[k]
			if math.Abs(prev.xmax-right) < 2 && math.Abs(cur.xmin-left) < 1 && cur.baseline-prev.baseline < 2*l.BodySize {
				out = append(out, cur.baseline-prev.baseline)
			}
		}
	}
	return out
}
