package html

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/internal/ttfsubset"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// cssFamilies are the names the pages declare the fonts the tests print
// in under, by the fonts' own family names.
var cssFamilies = map[string]string{
	"Liberation Serif":  "kehoach-serif",
	"DejaVu Sans":       "kehoach-DejaVuSans",
	"DejaVu Serif":      "kehoach-DejaVuSerif",
	"WenQuanYi Zen Hei": "kehoach-WenQuanYiZenHei",
}

// fallbackChars are characters Liberation Serif lacks and DejaVu Sans has.
const fallbackChars = "✓✔✗"

// symbolsPlan is the seed plan with a paragraph of symbols: some the text
// font has (→ ≥ №), some only the fallback (✓ ✔ ✗), in regular, bold and
// italic text (DejaVu Sans has no italic: its upright style prints it),
// and then extra.
func symbolsPlan(t testing.TB, extra string) *plan.Plan {
	p := testplans.Load(t, "ke-hoach-004.md")
	para := plan.Plain("Kết quả: đạt → ≥ 95% ✓, hồ sơ № 12 ✔, lỗi ✗ ").Bold("Hoàn thành ✓").Italic(" và ✓ nghiêng").Plain(extra)
	p.Sections[0].Content = append(plan.Nodes{plan.ParaText(para)}, p.Sections[0].Content...)
	return p
}

// A declaredFace is an @font-face rule as a document holds it: the family,
// "700 italic" and so on, the font's file (decoded from its data: URL)
// or, linked, its URL, and the characters of its unicode-range.
type declaredFace struct {
	family, style string
	file          string // the SHA-256 of the data, or the URL
	runes         string // the unicode-range's characters in order; "" for none
}

var facePattern = regexp.MustCompile(`@font-face\{font-family:([^;]+);font-weight:(\d+);font-style:(\w+);font-display:block;src:url\("([^"]*)"\) format\("truetype"\)(?:;unicode-range:([^}]*))?\}`)

// declaredFaces returns the @font-face rules of a document, in order.
func declaredFaces(t *testing.T, doc string) []declaredFace {
	t.Helper()
	css := styleSheet(t, doc)
	var out []declaredFace
	for _, m := range facePattern.FindAllStringSubmatch(css, -1) {
		file := m[4]
		if data, ok := strings.CutPrefix(file, "data:font/ttf;base64,"); ok {
			b, err := base64.StdEncoding.DecodeString(data)
			require.NoError(t, err)
			file = digest(b)
		}
		out = append(out, declaredFace{m[1], m[2] + " " + m[3], file, unicodeRange(t, m[5])})
	}
	require.Equal(t, len(out), strings.Count(css, "@font-face"), "every @font-face rule read")
	return out
}

// unicodeRange returns the characters of a unicode-range value, as
// "U+20,U+41-43" lists them.
func unicodeRange(t *testing.T, value string) string {
	t.Helper()
	var runes []rune
	for _, r := range strings.FieldsFunc(value, func(r rune) bool { return r == ',' }) {
		from, to, isRange := strings.Cut(strings.TrimPrefix(r, "U+"), "-")
		if !isRange {
			to = from
		}
		a, err := strconv.ParseInt(from, 16, 32)
		require.NoError(t, err, value)
		b, err := strconv.ParseInt(to, 16, 32)
		require.NoError(t, err, value)
		require.Less(t, a, b+1, value)
		if len(runes) > 0 {
			require.Less(t, runes[len(runes)-1]+1, rune(a), "%s: in order, runs of characters joined", value)
		}
		for c := a; c <= b; c++ {
			runes = append(runes, rune(c))
		}
	}
	return string(runes)
}

func digest(b []byte) string { return fmt.Sprintf("sha256:%x", sha256.Sum256(b)) }

// weightStyle writes a style as the @font-face rules declare it.
func weightStyle(s layout.Style) string {
	return map[bool]string{false: "400", true: "700"}[s.Bold] + " " + map[bool]string{false: "normal", true: "italic"}[s.Italic]
}

