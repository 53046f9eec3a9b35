package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

func TestDeterministic(t *testing.T) {
	for _, name := range testplans.Names {
		t.Run(name, func(t *testing.T) {
			first := render(t, load(t, name))
			// A plan read again, rendered at the same time as others: the
			// same bytes.
			var wg sync.WaitGroup
			outs := make([][]byte, 4)
			for i := range outs {
				wg.Go(func() {
					var buf bytes.Buffer
					if err := Write(&buf, load(t, name)); err == nil {
						outs[i] = buf.Bytes()
					}
				})
			}
			wg.Wait()
			for _, out := range outs {
				assert.True(t, bytes.Equal(first, out), "the same plan gives the same bytes")
			}
		})
	}
}

// TestMetadata checks the document information that needs no reader;
// TestPoppler reads the title and author back with pdfinfo.
func TestMetadata(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	out := render(t, p)
	assert.True(t, bytes.HasPrefix(out, []byte("%PDF-1.")), "a PDF header")
	assertHas(t, out, "/Lang (vi-VN)")
	assertHas(t, out, "/CreationDate (D:20211101000000)") // the plan's date: November 2021, the day blank
	assertHas(t, out, "/ModDate (D:20211101000000)")

	stamp := time.Date(2024, 2, 29, 13, 45, 10, 0, time.FixedZone("ICT", 7*3600))
	assertHas(t, render(t, p, WithTime(stamp)), "/CreationDate (D:20240229064510)") // WithTime, in UTC

	p.Date = plan.Date{}
	assertHas(t, render(t, p), "/CreationDate (D:20000101000000)") // no date: a fixed one
}

// assertHas checks that a PDF holds s, without printing the PDF.
func assertHas(t *testing.T, pdf []byte, s string) {
	t.Helper()
	assert.True(t, bytes.Contains(pdf, []byte(s)), "the PDF holds %q", s)
}

func TestOnlyUsedStylesEmbedded(t *testing.T) {
	fonts := func(out []byte) []string {
		var names []string
		for _, s := range allStyles {
			if bytes.Contains(out, []byte("/BaseFont /utf8liberationserif"+fontStyle(s)+"\n")) {
				names = append(names, templates.FontFile(s.Bold, s.Italic))
			}
		}
		return names
	}
	p := load(t, "ke-hoach-004.md")
	out := render(t, p)
	assert.Len(t, fonts(out), 4, "“Nơi nhận:” is bold italic")
	assert.Equal(t, 4, bytes.Count(out, []byte("/FontFile2")))

	p.Recipients, p.Archive = nil, ""
	out = render(t, p)
	assert.Equal(t, []string{"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"}, fonts(out))
	assert.Equal(t, 3, bytes.Count(out, []byte("/FontFile2")), "no bold italic without recipients")

	// A style that only a footnote uses is embedded too.
	note := plan.Span{Note: &plan.Footnote{Text: plan.Text(nil).BoldItalic("Chú thích in đậm nghiêng")}}
	p.Preamble = append(p.Preamble, plan.ParaText(append(plan.Plain("Xem chú thích"), note)))
	out = render(t, p)
	assert.Len(t, fonts(out), 4, "the footnote's bold italic")
}

func TestInvalidInputWritesNothing(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, &plan.Plan{})
	require.Error(t, err)
	assert.NotNil(t, plan.AsErrors(err), "a validation error: %v", err)
	assert.Zero(t, buf.Len())

	l := layout.Default()
	l.Margins.Left = layout.MM(10)
	err = Write(&buf, load(t, "ke-hoach-004.md"), WithLayout(l))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "left margin")
	assert.Zero(t, buf.Len())
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterError(t *testing.T) {
	err := Write(failingWriter{}, load(t, "ke-hoach-004.md"))
	assert.EqualError(t, err, "disk full")
}

