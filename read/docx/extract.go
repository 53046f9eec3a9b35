package docx

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// Option changes how a Word file is read.
type Option func(*config)

type config struct{ limits limits.Limits }

// WithLimits reads within lim instead of [limits.Default] (its zero
// fields taken from the default): the file's size (PackageSize), its
// entries and what they inflate to (PackageEntries, PartSize,
// PackageInflated), how deep tables nest (Depth), and how many
// paragraphs and tables (Nodes) and table cells (TableCells) it holds.
func WithLimits(lim limits.Limits) Option { return func(c *config) { c.limits = lim } }

func newConfig(opts []Option) config {
	var c config
	for _, o := range opts {
		o(&c)
	}
	c.limits = c.limits.Or()
	return c
}

// Extract reads a Word document (.docx) and returns its flow: its
// paragraphs and tables in reading order, as they print (see the package
// comment). A file that is not one, or that is past the limits, is an
// error in Vietnamese and English: an [*Error] (of kind [ErrNotWord],
// [ErrLegacy], [ErrEncrypted] or [ErrMalformed]) or a [*limits.Error].
func Extract(src []byte, opts ...Option) (*flow.Document, error) {
	cfg := newConfig(opts)
	doc, err := read(src, cfg.limits, false)
	if err != nil {
		return nil, err
	}
	return doc.flow(), nil
}

// relationship is one of a part's relationships.
type relationship struct{ kind, target string }

// read reads a document's package and parts; its headers and footers
// too when stories is set.
func read(src []byte, lim limits.Limits, stories bool) (*document, error) {
	if !bytes.HasPrefix(src, []byte("PK")) {
		if int64(len(src)) > lim.PackageSize {
			return nil, &limits.Error{Limit: "PackageSize", Max: lim.PackageSize, Got: int64(len(src)), Unit: "bytes",
				What: "the file is", WhatVi: "tệp có dung lượng"}
		}
		return nil, notWord(src)
	}
	pkg, err := ooxml.Read(src, lim, func(name string) bool {
		return name == "mimetype" || strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
	})
	if errors.Is(err, ooxml.ErrNotPackage) {
		return nil, &Error{Kind: ErrMalformed, Err: err,
			Vi: fmt.Sprintf("tệp bắt đầu như một tệp nén zip (.docx) nhưng bị hỏng hoặc không đầy đủ (lỗi %q)", err.Error()),
			En: "the file starts like a zip package (.docx) but is damaged or incomplete: " + err.Error()}
	}
	if err != nil {
		return nil, err
	}
	r := &reading{lim: lim, st: newStyles(), num: newNumbering(), notes: newNoteSet(), doc: &document{stories: map[string]*story{}}}
	main, ok := mainPart(pkg, r)
	if !ok {
		mimetype, _ := pkg.Get("mimetype")
		return nil, notWordPackage(pkg.Names(), mimetype)
	}
	rels := r.relationships(pkg, main)
	partOf := func(kind string) ([]byte, string) {
		for _, rel := range rels {
			if strings.HasSuffix(rel.kind, "/"+kind) {
				data, _ := pkg.Get(rel.target)
				return data, rel.target
			}
		}
		return nil, ""
	}
	steps := []struct {
		kind string
		read func(*parser) error
	}{
		{"theme", (*parser).readTheme},
		{"styles", (*parser).readStyles},
		{"numbering", (*parser).readNumbering},
		{"settings", func(p *parser) error { return p.readSettings() }},
		{"footnotes", func(p *parser) error { return p.readNotes(false) }},
		{"endnotes", func(p *parser) error { return p.readNotes(true) }},
	}
	for _, s := range steps {
		if data, name := partOf(s.kind); data != nil {
			if err := s.read(r.parser(name, data)); err != nil {
				return nil, err
			}
		}
	}
	r.changes = 0
	r.num.reset()
	data, _ := pkg.Get(main)
	p := r.parser(main, data)
	p.inBody, p.sections = true, true
	if err := p.readBody(); err != nil {
		return nil, err
	}
	doc := r.doc
	doc.notes, doc.changes = r.notes.out, r.changes
	if !holdsNationalName(doc.body) {
		// Only a body without the motto looks for the plan's header in
		// the first page's header part; that part, damaged, is no header
		// (the body read, the document reads), and its tracked changes
		// are not the body's.
		doc.pageHeader = r.readPageHeader(pkg, rels)
	}
	doc.pages = pages(pkg, r)
	if stories {
		doc.headerRels = map[string]string{}
		for id, rel := range rels {
			if strings.HasSuffix(rel.kind, "/header") || strings.HasSuffix(rel.kind, "/footer") {
				doc.headerRels[id] = rel.target
			}
		}
		for _, id := range slices.Sorted(maps.Keys(doc.headerRels)) {
			target := doc.headerRels[id]
			if doc.stories[target] != nil {
				continue
			}
			data, _ := pkg.Get(target)
			sp := r.parser(target, data)
			blocks := []block{}
			err := sp.root(func(e element) error { return sp.block(e, &blocks) })
			if err != nil {
				return nil, err
			}
			doc.stories[target] = &story{paras: paragraphsOf(blocks)}
		}
	}
	return doc, nil
}