// expectedFaces returns the faces a document of pages should declare: the
// font each run prints from, as the PDF takes it (the text font in the
// run's style, or the nearest style of the fallback the run names),
// each once, the text font's first, then the fallbacks' in the set's
// order, each family's in the order regular, bold, italic, bold italic;
// file gives each font's file (its data's digest or its URL) and the
// characters of its unicode-range from the characters the pages draw in
// it (with the space).
func expectedFaces(t *testing.T, pages []compose.Page, fonts *layout.Fonts, file func(f *layout.Font, runes string) (string, string)) []declaredFace {
	t.Helper()
	used := map[*layout.Font]map[rune]bool{}
	for _, pg := range pages {
		for _, r := range pg.Texts {
			family := fonts.Main()
			if r.Font != "" {
				family = fonts.Family(r.Font)
				require.NotNil(t, family, "%q: a family of the set: %q", r.Text, r.Font)
			}
			font := family.Font(r.Style)
			if used[font] == nil {
				used[font] = map[rune]bool{' ': true}
			}
			for _, c := range r.Text {
				used[font][c] = true
			}
		}
	}
	var out []declaredFace
	for _, family := range append([]*layout.Family{fonts.Main()}, fonts.Fallbacks()...) {
		for _, s := range []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic} {
			if f := family.Font(s); family.Has(s) && used[f] != nil {
				require.Contains(t, cssFamilies, family.Name)
				runes := slices.Sorted(maps.Keys(used[f]))
				path, declared := file(f, string(runes))
				out = append(out, declaredFace{cssFamilies[family.Name], weightStyle(s), path, declared})
			}
		}
	}
	return out
}

// embeddedFile gives an embedded font's file, its data cut down to the
// characters the pages draw in it, and those characters, which its
// unicode-range lists.
func embeddedFile(f *layout.Font, runes string) (string, string) {
	return subsetDigest(f.Data, runes), runes
}

// subsetDigest returns the digest of a font file cut down to some
// characters.
func subsetDigest(data []byte, runes string) string {
	sub, err := ttfsubset.Subset(data, func(r rune) bool { return strings.ContainsRune(runes, r) })
	if err != nil {
		return "not subset: " + err.Error()
	}
	return digest(sub)
}

// faceOf returns the face a document declares for a family in a style.
func faceOf(t *testing.T, faces []declaredFace, family, style string) declaredFace {
	t.Helper()
	for _, f := range faces {
		if f.family == family && f.style == style {
			return f
		}
	}
	require.Failf(t, "no face", "%s %s", family, style)
	return declaredFace{}
}

// A piece is text the markup draws in one font class: a line's own text,
// or a span's.
type piece struct{ class, text string }

// pieces returns the pieces of text of a document, in order.
func pieces(t *testing.T, doc string) []piece {
	t.Helper()
	var out []piece
	for _, lm := range linePattern.FindAllStringSubmatch(doc, -1) {
		for _, part := range partPattern.FindAllStringSubmatch(lm[3], -1) {
			if part[1] != "" {
				out = append(out, piece{part[1], unescape(part[3])})
			} else {
				out = append(out, piece{lm[1], unescape(part[4])})
			}
		}
	}
	require.NotEmpty(t, out)
	return out
}

// TestFallbackFont: the characters Liberation Serif lacks (✓ ✔ ✗) are drawn
// in DejaVu Sans' classes, and nothing else is; the page declares and
// embeds exactly the styles of the two fonts it prints in, byte for byte
// the files the PDF embeds (italic ✓ from DejaVu Sans' upright style), and
// the words stand where the composition puts them.
func TestFallbackFont(t *testing.T) {
	p := symbolsPlan(t, "")
	fonts := layout.DefaultFonts()
	pages, err := compose.Pages(p, layout.Default())
	require.NoError(t, err)
	doc := render(t, p)

	fallbackRuns, drawn := 0, 0
	for _, pg := range pages {
		for _, r := range pg.Texts {
			if strings.ContainsAny(r.Text, fallbackChars) {
				fallbackRuns++
			}
		}
	}
	for _, pc := range pieces(t, doc) {
		family, _, _ := fontOf(t, pc.class)
		if family == "DejaVuSans" {
			assert.Empty(t, strings.Trim(pc.text, fallbackChars), "%q in %s: DejaVu Sans draws only what the text font lacks", pc.text, pc.class)
			drawn += strings.Count(pc.text, "✓") + strings.Count(pc.text, "✔") + strings.Count(pc.text, "✗")
			continue
		}
		assert.Empty(t, family, "%q in %s: the text font's class", pc.text, pc.class)
		assert.False(t, strings.ContainsAny(pc.text, fallbackChars), "%q in %s: a character the text font lacks", pc.text, pc.class)
	}
	assert.Equal(t, 5, drawn, "every ✓, ✔ and ✗ of the plan")
	assert.Equal(t, 5, fallbackRuns, "each a run of its own")

	faces := declaredFaces(t, doc)
	want := expectedFaces(t, pages, fonts, embeddedFile)
	assert.Equal(t, want, faces)
	regular, bold := faceOf(t, faces, "kehoach-DejaVuSans", "400 normal"), faceOf(t, faces, "kehoach-DejaVuSans", "700 normal")
	assert.Equal(t, subsetDigest(templates.FallbackFont(false), regular.runes), regular.file, "regular and italic ✓")
	assert.Equal(t, subsetDigest(templates.FallbackFont(true), bold.runes), bold.file, "bold ✓")
	assert.Equal(t, " ✓✔✗", regular.runes, "what DejaVu Sans draws, and the space")
	assert.Equal(t, 2, strings.Count(styleSheet(t, doc), "font-family:kehoach-DejaVuSans;"), "DejaVu Sans' two styles, once each")
	has(t, doc, ".kehoach .kh-page .kh-DejaVuSans-r14{font-family:kehoach-DejaVuSans,serif;font-size:42pt;font-weight:400;font-style:normal}")

	worst := wordsWhereComposed(t, pages, render(t, p, WithFontURL("")), fonts)
	t.Logf("words at most %.4f pt from the composition's", worst)
	assert.True(t, doc == render(t, p), "the same plan gives the same bytes")
	assertOnlyOwnMarkup(t, doc)
}

