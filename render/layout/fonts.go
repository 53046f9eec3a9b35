package layout

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"unicode/utf16"

	"github.com/kehoach/kehoach/templates"
)

// Font is one TrueType font file, parsed once: its data, its metrics, its
// family name and the style it is. It is read-only: share it between
// documents and goroutines.
type Font struct {
	// File names the font in messages: its file's name.
	File string
	// Family is its family name, as its name table gives it ("Liberation
	// Serif", "DejaVu Sans").
	Family string
	// Style is the style it is, from its header's bold and italic bits.
	Style Style
	// Data is the TrueType file; for a font read from a collection (.ttc),
	// a file of its own, built from the collection's tables.
	Data []byte
	// Metrics are its measurements.
	Metrics *Metrics
}

// ParseFont reads a TrueType font. file names it in errors. A malformed
// file is an error, never a panic.
func ParseFont(file string, data []byte) (*Font, error) {
	m, err := ParseMetrics(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	tables, _ := ParseTables(data) // ParseMetrics has read them
	f := &Font{File: file, Data: data, Metrics: m}
	head, _ := tables.Get("head", 54)
	mac := binary.BigEndian.Uint16(head[44:])
	f.Style = Style{Bold: mac&1 != 0, Italic: mac&2 != 0}
	if name, ok := tables["name"]; ok {
		f.Family = familyName(name)
	}
	if f.Family == "" {
		return nil, fmt.Errorf("%s: font: no family name", file)
	}
	return f, nil
}

// familyName returns a name table's typographic family name (name 16), or
// its family name (name 1), in English when it has several languages:
// Windows' US English record first, then Mac Roman's English one, then
// any Unicode record.
func familyName(name []byte) string {
	if len(name) < 6 {
		return ""
	}
	count, base := int(binary.BigEndian.Uint16(name[2:])), int(binary.BigEndian.Uint16(name[4:]))
	type found struct {
		text string
		rank int // lower is better
	}
	best := map[uint16]found{}
	for i := 0; i < count && 6+12*i+12 <= len(name); i++ {
		rec := name[6+12*i:]
		platform, lang, id := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[4:]), binary.BigEndian.Uint16(rec[6:])
		size, off := int(binary.BigEndian.Uint16(rec[8:])), int(binary.BigEndian.Uint16(rec[10:]))
		if id != 1 && id != 16 || base+off+size > len(name) {
			continue
		}
		raw := name[base+off : base+off+size]
		var f found
		switch {
		case platform == 3 && lang == 0x409:
			f.rank = 0
		case platform == 1 && lang == 0:
			f.rank = 1
		case platform == 0 || platform == 3:
			f.rank = 2
		default:
			continue
		}
		if platform == 1 {
			f.text = string(raw)
		} else {
			u := make([]uint16, len(raw)/2)
			for k := range u {
				u[k] = binary.BigEndian.Uint16(raw[2*k:])
			}
			f.text = string(utf16.Decode(u))
		}
		if prev, ok := best[id]; !ok || f.rank < prev.rank {
			best[id] = f
		}
	}
	if s := best[16].text; s != "" {
		return s
	}
	return best[1].text
}

// Family is the styles of one font family: all four for the text font, or
// as many as a fallback font has. A style it lacks prints in the nearest
// one it has ([Family.Font]).
type Family struct {
	// Name is the family's name, as its fonts give it.
	Name   string
	styles [4]*Font
}

// NewFamily gathers the styles of a family. Each font is the style its
// header says; two fonts of one style, or of two families, are an error.
func NewFamily(fonts ...*Font) (*Family, error) {
	if len(fonts) == 0 {
		return nil, errors.New("font: a family needs at least one font")
	}
	f := &Family{Name: fonts[0].Family}
	for _, font := range fonts {
		if font.Family != f.Name {
			return nil, fmt.Errorf("font: %s is of the family %q, not %q", font.File, font.Family, f.Name)
		}
		if prev := f.styles[font.Style.index()]; prev != nil {
			return nil, fmt.Errorf("font: %s and %s are both %s", prev.File, font.File, font.Style)
		}
		f.styles[font.Style.index()] = font
	}
	return f, nil
}

