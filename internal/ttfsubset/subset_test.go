package ttfsubset

import (
	"encoding/binary"
	"maps"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/internal/fonttest"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/templates"
)

// text is what the tests keep: Vietnamese with its stacked accents (whose
// glyphs DejaVu Sans builds from components), the symbols a plan prints
// and a space.
const text = "Kế hoạch số 12/KH-UBND: Tổ chức thực hiện → ≥ № ✓ 中文"

// dropped are characters the tests do not keep, which no kept glyph is
// built from.
const dropped = "QZzqW@"

// testFonts are the fonts the tests cut down: the embedded Liberation
// Serif and DejaVu Sans, and the CJK font Debian installs.
func testFonts(t *testing.T) map[string][]byte {
	return map[string][]byte{
		"LiberationSerif-Regular":    templates.Font(false, false),
		"LiberationSerif-BoldItalic": templates.Font(true, true),
		"DejaVuSans-Bold":            templates.FallbackFont(true),
		"WenQuanYiZenHei":            fonttest.CJK(t).Font(layout.Regular).Data,
	}
}

func keepText(r rune) bool { return strings.ContainsRune(text, r) }

// TestSubset: the subset parses as the whole font does, draws every kept
// character from the same glyph (the same outline) with the same
// advance, leaves the glyphs of the others empty, keeps the components
// of the kept composite glyphs, and is a fraction of the whole.
func TestSubset(t *testing.T) {
	composites := 0
	for name, whole := range testFonts(t) {
		t.Run(name, func(t *testing.T) {
			sub, err := Subset(whole, keepText)
			require.NoError(t, err)
			want, err := layout.ParseFont(name, whole)
			require.NoError(t, err)
			got, err := layout.ParseFont(name, sub)
			require.NoError(t, err, "the subset parses")
			assert.Equal(t, want.Family, got.Family)
			assert.Equal(t, want.Style, got.Style)
			_, err = layout.ParseMetrics(sub)
			require.NoError(t, err)

			glyphs, err := layout.GlyphMap(whole)
			require.NoError(t, err)
			wholeGlyphs, subGlyphs := outlinesOf(t, whole), outlinesOf(t, sub)
			require.Equal(t, wholeGlyphs.count(), subGlyphs.count(), "the glyphs keep their numbers")
			assert.Equal(t, string(wholeGlyphs.glyph(0)), string(subGlyphs.glyph(0)), ".notdef")
			for _, r := range text {
				g, ok := glyphs[r]
				if !ok {
					assert.False(t, want.Metrics.HasGlyph(r), "%q", r)
					continue
				}
				assert.True(t, got.Metrics.HasGlyph(r), "%q", r)
				assert.Equal(t, want.Metrics.Advance(r), got.Metrics.Advance(r), "%q: the same advance", r)
				assert.Equal(t, string(wholeGlyphs.glyph(g)), string(subGlyphs.glyph(g)), "%q: the same outline", r)
				err := wholeGlyphs.components(g, func(c int) error {
					composites++
					assert.NotEmpty(t, subGlyphs.glyph(c), "%q: component %d kept", r, c)
					assert.Equal(t, string(wholeGlyphs.glyph(c)), string(subGlyphs.glyph(c)), "%q: component %d", r, c)
					return nil
				})
				require.NoError(t, err)
			}
			for _, r := range dropped {
				if g, ok := glyphs[r]; ok {
					assert.NotEmpty(t, wholeGlyphs.glyph(g), "%q: drawn in the whole font", r)
					assert.Empty(t, subGlyphs.glyph(g), "%q: empty in the subset", r)
					assert.Equal(t, want.Metrics.Advance(r), got.Metrics.Advance(r), "%q: its advance kept", r)
				}
			}
			tables, err := layout.ParseTables(sub)
			require.NoError(t, err)
			for _, tag := range []string{"GSUB", "DSIG", "kern", "hdmx", "vmtx", "FFTM"} {
				assert.NotContains(t, tables, tag)
			}
			for _, tag := range []string{"cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "glyf", "loca"} {
				assert.Contains(t, tables, tag)
			}
			assert.Equal(t, uint32(0x00030000), binary.BigEndian.Uint32(tables["post"]), "post without glyph names")
			assert.Equal(t, uint32(0xB1B0AFBA), checksum(sub), "the file's checksum")
			for tag, table := range tables {
				if tag == "head" { // summed with checkSumAdjustment 0
					table = append([]byte(nil), table...)
					binary.BigEndian.PutUint32(table[checkSumAdjustment:], 0)
				}
				assert.Equal(t, tableChecksum(t, sub, tag), checksum(table), "%s: its checksum", tag)
			}
			again, err := Subset(whole, keepText)
			require.NoError(t, err)
			assert.Equal(t, sub, again, "the same font and characters give the same bytes")
			assert.Less(t, len(sub), len(whole)/3, "a fraction of the whole")
			t.Logf("%s: %d bytes, %d whole", name, len(sub), len(whole))
		})
	}
	assert.Positive(t, composites, "some kept glyph is a composite")
}

