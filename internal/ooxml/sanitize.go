package ooxml

import (
	"encoding/xml"
	"maps"
	"net/url"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Sanitize takes out of the package what could turn a document against
// whoever opens it, judged by content type and relationship type, never
// by a part's name:
//
//   - macros and what runs them: parts typed or related as a VBA project,
//     VBA data, its signature, key map customizations or a ribbon
//     extension (customUI);
//   - ActiveX controls, OLE objects and embedded packages;
//   - custom document properties (docProps/custom.xml);
//   - the relationship to an attached template, internal or remote (a
//     template fetched from a server when the file opens is the known
//     remote-template trick), and its w:attachedTemplate element;
//   - every relationship to outside the package (TargetMode="External":
//     linked pictures, remote frames, data sources, UNC paths), but for
//     hyperlinks to http, https and mailto addresses;
//   - any part with no content type at all (a part Word would not read,
//     e.g. a renamed macro project), but for the relationship parts;
//   - and, whatever its type, a part named as Word names macro parts
//     ([IsMacro]).
//
// The relationships to what it drops go too, and so do the references to
// them in their source part: an element that only points at one (an
// OLE object, a control, a linked picture) is removed, another loses the
// attribute. A macro-enabled main part becomes an ordinary one. What a
// document legitimately has (headers, footers, pictures inside the
// package, styles, numbering, fonts, footnotes, themes, settings) stays.
// Sanitize returns the names of the parts it removed, in the package's
// order; the relationships and content types need no listing.
func (p *Package) Sanitize() []string {
	types := readContentTypes(p)
	drop := map[string]bool{}
	for _, name := range p.Names() {
		if name == contentTypesPart || strings.HasSuffix(name, ".rels") {
			continue
		}
		if t := types.of(name); t == "" || dangerousType(t) || IsMacro(name) {
			drop[name] = true
		}
	}
	rels := map[string]*relationships{}
	for _, name := range p.Names() {
		if r := readRelationships(p, name); r != nil {
			rels[name] = r
			for _, rel := range r.List {
				if dangerousRel(rel.Type) && !rel.external() {
					drop[r.resolve(rel.Target)] = true
				}
			}
		}
	}
	for _, name := range slices.Collect(maps.Keys(drop)) { // a dropped part's own relationships
		drop[relsOf(name)] = true
	}
	for _, name := range slices.Sorted(maps.Keys(rels)) {
		if drop[name] {
			continue
		}
		r := rels[name]
		gone := map[string]bool{}
		kept := r.List[:0:0]
		for _, rel := range r.List {
			switch {
			case dangerousRel(rel.Type),
				rel.external() && !safeLink(rel),
				!rel.external() && drop[r.resolve(rel.Target)]:
				gone[rel.ID] = true
			default:
				kept = append(kept, rel)
			}
		}
		if len(gone) == 0 {
			continue
		}
		r.List = kept
		p.Set(name, r.xml())
		if src, ok := p.Get(r.source); ok && r.source != "" {
			p.Set(r.source, dropReferences(src, gone))
		}
	}
	var removed []string
	for _, name := range p.Names() {
		if drop[name] {
			removed = append(removed, name)
			p.Remove(name)
		}
	}
	if types.clean(drop) {
		p.Set(contentTypesPart, types.xml())
	}
	return removed
}

const contentTypesPart = "[Content_Types].xml"

// dangerousTypes are (lower-cased) pieces of the content types of parts
// a document kehoach writes never carries.
var dangerousTypes = []string{"vbaproject", "vbadata", "keymapcustomizations", "activex", "oleobject", "custom-properties"}

func dangerousType(t string) bool {
	t = strings.ToLower(t)
	return slices.ContainsFunc(dangerousTypes, func(d string) bool { return strings.Contains(t, d) })
}

// dangerousRels are the (lower-cased) ends of the relationship types
// dropped with their targets.
var dangerousRels = []string{"/vbaproject", "/vbaprojectsignature", "/vbaprojectsignatureagile", "/wordvbadata",
	"/keymapcustomizations", "/ui/extensibility", "/activexcontrolbinary", "/control", "/oleobject", "/package",
	"/attachedtemplate", "/custom-properties"}

func dangerousRel(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return slices.ContainsFunc(dangerousRels, func(d string) bool { return strings.HasSuffix(t, d) })
}

// safeLink reports whether an external relationship is a hyperlink to a
// web or mail address, the only kind kept.
func safeLink(rel relationship) bool {
	if !strings.HasSuffix(strings.ToLower(rel.Type), "/hyperlink") {
		return false
	}
	target := strings.ToLower(strings.TrimSpace(rel.Target))
	return strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") || strings.HasPrefix(target, "mailto:")
}

// contentTypes is a package's [Content_Types].xml.
type contentTypes struct {
	Defaults []struct {
		Extension   string `xml:"Extension,attr"`
		ContentType string `xml:"ContentType,attr"`
	} `xml:"Default"`
	Overrides []struct {
		PartName    string `xml:"PartName,attr"`
		ContentType string `xml:"ContentType,attr"`
	} `xml:"Override"`
}

func readContentTypes(p *Package) *contentTypes {
	t := &contentTypes{}
	if b, ok := p.Get(contentTypesPart); ok {
		_ = xml.Unmarshal(b, t) // a part that does not parse declares nothing
	}
	return t
}

// of returns a part's content type: its override, else its extension's
// default (names compared without case, as the packaging rules say).
func (t *contentTypes) of(name string) string {
	for _, o := range t.Overrides {
		if strings.EqualFold(strings.TrimPrefix(o.PartName, "/"), name) {
			return o.ContentType
		}
	}
	ext := strings.TrimPrefix(path.Ext(name), ".")
	for _, d := range t.Defaults {
		if ext != "" && strings.EqualFold(d.Extension, ext) {
			return d.ContentType
		}
	}
	return ""
}

const (
	macroMain = "application/vnd.ms-word.document.macroEnabled.main+xml"
	macroTpl  = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
	plainMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)

// clean takes out the dangerous types and the overrides of dropped parts,
// makes a macro-enabled main part an ordinary one, and reports whether it
// changed anything.
func (t *contentTypes) clean(drop map[string]bool) bool {
	changed := false
	defaults := t.Defaults[:0]
	for _, d := range t.Defaults {
		if dangerousType(d.ContentType) {
			changed = true
			continue
		}
		defaults = append(defaults, d)
	}
	t.Defaults = defaults
	overrides := t.Overrides[:0]
	for _, o := range t.Overrides {
		if dangerousType(o.ContentType) || drop[strings.TrimPrefix(o.PartName, "/")] {
			changed = true
			continue
		}
		if strings.EqualFold(o.ContentType, macroMain) || strings.EqualFold(o.ContentType, macroTpl) {
			o.ContentType, changed = plainMain, true
		}
		overrides = append(overrides, o)
	}
	t.Overrides = overrides
	return changed
}

func (t *contentTypes) xml() []byte {
	var b strings.Builder
	b.WriteString(xmlDeclaration + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	for _, d := range t.Defaults {
		b.WriteString(`<Default Extension="` + attr(d.Extension) + `" ContentType="` + attr(d.ContentType) + `"/>`)
	}
	for _, o := range t.Overrides {
		b.WriteString(`<Override PartName="` + attr(o.PartName) + `" ContentType="` + attr(o.ContentType) + `"/>`)
	}
	b.WriteString(`</Types>`)
	return []byte(b.String())
}

const xmlDeclaration = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

func attr(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return strings.ReplaceAll(b.String(), `"`, "&#34;")
}

// relationship is one relationship of a .rels part.
type relationship struct {
	ID         string `xml:"Id,attr"`
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
}

func (r relationship) external() bool { return strings.EqualFold(r.TargetMode, "External") }

// relationships is a .rels part: the relationships of its source part
// ("" for the package itself).
type relationships struct {
	List   []relationship `xml:"Relationship"`
	source string
}

// readRelationships reads a relationship part, or returns nil for
// another part (or one that does not parse, which declares nothing).
func readRelationships(p *Package, name string) *relationships {
	dir, file := path.Split(name)
	if !strings.HasSuffix(file, ".rels") || path.Base(dir) != "_rels" {
		return nil
	}
	b, ok := p.Get(name)
	if !ok {
		return nil
	}
	r := &relationships{}
	if xml.Unmarshal(b, r) != nil {
		return nil
	}
	r.source = strings.TrimPrefix(path.Join(path.Dir(path.Dir(name)), strings.TrimSuffix(file, ".rels")), "./")
	if r.source == "." {
		r.source = ""
	}
	return r
}

// relsOf returns the name of a part's relationship part.
func relsOf(name string) string {
	dir, file := path.Split(name)
	return dir + "_rels/" + file + ".rels"
}

// resolve returns the part an internal target names, relative to the
// source part's folder or, with a leading "/", to the package's root.
func (r *relationships) resolve(target string) string {
	if t, err := url.PathUnescape(target); err == nil {
		target = t
	}
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(path.Dir(r.source), target), "/")
}

func (r *relationships) xml() []byte {
	var b strings.Builder
	b.WriteString(xmlDeclaration + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, rel := range r.List {
		b.WriteString(`<Relationship Id="` + attr(rel.ID) + `" Type="` + attr(rel.Type) + `" Target="` + attr(rel.Target) + `"`)
		if rel.TargetMode != "" {
			b.WriteString(` TargetMode="` + attr(rel.TargetMode) + `"`)
		}
		b.WriteString(`/>`)
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

// relsNamespace is the namespace of the attributes that name a
// relationship (r:id, r:embed, r:link…).
const relsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

var prefixDecl = regexp.MustCompile(`xmlns:([A-Za-z_][\w.-]*)="` + regexp.QuoteMeta(relsNamespace) + `"`)

// dropReferences removes from a source part what refers to the
// relationships gone: an empty element that carries one (it only points
// there) goes whole, another element loses the attribute.
func dropReferences(src []byte, gone map[string]bool) []byte {
	var prefixes []string
	for _, m := range prefixDecl.FindAllSubmatch(src, -1) {
		prefixes = append(prefixes, regexp.QuoteMeta(string(m[1])))
	}
	if len(prefixes) == 0 {
		return src
	}
	sort.Strings(prefixes)
	ref := regexp.MustCompile(`\s(?:` + strings.Join(slices.Compact(prefixes), "|") + `):[\w.-]+="([^"]*)"`)
	s := string(src)
	var b strings.Builder
	prev := 0
	for _, m := range ref.FindAllStringSubmatchIndex(s, -1) {
		if m[0] < prev || !gone[s[m[2]:m[3]]] {
			continue
		}
		start := strings.LastIndexByte(s[:m[0]], '<')
		end := strings.IndexByte(s[m[1]:], '>')
		if start >= prev && end >= 0 && strings.HasSuffix(s[:m[1]+end], "/") {
			b.WriteString(s[prev:start]) // the element, whole
			prev = m[1] + end + 1
			continue
		}
		b.WriteString(s[prev:m[0]]) // the attribute
		prev = m[1]
	}
	b.WriteString(s[prev:])
	return []byte(b.String())
}
