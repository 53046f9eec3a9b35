package compose_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// issuingPlans are the seed plan and two real plans: 004 and 09 leave the
// number and the day blank, 10 is numbered and dated.
var issuingPlans = []string{"ke-hoach-004.md", "plan-09.md", "plan-10.md"}

// placesOf returns the places of a kind in a placement.
func placesOf(pl compose.Placement, kind compose.PlaceKind) []compose.Located {
	var out []compose.Located
	for _, p := range pl.Places {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

// runWith returns the first run of the page that holds s.
func runWith(pg compose.Page, s string) *compose.Text {
	for i := range pg.Texts {
		if strings.Contains(pg.Texts[i].Text, s) {
			return &pg.Texts[i]
		}
	}
	return nil
}

// TestBlankPlaces: an unnumbered plan's "Số:" line and a blank day leave
// the layout's widths (12 mm, 7.5 mm), and the places say where: from the
// end of "Số:" (of "ngày") to the "/" (to "tháng"), on the line's
// baseline, at its size; a numbered, dated plan has none.
func TestBlankPlaces(t *testing.T) {
	l := layout.Default()
	for _, name := range issuingPlans {
		t.Run(name, func(t *testing.T) {
			p := testplans.Load(t, name)
			pages, err := compose.Pages(p, l)
			require.NoError(t, err)
			pl := compose.PlacementOf(pages)
			assert.Equal(t, len(pages), pl.Pages)
			number, day := placesOf(pl, compose.PlaceNumber), placesOf(pl, compose.PlaceDay)
			if p.Number != "" {
				assert.Empty(t, number, "a numbered plan has no number blank")
				assert.Empty(t, day, "a dated plan has no day blank")
				return
			}
			require.Len(t, number, 1)
			require.Len(t, day, 1)
			for _, c := range []struct {
				place       compose.Located
				before, gap string
				width       float64
			}{{number[0], "Số:", "/", l.NumberBlank}, {day[0], "ngày", "tháng", l.DateBlank}} {
				assert.Equal(t, 1, c.place.Page)
				run := runWith(pages[0], c.before)
				require.NotNil(t, run)
				face := layout.FontMetrics(run.Style)
				start := strings.Index(run.Text, c.before) + len(c.before)
				end := strings.Index(run.Text[start:], c.gap) + start
				assert.InDelta(t, run.X+face.Width(run.Text[:start], run.Size), c.place.X, 0.01, "%s: the blank starts after it", c.before)
				assert.InDelta(t, face.Width(run.Text[start:end], run.Size), c.place.Width, 0.01, "%s: the blank reaches %q", c.before, c.gap)
				assert.InDelta(t, c.width, c.place.Width, face.Width(" ", run.Size)/2, "%s: as wide as the layout says, to half a space", c.before)
				assert.Equal(t, run.Y, c.place.Baseline)
				assert.Equal(t, run.Size, c.place.Size)
				assert.Less(t, c.place.Y, run.Y)
				assert.Greater(t, c.place.Y+c.place.Height, run.Y, "the box holds the baseline")
			}
		})
	}
}

// TestSignatureAndSealPlaces: the signature box is centred in the signer's
// column and in the room between the last position line and the name,
// which holds it; the seal is the layout's size and covers a third of the
// signature's width from its left.
func TestSignatureAndSealPlaces(t *testing.T) {
	l := layout.Default()
	for _, name := range issuingPlans {
		t.Run(name, func(t *testing.T) {
			p := testplans.Load(t, name)
			pages, err := compose.Pages(p, l)
			require.NoError(t, err)
			pl := compose.PlacementOf(pages)
			sigs, seals := placesOf(pl, compose.PlaceSignature), placesOf(pl, compose.PlaceSeal)
			require.Len(t, sigs, 1)
			require.Len(t, seals, 1)
			sig, seal := sigs[0], seals[0]
			pg := pages[sig.Page-1]
			nameRun := runWith(pg, p.Signer.Name)
			lines := l.SignerLines(p.Signer)
			last := lines[len(lines)-1]
			lastRun := runWith(pg, last[strings.LastIndex(last, "\n")+1:])
			require.NotNil(t, nameRun)
			require.NotNil(t, lastRun)

			column := l.Margins.Left + l.SignatureLeft()
			assert.InDelta(t, column+l.SignatureRight/2, sig.X+sig.Width/2, 0.01, "centred in the signer's column")
			assert.InDelta(t, nameRun.X+nameRun.Width/2, sig.X+sig.Width/2, 0.01, "centred on the name")
			assert.InDelta(t, l.SignatureBoxWidth, sig.Width, 0.001)
			assert.InDelta(t, l.SignatureBoxHeight, sig.Height, 0.001)
			lastFoot := lastRun.Y + layout.FontMetrics(layout.Bold).DescentAt(lastRun.Size)
			nameTop := nameRun.Y - layout.FontMetrics(layout.Bold).BaselineAt(nameRun.Size)
			assert.GreaterOrEqual(t, sig.Y, lastFoot-0.01, "under the position's line")
			assert.LessOrEqual(t, sig.Y+sig.Height, nameTop+0.01, "over the name's line")
			assert.InDelta(t, (lastFoot+nameTop)/2, sig.Y+sig.Height/2, 2, "in the middle of the room")

			assert.Equal(t, sig.Page, seal.Page)
			assert.InDelta(t, l.SealDiameter, seal.Width, 0.001, "the seal's real size")
			assert.InDelta(t, l.SealDiameter, seal.Height, 0.001)
			covered := (min(seal.X+seal.Width, sig.X+sig.Width) - max(seal.X, sig.X)) / sig.Width
			assert.GreaterOrEqual(t, covered, 0.30, "covers about a third")
			assert.LessOrEqual(t, covered, 0.36)
			assert.Less(t, seal.X, sig.X, "from the signature's left")
			assert.InDelta(t, sig.Y+sig.Height/2, seal.Y+seal.Height/2, 0.01, "on the signature's middle line")
		})
	}
}

// TestImagesMoveNothing: the images go into their boxes, the seal drawn
// after the signature, and the pages' text is the same as without them.
func TestImagesMoveNothing(t *testing.T) {
	for _, name := range issuingPlans {
		p := testplans.Load(t, name)
		plain, err := compose.Pages(p, layout.Default())
		require.NoError(t, err)
		signed, err := compose.Pages(p, layout.Default(),
			compose.WithSignature("sig", []byte("png-1")), compose.WithSeal("seal", []byte("png-2")))
		require.NoError(t, err)
		require.Len(t, signed, len(plain))
		for i := range plain {
			assert.Equal(t, plain[i].Texts, signed[i].Texts, "%s: page %d: nothing moves", name, i+1)
			assert.Equal(t, plain[i].Places, signed[i].Places)
			assert.Empty(t, plain[i].Images)
		}
		sig := placesOf(compose.PlacementOf(signed), compose.PlaceSignature)[0]
		images := signed[sig.Page-1].Images
		require.Len(t, images, 2, name)
		assert.Equal(t, compose.PlaceSignature, images[0].Kind, "the signature first")
		assert.Equal(t, compose.PlaceSeal, images[1].Kind, "the seal over it")
		assert.Equal(t, []byte("png-1"), images[0].PNG)
		for _, img := range images {
			box := placesOf(compose.PlacementOf(signed), img.Kind)[0]
			assert.Equal(t, [4]float64{box.X, box.Y, box.Width, box.Height}, [4]float64{img.X, img.Y, img.Width, img.Height})
		}
	}
}

// TestImagesFitted: signatures scanned wide, tall or cropped close, and
// seals that are not square, are drawn fitted into their boxes, their
// proportions kept and centred; the signature's box stays where the
// layout reserves it, and the seal's box follows the signature as drawn,
// so that the seal covers a third of it; nothing else moves.
func TestImagesFitted(t *testing.T) {
	l := layout.Default()
	rect := func(x, y, w, h float64) testpictures.Rect { return testpictures.Rect{x, y, w, h} }
	for _, name := range issuingPlans {
		p := testplans.Load(t, name)
		plain, err := compose.Pages(p, l)
		require.NoError(t, err)
		box := placesOf(compose.PlacementOf(plain), compose.PlaceSignature)[0]
		for _, shape := range testpictures.Shapes() {
			signed, err := compose.Pages(p, l, compose.WithSignature("sig", shape.Signature), compose.WithSeal("seal", shape.Seal))
			require.NoError(t, err)
			require.Len(t, signed, len(plain))
			for i := range plain {
				assert.Equal(t, plain[i].Texts, signed[i].Texts, "%s, %s: page %d: nothing moves", name, shape.Name, i+1)
			}
			pl := compose.PlacementOf(signed)
			assert.Equal(t, box, placesOf(pl, compose.PlaceSignature)[0], "%s, %s: the signature's box stays", name, shape.Name)
			sealBox := placesOf(pl, compose.PlaceSeal)[0]
			images := signed[box.Page-1].Images
			require.Len(t, images, 2)
			sig, seal := images[0], images[1]
			assert.Equal(t, layout.PixelSize{Width: shape.SignaturePixels[0], Height: shape.SignaturePixels[1]}, sig.Pixels)
			assert.Empty(t, testpictures.FitProblems(shape.SignaturePixels, rect(box.X, box.Y, box.Width, box.Height),
				rect(sig.X, sig.Y, sig.Width, sig.Height), 1e-6), "%s, %s: the signature", name, shape.Name)
			assert.InDelta(t, l.SealDiameter, sealBox.Width, 1e-6, "the seal's real size")
			assert.Empty(t, testpictures.FitProblems(shape.SealPixels, rect(sealBox.X, sealBox.Y, sealBox.Width, sealBox.Height),
				rect(seal.X, seal.Y, seal.Width, seal.Height), 1e-6), "%s, %s: the seal", name, shape.Name)
			assert.InDelta(t, l.SealOverlap, testpictures.Covered(rect(sig.X, sig.Y, sig.Width, sig.Height), rect(seal.X, seal.Y, seal.Width, seal.Height)),
				1e-6, "%s, %s: the seal over a third of the signature as drawn", name, shape.Name)
			assert.Less(t, seal.X, sig.X, "from its left")
		}
	}
}

// TestAppendixFile: an appendix alone is its own document: its pages
// only, numbered from 1, the top-right text at 10 pt in the text area's
// top-right corner, the "(Kèm theo …)" line with the number and date
// unfilled; the plan without its appendices stops at its signature.
func TestAppendixFile(t *testing.T) {
	l := layout.Default()
	p := testplans.Load(t, "plan-10.md") // numbered, dated, two appendices
	all, err := compose.Pages(p, l)
	require.NoError(t, err)
	corner := p.AppendixCorner(time.Time{})
	for i := range p.Appendices {
		pages, err := compose.Pages(p, l, compose.AppendixOnly(i+1), compose.WithCorner(corner))
		require.NoError(t, err)
		var want int
		for _, pg := range all {
			if pg.Section == i+1 {
				want++
			}
		}
		require.Len(t, pages, want, "appendix %d", i+1)
		for n, pg := range pages {
			assert.Equal(t, n+1, pg.Number)
		}
		first := pages[0]
		run := runWith(first, corner)
		require.NotNil(t, run, "the top-right text")
		assert.Equal(t, 10.0, run.Size)
		assert.Equal(t, layout.Regular, run.Style, "upright")
		assert.Equal(t, layout.RGB{}, run.Color, "black")
		assert.InDelta(t, first.Width-l.Margins.Right, run.X+run.Width, 0.01, "on the right margin")
		assert.GreaterOrEqual(t, run.X, l.Margins.Left)
		place := placesOf(compose.PlacementOf(pages), compose.PlaceCorner)
		require.Len(t, place, 1)
		assert.InDelta(t, l.Margins.Top, place[0].Y, 0.01, "at the top margin")
		assert.Equal(t, run.X, place[0].X)
		attached := runWith(first, "(Kèm theo")
		require.NotNil(t, attached)
		assert.NotContains(t, attached.Text, "1105", "the number unfilled")
		assert.Contains(t, attached.Text, "số"+plan.Blank)
		assert.Greater(t, attached.Y, run.Y, "under the top-right text")
	}
	own, err := compose.Pages(p, l, compose.PlanOnly())
	require.NoError(t, err)
	for _, pg := range own {
		assert.Equal(t, 0, pg.Section)
	}
	_, err = compose.Pages(p, l, compose.AppendixOnly(3))
	assert.Error(t, err, "there is no appendix 3")
}

// TestCopyCorner: an electronic copy's text stands at the top right of
// page 1 only.
func TestCopyCorner(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	text := plan.CopyCorner(plan.CopyTrue, "Ủy ban nhân dân tỉnh Vĩnh Phúc", time.Date(2025, 5, 20, 1, 51, 2, 0, time.UTC))
	assert.Equal(t, "SAO Y; Ủy ban nhân dân tỉnh Vĩnh Phúc; 2025-05-20T08:51:02+07:00", text)
	pages, err := compose.Pages(p, layout.Default(), compose.WithCorner(text))
	require.NoError(t, err)
	require.NotNil(t, runWith(pages[0], text))
	for _, pg := range pages[1:] {
		assert.Nil(t, runWith(pg, "SAO Y"))
	}
}

// TestBlankDate: a plan with no date has the day, month and year blank;
// the year's, which ends the line, starts where "năm" ends.
func TestBlankDate(t *testing.T) {
	l := layout.Default()
	p := testplans.Minimal()
	p.Date = plan.Date{}
	pages, err := compose.Pages(p, l)
	require.NoError(t, err)
	pl := compose.PlacementOf(pages)
	for _, kind := range []compose.PlaceKind{compose.PlaceDay, compose.PlaceMonth, compose.PlaceYear} {
		require.Len(t, placesOf(pl, kind), 1, kind)
	}
	year := placesOf(pl, compose.PlaceYear)[0]
	run := runWith(pages[0], "năm")
	require.NotNil(t, run)
	face := layout.FontMetrics(run.Style)
	end := strings.LastIndex(run.Text, "năm") + len("năm")
	assert.InDelta(t, run.X+face.Width(run.Text[:end], run.Size), year.X, 0.01)
	assert.InDelta(t, l.YearBlank, year.Width, face.Width(" ", run.Size)/2)
	assert.LessOrEqual(t, year.X+year.Width, l.PageWidth-l.Margins.Right, "inside the margin")
}