// outlinesOf reads a font's outlines.
func outlinesOf(t *testing.T, data []byte) *outlines {
	t.Helper()
	tables, err := layout.ParseTables(data)
	require.NoError(t, err)
	o, err := readOutlines(tables)
	require.NoError(t, err)
	return o
}

// tableChecksum returns the checksum the table directory records for a
// table.
func tableChecksum(t *testing.T, data []byte, tag string) uint32 {
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		if string(rec[:4]) == tag {
			return binary.BigEndian.Uint32(rec[4:])
		}
	}
	t.Fatalf("no %s", tag)
	return 0
}

// TestShortLoca: a subset whose outlines are small enough indexes them
// with 16-bit offsets, a large one with 32-bit offsets, and each glyph
// lies where its index says: the whole font's outline (padded) or, for a
// glyph no character maps to, none.
func TestShortLoca(t *testing.T) {
	whole := templates.Font(false, false)
	glyphs, err := layout.GlyphMap(whole)
	require.NoError(t, err)
	mapped := map[int]bool{}
	for _, g := range glyphs {
		mapped[g] = true
	}
	for _, c := range []struct {
		name   string
		keep   func(rune) bool
		format uint16
	}{
		{"few", keepText, 0},
		{"all", func(rune) bool { return true }, 1},
	} {
		sub, err := Subset(whole, c.keep)
		require.NoError(t, err)
		tables, err := layout.ParseTables(sub)
		require.NoError(t, err)
		assert.Equal(t, c.format, binary.BigEndian.Uint16(tables["head"][indexToLocFormat:]), c.name)
		got, want := outlinesOf(t, sub), outlinesOf(t, whole)
		kept := 0
		for g := 0; g < want.count(); g++ {
			if b := got.glyph(g); len(b) > 0 {
				kept++
				assert.Equal(t, string(want.glyph(g)), string(b[:len(want.glyph(g))]), "%s: glyph %d", c.name, g)
				assert.Empty(t, strings.Trim(string(b[len(want.glyph(g)):]), "\x00"), "%s: glyph %d padded with zeros", c.name, g)
			} else if c.format == 1 && mapped[g] {
				assert.Empty(t, want.glyph(g), "%s: glyph %d of a character", c.name, g)
			}
		}
		t.Logf("%s: %d glyphs of %d drawn", c.name, kept, want.count())
	}
}

// TestUnsupported: a collection, CFF outlines and a variable font are
// refused with ErrUnsupported, to be embedded whole; data that is no font
// is an error.
func TestUnsupported(t *testing.T) {
	ttc, err := os.ReadFile(fonttest.CJKFile)
	if err != nil {
		t.Skipf("no %s: %v", fonttest.CJKFile, err)
	}
	_, err = Subset(ttc, keepText)
	assert.ErrorIs(t, err, ErrUnsupported, "a collection")
	otf := append([]byte("OTTO"), templates.Font(false, false)[4:]...)
	_, err = Subset(otf, keepText)
	assert.ErrorIs(t, err, ErrUnsupported, "CFF outlines")
	variable := withTable(t, templates.Font(false, false), "fvar")
	_, err = Subset(variable, keepText)
	assert.ErrorIs(t, err, ErrUnsupported, "a variable font")

	for _, data := range [][]byte{nil, []byte("not a font at all"), templates.Font(false, false)[:1000]} {
		_, err := Subset(data, keepText)
		assert.Error(t, err)
		assert.NotErrorIs(t, err, ErrUnsupported)
	}
}

// withTable returns a font with one more, empty, table.
func withTable(t *testing.T, data []byte, tag string) []byte {
	tables, err := layout.ParseTables(data)
	require.NoError(t, err)
	all := maps.Clone(tables)
	all[tag] = []byte{}
	return assemble(binary.BigEndian.Uint32(data), all)
}

// TestTinyFont: in the fuzzer's seed font, "K" keeps its composite glyph
// and the glyph it is built from.
func TestTinyFont(t *testing.T) {
	m, err := layout.ParseMetrics(tinyFont())
	require.NoError(t, err)
	assert.Equal(t, 600, m.Advance('K'))
	sub, err := Subset(tinyFont(), func(r rune) bool { return r == 'K' })
	require.NoError(t, err)
	o := outlinesOf(t, sub)
	assert.Len(t, o.glyph(1), 12, "the component")
	assert.Len(t, o.glyph(2), 16, "the composite")
	sub, err = Subset(tinyFont(), func(rune) bool { return false })
	require.NoError(t, err)
	o = outlinesOf(t, sub)
	assert.Len(t, o.glyph(0), 12, ".notdef")
	assert.Empty(t, o.glyph(1))
	assert.Empty(t, o.glyph(2))
}

