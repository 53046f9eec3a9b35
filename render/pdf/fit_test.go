package pdf

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
	"github.com/kehoach/kehoach/render/layout"
)

var rewriteFitCorpus = flag.Bool("fitcorpus", false, "generate testdata/fit-corpus.txt anew")

// fitCorpus is the boundary-line corpus: lines of body text whose fate
// LibreOffice decides by hundredths of a point (render/layout/fit.go).
const fitCorpus = "testdata/fit-corpus.txt"

// fitLine is one line of the corpus: a body paragraph's first line
// (lead empty) or its second (after lead, a full first line), in one
// style and size; tail follows it in its paragraph.
type fitLine struct {
	size  float64
	style string // regular, bold or italic
	lead  string
	line  string
}

// fitTail ends each paragraph of the corpus.
const fitTail = "và các nội dung khác."

// fitStyles are the corpus's styles and how the authoring format marks
// them.
var fitStyles = map[string]struct {
	style layout.Style
	mark  string
}{"regular": {layout.Regular, ""}, "bold": {layout.Bold, "**"}, "italic": {layout.Italic, "*"}}

// TestFitLikeLibreOffice prints the boundary-line corpus as our PDF and
// as our DOCX printed by LibreOffice: each corpus line ends at the same
// word in both, LibreOffice keeping its last word or sending it to the
// next line. The corpus is made so that no constant margin on the exact
// width could tell the two apart.
func TestFitLikeLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext")
	if *rewriteFitCorpus {
		writeFitCorpus(t)
	}
	corpus := readFitCorpus(t)
	var samples []sample
	for _, size := range []float64{13, 14} {
		l := layout.Default()
		l.BodySize = size
		samples = append(samples, sample{fmt.Sprintf("fit-%g", size), readPlanText(t, fitPlan(t, corpus, size)), l})
	}
	ours, theirs := printBoth(t, samples)
	kept := map[bool]int{}
	var keptOver, refusedUnder int // by the exact measure, upright
	for i, s := range samples {
		loLines, khLines := pageLines(pdfcheck.Read(t, theirs[i])), pageLines(pdfcheck.Read(t, ours[i]))
		l := s.l
		loAt, khAt := 0, 0 // the corpus's lines are in the order it prints them
		for _, c := range corpus {
			if c.size != l.BodySize {
				continue
			}
			var lo, kh []string
			lo, loAt = findLine(loLines, loAt, c.line)
			kh, khAt = findLine(khLines, khAt, c.line)
			if !assert.NotNil(t, lo, "LibreOffice's print has the line %q", c.line) || !assert.NotNil(t, kh, "ours has the line %q", c.line) {
				continue
			}
			words := strings.Fields(c.line)
			loKept := len(lo) == len(words)
			assert.True(t, loKept || len(lo) == len(words)-1, "LibreOffice breaks %q elsewhere: %q", c.line, strings.Join(lo, " "))
			assert.Equal(t, strings.Join(lo, " "), strings.Join(kh, " "), "%g pt %s: the line ends where LibreOffice ends it", c.size, c.style)
			kept[loKept]++
			width := l.TextWidth()
			if c.lead == "" {
				width -= l.FirstIndent
			}
			exact := layout.FontMetrics(fitStyles[c.style].style).Width(c.line, c.size)
			if c.style != "italic" && loKept && exact > width {
				keptOver++
			}
			if c.style != "italic" && !loKept && exact <= width {
				refusedUnder++
			}
		}
	}
	t.Logf("%d corpus lines: LibreOffice kept %d, refused %d; upright, %d kept past the exact width, %d refused within it", len(corpus), kept[true], kept[false], keptOver, refusedUnder)
	assert.Greater(t, keptOver, 10, "the corpus holds lines kept though over the width by the exact measure")
	assert.Greater(t, refusedUnder, 10, "and lines refused though within it")
}

// fitPlan returns the corpus lines of one size as a plan in the authoring
// format: a part whose paragraphs each hold one corpus line.
func fitPlan(t testing.TB, corpus []fitLine, size float64) string {
	src, err := os.ReadFile(filepath.Join(testplans.Dir(), "ke-hoach-004.md"))
	require.NoError(t, err)
	text := string(src)
	end := strings.Index(text[3:], "\n---\n") + 8 // the front matter
	var b strings.Builder
	b.WriteString(text[:end] + "\n# THỬ NGHIỆM\n\n")
	for _, c := range corpus {
		if c.size != size {
			continue
		}
		mark := fitStyles[c.style].mark
		para := strings.TrimSpace(c.lead + " " + c.line + " " + fitTail)
		b.WriteString(mark + para + mark + "\n\n")
	}
	return b.String()
}

// readPlanText reads a plan in the authoring format.
func readPlanText(t testing.TB, src string) *plan.Plan {
	t.Helper()
	p, err := markdown.Read([]byte(src), "fit.md")
	require.NoError(t, err)
	return p
}

// pageLines returns the words of every line of a PDF, as poppler groups
// them, in reading order.
func pageLines(pages []pdfcheck.Page) [][]string {
	var out [][]string
	for _, pg := range pages {
		for _, l := range pg.Lines {
			var words []string
			for _, w := range l.Words {
				words = append(words, w.Text)
			}
			out = append(out, words)
		}
	}
	return out
}

