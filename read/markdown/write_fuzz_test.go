package markdown_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// writtenLabels are labels a plan numbered as written may carry, which
// the fuzz target puts before fuzzed titles.
var writtenLabels = []string{"", "A.", "Phần I", "Phần II.", "1.1.", "(1)", "a)", "II.", "3)", "-", "+", "•", "Mục 2"}

// FuzzRoundTrip writes plans that hold fuzzed text everywhere text goes,
// shaped by the bits of shape (numbering as written or in forms, legal
// bases, emphasis of every kind side by side, a merged table, an
// appendix's orientation, roles), and reads them back: the plan read back
// must be the plan written, JSON-equal (U+0000 in the body aside, which
// CommonMark reads as U+FFFD, and the text of cells a merge covers,
// which print nothing, aside).
func FuzzRoundTrip(f *testing.F) {
	for i, s := range testplans.FuzzSeeds {
		f.Add(s[0], s[1], s[2], s[3], s[4], s[5], uint16(i*0x1111))
	}
	f.Add("ỦY BAN", "1. Mục", "Căn cứ Luật; Căn cứ Nghị định", "<", "TM. UBND", "Phụ lục X {landscape}", uint16(0xffff))
	f.Add("A", "**x**", " *a* ", "^", "KT. B", "# x", uint16(0x5a5a))
	f.Fuzz(func(t *testing.T, issuer, subject, text, cell, authority, place string, shape uint16) {
		p := shaped(testplans.Fuzzed(issuer, subject, text, cell, authority, place), subject, text, cell, shape)
		want, ok := readable(t, p)
		if !ok {
			return
		}
		roundTripAs(t, p, withoutCovered(withoutNUL(want)))
	})
}

// shaped changes a fuzzed plan by the bits of shape.
func shaped(p *plan.Plan, subject, text, cell string, shape uint16) *plan.Plan {
	bit := func(i uint) bool { return shape&(1<<i) != 0 }
	part := p.Sections[0]
	section := part.Content[0].(*plan.Section)
	if bit(0) {
		p.Numbering = plan.Numbering{Written: true}
		part.Label = writtenLabels[int(shape>>8)%len(writtenLabels)]
		section.Label = writtenLabels[int(shape>>12)%len(writtenLabels)]
	}
	if bit(1) {
		p.Bases = []plan.Text{plan.Plain("Căn cứ " + text), plan.Text(nil).Italic("Căn cứ ").Bold(cell), plan.Plain("Căn cứ " + subject)}
	}
	if bit(2) {
		p.Preamble = append(p.Preamble, plan.ParaText(plan.Plain(text).Italic(cell).BoldItalic(subject).Bold(text).Plain(cell).Italic(text)))
	}
	if bit(3) {
		p.Appendices[0].Orientation = plan.OrientationLandscape
		p.Appendices[0].Title = cell
	}
	if bit(4) {
		tb := plan.NewTable([]string{cell, "", text}, []string{subject}, []string{"", text, ""})
		tb.Merges = []plan.Merge{{Row: 0, Col: 0, Cols: 2}, {Row: 1, Col: 0, Rows: 2}}
		tb.HeaderRows, tb.Widths = 2, []float64{1, 2.5, 3}
		section.Content = append(section.Content, tb)
	}
	if bit(5) && !bit(0) {
		p.Numbering = plan.Numbering{Forms: []plan.NumberForm{"A.", "1.1.", "(a)"}}
	}
	if bit(6) {
		section.Role = plan.RolePurpose
	}
	if bit(7) {
		part.Title = plan.Plain(text).Bold(cell)
		part.Role = plan.DetectRole(part.Title.String())
	}
	return p
}

