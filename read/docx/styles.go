package docx

import (
	"strings"
	"unicode"
)

// style is one style of styles.xml.
type style struct {
	id, name, basedOn string
	kind              string // paragraph, character, table, numbering
	p                 pprops
	r                 rprops
	borders           borders // a table style's
}

// styles are a document's styles and defaults, resolved through their
// basedOn chains on demand.
type styles struct {
	byID         map[string]*style
	defaultPara  string // the paragraph style of a paragraph that names none
	defaultTable string
	docR         rprops
	docP         pprops
	majorFont    string // the theme's fonts, for asciiTheme="majorHAnsi" and the like
	minorFont    string
	resolved     map[string]*style // by kind and id, the chain flattened
}

func newStyles() *styles {
	return &styles{byID: map[string]*style{}, resolved: map[string]*style{}}
}

// readStyles reads styles.xml.
func (p *parser) readStyles() error {
	st := p.st
	return p.root(func(e element) error {
		switch {
		case is(e, "docDefaults"):
			return p.x.children(func(c element) error {
				return p.x.children(func(d element) error { // rPrDefault/rPr, pPrDefault/pPr
					var err error
					switch {
					case is(d, "rPr"):
						st.docR, err = p.rPr()
					case is(d, "pPr"):
						st.docP, err = p.pPr()
					default:
						err = p.x.skip()
					}
					return err
				}, nil)
			}, nil)
		case is(e, "style"):
			s := &style{}
			s.kind, _ = attr(e, nsW, "type")
			s.id, _ = attr(e, nsW, "styleId")
			def, _ := attr(e, nsW, "default")
			err := p.x.children(func(c element) error {
				var err error
				switch {
				case is(c, "name"):
					s.name = val(c)
				case is(c, "basedOn"):
					s.basedOn = val(c)
				case is(c, "pPr"):
					s.p, err = p.pPr()
					return err
				case is(c, "rPr"):
					s.r, err = p.rPr()
					return err
				case is(c, "tblPr"):
					s.borders, err = p.tblBorders()
					return err
				}
				return p.x.skip()
			}, nil)
			if s.kind == "" {
				s.kind = "paragraph"
			}
			if st.byID[s.kind+":"+s.id] == nil {
				st.byID[s.kind+":"+s.id] = s
			}
			if def == "1" || def == "true" || def == "on" {
				switch s.kind {
				case "paragraph":
					st.defaultPara = s.id
				case "table":
					st.defaultTable = s.id
				}
			}
			return err
		}
		return p.x.skip()
	})
}

// resolve returns a style with its basedOn chain flattened into it, or
// nil for an unknown one.
func (st *styles) resolve(kind, id string) *style {
	if id == "" {
		return nil
	}
	key := kind + ":" + id
	if s, ok := st.resolved[key]; ok {
		return s
	}
	s := st.byID[key]
	if s == nil {
		st.resolved[key] = nil
		return nil
	}
	st.resolved[key] = s // a chain that loops back stops here
	out := *s
	seen := map[string]bool{key: true}
	for base := st.byID[kind+":"+s.basedOn]; base != nil && !seen[kind+":"+base.id]; base = st.byID[kind+":"+base.basedOn] {
		seen[kind+":"+base.id] = true
		out.p = out.p.over(base.p)
		out.r = out.r.over(base.r)
		out.borders = out.borders.over(base.borders)
	}
	out.p.style = s.id
	st.resolved[key] = &out
	return &out
}

// paragraph returns the paragraph style a paragraph's own properties
// name, or the default paragraph style.
func (st *styles) paragraph(id string) *style {
	if s := st.resolve("paragraph", id); s != nil {
		return s
	}
	return st.resolve("paragraph", st.defaultPara)
}

// table returns a table style, or the default table style.
func (st *styles) table(id string) *style {
	if s := st.resolve("table", id); s != nil {
		return s
	}
	return st.resolve("table", st.defaultTable)
}

// runProps returns the properties a run prints with: the document's
// defaults, then the table's style, the paragraph's style, the run's
// character style (whose bold, italic and caps toggle), and the run's own.
func (st *styles) runProps(table, para *style, direct rprops) rprops {
	r := st.docR
	if table != nil {
		r = table.r.over(r)
	}
	if para != nil {
		r = para.r.over(r)
	}
	if c := st.resolve("character", direct.style); c != nil {
		r = r.toggled(c.r)
	}
	return direct.over(r)
}

// font returns the font a run's letters print in: its hAnsi font (the
// one Word uses for letters outside ASCII, such as Vietnamese ones), or
// its ASCII font, a theme font resolved through the theme; "" when
// none is named.
func (st *styles) font(r rprops, ascii bool) string {
	name, theme := r.hAnsi, r.hAnsiTheme
	if ascii || name == "" && theme == "" {
		name, theme = r.ascii, r.asciiTheme
	}
	if theme != "" {
		if strings.HasPrefix(theme, "major") {
			return st.majorFont
		}
		return st.minorFont
	}
	return name
}

// displayName returns a style's name as Word shows it: its built-in
// names are stored in lower case ("heading 1" shows as "Heading 1").
func displayName(s *style) string {
	if s == nil {
		return ""
	}
	name := s.name
	if name == "" {
		return s.id
	}
	if strings.ToLower(name) != name {
		return name
	}
	words := strings.Fields(name)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// readTheme reads the theme's major and minor Latin fonts.
func (p *parser) readTheme() error {
	var major, minor *string
	return p.root(func(element) error {
		return p.walk(func(e element) (bool, error) {
			if e.Name.Space != nsA {
				return false, nil
			}
			switch e.Name.Local {
			case "majorFont":
				major, minor = &p.st.majorFont, nil
			case "minorFont":
				major, minor = nil, &p.st.minorFont
			case "latin":
				face, _ := attr(e, "", "typeface")
				for _, dst := range []*string{major, minor} {
					if dst != nil && *dst == "" {
						*dst = face
					}
				}
			}
			return false, nil
		})
	})
}
