package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/layout"
)

// TestAgreesWithLibreOffice prints each example plan twice: as our PDF,
// and as our DOCX printed to PDF by LibreOffice. The two have the same
// number of pages, and at least 90% of the lines end at the same word.
func TestAgreesWithLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext", "pdfinfo")
	dir := t.TempDir()
	var docs, ours []string
	for _, name := range testplans.Names {
		p := load(t, name)
		base := strings.TrimSuffix(name, ".md")
		var buf strings.Builder
		require.NoError(t, docx.Write(&buf, p))
		path := filepath.Join(dir, base+".docx")
		require.NoError(t, os.WriteFile(path, []byte(buf.String()), 0o644))
		docs = append(docs, path)
		ours = append(ours, save(t, dir, base+".kehoach.pdf", p))
	}
	theirs := pdfcheck.ConvertDocx(t, dir, docs...)
	for i, name := range testplans.Names {
		t.Run(name, func(t *testing.T) {
			want := pdfcheck.Info(t, theirs[i])["Pages"]
			assert.Equal(t, want, pdfcheck.Info(t, ours[i])["Pages"], "as many pages as LibreOffice prints")
			lo, kh := lineEnds(pdfcheck.Read(t, theirs[i])), lineEnds(pdfcheck.Read(t, ours[i]))
			same := commonSubsequence(lo, kh)
			share := float64(same) / float64(max(len(lo), len(kh)))
			t.Logf("%s: %d lines in LibreOffice's PDF, %d in ours, %d end alike (%.1f%%)", name, len(lo), len(kh), same, 100*share)
			assert.GreaterOrEqual(t, share, 0.9, "lines ending at the same word")
		})
	}
}

// lineEnds returns the last word of every line of a document, page by
// page, leaving out the page numbers in the top margin.
func lineEnds(pages []pdfcheck.Page) []string {
	l := layout.Default()
	var ends []string
	for _, p := range pages {
		for _, line := range p.Lines {
			if line.YMax < l.Margins.Top && len(line.Words) == 1 {
				continue
			}
			ends = append(ends, line.Words[len(line.Words)-1].Text)
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
