package pdfcheck

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// Image is a picture drawn on a page, as the page's content stream draws
// it: its size in pixels and its box in points from the page's top-left
// corner, in drawing order (a later one is drawn over an earlier one).
type Image struct {
	Page                int // from 1
	Order               int // its place in the page's drawing order, from 0
	Name                string
	Pixels              [2]int // width, height
	X, Y, Width, Height float64
}

// Images returns the pictures the pages of a PDF draw directly (not in
// form XObjects), read with qpdf: each "Do" of a page's image, with the
// transformation in force then (cm, q, Q).
func Images(t testing.TB, pdf string) []Image {
	t.Helper()
	Require(t, "qpdf")
	out := run(t, "qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", "--json-stream-data=inline",
		"--decode-level=generalized", pdf)
	var doc struct {
		Pages []struct {
			Contents []string `json:"contents"`
			Object   string   `json:"object"`
			Images   []struct {
				Name          string `json:"name"`
				Width, Height int
			} `json:"images"`
		} `json:"pages"`
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.QPDF) < 2 {
		t.Fatalf("qpdf --json %s: %v", pdf, err)
	}
	var objects map[string]struct {
		Value  json.RawMessage `json:"value"`
		Stream struct {
			Data []byte `json:"data"`
		} `json:"stream"`
	}
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		t.Fatalf("qpdf --json %s: objects: %v", pdf, err)
	}
	var found []Image
	for i, pg := range doc.Pages {
		height := 0.0
		for obj, hops := pg.Object, 0; obj != "" && hops < 32; hops++ { // the box may be inherited
			var node struct {
				MediaBox []float64 `json:"/MediaBox"`
				Parent   string    `json:"/Parent"`
			}
			_ = json.Unmarshal(objects["obj:"+obj].Value, &node)
			if len(node.MediaBox) == 4 {
				height = node.MediaBox[3] - node.MediaBox[1]
				break
			}
			obj = node.Parent
		}
		pixels := map[string][2]int{}
		for _, im := range pg.Images {
			pixels[im.Name] = [2]int{im.Width, im.Height}
		}
		var content strings.Builder
		for _, c := range pg.Contents {
			content.Write(objects["obj:"+c].Stream.Data)
			content.WriteByte('\n')
		}
		order := 0
		drawn(content.String(), func(name string, m matrix) {
			px, ok := pixels[name]
			if !ok {
				return
			}
			x0, y0 := m.apply(0, 0)
			x1, y1 := m.apply(1, 1)
			found = append(found, Image{Page: i + 1, Order: order, Name: name, Pixels: px,
				X: min(x0, x1), Y: height - max(y0, y1), Width: abs(x1 - x0), Height: abs(y1 - y0)})
			order++
		})
	}
	return found
}

func abs(v float64) float64 { return max(v, -v) }

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// apply transforms a point.
func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// times returns n then m (PDF's "n × m").
func (n matrix) times(m matrix) matrix {
	return matrix{
		n[0]*m[0] + n[1]*m[2], n[0]*m[1] + n[1]*m[3],
		n[2]*m[0] + n[3]*m[2], n[2]*m[1] + n[3]*m[3],
		n[4]*m[0] + n[5]*m[2] + m[4], n[4]*m[1] + n[5]*m[3] + m[5],
	}
}

// drawn reads a content stream and calls do for each XObject it draws,
// with the transformation then in force. It reads numbers, names and
// operators, and skips strings, arrays and dictionaries.
func drawn(content string, do func(name string, m matrix)) {
	ctm := identity
	var stack []matrix
	var operands []string
	for _, tok := range tokens(content) {
		switch tok {
		case "q":
			stack = append(stack, ctm)
		case "Q":
			if n := len(stack); n > 0 {
				ctm, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if n := len(operands); n >= 6 {
				var m matrix
				for i := range m {
					m[i], _ = strconv.ParseFloat(operands[n-6+i], 64)
				}
				ctm = m.times(ctm)
			}
		case "Do":
			if n := len(operands); n >= 1 {
				do(operands[n-1], ctm)
			}
		default:
			if isOperand(tok) {
				operands = append(operands, tok)
				continue
			}
		}
		operands = operands[:0]
	}
}

// isOperand reports whether a token is a number or a name.
func isOperand(tok string) bool {
	if strings.HasPrefix(tok, "/") {
		return true
	}
	_, err := strconv.ParseFloat(tok, 64)
	return err == nil
}

// tokens splits a content stream into tokens, leaving out strings
// ("(…)", "<…>"), arrays and dictionaries' brackets, as "_".
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0:
			i++
		case c == '%':
			for i < len(s) && s[i] != '\n' && s[i] != '\r' {
				i++
			}
		case c == '(':
			depth := 0
			for ; i < len(s); i++ {
				if s[i] == '\\' {
					i++
					continue
				}
				if s[i] == '(' {
					depth++
				} else if s[i] == ')' {
					depth--
					if depth == 0 {
						i++
						break
					}
				}
			}
			out = append(out, "_")
		case c == '<' && i+1 < len(s) && s[i+1] == '<', c == '>' && i+1 < len(s) && s[i+1] == '>':
			i += 2
			out = append(out, "_")
		case c == '<':
			for i < len(s) && s[i] != '>' {
				i++
			}
			i++
			out = append(out, "_")
		case c == '[' || c == ']' || c == '{' || c == '}':
			i++
			out = append(out, "_")
		default:
			j := i + 1
			for j < len(s) && !strings.ContainsRune(" \n\r\t\f\x00()<>[]{}/%", rune(s[j])) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out
}
