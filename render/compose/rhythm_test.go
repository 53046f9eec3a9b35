package compose_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// baselines returns the distinct baselines of the page's body-size runs
// at the left margin or the first-line indent (the lines of body
// paragraphs), top to bottom.
func baselines(pg compose.Page, l *layout.Layout) []float64 {
	var out []float64
	for _, tx := range pg.Texts {
		atStart := math.Abs(tx.X-l.Margins.Left) < 0.01 || math.Abs(tx.X-l.Margins.Left-l.FirstIndent) < 0.01
		if tx.Size != l.BodySize || tx.Y < l.Margins.Top || !atStart {
			continue // the page number, a centred title line, a signer's line
		}
		if !slices.ContainsFunc(out, func(y float64) bool { return math.Abs(y-tx.Y) < 0.01 }) {
			out = append(out, tx.Y)
		}
	}
	slices.Sort(out)
	return out
}

// TestTitleAndSignatureRows: the title stands the title gap under the
// "Số:"/date row, "Nơi nhận:" the signature gap under the body's last
// line, the body's space after included (layout contract, Part A).
func TestTitleAndSignatureRows(t *testing.T) {
	single := layout.LineHeight(14)
	for _, c := range []struct {
		name   string
		change func(l *layout.Layout)
	}{
		{"default", func(*layout.Layout) {}},
		{"space after", func(l *layout.Layout) { l.ParaSpacingAfter = 6 }},
		{"exactly 17 pt", func(l *layout.Layout) { l.LineExact, l.ParaSpacing, l.ParaSpacingAfter = 17, 3, 6 }},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := layout.Default()
			c.change(&l)
			p := testplans.Load(t, "ke-hoach-004.md")
			pages, err := compose.Pages(p, l)
			require.NoError(t, err)
			first := pages[0]
			var date *compose.Text
			for i, tx := range first.Texts {
				if strings.HasPrefix(tx.Text, p.Place+", ngày") {
					date = &first.Texts[i]
				}
			}
			require.NotNil(t, date)
			title := find(first, "KẾ HOẠCH")
			require.NotNil(t, title)
			assert.InDelta(t, single+l.GapAfterHeader, title.Y-date.Y, 0.01, "the date line, then the gap, then the title")

			last := pages[len(pages)-1]
			label := find(last, "Nơi nhận:")
			require.NotNil(t, label)
			lines := baselines(last, &l)
			var above float64
			for _, y := range lines {
				if y < label.Y-1 {
					above = y
				}
			}
			require.Positive(t, above, "the body's last line above the signature")
			lineBelow := l.BodySpacing().Height(nil, l.BodySize) - l.BodySpacing().Baseline(nil, l.BodySize) // from the baseline to the line's foot
			labelTop := layout.FontMetrics(layout.Regular).BaselineAt(l.SignerSize)                          // "Nơi nhận:" on the signer's baseline
			assert.InDelta(t, lineBelow+l.GapBeforeSignature+labelTop, label.Y-above, 0.01, "the gap before the signature, the body's space after in it")
		})
	}
}

// TestExactLineSpacing: with lines exactly 17 pt apart, every two lines
// of a paragraph are 17 pt apart, the first baseline four fifths down its
// line (as LibreOffice places it), and paragraphs stand the larger of the
// space after and the space before apart.
func TestExactLineSpacing(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	l := layout.Default()
	single, err := compose.Pages(p, l)
	require.NoError(t, err)
	l.LineExact = 17
	exact, err := compose.Pages(p, l)
	require.NoError(t, err)

	pitches := map[float64]int{}
	for _, pg := range exact {
		ys := baselines(pg, &l)
		for i := 1; i < len(ys); i++ {
			pitches[math.Round((ys[i]-ys[i-1])*100)/100]++
		}
	}
	assert.Greater(t, pitches[17], 50, "lines 17 pt apart: %v", pitches)
	assert.Greater(t, pitches[17+l.ParaSpacing], 10, "paragraphs 17 pt and the space before apart: %v", pitches)
	for pitch := range pitches {
		assert.True(t, pitch == 17 || pitch == 17+l.ParaSpacing || pitch > 17+l.ParaSpacing,
			"no two body lines closer than 17 pt or between a line and a paragraph: %v", pitch)
	}

	// The first body line under the title block sits 13.6 pt down its
	// line, where single spacing puts it 13.07 pt down.
	firstLine := func(pages []compose.Page) float64 {
		word := strings.Fields(p.Preamble[0].(*plan.Paragraph).Text.String())[0]
		tx := find(pages[0], word)
		require.NotNil(t, tx)
		return tx.Y
	}
	assert.InDelta(t, 13.6-layout.FontMetrics(layout.Regular).BaselineAt(14), firstLine(exact)-firstLine(single), 0.01)

	// Space after: the larger of the two spaces stands between paragraphs.
	l = layout.Default()
	l.ParaSpacing, l.ParaSpacingAfter = 3, 9
	after, err := compose.Pages(p, l)
	require.NoError(t, err)
	pitches = map[float64]int{}
	for _, pg := range after {
		ys := baselines(pg, &l)
		for i := 1; i < len(ys); i++ {
			pitches[math.Round((ys[i]-ys[i-1])*100)/100]++
		}
	}
	assert.Greater(t, pitches[layout.LineHeight(14)+9], 10, "9 pt after, 3 before: 9 pt between paragraphs: %v", pitches)
	assert.Zero(t, pitches[layout.LineHeight(14)+12], "never their sum")
}

// TestKeptParagraphMovesWhole: the body's last paragraph, kept with the
// signature, is not split to follow it: it moves whole to the next page,
// as LibreOffice moves a paragraph kept with the next.
func TestKeptParagraphMovesWhole(t *testing.T) {
	p := testplans.KeptWhole(t)
	l := layout.Default()
	pages, err := compose.Pages(p, l)
	require.NoError(t, err)
	require.Len(t, pages, 4)
	assert.NotNil(t, find(pages[3], "Nơi nhận:"))
	require.Greater(t, len(pages[3].Texts), 1)
	opening := pages[3].Texts[1] // after the page number
	assert.Equal(t, "2.", opening.Text, "the paragraph opens page 4, with its number")
	assert.InDelta(t, l.Margins.Left+l.FirstIndent, opening.X, 0.01, "at the first-line indent: its first line")
}
