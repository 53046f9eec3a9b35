package docx

import (
	"strings"

	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/read/internal/structure"
)

// readPageHeader reads the header part printed on the first page (the
// first section's "first" header when its first page has its own, its
// default header otherwise): some agencies' templates lay the plan's
// header (the agency, the number, the motto, the place and date) out
// there rather than in the body. A header part that does not read (not
// well-formed, beyond the limits) is none: nil.
func (r *reading) readPageHeader(pkg *ooxml.Package, rels map[string]relationship) []block {
	if len(r.doc.sections) == 0 {
		return nil
	}
	first := r.doc.sections[0]
	id := first.headers["default"]
	if first.titlePg {
		id = first.headers["first"]
	}
	rel, ok := rels[id]
	if id == "" || !ok || !strings.HasSuffix(rel.kind, "/header") {
		return nil
	}
	data, _ := pkg.Get(rel.target)
	if data == nil {
		return nil
	}
	changes := r.changes
	defer func() { r.changes = changes }()
	p := r.parser(rel.target, data)
	blocks := []block{}
	if err := p.root(func(e element) error { return p.block(e, &blocks) }); err != nil {
		return nil
	}
	return blocks
}

// bodyWithHeader returns the body to read the plan from: the first
// page's header before the body when the header holds the motto (Extract
// reads it only for a body that does not).
func (doc *document) bodyWithHeader() []block {
	if !holdsNationalName(doc.pageHeader) {
		return doc.body
	}
	return append(append([]block(nil), doc.pageHeader...), doc.body...)
}

// holdsNationalName reports whether blocks hold the quốc hiệu in one
// paragraph, in a table or a text box included.
func holdsNationalName(blocks []block) bool {
	for _, q := range paragraphsOf(blocks) {
		var b strings.Builder
		for _, r := range q.runs {
			b.WriteString(r.text)
		}
		if structure.IsNationalName(b.String()) {
			return true
		}
	}
	return false
}
