package html

import (
	"bytes"
	stdhtml "html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// render writes a plan as HTML.
func render(t testing.TB, p *plan.Plan, opts ...Option) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, p, opts...))
	return buf.String()
}

// A tag is an element's start or end tag as the document holds it: text
// never holds "<" (it is escaped), so every "<" starts a tag.
type tag struct {
	name  string // lower case; "/div" for an end tag
	attrs map[string]string
}

var (
	tagPattern  = regexp.MustCompile(`<(/?[a-zA-Z!][a-zA-Z0-9-]*)([^>]*)>`)
	attrPattern = regexp.MustCompile(`\s([^\s="/>]+)(?:="([^"]*)")?`)
)

// tags returns every tag of a document, in order.
func tags(doc string) []tag {
	var out []tag
	for _, m := range tagPattern.FindAllStringSubmatch(doc, -1) {
		tg := tag{name: strings.ToLower(m[1]), attrs: map[string]string{}}
		for _, a := range attrPattern.FindAllStringSubmatch(m[2], -1) {
			tg.attrs[strings.ToLower(a[1])] = stdhtml.UnescapeString(a[2])
		}
		out = append(out, tg)
	}
	return out
}

// styleSheet returns the text of a document's <style> element.
func styleSheet(t testing.TB, doc string) string {
	t.Helper()
	_, rest, ok := strings.Cut(doc, "<style>")
	require.True(t, ok, "a <style> element")
	css, _, ok := strings.Cut(rest, "</style>")
	require.True(t, ok, "the <style> element ends")
	return css
}

// cssRule is a rule of a style sheet: its selector (or at-rule prelude),
// within the at-rules that hold it.
type cssRule struct {
	within   []string // e.g. "@media screen"
	selector string
}

// cssRules returns a style sheet's rules, descending into @media; the
// bodies of other rules are skipped.
func cssRules(css string) []cssRule {
	var out []cssRule
	var within []string
	for css = strings.TrimSpace(css); css != ""; css = strings.TrimSpace(css) {
		if css[0] == '}' {
			within = within[:len(within)-1]
			css = css[1:]
			continue
		}
		head, body, _ := strings.Cut(css, "{")
		head = strings.TrimSpace(head)
		if strings.HasPrefix(head, "@media") {
			within = append(within, head)
			css = body
			continue
		}
		out = append(out, cssRule{within: append([]string(nil), within...), selector: head})
		_, css, _ = strings.Cut(skipStrings(body), "}")
	}
	return out
}

// skipStrings blanks the quoted strings of CSS text, so that a brace in
// one does not end a rule.
func skipStrings(css string) string {
	b := []byte(css)
	var quote byte
	for i := 0; i < len(b); i++ {
		switch {
		case quote != 0 && b[i] == '\\':
			b[i] = ' '
			if i+1 < len(b) {
				b[i+1] = ' '
				i++
			}
		case quote != 0 && b[i] == quote:
			quote = 0
		case quote != 0:
			b[i] = ' '
		case b[i] == '"' || b[i] == '\'':
			quote = b[i]
		}
	}
	return string(b)
}

// A drawnWord is a word as the markup places it, or as the composition
// does: its text, the x of its start and its baseline, in points.
type drawnWord struct {
	text string
	x, y float64
}

var (
	linePattern = regexp.MustCompile(`<div class="([^"]+)" style="([^"]*)">(.*)</div>`)
	partPattern = regexp.MustCompile(`<span class="([^"]+)"(?: style="([^"]*)")?>([^<]*)</span>|([^<]+)`)
	fontPattern = regexp.MustCompile(`^kh-(?:([A-Za-z0-9]+)-)?(bi|b|i|r)([0-9_]+)(?:-[0-9a-f]{6})?$`)
)

