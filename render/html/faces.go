package html

import (
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
)

// A typeface is a family of a document's fonts as its pages name it.
type typeface struct {
	family *layout.Family
	// key is the family's key ([familyKeys]): its font files' names
	// start with it, and the classes of its runs hold it.
	key string
	// builtin is set for the embedded text font, declared as fontFamily,
	// which the pages' rules name: its runs' classes need not.
	builtin bool
}

// cssFamily returns the name the typeface's @font-face rules declare.
func (tf *typeface) cssFamily() string {
	if tf.builtin {
		return fontFamily
	}
	return familyPrefix + tf.key
}

// classKey returns what a run's class says of its typeface: its key, or
// nothing for the embedded text font.
func (tf *typeface) classKey() string {
	if tf.builtin {
		return ""
	}
	return tf.key
}

// faces finds the font each run prints from, as the PDF finds it: the
// text font in the run's style, or the fallback the run names
// (compose.Text.Font) in the nearest style it has.
type faces struct {
	fonts *layout.Fonts
	main  typeface
	// fallbacks are the set's fallbacks as typefaces, made when a run
	// first names one (the embedded fallback is read only then).
	fallbacks []typeface
	byName    map[string]*typeface // the fallbacks by family name
}

// newFaces prepares the faces of a set of fonts.
func newFaces(fonts *layout.Fonts) *faces {
	main := fonts.Main()
	return &faces{fonts: fonts, main: typeface{
		family:  main,
		key:     familyKeys([]*layout.Family{main})[0],
		builtin: main == layout.DefaultFonts().Main(),
	}}
}

// of returns the typeface a run prints from and the font of it.
func (f *faces) of(t *compose.Text) (*typeface, *layout.Font) {
	tf := &f.main
	if t.Font != "" {
		if fb := f.fallback(t.Font); fb != nil {
			tf = fb
		}
	}
	return tf, tf.family.Font(t.Style)
}

// fallback returns the typeface of the family a run names, or nil when
// that is the text font's name or none of the set's.
func (f *faces) fallback(name string) *typeface {
	if f.byName == nil {
		families := append([]*layout.Family{f.main.family}, f.fonts.Fallbacks()...)
		keys := familyKeys(families)
		f.fallbacks = make([]typeface, len(families)-1)
		f.byName = map[string]*typeface{}
		for i := len(f.fallbacks) - 1; i >= 0; i-- { // the first of a name wins, as in layout.Fonts.Family
			f.fallbacks[i] = typeface{family: families[i+1], key: keys[i+1]}
			f.byName[families[i+1].Name] = &f.fallbacks[i]
		}
	}
	if name == f.main.family.Name {
		return nil
	}
	return f.byName[name]
}

// A face is one font a document's pages print in, of its typeface.
type face struct {
	typeface *typeface
	font     *layout.Font
	// runes are the characters the pages draw in the font, when it is
	// embedded; nil when it is linked, or embedded whole.
	runes *runeSet
	// data is what an embedded face's data: URL holds (see embed).
	data []byte
	// missing are the characters the pages draw in the font that it has
	// no glyph for, and notdef the font that draws them as the PDF does
	// (see notdefFace); nil when there are none.
	missing []rune
	notdef  []byte
}

// file returns the face's file name, which [WithFontURL] links.
func (fc face) file() string { return fontFile(fc.typeface.key, fc.font) }

// used returns the fonts the pages print in, so that only those are
// declared: the text font's styles, then each fallback's, in the set's
// order, each style in the order of allStyles; each with the characters
// it lacks, and with embedded set, the characters the pages draw in it
// and what to embed.
func (f *faces) used(pages []compose.Page, embedded bool) []face {
	seen := map[*layout.Font]*runeSet{}
	var last *layout.Font // runs in a row mostly print in one font
	var runes *runeSet
	for _, pg := range pages {
		for i := range pg.Texts {
			if _, font := f.of(&pg.Texts[i]); font != last {
				var ok bool
				if runes, ok = seen[font]; !ok {
					runes = newRuneSet()
					seen[font] = runes
				}
				last = font
			}
			runes.addText(pg.Texts[i].Text)
		}
	}
	var out []face
	add := func(tf *typeface) {
		for _, s := range allStyles {
			font := tf.family.Font(s)
			if runes, ok := seen[font]; ok && tf.family.Has(s) {
				fc := face{typeface: tf, font: font, runes: runes}
				fc.lacking()
				if embedded {
					fc.embed()
				} else {
					fc.runes = nil
				}
				out = append(out, fc)
			}
		}
	}
	add(&f.main)
	for i := range f.fallbacks { // made when a run named one
		add(&f.fallbacks[i])
	}
	return out
}