// agencyFonts returns DejaVu Serif (the system's) as the text font, with
// the embedded fallback.
func agencyFonts(t testing.TB) *layout.Fonts {
	t.Helper()
	fonts, err := layout.DefaultFonts().WithMain(fonttest.DejaVuSerif(t))
	require.NoError(t, err)
	return fonts
}

// systemFile returns the digest of a font file Debian installs.
func systemFile(t *testing.T, name string) string { return digest(systemData(t, name)) }

// systemData returns a font file Debian installs.
func systemData(t *testing.T, name string) []byte {
	t.Helper()
	path := filepath.Join(pdfcheck.DejaVuDir, name)
	pdfcheck.RequireFile(t, path)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}

// TestAgencyFont: with an agency's text font (DejaVu Serif), the pages
// declare its family under a name of their own, embed its files as they
// are on disk and nothing of Liberation Serif, draw every line in its
// classes, and break the lines where the PDF, set in it, breaks them:
// each word where the composition with that font puts it, on more lines
// than in Liberation Serif.
func TestAgencyFont(t *testing.T) {
	fonts := agencyFonts(t)
	p := symbolsPlan(t, "")
	l := layout.Default()
	l.Fonts = fonts
	pages, err := compose.Pages(p, l)
	require.NoError(t, err)
	doc := render(t, p, WithFonts(fonts))
	assert.True(t, doc == render(t, p, WithLayout(l)), "WithFonts is the layout's fonts")
	assert.True(t, doc == render(t, p, WithFonts(fonts), WithLayout(layout.Default())), "a layout without fonts keeps them")

	faces := declaredFaces(t, doc)
	assert.Equal(t, expectedFaces(t, pages, fonts, embeddedFile), faces)
	serif := 0
	for _, f := range faces {
		if f.family == "kehoach-DejaVuSerif" {
			files := map[string]string{}
			for _, name := range fonttest.DejaVuSerifFiles {
				files[subsetDigest(systemData(t, name), f.runes)] = name
			}
			assert.Contains(t, files, f.file, "%s: a DejaVu Serif file as it is on disk, cut down", f.style)
			serif++
		}
	}
	assert.Equal(t, 4, serif, "the plan prints in its four styles")
	hasNot(t, doc, "kehoach-serif;") // no face of the embedded text font
	for _, pc := range pieces(t, doc) {
		family, _, _ := fontOf(t, pc.class)
		assert.Contains(t, []string{"DejaVuSerif", "DejaVuSans"}, family, "%q: in the agency's font or the fallback", pc.text)
	}
	has(t, doc, "{font-family:kehoach-DejaVuSerif,serif;font-size:42pt;font-weight:400;font-style:normal}")

	worst := wordsWhereComposed(t, pages, render(t, p, WithFonts(fonts), WithFontURL("")), fonts)
	t.Logf("words at most %.4f pt from the composition's", worst)
	lines := strings.Count(doc, "\n<div class=\"kh-")
	plain := strings.Count(render(t, p), "\n<div class=\"kh-")
	assert.Greater(t, lines, plain, "DejaVu Serif, wider, takes more lines")
	t.Logf("%d lines in DejaVu Serif, %d in Liberation Serif; %d pages", lines, plain, len(pages))
	assertOnlyOwnMarkup(t, doc)
}