// trickyAtoms are pieces of text that Markdown, YAML or the reader would
// take for something else unless written with care.
var trickyAtoms = []string{"*", "**", "_", "\\", "`", "[", "]", "<", ">", "&", "&amp;", "&#32;", "#", "-", "+",
	"1.", "2)", "=", "~", ":", "|", "^", "{", "}", "{x}", "{role=content}", "!", "(", ")", " ", "  ", "\t", "\n",
	"\u00a0", "\u3000", "a", "Căn cứ", "; Căn cứ", "Phụ lục", "a)", "I.", "Phần I", "(1)", "http://x.vn", "<!--",
	"-->", "<br>", "\r", "\x01", "\x00", "\x7f", "\u0085", "\u2028", "\ufeff", "đ", "[^1]", ";", "    ", "```",
	"***", "---", "|---|", "yes", "0130", "- ", "'", "\"", "\xff", "e\u0301", "\u0301", "@", "%", "?", ","}

// trickyText returns a text of a few tricky atoms, each in a random
// style, sometimes with a footnote.
func trickyText(r *rand.Rand, notes bool) plan.Text {
	var t plan.Text
	for range 1 + r.IntN(5) {
		s := plan.Span{Text: trickyAtoms[r.IntN(len(trickyAtoms))]}
		switch r.IntN(6) {
		case 0:
			s.Bold = true
		case 1:
			s.Italic = true
		case 2:
			s.Bold, s.Italic = true, true
		}
		t = append(t, s)
		if notes && r.IntN(8) == 0 {
			t = append(t, plan.Span{Note: &plan.Footnote{Text: plan.Plain(trickyAtoms[r.IntN(len(trickyAtoms))] + "x")}})
		}
	}
	return t.Compact()
}

// trickyString returns a string of a few tricky atoms.
func trickyString(r *rand.Rand) string { return trickyText(r, false).String() }

// Plans with tricky text in every place (front matter, bases, paragraphs,
// headings of every level, list items, cells, notes, appendix titles), in
// every numbering, come back the same: a random search that reaches more
// than the fuzz target does in a test's time.
func TestWriteTrickyText(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 15))
	for i := range 1000 {
		p := testplans.Minimal()
		p.Parent = []string{trickyString(r), trickyString(r)}
		p.IssuerName, p.Place, p.Archive = trickyString(r), trickyString(r), trickyString(r)
		p.Subject = "S" + trickyString(r)
		p.Recipients = []string{trickyString(r)}
		p.Signer.Name = strings.ReplaceAll(trickyString(r), "\n", "")
		p.Bases = []plan.Text{append(plan.Plain("Căn cứ "), trickyText(r, true)...).Compact()}
		p.Preamble = plan.Blocks{plan.ParaText(trickyText(r, true)), plan.ParaText(trickyText(r, true))}
		switch i % 3 {
		case 1:
			p.Numbering = plan.Numbering{Written: true}
		case 2:
			p.Numbering = plan.Numbering{Forms: []plan.NumberForm{"A.", "1.1.", "(1)"}}
		}
		parent := p.Sections[0]
		parent.Title = trickyText(r, true)
		parent.Role = plan.DetectRole(parent.Title.String())
		if p.Numbering.Written {
			labelled(parent, r)
		}
		for level := 2; level <= plan.MaxLevel; level++ {
			s := &plan.Section{Level: level, Title: trickyText(r, true)}
			if p.Numbering.Written {
				labelled(s, r)
			}
			tb := plan.NewTable([]string{"TT", "B"})
			tb.Header[1] = trickyText(r, true)
			tb.Rows = [][]plan.Text{{trickyText(r, true), trickyText(r, false)}, {trickyText(r, false)}}
			s.Content = plan.Nodes{
				&plan.Bullet{Level: 1, Text: trickyText(r, true)}, &plan.Bullet{Level: 2, Text: trickyText(r, false)},
				&plan.Numbered{Number: r.IntN(12), Text: trickyText(r, true)}, &plan.Numbered{Number: r.IntN(12), Text: trickyText(r, false)},
				tb, plan.ParaText(trickyText(r, true)),
			}
			parent.Content = append(parent.Content, s)
			parent = s
		}
		p.Appendices = []*plan.Appendix{{Title: trickyString(r), Content: plan.Nodes{plan.ParaText(trickyText(r, true))}}}
		if p.Validate() != nil {
			continue
		}
		want, ok := readable(t, p)
		require.True(t, ok)
		roundTripAs(t, p, withoutNUL(want))
	}
}

