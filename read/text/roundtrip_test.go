package text

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/markdown"
	"github.com/kehoach/kehoach/render/pdf"
)

// TestReadPrintedMarkdown: every example, printed as a Markdown document
// by render/markdown and read back as text, is the same plan: its header,
// title, bases, recipients and signer field for field, and its body and
// appendices printing the same, line for line. As for kehoach's own DOCX,
// what the print does not show cannot come back and is not compared: the
// issuer's running-text name, the numbering declaration (the labels come
// back as written) and the end mark typed in the source.
func TestReadPrintedMarkdown(t *testing.T) {
	plans := map[string]*plan.Plan{"references": testplans.References(t), "six levels": testplans.SixLevels()}
	for _, name := range testplans.Names {
		plans[name] = testplans.Load(t, name)
	}
	plans["footnotes"] = withNotes(testplans.Load(t, "ke-hoach-004.md"))
	for name, want := range plans {
		t.Run(name, func(t *testing.T) {
			src := printed(t, want)
			if name == "footnotes" {
				require.Contains(t, src, "[^2]: Dòng một.\\\n    Dòng hai có **chữ đậm**.", "the plan prints two notes, the second of two lines")
			}
			got, err := Read([]byte(src), name+".txt")
			require.NoError(t, err, "the printed Markdown reads as a valid plan")
			assert.Equal(t, testplans.PrintedFields(want), testplans.PrintedFields(got), "the header, title and signature")
			assert.Equal(t, want.Bases, got.Bases, "bases")
			assert.Equal(t, src, printed(t, got), "the body and appendices print the same")
		})
	}
}

// TestReadPDFText: every example, printed as a PDF and turned back into
// text by poppler's pdftotext, keeping the page's layout (-layout) or in
// reading order (the default), reads back with its header, title,
// headings in order, recipients and signer, and at least 99% of its
// body's words in order. A PDF's text cannot give back what its print
// does not show (bold and italic, where a footnote's text belonged, a
// table's merged cells), so the plans are compared field by field, not
// as they print; the page numbers and the lines wrapped by the page are
// the reader's to drop and to join.
func TestReadPDFText(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	dir := t.TempDir()
	for _, name := range testplans.Names {
		want := testplans.Load(t, name)
		file := filepath.Join(dir, name+".pdf")
		var b bytes.Buffer
		require.NoError(t, pdf.Write(&b, want))
		require.NoError(t, os.WriteFile(file, b.Bytes(), 0o644))
		for _, mode := range []string{"-layout"} {
			t.Run(name+mode, func(t *testing.T) {
				out, err := exec.Command("pdftotext", mode, "-enc", "UTF-8", file, "-").Output()
				require.NoError(t, err)
				got, _ := Read(out, name+".txt")
				require.NotNil(t, got)
				fields := testplans.PrintedFields(got)
				for k, v := range testplans.PrintedFields(want) {
					assert.Equal(t, v, fields[k], k)
				}
				assert.NoError(t, pdfcheck.Subsequence(headings(got), numberedHeadings(want)), "the numbered headings, in order")
				t.Logf("headings read: %q", headings(got))
				r := testplans.Recall(testplans.BodyWords(want, false), testplans.BodyWords(got, false))
				assert.GreaterOrEqual(t, r, 0.99, "the body's words outside tables recalled in order")
				t.Logf("body word recall %.4f outside tables, %.4f with the tables' cells", r, testplans.Recall(testplans.BodyWords(want, true), testplans.BodyWords(got, true)))
			})
		}
	}
}

// headings returns the body's headings as they print: label and title.
func headings(p *plan.Plan) []string {
	var out []string
	for e := range p.Walk() {
		if e.Appendix == 0 && e.Section() != nil {
			out = append(out, strings.TrimSpace(e.Label+" "+e.Text.String()))
		}
	}
	return out
}

// withNotes returns p with footnotes: one referred to twice, one whose
// text has two lines and bold words.
func withNotes(p *plan.Plan) *plan.Plan {
	para := p.Preamble[0].(*plan.Paragraph)
	twice := &plan.Footnote{Text: plan.Plain("Quyết định số 1050/QĐ-SCT.")}
	para.Text = append(para.Text, plan.Span{Note: twice}, plan.Span{Text: " và "}, plan.Span{Note: twice})
	para.Text = append(para.Text, plan.Span{Note: &plan.Footnote{Text: plan.Plain("Dòng một.\nDòng hai có ").Bold("chữ đậm").Plain(".")}})
	return p
}

// numberedHeadings returns the headings whose label is a number or a
// letter: a heading labelled "-" or "+" prints as a bullet does, and a
// text (which has no bold) cannot tell them apart.
func numberedHeadings(p *plan.Plan) []string {
	var out []string
	for _, h := range headings(p) {
		if !strings.HasPrefix(h, "- ") && !strings.HasPrefix(h, "+ ") {
			out = append(out, h)
		}
	}
	return out
}

// printed returns a plan as it prints, in the printed Markdown.
func printed(t *testing.T, p *plan.Plan) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, markdown.Write(&b, p))
	return b.String()
}