// TestMalformedFont feeds the font registration broken fonts: each is an
// error that says what is wrong, never a panic, and nothing is printed
// (fpdf's own parser prints its complaints on standard output).
func TestMalformedFont(t *testing.T) {
	good := templates.Font(false, false)
	tables, err := layout.ParseTables(good)
	require.NoError(t, err)
	// patch returns a copy of the font with bytes of one table replaced.
	patch := func(tag string, off int, b ...byte) []byte {
		out := bytes.Clone(good)
		copy(out[tableOffset(t, good, tag)+off:], b)
		return out
	}
	cases := []struct {
		name string
		data []byte
		want string
		// fpdfPrints: fpdf, given the font alone, prints on standard
		// output (what the check prevents).
		fpdfPrints bool
	}{
		{"empty", nil, "too short", false},
		{"text", []byte("this is not a font, only some text"), "not a TrueType file", true},
		{"OpenType CFF", append([]byte("OTTO"), good[4:]...), "not a TrueType file", false},
		{"truncated directory", good[:40], "table directory truncated", false},
		{"truncated file", good[:len(good)/2], "outside the file", false},
		{"name format", patch("name", 0, 0, 7), "\"name\" table format 7", true},
		{"glyph data format", patch("head", 52, 0, 1), "glyph data format 1", true},
		{"loca format", patch("head", 50, 0, 3), "\"loca\" format 3", false}, // fpdf prints it when it writes the file
		{"metric data format", patch("hhea", 32, 0, 2), "horizontal metric data format 2", true},
		{"embedding forbidden", patch("OS/2", 8, 0, 2), "forbids embedding", true},
		{"no metrics", patch("hhea", 34, 0, 0), "no horizontal metrics", false},
		{"no Unicode cmap", patch("cmap", 2, 0, 0), "cmap", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			printed := captureStdout(t, func() {
				doc := fpdf.New("P", "pt", "A4", "")
				err := addFont(doc, layout.Regular, c.data)
				require.Error(t, err)
				assert.Contains(t, err.Error(), "LiberationSerif-Regular.ttf")
				assert.Contains(t, err.Error(), c.want)
			})
			assert.Empty(t, printed, "nothing on standard output")
			if c.fpdfPrints {
				printed := captureStdout(t, func() {
					defer func() { _ = recover() }()
					fpdf.New("P", "pt", "A4", "").AddUTF8FontFromBytes("LiberationSerif", "", c.data)
				})
				assert.NotEmpty(t, printed, "fpdf alone prints its complaint")
			}
		})
	}
	t.Run("the embedded fonts pass", func(t *testing.T) {
		for _, s := range allStyles {
			assert.NoError(t, checkFont(templates.Font(s.Bold, s.Italic)))
		}
	})
	t.Run("a bad glyph offset", func(t *testing.T) {
		head := tables["head"]
		require.Equal(t, uint16(1), binary.BigEndian.Uint16(head[50:]), "long loca offsets")
		bad := patch("loca", 8, 0x7f, 0xff, 0xff, 0xff)
		err := checkFont(bad)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "glyph 2 lies outside")
	})
}

// tableOffset returns where a table starts in a TrueType file.
func tableOffset(t *testing.T, font []byte, tag string) int {
	n := int(binary.BigEndian.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) == tag {
			return int(binary.BigEndian.Uint32(rec[8:]))
		}
	}
	t.Fatalf("no %q table", tag)
	return 0
}

// captureStdout runs fn and returns what it printed on standard output.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	saved := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	func() {
		defer func() { os.Stdout = saved }()
		fn()
	}()
	w.Close()
	return <-done
}

// addFont checks one style of the text font and registers it, as Write
// does with the embedded fonts (checked once per process); a malformed
// font is an error, never a panic or text on standard output.
func addFont(doc *fpdf.Fpdf, style layout.Style, data []byte) error {
	if err := checkFont(data); err != nil {
		return fmt.Errorf("pdf: %s: %w", templates.FontFile(style.Bold, style.Italic), err)
	}
	return registerFont(doc, &layout.Font{File: templates.FontFile(style.Bold, style.Italic), Family: templates.FontFamily, Style: style, Data: data})
}