// TestFallbackOfOwn: Chinese, which neither embedded font has, is drawn
// in a CJK font the caller adds (the first font of a TrueType
// collection), whose file the page embeds; the words stand where the
// composition puts them.
func TestFallbackOfOwn(t *testing.T) {
	cjk := fonttest.CJK(t)
	fonts := layout.DefaultFonts().WithFallbacks(cjk)
	p := symbolsPlan(t, "tên 中文")
	pages, err := compose.Pages(p, layout.Default().FontsOr(fonts))
	require.NoError(t, err)
	doc := render(t, p, WithFonts(fonts))

	var chinese []string
	for _, pc := range pieces(t, doc) {
		family, st, _ := fontOf(t, pc.class)
		if strings.ContainsAny(pc.text, "中文") {
			assert.Equal(t, "WenQuanYiZenHei", family, "%q", pc.text)
			assert.Equal(t, layout.Regular, st, "its only style")
			chinese = append(chinese, pc.text)
		}
	}
	assert.Equal(t, []string{"中文"}, chinese)
	data := cjk.Font(layout.Regular).Data
	assert.Equal(t, "\x00\x01\x00\x00", string(data[:4]), "a TrueType file of its own, out of the collection")
	faces := declaredFaces(t, doc)
	assert.Equal(t, expectedFaces(t, pages, fonts, embeddedFile), faces)
	chineseFace := faceOf(t, faces, "kehoach-WenQuanYiZenHei", "400 normal")
	assert.Equal(t, " 中文", chineseFace.runes)
	assert.Equal(t, subsetDigest(data, chineseFace.runes), chineseFace.file)
	bold := faceOf(t, faces, "kehoach-DejaVuSans", "700 normal")
	assert.Equal(t, subsetDigest(templates.FallbackFont(true), bold.runes), bold.file, "DejaVu Sans still prints ✓")

	worst := wordsWhereComposed(t, pages, render(t, p, WithFonts(fonts), WithFontURL("")), fonts)
	t.Logf("words at most %.4f pt from the composition's", worst)
}

// TestFontURLOwnFonts: with fonts of the caller's own, WithFontURL links
// each font the pages print in by its file's name, and FontFiles gives
// exactly those names (and the other styles of the same families) with
// the files' data.
func TestFontURLOwnFonts(t *testing.T) {
	cjk := fonttest.CJK(t)
	fonts := agencyFonts(t).WithFallbacks(cjk)
	p := symbolsPlan(t, "tên 中文")
	l := layout.Default()
	l.Fonts = fonts
	pages, err := compose.Pages(p, l)
	require.NoError(t, err)
	linked := render(t, p, WithFonts(fonts), WithFontURL("/f/"))
	embedded := render(t, p, WithFonts(fonts))
	hasNot(t, linked, "base64")
	t.Logf("%d bytes linked, %d embedded", len(linked), len(embedded))

	files := FontFiles(fonts)
	names := map[*layout.Font]string{}
	for name, data := range files {
		for _, family := range append([]*layout.Family{fonts.Main()}, fonts.Fallbacks()...) {
			for _, s := range []layout.Style{layout.Regular, layout.Bold, layout.Italic, layout.BoldItalic} {
				if family.Has(s) && string(family.Font(s).Data) == string(data) {
					names[family.Font(s)] = name
				}
			}
		}
	}
	want := map[string]string{
		"DejaVuSerif-Regular.ttf":     systemFile(t, "DejaVuSerif.ttf"),
		"DejaVuSerif-Bold.ttf":        systemFile(t, "DejaVuSerif-Bold.ttf"),
		"DejaVuSerif-Italic.ttf":      systemFile(t, "DejaVuSerif-Italic.ttf"),
		"DejaVuSerif-BoldItalic.ttf":  systemFile(t, "DejaVuSerif-BoldItalic.ttf"),
		"DejaVuSans-Regular.ttf":      digest(templates.FallbackFont(false)),
		"DejaVuSans-Bold.ttf":         digest(templates.FallbackFont(true)),
		"WenQuanYiZenHei-Regular.ttf": digest(cjk.Font(layout.Regular).Data),
	}
	got := map[string]string{}
	for name, data := range files {
		got[name] = digest(data)
	}
	assert.Equal(t, want, got, "every style of the set's families")

	faces := declaredFaces(t, linked)
	assert.Equal(t, expectedFaces(t, pages, fonts, func(f *layout.Font, _ string) (string, string) { return "/f/" + names[f], "" }), faces)
	assert.Len(t, faces, 7, "the plan prints in every one of them")
	for _, f := range faces {
		assert.Contains(t, files, strings.TrimPrefix(f.file, "/f/"), "%s %s: a file FontFiles gives", f.family, f.style)
	}
	assert.Equal(t, withoutFaces(embedded), withoutFaces(linked), "only the fonts' sources differ")
}