// Font returns the family's font of style s, or the nearest it has: the
// same weight upright, then the same slant in regular weight, then the
// regular.
func (f *Family) Font(s Style) *Font {
	for _, try := range []Style{s, {Bold: s.Bold}, {Italic: s.Italic}, Regular, Bold, Italic, BoldItalic} {
		if font := f.styles[try.index()]; font != nil {
			return font
		}
	}
	return nil
}

// Has reports whether the family has a font of its own for style s.
func (f *Family) Has(s Style) bool { return f.styles[s.index()] != nil }

// String names the style as fonts name their styles: "Regular", "Bold",
// "Italic", "Bold Italic".
func (s Style) String() string {
	switch s {
	case Bold:
		return "Bold"
	case Italic:
		return "Italic"
	case BoldItalic:
		return "Bold Italic"
	}
	return "Regular"
}

// Fonts are the fonts a document prints in: the text font in its four
// styles, and fallback fonts, tried in order, for the characters it lacks
// (symbols such as ✓, a Chinese name). Each character prints from the
// first font that has it; one no font has prints as the text font's
// missing-glyph box. Build a set once with [NewFonts] and share it: it is
// read-only and safe for concurrent use.
type Fonts struct {
	main *Family
	// fallbacks returns the fallback fonts, read the first time a
	// character the text font lacks is measured (the embedded one is
	// parsed only then).
	fallbacks func() []*Family
	// with are the metrics of each style: the text font's, which ask the
	// fallbacks for a character it lacks.
	with [4]*Metrics
}

// NewFonts builds the set of a text font, which must have its four styles
// and every Vietnamese letter in each, and fallback fonts, tried in
// order. A text font without a Vietnamese letter is a
// [*MissingLetterError].
func NewFonts(main *Family, fallbacks ...*Family) (*Fonts, error) {
	for _, s := range []Style{Regular, Bold, Italic, BoldItalic} {
		font := main.styles[s.index()]
		if font == nil {
			return nil, &MissingStyleError{Family: main.Name, Style: s}
		}
		for _, r := range VietnameseLetters() {
			if !font.Metrics.HasGlyph(r) {
				return nil, &MissingLetterError{File: font.File, Letter: r}
			}
		}
	}
	fallbacks = append([]*Family(nil), fallbacks...)
	return newFonts(main, func() []*Family { return fallbacks }), nil
}

// newFonts builds the set of a text font with its four styles and the
// fallbacks fallbacks returns when first called.
func newFonts(main *Family, fallbacks func() []*Family) *Fonts {
	f := &Fonts{main: main, fallbacks: sync.OnceValue(fallbacks)}
	for _, s := range []Style{Regular, Bold, Italic, BoldItalic} {
		m := *main.styles[s.index()].Metrics // the tables are shared, not copied
		m.fallback = &fallback{fonts: f, style: s}
		f.with[s.index()] = &m
	}
	return f
}

// fallback is how a text font's metrics find the fallback font that
// prints a character it lacks.
type fallback struct {
	fonts *Fonts
	style Style
}

// find returns the index in the set's fallbacks of the first that has r,
// and its metrics; -1 for none.
func (fb *fallback) find(r rune) (int, *Metrics) {
	for i, family := range fb.fonts.fallbacks() {
		if m := family.Font(fb.style).Metrics; m.HasGlyph(r) {
			return i, m
		}
	}
	return -1, nil
}

// Main returns the text font.
func (f *Fonts) Main() *Family { return f.main }

// Fallbacks returns the fallback fonts, in the order they are tried.
func (f *Fonts) Fallbacks() []*Family { return f.fallbacks() }

// Metrics returns the measurements of style s: the text font's, and for a
// character it lacks, the advance of the fallback that prints it, in the
// text font's units.
func (f *Fonts) Metrics(s Style) *Metrics { return f.with[s.index()] }

// Fallback returns the fallback font that prints r in style s, or nil
// when the text font has it, or no font does (it then prints as the text
// font's missing-glyph box).
func (f *Fonts) Fallback(s Style, r rune) *Family {
	m := f.with[s.index()]
	if m.has(r) {
		return nil
	}
	if i, _ := m.fallback.find(r); i >= 0 {
		return f.fallbacks()[i]
	}
	return nil
}

// FallsBack reports whether some character of text prints in style s
// from a fallback font ([Fonts.Fallback]).
func (f *Fonts) FallsBack(s Style, text string) bool {
	for _, r := range text {
		if r >= 0x80 && f.Fallback(s, r) != nil {
			return true
		}
	}
	return false
}

