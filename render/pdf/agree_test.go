package pdf

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/render/layout"
)

// TestAgreesWithLibreOffice prints each example plan under each shipped
// layout profile (examples/profiles), the stress plan of footnotes and a
// long table, the seed plan with 1.5 line spacing, one with a table row
// taller than a page and one with a long table of cells spanning rows,
// the seed plan and plan 09 with the body at 13 pt (testdata/body-13.yaml)
// and a plan of many citations (testdata/citations-40.md), whose lines
// LibreOffice keeps a few hundredths of a point past the exact width,
// twice: as our PDF, and as our DOCX printed to PDF by LibreOffice. The
// two have the same number of pages, and at least 99% of the lines end at
// the same word.
func TestAgreesWithLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext", "pdfinfo")
	samples := profileSamples(t)
	spaced := layout.Default()
	spaced.LineSpacing = 1.5
	samples = append(samples, sample{"stress", testplans.Stress(t), layout.Default()}, sample{"ke-hoach-004-spaced", load(t, "ke-hoach-004.md"), spaced},
		sample{"tall-row", testplans.TallRow(t), layout.Default()}, sample{"kept-whole", testplans.KeptWhole(t), layout.Default()},
		sample{"grouped-rows", testplans.GroupedRows(t), layout.Default()}, sample{"references", testplans.References(t), layout.Default()})
	body13 := readProfile(t, "testdata/body-13.yaml")
	samples = append(samples, sample{"body-13-ke-hoach-004", load(t, "ke-hoach-004.md"), body13}, sample{"body-13-plan-09", load(t, "plan-09.md"), body13},
		sample{"citations-40", readPlan(t, "testdata/citations-40.md"), layout.Default()})
	ours, theirs := printBoth(t, samples)
	for i, s := range samples {
		name := s.name
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, pdfcheck.PageCount(t, theirs[i]), pdfcheck.PageCount(t, ours[i]), "as many pages as LibreOffice prints")
			lo, kh := lineEnds(pdfcheck.Read(t, theirs[i])), lineEnds(pdfcheck.Read(t, ours[i]))
			same := commonSubsequence(lo, kh)
			share := float64(same) / float64(max(len(lo), len(kh)))
			t.Logf("%s: %d lines in LibreOffice's PDF, %d in ours, %d end alike (%.1f%%)", name, len(lo), len(kh), same, 100*share)
			assert.GreaterOrEqual(t, share, 0.99, "lines ending at the same word")
			// Neither breaks a document's number and symbol or a date
			// across two lines.
			for who, path := range map[string]string{"LibreOffice": theirs[i], "kehoach": ours[i]} {
				for _, broken := range brokenReferences(pdfcheck.Read(t, path)) {
					t.Errorf("%s's print of %s breaks %q", who, name, broken)
				}
			}
		})
	}
}

// brokenReferences returns the words of a document's number and symbol,
// or of a date, that a line ends inside of: a line that ends after "-" or
// "/" whose last word and the next line's first make such a word
// (layout.Unbreakable, or a date "16/7/2021"), or a number cut from its
// "%".
func brokenReferences(pages []pdfcheck.Page) []string {
	var lines []string
	for _, pg := range pages {
		for _, l := range pg.Lines {
			lines = append(lines, strings.ReplaceAll(l.Text(), "\u2011", "-"))
		}
	}
	var broken []string
	for i := 0; i+1 < len(lines); i++ {
		last, next := strings.Fields(lines[i]), strings.Fields(lines[i+1])
		if len(last) == 0 || len(next) == 0 {
			continue
		}
		end, start := last[len(last)-1], next[0]
		joined := end + start
		switch {
		case strings.HasSuffix(end, "-") || strings.HasSuffix(end, "/"):
			if layout.Unbreakable(joined) || isSlashDate(joined) {
				broken = append(broken, end+" | "+start)
			}
		case strings.HasPrefix(start, "%") && end != "" && end[len(end)-1] >= '0' && end[len(end)-1] <= '9':
			broken = append(broken, end+" | "+start)
		}
	}
	return broken
}

// isSlashDate reports whether w is a date written "16/7/2021".
func isSlashDate(w string) bool {
	parts := strings.Split(strings.TrimRight(w, ",.;)"), "/")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// lineEnds returns the last word of every line of a document, page by
// page, top to bottom and left to right, leaving out the page numbers in
// the top margin. Lines are rebuilt from the words' positions, not taken
// from poppler's grouping, which differs between two PDFs whose words
// stand at the same places (it joins a table's cells into one line in
// one PDF and not in the other): words whose tops are within a few points
// make one line, and a gap wider than a run of spaces could be (the
// border between two cells) ends a run of it.
func lineEnds(pages []pdfcheck.Page) []string {
	l := layout.Default()
	const sameLine, cellGap = 4.0, 20.0 // points
	var ends []string
	for _, p := range pages {
		var words []pdfcheck.Word
		for _, line := range p.Lines {
			if line.YMax < l.Margins.Top && len(line.Words) == 1 {
				continue // the page number
			}
			words = append(words, line.Words...)
		}
		slices.SortStableFunc(words, func(a, b pdfcheck.Word) int {
			if d := math.Round(a.YMin) - math.Round(b.YMin); d != 0 {
				return int(d)
			}
			return int(a.XMin - b.XMin)
		})
		for i := 0; i < len(words); {
			j := i + 1 // words[i:j] is one line
			for j < len(words) && words[j].YMin-words[i].YMin < sameLine {
				j++
			}
			line := slices.Clone(words[i:j])
			slices.SortStableFunc(line, func(a, b pdfcheck.Word) int { return int(a.XMin - b.XMin) })
			for k := range line {
				if k == len(line)-1 || line[k+1].XMin-line[k].XMax > cellGap {
					ends = append(ends, line[k].Text)
				}
			}
			i = j
		}
	}
	return ends
}

// commonSubsequence returns the length of the longest common subsequence
// of a and b.
func commonSubsequence(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