// drawnWords reads the words of each page back from a document's markup,
// placing them as a browser lays the markup out: each line at its
// translation, its text in the font its class names (of fonts: the text
// font, or the fallback whose key the class holds), every character its
// advance in that font, every space widened by the word spacing that
// applies to it, a raised span on its raised baseline; lengths inside a
// line divided by textScale.
func drawnWords(t testing.TB, doc string, fonts *layout.Fonts) [][]drawnWord {
	t.Helper()
	families := append([]*layout.Family{fonts.Main()}, fonts.Fallbacks()...)
	byKey := map[string]*layout.Family{}
	for i, key := range familyKeys(families) {
		byKey[key] = families[i]
	}
	if fonts.Main() == layout.DefaultFonts().Main() {
		byKey[""] = fonts.Main() // the pages' own font, which its classes do not name
	}
	metrics := func(family string, st layout.Style) *layout.Metrics {
		f := byKey[family]
		require.NotNil(t, f, "a family of the fonts: %q", family)
		return f.Font(st).Metrics
	}
	var pages [][]drawnWord
	for _, chunk := range strings.Split(doc, `<div class="kh-page `)[1:] {
		var words []drawnWord
		for _, line := range strings.Split(chunk, "\n")[1:] {
			if !strings.HasPrefix(line, `<div class="kh-`) {
				break // the page's SVG or its end
			}
			lm := linePattern.FindStringSubmatch(line)
			require.NotNil(t, lm, "a line: %s", line)
			style := declarations(lm[2])
			var x, top float64
			_, err := fmtSscan(style["translate"], &x, &top)
			require.NoError(t, err, "translate: %s", line)
			lineFamily, lineStyle, lineSize := fontOf(t, lm[1])
			spacing := length(t, style["word-spacing"]) / textScale
			base := top + strut().ascent*lineSize
			pen := x
			for _, part := range partPattern.FindAllStringSubmatch(lm[3], -1) {
				family, st, size, ws, rise, text := lineFamily, lineStyle, lineSize, spacing, 0.0, part[4]
				if part[1] != "" {
					family, st, size = fontOf(t, part[1])
					d := declarations(part[2])
					ws = length(t, d["word-spacing"]) / textScale
					rise = length(t, d["vertical-align"]) / textScale
					text = part[3]
				}
				m := metrics(family, st)
				inWord := false
				for _, r := range stdhtml.UnescapeString(text) {
					if r == ' ' {
						inWord = false
						pen += m.Width(" ", size) + ws
						continue
					}
					if r == '\u00a0' || r == '\u1361' { // word-spacing widens these too
						pen += ws
					}
					if !inWord {
						words = append(words, drawnWord{x: pen, y: base - rise})
						inWord = true
					}
					words[len(words)-1].text += string(r)
					pen += m.Width(string(r), size)
				}
			}
		}
		pages = append(pages, words)
	}
	return pages
}

// fontOf reads a font class's family key ("" for the embedded text
// font), style and size.
func fontOf(t testing.TB, class string) (family string, st layout.Style, size float64) {
	t.Helper()
	m := fontPattern.FindStringSubmatch(class)
	require.NotNil(t, m, "a font class: %s", class)
	size, err := strconv.ParseFloat(strings.ReplaceAll(m[3], "_", "."), 64)
	require.NoError(t, err)
	return m[1], layout.Style{Bold: strings.Contains(m[2], "b"), Italic: strings.Contains(m[2], "i")}, size
}

// declarations reads a style attribute.
func declarations(style string) map[string]string {
	d := map[string]string{}
	for _, decl := range strings.Split(style, ";") {
		if k, v, ok := strings.Cut(decl, ":"); ok {
			d[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return d
}

// length reads a length in points ("2.5pt"); empty is 0.
func length(t testing.TB, s string) float64 {
	t.Helper()
	if s == "" {
		return 0
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "pt"), 64)
	require.NoError(t, err, "a length: %q", s)
	return v
}

// fmtSscan reads "Xpt Ypt".
func fmtSscan(s string, x, y *float64) (int, error) {
	a, b, _ := strings.Cut(s, " ")
	var err error
	if *x, err = strconv.ParseFloat(strings.TrimSuffix(a, "pt"), 64); err != nil {
		return 0, err
	}
	if *y, err = strconv.ParseFloat(strings.TrimSuffix(b, "pt"), 64); err != nil {
		return 1, err
	}
	return 2, nil
}

// unescape resolves character references.
func unescape(s string) string { return stdhtml.UnescapeString(s) }

// has checks that a document holds s, naming s alone when it does not:
// a document is too long for a failure message.
func has(t testing.TB, doc, s string) {
	t.Helper()
	if !strings.Contains(doc, s) {
		t.Errorf("the document (%d bytes) does not hold %q", len(doc), s)
	}
}

// hasNot checks that a document does not hold s, showing where it does.
func hasNot(t testing.TB, doc, s string) {
	t.Helper()
	if i := strings.Index(doc, s); i >= 0 {
		t.Errorf("the document holds %q: …%s…", s, doc[max(0, i-80):min(len(doc), i+len(s)+80)])
	}
}
