package text

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/markdown"
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

// withNotes returns p with footnotes: one referred to twice, one whose
// text has two lines and bold words.
func withNotes(p *plan.Plan) *plan.Plan {
	para := p.Preamble[0].(*plan.Paragraph)
	twice := &plan.Footnote{Text: plan.Plain("Quyết định số 1050/QĐ-SCT.")}
	para.Text = append(para.Text, plan.Span{Note: twice}, plan.Span{Text: " và "}, plan.Span{Note: twice})
	para.Text = append(para.Text, plan.Span{Note: &plan.Footnote{Text: plan.Plain("Dòng một.\nDòng hai có ").Bold("chữ đậm").Plain(".")}})
	return p
}

// printed returns a plan as it prints, in the printed Markdown.
func printed(t *testing.T, p *plan.Plan) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, markdown.Write(&b, p))
	return b.String()
}