// withoutFaces returns a document without its @font-face rules.
func withoutFaces(doc string) string { return facePattern.ReplaceAllString(doc, "") }

// TestFamilyKeys: a family's key is its name in ASCII letters and digits,
// unique in a set whatever the case, and never the embedded text font's
// "serif".
func TestFamilyKeys(t *testing.T) {
	var families []*layout.Family
	for _, name := range []string{"Liberation Serif", "DejaVu Sans", "Dejavu Sans", "Serif", "中文", "- -", "DejaVu Sans"} {
		families = append(families, &layout.Family{Name: name})
	}
	assert.Equal(t, []string{"LiberationSerif", "DejaVuSans", "DejavuSans2", "Serif2", "u4e2du6587", "font", "DejaVuSans3"}, familyKeys(families))
	assert.Equal(t, []string{"DejaVuSans"}, familyKeys(families[1:2]), "a key depends on the families before it only")
}

// TestRuneSet: a face's characters are those the markup writes: control
// characters left out, U+FFFD for what appendText replaces, the space
// always; its unicode-range lists them in order, a run as a range.
func TestRuneSet(t *testing.T) {
	s := newRuneSet()
	s.addText("CAB\x01\x7f\u2028é\U0001F600\xff")
	assert.Equal(t, " ABC\u00e9\ufffd\U0001F600", string(s.all()))
	assert.True(t, s.has('é'))
	assert.False(t, s.has('\u2028'), "written as U+FFFD")
	assert.False(t, s.has(-1))
	assert.Equal(t, "U+20,U+41-43,U+e9,U+fffd,U+1f600", string(appendUnicodeRange(nil, s.all())))
	assert.Equal(t, string(s.all()), unicodeRange(t, string(appendUnicodeRange(nil, s.all()))))
}

// TestFontNotSubsetEmbeddedWhole: a font the subsetter refuses (here a
// fallback, DejaVu Sans whose last glyph, by its loca, lies beyond glyf:
// the layout, which does not read outlines, takes it) is embedded whole,
// without a unicode-range, beside the text font cut down.
func TestFontNotSubsetEmbeddedWhole(t *testing.T) {
	data := bytes.Clone(templates.FallbackFont(false))
	tables, err := layout.ParseTables(data)
	require.NoError(t, err)
	loca := tables["loca"] // shares data's memory
	binary.BigEndian.PutUint32(loca[len(loca)-4:], uint32(len(tables["glyf"])+4))
	_, err = ttfsubset.Subset(data, func(rune) bool { return true })
	require.ErrorContains(t, err, "outside glyf", "the subsetter refuses it")
	font, err := layout.ParseFont("DejaVuSans.ttf", data)
	require.NoError(t, err)
	family, err := layout.NewFamily(font)
	require.NoError(t, err)
	fonts, err := layout.NewFonts(layout.DefaultFonts().Main(), family)
	require.NoError(t, err)

	doc := render(t, symbolsPlan(t, ""), WithFonts(fonts))
	sans := 0
	for _, f := range declaredFaces(t, doc) {
		if f.family == "kehoach-DejaVuSans" {
			assert.Equal(t, digest(data), f.file, "%s: the whole file", f.style)
			assert.Empty(t, f.runes, "%s: no unicode-range", f.style)
			sans++
			continue
		}
		assert.NotEmpty(t, f.runes, "%s %s: Liberation Serif cut down", f.family, f.style)
	}
	assert.Equal(t, 1, sans, "its one style prints every ✓")
	has(t, doc, "✓")
}