// Family returns the font of the set named name: the text font, or a
// fallback; nil for none.
func (f *Fonts) Family(name string) *Family {
	if name == f.main.Name {
		return f.main
	}
	for _, fb := range f.fallbacks() {
		if fb.Name == name {
			return fb
		}
	}
	return nil
}

// WithMain returns the set with another text font and the same fallbacks.
func (f *Fonts) WithMain(main *Family) (*Fonts, error) { return NewFonts(main, f.fallbacks()...) }

// WithFallbacks returns the set with more fallback fonts, tried after its
// own.
func (f *Fonts) WithFallbacks(more ...*Family) *Fonts {
	all := append(append([]*Family(nil), f.fallbacks()...), more...)
	return newFonts(f.main, func() []*Family { return all })
}

// DefaultFonts returns the embedded fonts: Liberation Serif, metric twin
// of the decree's Times New Roman, with DejaVu Sans as its fallback. They
// are parsed once, the first time they are asked for; DejaVu Sans only
// when a character Liberation Serif lacks is first measured.
var DefaultFonts = sync.OnceValue(func() *Fonts {
	var main []*Font
	for _, s := range []Style{Regular, Bold, Italic, BoldItalic} {
		main = append(main, mustParse(templates.FontFile(s.Bold, s.Italic), templates.Font(s.Bold, s.Italic)))
	}
	return newFonts(mustFamily(main...), func() []*Family {
		var fallback []*Font
		for _, bold := range []bool{false, true} {
			fallback = append(fallback, mustParse(templates.FallbackFile(bold), templates.FallbackFont(bold)))
		}
		return []*Family{mustFamily(fallback...)}
	})
})

// mustParse parses an embedded font, and mustFamily gathers embedded
// fonts. They are embedded and tested: failing here cannot happen in a
// released build.
func mustParse(file string, data []byte) *Font {
	f, err := ParseFont(file, data)
	if err != nil {
		panic(err)
	}
	return f
}

func mustFamily(fonts ...*Font) *Family {
	f, err := NewFamily(fonts...)
	if err != nil {
		panic(err)
	}
	return f
}

// ParseFonts reads a TrueType font (.ttf), or every font of a TrueType
// collection (.ttc), each then made a file of its own that a PDF can
// embed. file names them in errors.
func ParseFonts(file string, data []byte) ([]*Font, error) {
	if len(data) < 12 || string(data[:4]) != "ttcf" {
		f, err := ParseFont(file, data)
		if err != nil {
			return nil, err
		}
		return []*Font{f}, nil
	}
	n := int(binary.BigEndian.Uint32(data[8:]))
	if n < 1 || n > 1000 || len(data) < 12+4*n {
		return nil, fmt.Errorf("%s: font: collection header truncated", file)
	}
	var out []*Font
	for i := 0; i < n; i++ {
		off := int(binary.BigEndian.Uint32(data[12+4*i:]))
		single, err := extractFont(data, off)
		if err != nil {
			return nil, fmt.Errorf("%s: font %d: %w", file, i, err)
		}
		f, err := ParseFont(fmt.Sprintf("%s#%d", file, i), single)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// extractFont builds a TrueType file of the font whose table directory
// starts at off in a collection: its tables copied after a directory of
// its own, each on a four-byte boundary.
func extractFont(ttc []byte, off int) ([]byte, error) {
	if off < 0 || off+12 > len(ttc) {
		return nil, errors.New("font: table directory outside the collection")
	}
	n := int(binary.BigEndian.Uint16(ttc[off+4:]))
	if off+12+16*n > len(ttc) {
		return nil, errors.New("font: table directory truncated")
	}
	size := 12 + 16*n
	for i := 0; i < n; i++ {
		rec := ttc[off+12+16*i:]
		at, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if at < 0 || length < 0 || at > len(ttc) || length > len(ttc)-at {
			return nil, fmt.Errorf("font: table %q lies outside the collection", rec[:4])
		}
		size += (length + 3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	copy(out, ttc[off:off+12+16*n])
	for i := 0; i < n; i++ {
		rec := out[12+16*i:]
		at, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		out = append(out, ttc[at:at+length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}