// findLine returns the first line of a PDF from lines[from] on that
// starts as line does (its first three words, which hold the paragraph's
// number or follow a full line), and the index after it.
func findLine(lines [][]string, from int, line string) ([]string, int) {
	words := strings.Fields(line)
	for i := from; i < len(lines); i++ {
		if l := lines[i]; len(l) >= 3 && slices.Equal(l[:3], words[:3]) {
			return l, i + 1
		}
	}
	return nil, from
}

// readFitCorpus reads testdata/fit-corpus.txt: after comment lines ("#"),
// one line a record of size, style, lead and line, separated by tabs.
func readFitCorpus(t testing.TB) []fitLine {
	f, err := os.Open(fitCorpus)
	require.NoError(t, err, "run go test ./render/pdf -run TestFitLikeLibreOffice -fitcorpus to make it")
	defer f.Close()
	var out []fitLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		require.Len(t, fields, 4, "%s: %q", fitCorpus, sc.Text())
		size, err := strconv.ParseFloat(fields[0], 64)
		require.NoError(t, err)
		out = append(out, fitLine{size, fields[1], fields[2], fields[3]})
	}
	require.NoError(t, sc.Err())
	return out
}

// writeFitCorpus makes the corpus: for each size and style, 160
// paragraphs of words drawn from the example plans, half with a first
// line and half with a second line whose width, by the exact measure, is
// within 0.12 pt of the line's width (of the width less the italic
// overhang, for italic): the lines LibreOffice keeps or refuses by its
// own rounding.
func writeFitCorpus(t testing.TB) {
	pool := fitWords(t)
	rng := rand.New(rand.NewPCG(30, 2020))
	var b strings.Builder
	b.WriteString("# The boundary-line corpus of TestFitLikeLibreOffice, made by its -fitcorpus flag:\n# size, style, the paragraph's full first line when the boundary line is its second, the boundary line.\n")
	number := 1000 // the paragraphs' numbers, which find their lines
	for _, size := range []float64{13, 14} {
		l := layout.Default()
		l.BodySize = size
		for _, style := range []string{"regular", "bold", "italic"} {
			m := layout.FontMetrics(fitStyles[style].style)
			width := func(words []string) float64 { return m.Width(strings.Join(words, " "), size) }
			overhang := 0.0
			if style == "italic" {
				overhang = float64(int(math.Round(layout.LineHeight(size)*20))/12) / 20
			}
			// fill adds words while the line stays under limit, up to
			// about 30 pt short of it.
			fill := func(words []string, limit float64) []string {
				for tries := 0; tries < 200 && width(words) < limit-30; tries++ {
					if w := pool[rng.IntN(len(pool))]; width(append(words, w)) <= limit {
						words = append(words, w)
					}
				}
				return words
			}
			for n := 0; n < 160; {
				tag := []string{"Đoạn", strconv.Itoa(number)}
				avail, lead, words := l.TextWidth(), []string(nil), []string(nil)
				if n%2 == 0 {
					avail -= l.FirstIndent
					words = fill(tag, avail-25)
				} else { // a first line ended well clear of the margin
					first := l.TextWidth() - l.FirstIndent
					lead = fill(tag, first-25)
					for width(lead) < first-10 {
						w := pool[rng.IntN(len(pool))]
						if over := width(append(lead, w)); over > first+1 && width(lead) < first-1 {
							words = []string{w}
							break
						} else if over <= first-1 {
							lead = append(lead, w)
						}
					}
					if words == nil {
						continue
					}
					words = fill(words, avail-25)
				}
				target := avail - overhang + (rng.Float64()*2-1)*0.12
				base := width(words) + m.Width(" ", size)
				best := slices.MinFunc(pool, func(a, b string) int {
					da, db := math.Abs(base+m.Width(a, size)-target), math.Abs(base+m.Width(b, size)-target)
					return int(math.Copysign(1, da-db))
				})
				if math.Abs(base+m.Width(best, size)-target) > 0.004 {
					continue
				}
				fmt.Fprintf(&b, "%g\t%s\t%s\t%s\n", size, style, strings.Join(lead, " "), strings.Join(append(words, best), " "))
				n++
				number++
			}
		}
	}
	require.NoError(t, os.WriteFile(fitCorpus, []byte(b.String()), 0o644))
}

// fitWords returns the distinct words of the example plans written in
// Latin letters and digits, each perhaps followed by a comma, full stop,
// semicolon or colon: words whose breaks are only the spaces around them.
func fitWords(t testing.TB) []string {
	paths, err := filepath.Glob(filepath.Join(testplans.Dir(), "*.md"))
	require.NoError(t, err)
	word := regexp.MustCompile(`^[\p{Latin}\p{Nd}]+[,.;:]?$`)
	seen := map[string]bool{}
	var pool []string
	for _, path := range paths {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, w := range strings.Fields(string(src)) {
			if word.MatchString(w) && !seen[w] && len([]rune(w)) < 16 {
				seen[w] = true
				pool = append(pool, w)
			}
		}
	}
	slices.Sort(pool)
	return pool
}