// mainPart returns the package's main document part, as its
// relationships name it (word/document.xml by default), when it is a
// Word document.
func mainPart(pkg *ooxml.Package, r *reading) (string, bool) {
	main := ""
	for _, rel := range r.relationships(pkg, "") {
		if strings.HasSuffix(rel.kind, "/officeDocument") {
			main = rel.target
			break
		}
	}
	if main == "" && pkg.Has("word/document.xml") {
		main = "word/document.xml"
	}
	if main == "" || !pkg.Has(main) {
		return "", false
	}
	types, _ := pkg.Get("[Content_Types].xml")
	kind := contentType(types, main)
	if kind != "" && !strings.Contains(kind, "wordprocessingml") && !strings.Contains(kind, "ms-word") {
		return "", false
	}
	return main, true
}

// contentType returns the content type [Content_Types].xml gives a part.
func contentType(types []byte, part string) string {
	s := string(types)
	i := strings.Index(s, `PartName="/`+part+`"`)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(s[:i], "<")
	end := strings.Index(s[i:], ">")
	if start < 0 || end < 0 {
		return ""
	}
	el := s[start : i+end]
	_, after, ok := strings.Cut(el, `ContentType="`)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(after, `"`)
	return v
}

// relationships returns a part's relationships by id ("" for the
// package's own), their targets as part names; external targets are
// left out.
func (r *reading) relationships(pkg *ooxml.Package, part string) map[string]relationship {
	name := "_rels/.rels"
	dir := ""
	if part != "" {
		dir = path.Dir(part)
		name = path.Join(dir, "_rels", path.Base(part)+".rels")
	}
	out := map[string]relationship{}
	data, ok := pkg.Get(name)
	if !ok {
		return out
	}
	p := r.parser(name, data)
	_ = p.root(func(e element) error {
		if e.Name.Local == "Relationship" {
			id, _ := attr(e, "", "Id")
			kind, _ := attr(e, "", "Type")
			target, _ := attr(e, "", "Target")
			mode, _ := attr(e, "", "TargetMode")
			if mode != "External" && target != "" {
				if strings.HasPrefix(target, "/") {
					target = strings.TrimPrefix(path.Clean(target), "/")
				} else {
					target = strings.TrimPrefix(path.Join(dir, target), "/")
				}
				out[id] = relationship{kind: kind, target: target}
			}
		}
		return p.x.skip()
	})
	return out
}

// readSettings reads whether even pages have their own header and
// footer.
func (p *parser) readSettings() error {
	return p.root(func(e element) error {
		switch {
		case is(e, "evenAndOddHeaders"):
			p.doc.evenOdd = onOff(e)
		case is(e, "defaultTabStop"):
			p.doc.tabStop, _ = twipsAttr(e, "val")
		}
		return p.x.skip()
	})
}

// pages returns the page count docProps/app.xml records (Word and
// LibreOffice write it when they save), 0 when there is none.
func pages(pkg *ooxml.Package, r *reading) int {
	for _, rel := range r.relationships(pkg, "") {
		if !strings.HasSuffix(rel.kind, "/extended-properties") {
			continue
		}
		data, ok := pkg.Get(rel.target)
		if !ok {
			return 0
		}
		n := 0
		p := r.parser(rel.target, data)
		_ = p.root(func(e element) error {
			if e.Name.Local == "Pages" {
				s, err := p.x.text()
				if v, convErr := strconv.Atoi(strings.TrimSpace(s)); convErr == nil && v > 0 {
					n = v
				}
				return err
			}
			return p.x.skip()
		})
		return n
	}
	return 0
}

// flow returns the document's flow.
func (doc *document) flow() *flow.Document {
	out := &flow.Document{Paragraphs: true, TrackedChanges: doc.changes, Notes: doc.notes}
	out.Blocks = doc.flowBlocks(doc.bodyWithHeader())
	return out
}
