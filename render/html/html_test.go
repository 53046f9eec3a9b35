package html

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestDocument: a complete document in Vietnamese with a policy that
// forbids scripts, the plan's subject as its title, an A4 @page without
// margins, a page box for each composed page, and the fonts of the
// styles it prints in, embedded byte for byte.
func TestDocument(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	doc := render(t, p)
	pages, err := compose.Pages(p, layout.Default())
	require.NoError(t, err)

	assert.True(t, strings.HasPrefix(doc, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"), doc[:100])
	has(t, doc, `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">`)
	has(t, doc, "<title>"+strings.Join(strings.Fields(p.Subject), " ")+"</title>")
	has(t, doc, `<meta name="author" content="Sở Thông tin và Truyền thông">`)
	assert.True(t, strings.HasSuffix(doc, "</div>\n</body>\n</html>\n"))
	css := styleSheet(t, doc)
	has(t, css, "@page{size:595.276pt 841.89pt;margin:0}")
	has(t, css, "@page kh-s595_276x841_89{size:595.276pt 841.89pt;margin:0}")
	has(t, css, ".kehoach .kh-s595_276x841_89{width:595.276pt;height:841.89pt;page:kh-s595_276x841_89}")
	assert.Equal(t, len(pages), strings.Count(doc, `<div class="kh-page kh-s595_276x841_89">`), "a box for each page")

	faces := regexp.MustCompile(`@font-face\{font-family:kehoach-serif;font-weight:(\d+);font-style:(\w+);font-display:block;src:url\("data:font/ttf;base64,([A-Za-z0-9+/=]+)"\) format\("truetype"\);unicode-range:([^}]+)\}`).FindAllStringSubmatch(css, -1)
	used := printedStyles(t, pages)
	require.Len(t, faces, len(used), "a face for each style printed in")
	assert.Equal(t, len(faces), strings.Count(css, "@font-face"), "the text font's faces only")
	for i, f := range faces {
		data, err := base64.StdEncoding.DecodeString(f[3])
		require.NoError(t, err)
		assert.Equal(t, used[i].Bold, f[1] == "700")
		assert.Equal(t, used[i].Italic, f[2] == "italic")
		assertSubsetOf(t, templates.Font(used[i].Bold, used[i].Italic), data, drawnIn(pages, used[i]), unicodeRange(t, f[4]))
	}
	assert.True(t, doc == render(t, p), "the same plan gives the same bytes")
	assertOnlyOwnMarkup(t, doc)
	assertOnlyOwnMarkup(t, render(t, landscapePlan(), Fragment()))
}

// drawnIn returns the characters pages draw in the text font in a style,
// and the space.
func drawnIn(pages []compose.Page, s layout.Style) string {
	drawn := map[rune]bool{' ': true}
	for _, pg := range pages {
		for _, r := range pg.Texts {
			if r.Style == s {
				for _, c := range r.Text {
					drawn[c] = true
				}
			}
		}
	}
	return string(slices.Sorted(maps.Keys(drawn)))
}

// assertSubsetOf checks that an embedded font is the PDF's font cut down
// to the characters drawn in it: it parses, is of the same family and
// style, draws each of those characters with the same advance, lists
// exactly them in its unicode-range, and is a fraction of the whole.
func assertSubsetOf(t *testing.T, whole, embedded []byte, drawn, unicodeRange string) {
	t.Helper()
	want, err := layout.ParseFont("whole", whole)
	require.NoError(t, err)
	got, err := layout.ParseFont("embedded", embedded)
	require.NoError(t, err, "the embedded font parses")
	assert.Equal(t, want.Family, got.Family)
	assert.Equal(t, want.Style, got.Style)
	for _, r := range drawn {
		assert.True(t, got.Metrics.HasGlyph(r), "%q", r)
		assert.Equal(t, want.Metrics.Advance(r), got.Metrics.Advance(r), "%q", r)
	}
	assert.Equal(t, drawn, unicodeRange, "the unicode-range lists the characters drawn")
	assert.Less(t, len(embedded), len(whole)/3, "a fraction of the whole file")
}

// printedStyles returns the styles pages print their text in, in the
// order of allStyles; every run is in the text font.
func printedStyles(t *testing.T, pages []compose.Page) []layout.Style {
	printed := map[layout.Style]bool{}
	for _, pg := range pages {
		for _, r := range pg.Texts {
			require.Empty(t, r.Font, "%q: in the text font", r.Text)
			printed[r.Style] = true
		}
	}
	var out []layout.Style
	for _, s := range allStyles {
		if printed[s] {
			out = append(out, s)
		}
	}
	return out
}

// TestWordsWhereTheCompositionPutsThem reads the words back from the
// markup, laid out as a browser lays it out with the embedded fonts'
// advances, and finds each where the composition placed it: every line,
// every justified word, every footnote number, on every page of the
// samples.
func TestWordsWhereTheCompositionPutsThem(t *testing.T) {
	for _, s := range samples(t) {
		t.Run(s.name, func(t *testing.T) {
			pages, err := compose.Pages(s.plan, s.l)
			require.NoError(t, err)
			worst := wordsWhereComposed(t, pages, render(t, s.plan, WithLayout(s.l), WithFontURL("")), s.l.TextFonts())
			t.Logf("%s: words at most %.4f pt from the composition's", s.name, worst)
		})
	}
}

// wordsWhereComposed checks that a document draws the words of pages
// where the composition put them, to 0.01 pt, measured with fonts; it
// returns how far, at most, a word stands from its place.
func wordsWhereComposed(t *testing.T, pages []compose.Page, doc string, fonts *layout.Fonts) float64 {
	t.Helper()
	drawn := drawnWords(t, doc, fonts)
	require.Len(t, drawn, len(pages))
	worst := 0.0
	for i, pg := range pages {
		want := composedWords(pg, fonts)
		got := drawn[i]
		require.Len(t, got, len(want), "page %d: words", i+1)
		for k := range want {
			require.Equal(t, want[k].text, got[k].text, "page %d: word %d", i+1, k)
			d := math.Max(math.Abs(want[k].x-got[k].x), math.Abs(want[k].y-got[k].y))
			require.Less(t, d, 0.01, "page %d: %q at (%.3f, %.3f), drawn at (%.3f, %.3f)", i+1, want[k].text, want[k].x, want[k].y, got[k].x, got[k].y)
			worst = math.Max(worst, d)
		}
	}
	return worst
}

// composedWords returns a page's words where the composition puts them,
// in the order of its runs, measured with the fonts that print them.
func composedWords(pg compose.Page, fonts *layout.Fonts) []drawnWord {
	var out []drawnWord
	for _, r := range pg.Texts {
		m := fonts.Metrics(r.Style)
		if r.Font != "" {
			m = fonts.Family(r.Font).Font(r.Style).Metrics
		}
		x := r.X
		for i, word := range strings.Split(r.Text, " ") {
			if i > 0 {
				x += m.Width(" ", r.Size)
			}
			if word != "" {
				out = append(out, drawnWord{word, x, r.Y})
			}
			x += m.Width(word, r.Size)
		}
	}
	return out
}

// TestFragment: only the pages, in a root element that holds its own
// style sheet, every rule of which applies under the root's class; no
// document wrapper and no @page.
func TestFragment(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	frag := render(t, p, Fragment())
	assert.True(t, strings.HasPrefix(frag, "<div class=\"kehoach\" lang=\"vi\">\n<style>\n"), frag[:60])
	assert.True(t, strings.HasSuffix(frag, "</div>\n</div>\n"))
	for _, wrapper := range []string{"<!DOCTYPE", "<html", "<head", "<body", "<title", "<meta", "@page"} {
		hasNot(t, frag, wrapper)
	}
	rules := cssRules(styleSheet(t, frag))
	require.NotEmpty(t, rules)
	for _, r := range rules {
		if r.selector == "@font-face" {
			continue
		}
		for _, sel := range strings.Split(r.selector, ",") {
			assert.True(t, sel == ".kehoach" || strings.HasPrefix(sel, ".kehoach "), "scoped under the root: %q", sel)
		}
	}
	// A full document adds only the rules of the page it owns.
	for _, r := range cssRules(styleSheet(t, render(t, p))) {
		if r.selector == "@font-face" || strings.HasPrefix(r.selector, ".kehoach") {
			continue
		}
		assert.Contains(t, []string{"@page", "html,body", "html", "body"}, strings.Fields(r.selector)[0], "a rule of the document: %q", r.selector)
	}
	assert.Equal(t, strings.Count(frag, `class="kh-page `), strings.Count(render(t, p), `class="kh-page `))
}

// TestFontURL links the fonts at a base instead of embedding them; Fonts
// gives what a service serves under those names. A base cannot end the
// CSS string or the style element.
func TestFontURL(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	linked := render(t, p, WithFontURL("/fonts/"))
	embedded := render(t, p)
	hasNot(t, linked, "base64")
	assert.Less(t, len(linked), len(embedded)/5)
	fonts := Fonts()
	assert.Len(t, fonts, 6, "Liberation Serif's four styles, DejaVu Sans' two")
	for _, bold := range []bool{false, true} {
		name := map[bool]string{false: "DejaVuSans-Regular.ttf", true: "DejaVuSans-Bold.ttf"}[bold]
		assert.True(t, bytes.Equal(templates.FallbackFont(bold), fonts[name]), name)
		for _, italic := range []bool{false, true} {
			name := templates.FontFile(bold, italic)
			assert.True(t, bytes.Equal(templates.Font(bold, italic), fonts[name]), name)
		}
	}
	pages, err := compose.Pages(p, layout.Default())
	require.NoError(t, err)
	for _, s := range printedStyles(t, pages) {
		has(t, linked, `src:url("/fonts/`+templates.FontFile(s.Bold, s.Italic)+`") format("truetype")`)
	}
	assert.Equal(t, "font/ttf", FontMediaType)

	hostile := render(t, p, WithFontURL(`x") } .kehoach{display:none} </style><script>alert(1)</script>/`))
	hasNot(t, hostile, "<script")
	assert.Equal(t, 1, strings.Count(hostile, "</style>"))
	has(t, hostile, `src:url("x\22 \29 \20 \7d \20 .kehoach\7b display:none\7d \20 \3c /style\3e \3c script\3e alert\28 1\29 \3c /script\3e /LiberationSerif-Regular.ttf")`)
	assert.Len(t, cssRules(styleSheet(t, hostile)), len(cssRules(styleSheet(t, linked))), "no rule added")
}

// TestScaleToWidth scales the pages on screen, the widest to the width;
// a width that is not a positive number of pixels is refused, and nothing
// is written.
func TestScaleToWidth(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	has(t, render(t, p, ScaleToWidth(600)), `<div class="kehoach" lang="vi" style="--kh-zoom:0.755952">`) // 600 / (595.276 × 4/3)
	has(t, render(t, landscapePlan(), ScaleToWidth(600), Fragment()), `<div class="kehoach" lang="vi" style="--kh-zoom:0.534512">`)
	hasNot(t, render(t, p), "--kh-zoom:")
	css := styleSheet(t, render(t, p))
	has(t, css, "@media screen{.kehoach .kh-page{margin-bottom:16px;box-shadow:0 1px 4px rgba(0,0,0,.35);zoom:var(--kh-zoom,1)}}") // scaled on screen only
	for _, px := range []float64{0, -1, math.NaN(), math.Inf(1), MaxWidth + 1} {
		var buf bytes.Buffer
		err := Write(&buf, p, ScaleToWidth(px))
		assert.ErrorContains(t, err, "ScaleToWidth", "%v", px)
		assert.Zero(t, buf.Len(), "nothing written")
	}
}

// TestRefuses: an invalid plan gets its problems and a layout outside the
// decree's ranges an error; nothing is written.
func TestRefuses(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, &plan.Plan{})
	assert.NotNil(t, plan.AsErrors(err), "the plan's problems")
	l := layout.Default()
	l.BodySize = 30
	assert.ErrorContains(t, Write(&buf, testplans.Minimal(), WithLayout(l)), "body size")
	assert.Zero(t, buf.Len())
}

// TestLandscape: a landscape appendix prints on landscape paper, named
// for its size.
func TestLandscape(t *testing.T) {
	doc := render(t, landscapePlan())
	css := styleSheet(t, doc)
	has(t, css, "@page kh-s841_89x595_276{size:841.89pt 595.276pt;margin:0}")
	assert.Equal(t, 1, strings.Count(doc, `<div class="kh-page kh-s595_276x841_89">`))
	assert.Equal(t, 1, strings.Count(doc, `<div class="kh-page kh-s841_89x595_276">`))
}

// hostileTexts are texts that would be markup, or reorder what follows
// them, if a writer did not escape them.
var hostileTexts = []string{
	`</div><script>alert(1)</script>`,
	`"><img src=x onerror=alert(2)>`,
	`</style><svg onload=alert(3)>`,
	`<!-- ]]> &amp; &#60;b&#62;`,
	"\u202eabc\u202c \u2067fed\u2069 \u200fghi\u2028jkl",
}

// hostilePlan puts hostile text where a plan prints text: the subject,
// the agency, a paragraph, a footnote, a table and the recipients.
func hostilePlan() *plan.Plan {
	p := testplans.Minimal()
	p.Subject = "Kế hoạch " + hostileTexts[0]
	p.Issuer = []string{"SỞ " + strings.ToUpper(hostileTexts[2])}
	var paras plan.Nodes
	for _, h := range hostileTexts {
		paras = append(paras, plan.Para(h))
	}
	paras = append(paras, plan.ParaText(plan.Plain("Chú thích").Note(hostileTexts[1])),
		plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", hostileTexts[1]}))
	p.Sections[0].Content = append(p.Sections[0].Content, paras...)
	p.Recipients = append(p.Recipients, `</div><script>alert(4)</script>`)
	return p
}

var (
	eventAttr = regexp.MustCompile(`(?i)^on`)
	okTags    = map[string]bool{"!doctype": true, "html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "div": true, "span": true, "svg": true, "path": true}
)

// TestHostileText: hostile text is text: the document holds no script, no
// element but its own and no event attribute, and shows the text
// unchanged, but for the bidi controls (marks, embeddings, overrides and
// isolates) and the line and paragraph separators, which are left out,
// as the PDF leaves them out (a separator breaks the line there).
func TestHostileText(t *testing.T) {
	for _, opts := range [][]Option{nil, {Fragment()}} {
		doc := render(t, hostilePlan(), opts...)
		hasNot(t, strings.ToLower(doc), "<script")
		assertOnlyOwnMarkup(t, doc)
		text := strings.Join(strings.Fields(textOf(doc)), " ")
		for _, h := range hostileTexts[:4] {
			has(t, text, h)
		}
		has(t, text, "abc fed ghi jkl")
		for _, c := range "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029" {
			hasNot(t, doc, string(c))
		}
		has(t, doc, "unicode-bidi:bidi-override;direction:ltr") // each line drawn left to right
	}
}

// assertOnlyOwnMarkup checks a document holds only the elements and
// attributes the writer writes, each element closed in order.
func assertOnlyOwnMarkup(t *testing.T, doc string) {
	t.Helper()
	var open []string
	for _, tg := range tags(doc) {
		name, end := strings.TrimPrefix(tg.name, "/"), strings.HasPrefix(tg.name, "/")
		assert.True(t, okTags[name], "element %q", tg.name)
		for attr := range tg.attrs {
			assert.False(t, eventAttr.MatchString(attr), "event attribute %q", attr)
			assert.Contains(t, []string{"lang", "charset", "http-equiv", "content", "name", "class", "style", "viewbox", "fill", "stroke", "stroke-width", "d", "aria-hidden", "html", "/"}, attr)
		}
		switch {
		case name == "!doctype" || name == "meta" || name == "path": // void, or closed by "/>"
		case end:
			if assert.NotEmpty(t, open, "</%s> closes nothing", name) {
				assert.Equal(t, open[len(open)-1], name, "</%s> closes <%s>", name, open[len(open)-1])
				open = open[:len(open)-1]
			}
		default:
			open = append(open, name)
		}
	}
	assert.Empty(t, open, "elements left open")
}

// textOf returns the text a document shows: its lines' text unescaped,
// one line after another, and its title.
func textOf(doc string) string {
	_, title, _ := strings.Cut(doc, "<title>")
	title, _, _ = strings.Cut(title, "</title>")
	var lines []string
	for _, m := range regexp.MustCompile(`<div class="kh-[^"]*" style="[^"]*">(.*)</div>`).FindAllStringSubmatch(doc, -1) {
		lines = append(lines, unescape(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(m[1], "")))
	}
	return unescape(title) + "\n" + strings.Join(lines, "\n")
}

// TestGolden: the fragment of a short plan with a footnote, a table and
// bold text, its fonts linked, as testdata/minimal.fragment.html holds
// it (go test -update rewrites it).
func TestGolden(t *testing.T) {
	p := testplans.Minimal()
	p.Sections[0].Content = append(p.Sections[0].Content,
		plan.ParaText(plan.Plain("Đoạn có ").Bold("chữ đậm").Plain(", ").Italic("chữ nghiêng").Plain(" và chú thích").Note("Chú thích ở chân trang.").Plain(" trong một đoạn văn dài, được căn đều hai bên cho đến cuối dòng.")),
		plan.NewTable([]string{"TT", "Nội dung"}, []string{"1", "Hàng thứ nhất"}))
	got := render(t, p, Fragment(), WithFontURL("/fonts/"))
	path := filepath.Join("testdata", "minimal.fragment.html")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got, "go test -update rewrites %s", path) // a small file: the diff is readable
}

// TestStrokesAreTheComposition reads each page's SVG back: a path for
// each width and colour, whose lines are the composition's rules and its
// boxes' four sides, to the thousandth of a point.
func TestStrokesAreTheComposition(t *testing.T) {
	boxes := 0
	for _, s := range samples(t) {
		pages, err := compose.Pages(s.plan, s.l)
		require.NoError(t, err)
		doc := render(t, s.plan, WithLayout(s.l), WithFontURL(""))
		chunks := strings.Split(doc, `<div class="kh-page `)[1:]
		require.Len(t, chunks, len(pages), s.name)
		for i, pg := range pages {
			var want []string
			line := func(x1, y1, x2, y2, w float64, c layout.RGB) {
				want = append(want, fmt.Sprintf("%s %s %s %s %s %s", num(x1), num(y1), num(x2), num(y2), num(w), string(appendHex(nil, c))))
			}
			for _, r := range pg.Rules {
				line(r.X1, r.Y1, r.X2, r.Y2, r.Width, r.Color)
			}
			for _, b := range pg.Boxes {
				line(b.X, b.Y, b.X+b.Width, b.Y, b.Stroke, b.Color)
				line(b.X, b.Y+b.Height, b.X+b.Width, b.Y+b.Height, b.Stroke, b.Color)
				line(b.X, b.Y, b.X, b.Y+b.Height, b.Stroke, b.Color)
				line(b.X+b.Width, b.Y, b.X+b.Width, b.Y+b.Height, b.Stroke, b.Color)
			}
			got := drawnStrokes(t, chunks[i])
			sort.Strings(want)
			sort.Strings(got)
			assert.Equal(t, want, got, "%s: page %d", s.name, i+1)
			if len(pg.Boxes) > 0 {
				has(t, chunks[i], `<path stroke="#ff0000"`) // the red stamp
			}
			boxes += len(pg.Boxes)
		}
	}
	assert.Positive(t, boxes, "a sample has the stamp")
}

var (
	pathPattern    = regexp.MustCompile(`<path(?: stroke="#([0-9a-f]{6})")? stroke-width="([0-9.]+)" d="([^"]*)"/>`)
	segmentPattern = regexp.MustCompile(`M([0-9.-]+) ([0-9.-]+)(?:H([0-9.-]+)|V([0-9.-]+)|L([0-9.-]+) ([0-9.-]+))`)
)

// drawnStrokes returns the lines of a page's SVG as "x1 y1 x2 y2 width
// colour".
func drawnStrokes(t *testing.T, page string) []string {
	var out []string
	for _, p := range pathPattern.FindAllStringSubmatch(page, -1) {
		color := p[1]
		if color == "" {
			color = "000000"
		}
		for _, m := range segmentPattern.FindAllStringSubmatch(p[3], -1) {
			x2, y2 := m[1], m[2]
			switch {
			case m[3] != "":
				x2 = m[3]
			case m[4] != "":
				y2 = m[4]
			default:
				x2, y2 = m[5], m[6]
			}
			out = append(out, fmt.Sprintf("%s %s %s %s %s %s", m[1], m[2], x2, y2, p[2], color))
		}
	}
	return out
}

// num writes a length as the document writes it.
func num(v float64) string { return string(appendNum(nil, v)) }