// TestMalformedOutlines: outlines that lie outside glyf, or a composite
// glyph that names a glyph the font does not have, are errors.
func TestMalformedOutlines(t *testing.T) {
	whole := templates.Font(false, false)
	tables, err := layout.ParseTables(whole)
	require.NoError(t, err)
	o := outlinesOf(t, whole)
	composite := -1
	for g := 0; g < o.count() && composite < 0; g++ {
		if b := o.glyph(g); len(b) >= 10 && int16(binary.BigEndian.Uint16(b)) < 0 {
			composite = g
		}
	}
	require.GreaterOrEqual(t, composite, 0, "Liberation Serif has composite glyphs")

	copyWith := func(tag string, edit func(b []byte)) []byte {
		all := maps.Clone(tables)
		b := append([]byte(nil), tables[tag]...)
		edit(b)
		all[tag] = b
		return assemble(binary.BigEndian.Uint32(whole), all)
	}
	long := binary.BigEndian.Uint16(tables["head"][indexToLocFormat:]) != 0
	require.True(t, long, "Liberation Serif's loca is long")
	outside := copyWith("loca", func(b []byte) { binary.BigEndian.PutUint32(b[len(b)-4:], uint32(len(tables["glyf"])+2)) })
	_, err = Subset(outside, keepText)
	assert.ErrorContains(t, err, "outside glyf")
	beyond := copyWith("glyf", func(b []byte) {
		binary.BigEndian.PutUint16(b[o.offsets[composite]+12:], 0xFFFF) // the first component's glyph
	})
	_, err = Subset(beyond, func(rune) bool { return true })
	assert.ErrorContains(t, err, "beyond the font's glyphs")
}

// TestHostileFonts: the inputs that would cost the most are refused or
// subset within the budget of a hostile input: a character map whose
// segments each cover the whole plane, or whose groups cover Unicode many
// times over, and a font of 65,535 glyphs all composites of each other.
func TestHostileFonts(t *testing.T) {
	tiny := tinyFont()
	tables, err := layout.ParseTables(tiny)
	require.NoError(t, err)
	with := func(tag string, table []byte) []byte {
		all := maps.Clone(tables)
		all[tag] = table
		return assemble(0x00010000, all)
	}
	cmapOf := func(sub []byte) []byte {
		cmap := make([]byte, 12, 12+len(sub))
		binary.BigEndian.PutUint16(cmap[2:], 1)
		binary.BigEndian.PutUint16(cmap[4:], 3)
		binary.BigEndian.PutUint16(cmap[6:], 10)
		binary.BigEndian.PutUint32(cmap[8:], 12)
		return append(cmap, sub...)
	}
	const segs = 0x7FFF
	format4 := make([]byte, 16+8*segs)
	binary.BigEndian.PutUint16(format4, 4)
	binary.BigEndian.PutUint16(format4[6:], 2*segs)
	for s := 0; s < segs; s++ {
		binary.BigEndian.PutUint16(format4[14+2*s:], 0xFFFE)   // end
		binary.BigEndian.PutUint16(format4[16+2*segs+2*s:], 0) // start
	}
	const groups = 20000
	format12 := make([]byte, 16+12*groups)
	binary.BigEndian.PutUint16(format12, 12)
	binary.BigEndian.PutUint32(format12[12:], groups)
	for g := 0; g < groups; g++ {
		binary.BigEndian.PutUint32(format12[16+12*g+4:], 0x10000)
	}
	const glyphs = 0xFFFF
	maxp := append([]byte(nil), tables["maxp"]...)
	binary.BigEndian.PutUint16(maxp[4:], glyphs)
	head := append([]byte(nil), tables["head"]...)
	binary.BigEndian.PutUint16(head[indexToLocFormat:], 1)
	loca := make([]byte, 4*(glyphs+1))
	var glyf []byte
	for g := 0; g < glyphs; g++ {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(len(glyf)))
		composite := make([]byte, 16)
		binary.BigEndian.PutUint16(composite, 0xFFFF)
		binary.BigEndian.PutUint16(composite[12:], uint16((g+1)%glyphs))
		glyf = append(glyf, composite...)
	}
	binary.BigEndian.PutUint32(loca[4*glyphs:], uint32(len(glyf)))
	all := maps.Clone(tables)
	all["maxp"], all["head"], all["loca"], all["glyf"] = maxp, head, loca, glyf
	chained := assemble(0x00010000, all)

	for _, c := range []struct {
		name string
		font []byte
		err  string
	}{
		{"overlapping segments", with("cmap", cmapOf(format4)), "more characters than the plane has"},
		{"overlapping groups", with("cmap", cmapOf(format12)), "more characters than Unicode has"},
		{"a chain of composites", chained, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var sub []byte
			var err error
			budget.Within(t, func() { sub, err = Subset(c.font, func(rune) bool { return true }) })
			if c.err != "" {
				assert.ErrorContains(t, err, c.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, glyphs, outlinesOf(t, sub).count())
			assert.Len(t, outlinesOf(t, sub).glyph(glyphs-1), 16, "every glyph of the chain kept")
		})
	}
}

// BenchmarkSubset cuts Liberation Serif down to the characters of a
// Vietnamese sentence, as the HTML pages cut each of their fonts.
func BenchmarkSubset(b *testing.B) {
	whole := templates.Font(false, false)
	b.SetBytes(int64(len(whole)))
	for b.Loop() {
		if _, err := Subset(whole, keepText); err != nil {
			b.Fatal(err)
		}
	}
}
