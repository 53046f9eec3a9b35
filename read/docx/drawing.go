package docx

import (
	"math"
	"strconv"
	"strings"
)

// emuPerPoint converts DrawingML's English Metric Units to points.
const emuPerPoint = 12700

// belowLine is how far below the top of the paragraph it is anchored in
// a text box starts, in points, to be read after the paragraph: further
// than a line of text (a signer's box drawn under the body's last
// paragraph), not a box beside the line ("SỞ NỘI VỤ" beside "Số:").
const belowLine = 12

// placedBelow reports whether an object positioned vertically from the
// given origin (DrawingML's relativeFrom, VML's
// mso-position-vertical-relative) by the given offset in points starts
// below the first line of its paragraph.
func placedBelow(origin string, offset float64) bool {
	return (origin == "paragraph" || origin == "line" || origin == "text") && offset > belowLine
}

// drawing reads a DrawingML object (w:drawing): the text of its text
// boxes, and the straight lines among its shapes.
func (p *parser) drawing(q *para) error {
	type shape struct {
		line   bool
		cx, cy float64
		ext    bool
		depth  int
	}
	var shapes []*shape
	var anchor float64 // the object's width, in points
	below := false     // the object is placed below its paragraph's first line
	depth := 1
	for depth > 0 {
		k, err := p.x.next()
		if err != nil {
			return err
		}
		switch k {
		case tokStart:
			e := p.x.el
			depth++
			var top *shape
			if n := len(shapes); n > 0 {
				top = shapes[n-1]
			}
			switch {
			case is(e, "txbxContent"):
				depth--
				if err := p.textBox(q, below); err != nil {
					return err
				}
			case e.Name.Space == nsWP && e.Name.Local == "positionV":
				depth--
				origin, _ := attr(e, "", "relativeFrom")
				err := p.x.children(func(c element) error {
					if c.Name.Space != nsWP || c.Name.Local != "posOffset" {
						return p.x.skip()
					}
					s, err := p.x.text()
					if v, perr := strconv.ParseFloat(strings.TrimSpace(s), 64); perr == nil {
						below = placedBelow(origin, v/emuPerPoint)
					}
					return err
				}, nil)
				if err != nil {
					return err
				}
			case e.Name.Space == nsWPS && (e.Name.Local == "wsp" || e.Name.Local == "cxnSp"):
				shapes = append(shapes, &shape{depth: depth, line: e.Name.Local == "cxnSp"})
			case e.Name.Space == nsWP && e.Name.Local == "extent" && anchor == 0:
				anchor = emuAttr(e, "cx")
			case top != nil && e.Name.Space == nsWPS && e.Name.Local == "cNvCnPr":
				top.line = true
			case top != nil && e.Name.Space == nsA && e.Name.Local == "prstGeom":
				switch prst, _ := attr(e, "", "prst"); prst {
				case "line", "lineInv", "straightConnector1":
					top.line = true
				}
			case top != nil && e.Name.Space == nsA && e.Name.Local == "ext" && !top.ext:
				top.cx, top.cy, top.ext = emuAttr(e, "cx"), emuAttr(e, "cy"), true
			}
		case tokEnd:
			depth--
			if n := len(shapes); n > 0 && depth < shapes[n-1].depth {
				s := shapes[n-1]
				shapes = shapes[:n-1]
				length := s.cx
				if !s.ext {
					length = anchor
				}
				if (s.line || s.ext && thin(s.cx, s.cy)) && length > 0 {
					q.lines = append(q.lines, line{length: length})
				}
			}
		}
	}
	return nil
}

// thin reports whether a shape's box is a line's: at most 4 pt high
// and eight times as wide (a freeform line is a path in such a box).
func thin(width, height float64) bool { return height <= 4 && width >= 8*height && width > 0 }

func emuAttr(e element, local string) float64 {
	v, _ := attr(e, "", local)
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return math.Abs(f) / emuPerPoint
}

// vml reads a VML object (w:pict, w:object): the text of its text boxes
// and its straight lines (v:line, or a shape drawn as a horizontal
// connector or as a rectangle of no height).
func (p *parser) vml(q *para) error {
	below := false // the shape is placed below its paragraph's first line
	return p.walk(func(e element) (bool, error) {
		if is(e, "txbxContent") {
			return true, p.textBox(q, below)
		}
		if e.Name.Space != nsV {
			return false, nil
		}
		if style, ok := attr(e, "", "style"); ok {
			if top, ok := vmlStyle(style, "margin-top"); ok {
				origin, ok := vmlStyleValue(style, "mso-position-vertical-relative")
				if !ok {
					origin = "paragraph" // VML's default: from the paragraph
				}
				below = placedBelow(origin, top)
			}
		}
		switch e.Name.Local {
		case "line":
			from, _ := attr(e, "", "from")
			to, _ := attr(e, "", "to")
			x1, ok1 := vmlPoint(from)
			x2, ok2 := vmlPoint(to)
			if ok1 && ok2 && x1 != x2 {
				q.lines = append(q.lines, line{length: math.Abs(x2 - x1)})
			}
		case "shape", "rect":
			style, _ := attr(e, "", "style")
			kind, _ := attr(e, "", "type")
			conn, _ := attr(e, nsO, "connectortype")
			w, okw := vmlStyle(style, "width")
			h, okh := vmlStyle(style, "height")
			if okw && w > 0 && (conn == "straight" || strings.HasSuffix(kind, "_t32") || okh && thin(w, h)) {
				q.lines = append(q.lines, line{length: w})
			}
		}
		return false, nil
	})
}

// vmlPoint returns the x of a VML point "x,y" in points; a number
// without a unit is in pixels (0.75 pt).
func vmlPoint(s string) (float64, bool) {
	x, _, _ := strings.Cut(s, ",")
	return vmlLength(x)
}

func vmlLength(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if s[len(s)-1] >= '0' && s[len(s)-1] <= '9' || s[len(s)-1] == '.' {
		v, ok := measure(s, 0.75)
		return v, ok
	}
	if strings.HasSuffix(s, "px") {
		return measure(strings.TrimSuffix(s, "px"), 0.75)
	}
	return measure(s, 1)
}

// vmlStyle returns a length property of a VML style attribute.
func vmlStyle(style, name string) (float64, bool) {
	if v, ok := vmlStyleValue(style, name); ok {
		return vmlLength(v)
	}
	return 0, false
}

// vmlStyleValue returns a property of a VML style attribute.
func vmlStyleValue(style, name string) (string, bool) {
	for _, decl := range strings.Split(style, ";") {
		k, v, ok := strings.Cut(decl, ":")
		if ok && strings.TrimSpace(k) == name {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}
