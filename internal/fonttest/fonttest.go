// Package fonttest makes fonts for tests: a real font with one character
// taken out, to test what refuses a font that lacks a letter; and reads
// the fonts Debian installs that the tests print with.
package fonttest

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/render/layout"
)

// CJKFile is the Chinese font Debian's fonts-wqy-zenhei installs, a
// TrueType collection.
const CJKFile = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

// DejaVuSerifFiles are DejaVu Serif's four styles (fonts-dejavu-core and
// fonts-dejavu-extra).
var DejaVuSerifFiles = []string{"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"}

// CJK returns the first font of [CJKFile] as a family, to add as a
// fallback; the test is skipped, or fails in CI, without it.
func CJK(t testing.TB) *layout.Family {
	t.Helper()
	return family(t, CJKFile)[0:1].family(t)
}

// DejaVuSerif returns DejaVu Serif in its four styles.
func DejaVuSerif(t testing.TB) *layout.Family {
	t.Helper()
	var fonts fonts
	for _, name := range DejaVuSerifFiles {
		fonts = append(fonts, family(t, filepath.Join(pdfcheck.DejaVuDir, name))...)
	}
	return fonts.family(t)
}

type fonts []*layout.Font

func (f fonts) family(t testing.TB) *layout.Family {
	fam, err := layout.NewFamily(f...)
	if err != nil {
		t.Fatal(err)
	}
	return fam
}

// family reads a font file Debian installs.
func family(t testing.TB, path string) fonts {
	pdfcheck.RequireFile(t, path)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	read, err := layout.ParseFonts(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return read
}

// Without returns a copy of a TrueType font whose cmap no longer maps the
// given characters: a single format 4 subtable (platform 3, encoding 1)
// of every other character of the Basic Multilingual Plane. It panics on
// a font layout cannot read: it is for tests, on fonts they choose.
func Without(ttf []byte, drop ...rune) []byte {
	tables, err := layout.ParseTables(ttf)
	if err != nil {
		panic(err)
	}
	glyphs, err := layout.GlyphMap(ttf)
	if err != nil {
		panic(err)
	}
	var codes []rune
	for r := range glyphs {
		if r < 0xFFFF && !slices.Contains(drop, r) {
			codes = append(codes, r)
		}
	}
	slices.Sort(codes)
	// One segment for each run of codes whose glyphs follow each other.
	type segment struct{ start, end rune }
	var segs []segment
	for _, c := range codes {
		if n := len(segs); n > 0 && c == segs[n-1].end+1 && glyphs[c] == glyphs[segs[n-1].end]+1 {
			segs[n-1].end = c
			continue
		}
		segs = append(segs, segment{c, c})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF})
	n := len(segs)
	sub := make([]byte, 16+8*n)
	be := binary.BigEndian
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*n))
	for i, s := range segs {
		delta := 1
		if s.start != 0xFFFF {
			delta = glyphs[s.start] - int(s.start)
		}
		be.PutUint16(sub[14+2*i:], uint16(s.end))
		be.PutUint16(sub[16+2*n+2*i:], uint16(s.start))
		be.PutUint16(sub[16+4*n+2*i:], uint16(delta))
	}
	cmap := make([]byte, 12, 12+len(sub))
	be.PutUint16(cmap[2:], 1)
	be.PutUint16(cmap[4:], 3)
	be.PutUint16(cmap[6:], 1)
	be.PutUint32(cmap[8:], 12)
	cmap = append(cmap, sub...)
	tables["cmap"] = cmap
	return build(ttf, tables)
}

// build writes a TrueType file of the tables, in the order of the
// original's directory.
func build(orig []byte, tables layout.FontTables) []byte {
	be := binary.BigEndian
	n := int(be.Uint16(orig[4:]))
	out := make([]byte, 12+16*n)
	copy(out, orig[:12+16*n])
	for i := 0; i < n; i++ {
		rec := out[12+16*i:]
		data := tables[string(rec[:4])]
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}
