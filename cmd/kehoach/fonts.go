package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kehoach/kehoach/render/layout"
)

// maxFontFile bounds a font file the command reads: a CJK collection is
// some 20 MB.
const maxFontFile = 64 << 20

// loadFonts builds the PDF's fonts from -font (a folder with an agency's
// TrueType family in its four styles; "" keeps Liberation Serif) and
// -font-fallback (font files tried, in order, for the characters the text
// font and DejaVu Sans lack; of a collection, its first font). It returns
// nil when neither is given.
func loadFonts(dir string, fallbacks []string) (*layout.Fonts, error) {
	if dir == "" && len(fallbacks) == 0 {
		return nil, nil
	}
	fonts := layout.DefaultFonts()
	if dir != "" {
		main, err := readFontDir(dir)
		if err != nil {
			return nil, err
		}
		if fonts, err = fonts.WithMain(main); err != nil {
			return nil, bilingual("-font "+dir+": ", err)
		}
	}
	var extra []*layout.Family
	for _, file := range fallbacks {
		read, err := readFonts(file)
		if err != nil {
			return nil, err
		}
		family, err := layout.NewFamily(read[0])
		if err != nil {
			return nil, bilingual("-font-fallback "+file+": ", err)
		}
		extra = append(extra, family)
	}
	return fonts.WithFallbacks(extra...), nil
}

// readFontDir reads the TrueType fonts of a folder, which must be one
// family's.
func readFontDir(dir string) (*layout.Family, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err // a *fs.PathError, which names the folder
	}
	byFamily := map[string][]*layout.Font{}
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || ext != ".ttf" && ext != ".ttc" {
			continue
		}
		fonts, err := readFonts(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		for _, f := range fonts {
			byFamily[f.Family] = append(byFamily[f.Family], f)
		}
	}
	var names []string
	for name := range byFamily {
		names = append(names, name)
	}
	sort.Strings(names)
	switch len(names) {
	case 0:
		return nil, errorf("-font %s: thư mục không có tệp phông TrueType (.ttf) nào", "-font %s: the folder holds no TrueType font (.ttf)", dir)
	case 1:
	default:
		return nil, errorf("-font %s: thư mục có phông của nhiều họ chữ (%s): để lại một họ, đủ bốn kiểu",
			"-font %s: the folder holds fonts of several families (%s): leave one family, in its four styles", dir, strings.Join(names, ", "))
	}
	family, err := layout.NewFamily(byFamily[names[0]]...)
	if err != nil {
		return nil, bilingual("-font "+dir+": ", err)
	}
	return family, nil
}

// readFonts reads a font file, .ttf or .ttc.
func readFonts(path string) ([]*layout.Font, error) {
	data, err := readInput(path, maxFontFile)
	if err != nil {
		return nil, err
	}
	fonts, err := layout.ParseFonts(filepath.Base(path), data)
	if err != nil {
		return nil, errorf("%s: không đọc được phông chữ (%s)", "%s: not a readable TrueType font (%s)", path, err.Error())
	}
	return fonts, nil
}

// bilingual words a font error in both languages: its own words when it
// has both, else its English words after a Vietnamese lead.
func bilingual(prefix string, err error) error {
	if m, ok := ownWords(prefix, err); ok {
		return &cmdError{m}
	}
	return errorf("%sphông chữ không dùng được (%s)", "%sthe font cannot be used (%s)", prefix, err.Error())
}
