package html

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// TestSubsetFontsInChromium opens pages whose embedded fonts are cut down
// to the characters they draw (Liberation Serif, DejaVu Sans for ✓ and a
// CJK font for 中文): Chromium loads every face, and its console holds no
// complaint of its font sanitizer (OTS) or of a font that failed to
// decode.
func TestSubsetFontsInChromium(t *testing.T) {
	b := useBrowser(t)
	b.call(b.session, "Log.enable", nil)
	t.Cleanup(func() { b.call(b.session, "Log.disable", nil) })
	// The console is read: a font Chromium refuses is reported there.
	broken := filepath.Join(t.TempDir(), "broken.html")
	require.NoError(t, os.WriteFile(broken, []byte("<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<title>broken</title>\n<style>@font-face{font-family:broken;src:url(\"data:font/ttf;base64,AAEAAAAKAIAAAwAg\") format(\"truetype\")}p{font-family:broken}</style>\n<p>Kế hoạch</p>\n"), 0o644))
	b.logged = nil
	b.open(broken)
	require.NotEmpty(t, b.logged, "a refused font is reported")
	assert.Contains(t, strings.Join(b.logged, "\n"), "OTS")
	t.Logf("a broken font: %q", b.logged)

	page := filepath.Join(t.TempDir(), "cjk.html")
	writeFile(t, page, func(w *bytes.Buffer) error {
		return Write(w, symbolsPlan(t, "tên 中文"), WithFonts(layout.DefaultFonts().WithFallbacks(fonttest.CJK(t))))
	})
	b.logged = nil
	b.open(page)
	var loaded [][2]string
	b.decode([]byte(b.eval(`JSON.stringify([...document.fonts].map(f => [f.family + " " + f.weight + " " + f.style + " " + f.unicodeRange, f.status]))`)), &loaded)
	assert.Len(t, loaded, 7, "Liberation Serif's four styles, DejaVu Sans' two, WenQuanYi Zen Hei")
	for _, f := range loaded {
		assert.Equal(t, "loaded", f[1], "%s", f[0])
	}
	for _, text := range b.logged {
		assert.NotContains(t, text, "OTS")
		assert.NotContains(t, text, "font", "%s", text)
	}
	t.Logf("%d console entries", len(b.logged))
}

// TestFragmentsShareFontsInChromium puts the fragments of two documents on
// one host page, each with its own subset of Liberation Serif under the
// same family name: the second, of a plan of a few words, does not take
// the place of the first's, whose first page looks exactly as it does
// alone (each face's unicode-range lists its characters, and the browser
// draws each character from a face that has it).
func TestFragmentsShareFontsInChromium(t *testing.T) {
	b := useBrowser(t)
	seed := testplans.Load(t, "ke-hoach-004.md")
	few := testplans.Load(t, "ke-hoach-004.md")
	few.Sections = few.Sections[:1]
	few.Sections[0].Content = plan.Nodes{plan.ParaText(plan.Plain("Ba"))}
	host := func(name string, plans ...*plan.Plan) string {
		path := filepath.Join(t.TempDir(), name+".html")
		writeFile(t, path, func(w *bytes.Buffer) error {
			w.WriteString("<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<title>host</title>\n<body style=\"margin:0\">\n")
			for _, p := range plans {
				if err := Write(w, p, Fragment()); err != nil {
					return err
				}
			}
			return nil
		})
		return path
	}
	firstPage := func(path string) []byte {
		b.open(path)
		var rect struct{ X, Y, Width, Height float64 }
		b.decode([]byte(b.eval(`JSON.stringify((r => ({x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}))(document.querySelector(".kh-page").getBoundingClientRect()))`)), &rect)
		return b.screenshot(rect.X, rect.Y, rect.Width, rect.Height, 1)
	}
	alone := host("alone", seed)
	shared := host("shared", seed, few)
	doc, err := os.ReadFile(shared)
	require.NoError(t, err)
	require.Greater(t, strings.Count(string(doc), "@font-face{font-family:kehoach-serif;font-weight:400;"), 1, "two faces of one family and style")
	want, err := png.Decode(bytes.NewReader(firstPage(alone)))
	require.NoError(t, err)
	got, err := png.Decode(bytes.NewReader(firstPage(shared)))
	require.NoError(t, err)
	differ, black := pixelsDiffer(t, want, got)
	assert.Greater(t, black, 0.01, "the page has text")
	assert.Zero(t, differ, "the first document's page looks as it does alone")
}
