package docx

import (
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// level is one level of a list definition: how its number prints.
type level struct {
	start      int
	format     string // Word's numFmt: decimal, upperRoman, lowerLetter, bullet…
	text       string // lvlText: "%1.", "%1.%2.", "-"
	restart    int    // lvlRestart + 1; 0 unset (restart after any higher level)
	legal      bool   // isLgl: every level's number in Arabic numerals
	ind        indent
	font       string // the number's font, which says what a symbol bullet is
	paraStyle  string
	startFound bool
}

// abstractNum is a list definition (w:abstractNum).
type abstractNum struct {
	levels    [9]*level
	styleLink string // numStyleLink: the definition is a numbering style's
}

// num is a list instance (w:num): a definition, with some levels'
// starts or definitions overridden.
type num struct {
	abstract  string
	overrides [9]*override
}

type override struct {
	start    int
	hasStart bool
	level    *level
	applied  bool // the start override has restarted the count
}

// numbering holds numbering.xml's lists and the counters of the
// numbers printed so far: one set per list definition, as Word counts
// (instances of one definition continue each other's numbers, unless an
// instance restarts a level with a start override).
type numbering struct {
	abstracts map[string]*abstractNum
	nums      map[string]*num
	counters  map[string]*counter
}

type counter struct {
	value   [9]int
	started [9]bool
}

func newNumbering() *numbering {
	return &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*num{}, counters: map[string]*counter{}}
}

// readNumbering reads numbering.xml.
func (p *parser) readNumbering() error {
	n := p.num
	return p.root(func(e element) error {
		switch {
		case is(e, "abstractNum"):
			id, _ := attr(e, nsW, "abstractNumId")
			a := &abstractNum{}
			err := p.x.children(func(c element) error {
				switch {
				case is(c, "lvl"):
					i, err := strconv.Atoi(attrOr(c, "ilvl"))
					l, lerr := p.level()
					if lerr != nil {
						return lerr
					}
					if err == nil && i >= 0 && i < 9 {
						a.levels[i] = l
					}
					return nil
				case is(c, "numStyleLink"):
					a.styleLink = val(c)
				}
				return p.x.skip()
			}, nil)
			if n.abstracts[id] == nil {
				n.abstracts[id] = a
			}
			return err
		case is(e, "num"):
			id, _ := attr(e, nsW, "numId")
			m := &num{}
			err := p.x.children(func(c element) error {
				switch {
				case is(c, "abstractNumId"):
					m.abstract = val(c)
				case is(c, "lvlOverride"):
					i, err := strconv.Atoi(attrOr(c, "ilvl"))
					o := &override{}
					cerr := p.x.children(func(d element) error {
						switch {
						case is(d, "startOverride"):
							if v, err := strconv.Atoi(val(d)); err == nil {
								o.start, o.hasStart = v, true
							}
						case is(d, "lvl"):
							l, err := p.level()
							o.level = l
							return err
						}
						return p.x.skip()
					}, nil)
					if err == nil && i >= 0 && i < 9 {
						m.overrides[i] = o
					}
					return cerr
				}
				return p.x.skip()
			}, nil)
			if n.nums[id] == nil {
				n.nums[id] = m
			}
			return err
		}
		return p.x.skip()
	})
}

func attrOr(e element, local string) string {
	v, _ := attr(e, nsW, local)
	return v
}

// level reads a w:lvl.
func (p *parser) level() (*level, error) {
	l := &level{start: 1, format: "decimal"}
	err := p.x.children(func(e element) error {
		switch {
		case is(e, "start"):
			if v, err := strconv.Atoi(val(e)); err == nil {
				l.start, l.startFound = v, true
			}
		case is(e, "numFmt"):
			l.format = val(e)
		case is(e, "lvlText"):
			l.text = val(e)
		case is(e, "lvlRestart"):
			if v, err := strconv.Atoi(val(e)); err == nil && v >= 0 {
				l.restart = v + 1
			}
		case is(e, "isLgl"):
			l.legal = onOff(e)
		case is(e, "pStyle"):
			l.paraStyle = val(e)
		case is(e, "pPr"):
			pp, err := p.pPr()
			l.ind = pp.ind
			return err
		case is(e, "rPr"):
			r, err := p.rPr()
			l.font = r.ascii
			if r.hAnsi != "" {
				l.font = r.hAnsi
			}
			return err
		}
		return p.x.skip()
	}, nil)
	return l, err
}

// definition returns a list instance's definition id, following a
// numbering style's link once.
func (n *numbering) definition(m *num, st *styles) string {
	id := m.abstract
	if a := n.abstracts[id]; a != nil && a.styleLink != "" {
		if s := st.resolve("numbering", a.styleLink); s != nil && s.p.numSet {
			if linked := n.nums[s.p.numID]; linked != nil && n.abstracts[linked.abstract] != nil {
				return linked.abstract
			}
		}
	}
	return id
}

