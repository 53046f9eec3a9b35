package picture

import (
	"fmt"
	"image"
	"image/color"
)

// Warning is what a readable image breaks of the decree, in Vietnamese
// and English, with a stable code.
type Warning struct {
	Code   string
	Vi, En string
}

// Message returns the warning in a language: "en" for English, Vietnamese
// otherwise.
func (w Warning) Message(lang string) string {
	if lang == "en" {
		return w.En
	}
	return w.Vi
}

// Warning codes.
const (
	// CodeOpaque: the image has no transparent background: neither an
	// alpha channel nor a tRNS chunk, or not one transparent pixel.
	CodeOpaque = "picture-opaque"
	// CodeColour: the ink is not the decree's colour: the signature not
	// blue, the seal not red.
	CodeColour = "picture-colour"
)

// Hue is the colour an image's ink is judged to be.
type Hue int

// The hues ink is sorted into: the chromatic ones by the hue angle of
// their pixels, Black for ink without colour (black, grey).
const (
	Black Hue = iota
	Red
	Orange
	Yellow
	Green
	Blue
	Purple
)

// words names a hue in Vietnamese and English.
func (h Hue) words() (vi, en string) {
	switch h {
	case Red:
		return "đỏ", "red"
	case Orange:
		return "cam", "orange"
	case Yellow:
		return "vàng", "yellow"
	case Green:
		return "xanh lá", "green"
	case Blue:
		return "xanh", "blue"
	case Purple:
		return "tím", "purple"
	}
	return "đen hoặc xám", "black or grey"
}

// want is the hue the decree asks of each role.
func (r Role) want() Hue {
	if r == Seal {
		return Red
	}
	return Blue
}

// check returns the warnings of an image: no transparent background, ink
// of another colour than the role's.
func check(img image.Image, declared bool, role Role) []Warning {
	vi, en := role.words()
	st := survey(img)
	var out []Warning
	if !declared || st.transparent == 0 {
		why, whyEn := "không có kênh trong suốt (alpha hay tRNS)", "has no transparency (neither an alpha channel nor tRNS)"
		if declared {
			why, whyEn = "có kênh trong suốt nhưng không có điểm ảnh nào trong suốt", "declares transparency but no pixel is transparent"
		}
		out = append(out, Warning{Code: CodeOpaque,
			Vi: fmt.Sprintf("%s %s: Nghị định 30 yêu cầu ảnh .png nền trong suốt (Phụ lục I, mục II.7.d, II.8.a); nền ảnh sẽ che chữ bên dưới", vi, why),
			En: fmt.Sprintf("%s %s: Decree 30 asks for a .png with a transparent background (Phụ lục I, mục II.7.d, II.8.a); its background will hide the text under it", en, whyEn)})
	}
	if got, want := st.dominant(), role.want(); st.ink > 0 && got != want {
		gotVi, gotEn := got.words()
		wantVi, wantEn := want.words()
		out = append(out, Warning{Code: CodeColour,
			Vi: fmt.Sprintf("%s có màu chủ đạo %s: Nghị định 30 yêu cầu màu %s (Phụ lục I, mục %s)", vi, gotVi, wantVi, role.clause()),
			En: fmt.Sprintf("%s is mostly %s: Decree 30 asks for %s (Phụ lục I, mục %s)", en, gotEn, wantEn, role.clause())})
	}
	return out
}

// clause is where the decree says how the role's image looks.
func (r Role) clause() string {
	if r == Seal {
		return "II.8.a"
	}
	return "II.7.d"
}

// stats counts an image's pixels: the transparent ones, the ink (the
// opaque ones that are not the white of a background), and the ink by
// hue.
type stats struct {
	transparent, ink int
	hues             [Purple + 1]int
}

// maxSamples bounds the pixels surveyed: a larger image is sampled on a
// grid, which judges its colours as well.
const maxSamples = 1 << 20

// survey counts an image's pixels.
func survey(img image.Image) stats {
	var st stats
	b := img.Bounds()
	step := 1
	for (b.Dx()/step)*(b.Dy()/step) > maxSamples {
		step++
	}
	for y := b.Min.Y; y < b.Max.Y; y += step {
		for x := b.Min.X; x < b.Max.X; x += step {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if c.A < 128 {
				st.transparent++
				continue
			}
			h, s, v := hsv(c)
			if v > 0.9 && s < 0.15 { // the white of a background
				continue
			}
			st.ink++
			if s < 0.25 || v < 0.15 {
				st.hues[Black]++
				continue
			}
			st.hues[hueOf(h)]++
		}
	}
	return st
}

// dominant returns the hue most of the ink has: Black when ink without
// colour outnumbers the coloured, else the commonest colour.
func (st *stats) dominant() Hue {
	best := Red
	for h := Red; h <= Purple; h++ {
		if st.hues[h] > st.hues[best] {
			best = h
		}
	}
	if st.hues[Black] >= st.ink-st.hues[Black] {
		return Black
	}
	return best
}

// hueOf sorts a hue angle (degrees) into a hue: blue takes cyan to
// violet-blue, as "mực xanh" does.
func hueOf(h float64) Hue {
	switch {
	case h < 15 || h >= 330:
		return Red
	case h < 45:
		return Orange
	case h < 70:
		return Yellow
	case h < 170:
		return Green
	case h < 260:
		return Blue
	}
	return Purple
}

// hsv returns a colour's hue (degrees), saturation and value (0–1).
func hsv(c color.NRGBA) (h, s, v float64) {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	hi, lo := max(r, g, b), min(r, g, b)
	v = hi
	if hi == 0 {
		return 0, 0, 0
	}
	d := hi - lo
	s = d / hi
	if d == 0 {
		return 0, s, v
	}
	switch hi {
	case r:
		h = 60 * (g - b) / d
	case g:
		h = 60 * (2 + (b-r)/d)
	default:
		h = 60 * (4 + (r-g)/d)
	}
	if h < 0 {
		h += 360
	}
	return h, s, v
}