// labelled gives a section a written label, and a title that starts with
// a letter after it: a title that starts with a mark may run into the
// label ("Phần I" then ") …"), and Write then keeps the label in the
// title (TestWriteLabelsKeptInTheTitle).
func labelled(s *plan.Section, r *rand.Rand) {
	s.Label = writtenLabels[r.IntN(len(writtenLabels))]
	if s.Label != "" {
		s.Title = append(plan.Plain("T"), s.Title...).Compact()
	}
}

// FuzzRewrite reads arbitrary files and writes back every plan the reader
// accepts: reading what Write wrote gives the same plan. The reader's
// plans hold text of every kind Markdown makes (links, code, HTML, quotes
// turned paragraphs), so this checks the writer's escaping on text no
// one chose. (A plan with an empty paragraph, which an image alone makes
// and Write leaves out, is not compared.)
func FuzzRewrite(f *testing.F) {
	files, _ := filepath.Glob("../../examples/*.md")
	for _, file := range append(files, "../../testdata/spec/example.md") {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzParseMarkdown/*")
	for _, file := range seeds {
		if src, err := os.ReadFile(file); err == nil {
			if s, ok := corpusString(src); ok {
				f.Add([]byte(s))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := markdown.Read(src, "fuzz.md")
		if err != nil || hasEmptyParagraph(p) {
			return
		}
		p.Source = nil
		roundTrip(t, p)
	})
}

// corpusString returns the one []byte value of a file of Go's fuzzing
// corpus.
func corpusString(file []byte) (string, bool) {
	lines := strings.SplitN(string(file), "\n", 3)
	if len(lines) < 2 || !strings.HasPrefix(lines[1], "[]byte(") {
		return "", false
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	return s, err == nil
}

// hasEmptyParagraph reports whether the plan holds a paragraph without
// text.
func hasEmptyParagraph(p *plan.Plan) bool {
	for e := range p.Walk() {
		if para, ok := e.Node.(*plan.Paragraph); ok && len(para.Text) == 0 {
			return true
		}
	}
	return false
}

// markdownAtoms are pieces of Markdown that make the reader build text of
// every kind: links, code, HTML, images, quotes, breaks.
var markdownAtoms = []string{"**", "*", "_", "`", "``", "[x](http://a.vn)", "<http://a.vn>", "<b>", "<!-- c -->", "![alt](i.png)",
	"> ", "  \n", "\\\n", "&nbsp;", "&amp;", "&#32;", "\\*", "~~", "[^n]", "|", "\t", "1. ", "- ", "# ", "{", "}"}

// Example plans with random Markdown put into their bodies, when the
// reader accepts them, are written back and read as the same plans: a
// random search over the text the reader makes, as FuzzRewrite's.
func TestRewriteMutatedExamples(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 15))
	var sources [][]byte
	for _, name := range testplans.Names {
		src, err := os.ReadFile(filepath.Join(testplans.Dir(), name))
		require.NoError(t, err)
		sources = append(sources, src)
	}
	accepted := 0
	for range 1500 {
		src := string(sources[r.IntN(len(sources))])
		body := strings.Index(src[4:], "\n---\n") + 9 // after the front matter
		lines := strings.SplitAfter(src[body:], "\n")
		for range 1 + r.IntN(4) {
			i := r.IntN(len(lines))
			at := r.IntN(len(lines[i]) + 1)
			for at > 0 && at < len(lines[i]) && !utf8.RuneStart(lines[i][at]) {
				at--
			}
			atoms := append(trickyAtoms, markdownAtoms...)
			lines[i] = lines[i][:at] + atoms[r.IntN(len(atoms))] + lines[i][at:]
		}
		p, err := markdown.Read([]byte(src[:body]+strings.Join(lines, "")), "mutated.md")
		if err != nil || hasEmptyParagraph(p) {
			continue
		}
		accepted++
		p.Source = nil
		roundTrip(t, p)
	}
	assert.Greater(t, accepted, 300, "enough mutated plans are read")
}