// styleLevel returns the level of a list a paragraph of a style is at
// when neither the paragraph nor its style says: the level linked to the
// style by its w:pStyle, as Word and LibreOffice link the levels of a
// multi-level list to the heading styles ("Heading 1" the parts, "Heading
// 2" the sections); otherwise the given level.
func (n *numbering) styleLevel(numID, style string, st *styles, otherwise int) int {
	m := n.nums[numID]
	if m == nil || style == "" {
		return otherwise
	}
	def := n.definition(m, st)
	for i := range 9 {
		if l := n.levelOf(m, def, i); l != nil && l.paraStyle == style {
			return i
		}
	}
	return otherwise
}

// levelOf returns the definition of a level of an instance, an override's
// own definition first.
func (n *numbering) levelOf(m *num, def string, i int) *level {
	if o := m.overrides[i]; o != nil && o.level != nil {
		return o.level
	}
	if a := n.abstracts[def]; a != nil && a.levels[i] != nil {
		return a.levels[i]
	}
	return nil
}

// next counts one more paragraph of a list at a level and returns the
// label Word prints before it ("1.", "a)", "II.", "1.2.", "-"), and the
// level's definition; "" for no list.
func (n *numbering) next(numID string, ilvl int, st *styles) (string, *level) {
	m := n.nums[numID]
	if m == nil || numID == "0" || ilvl < 0 || ilvl > 8 {
		return "", nil
	}
	def := n.definition(m, st)
	l := n.levelOf(m, def, ilvl)
	if l == nil {
		return "", nil
	}
	c := n.counters[def]
	if c == nil {
		c = &counter{}
		n.counters[def] = c
	}
	if o := m.overrides[ilvl]; o != nil && o.hasStart && !o.applied {
		o.applied = true
		c.value[ilvl], c.started[ilvl] = o.start, true
	} else if !c.started[ilvl] {
		c.value[ilvl], c.started[ilvl] = l.start, true
	} else {
		c.value[ilvl]++
	}
	for k := ilvl + 1; k < 9; k++ {
		if lk := n.levelOf(m, def, k); lk == nil || lk.restart == 0 || lk.restart-1 > ilvl {
			c.started[k] = false
		}
	}
	if l.format == "bullet" {
		return bulletLabel(l.text, l.font), l
	}
	var b strings.Builder
	text := l.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			k := int(text[i+1] - '1')
			i++
			lk := n.levelOf(m, def, k)
			if lk == nil {
				continue
			}
			v := lk.start
			if c.started[k] {
				v = c.value[k]
			}
			format := lk.format
			if l.legal && k < ilvl {
				format = "decimal"
			}
			b.WriteString(formatNumber(v, format))
			continue
		}
		b.WriteByte(text[i])
	}
	return strings.TrimSpace(b.String()), l
}

// formatNumber writes a number in one of Word's formats.
func formatNumber(v int, format string) string {
	switch format {
	case "none", "bullet":
		return ""
	case "upperRoman", "lowerRoman":
		if v < 1 || v > 3999 {
			return strconv.Itoa(v)
		}
		r := plan.Roman(v)
		if format == "lowerRoman" {
			return strings.ToLower(r)
		}
		return r
	case "upperLetter", "lowerLetter":
		// Word letters a list a, b, c, d, e, f…, the English alphabet; a
		// plan's points are lettered in the Vietnamese one, as the decree
		// prints them: a, b, c, d, đ, e, g… A clerk who numbers points
		// with Word's letters means the points' letters (Word has none
		// other), and retypes "đ)" where Word printed "e)": the fifth
		// point reads as "đ)", so that a plan Word numbers reads as
		// numbered by the decree, and prints as the decree prints it.
		letters := plan.PointLetter(v)
		if format == "upperLetter" {
			return strings.ToUpper(letters)
		}
		return letters
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
	}
	return strconv.Itoa(v)
}

// bulletLabel returns what a bullet prints as the decree's marks: "+"
// for a plus, "-" for any other bullet (a dash, "•", "●", "▪", a
// Symbol or Wingdings bullet).
func bulletLabel(text, font string) string {
	s := strings.TrimSpace(text)
	if s == "" {
		return "-"
	}
	r := []rune(s)[0]
	if r >= 0xF000 && r <= 0xF0FF { // a symbol font's character, in the private use area
		r -= 0xF000
	}
	if r == '+' && !strings.EqualFold(font, "Wingdings") {
		return "+"
	}
	return "-"
}

// reset forgets the numbers counted so far: the footnotes' lists do not
// count with the body's.
func (n *numbering) reset() {
	n.counters = map[string]*counter{}
	for _, m := range n.nums {
		for _, o := range m.overrides {
			if o != nil {
				o.applied = false
			}
		}
	}
}
