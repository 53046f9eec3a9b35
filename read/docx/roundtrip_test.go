package docx_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/docx"
	writer "github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/markdown"
)

// TestReadOwnDOCX: every example, written as a DOCX by kehoach and read
// back, is the same plan: its header, title, recipients and signer field
// for field, and its body and appendices printing the same, line for line
// (the printed Markdown of both is identical). What the print does not
// show cannot come back and is not compared: the issuer's running-text
// name, the numbering declaration (the labels come back as written), and
// the end mark typed in the source (the writers put it where the decree
// does).
func TestReadOwnDOCX(t *testing.T) {
	for _, name := range testplans.Names {
		t.Run(name, func(t *testing.T) {
			want := testplans.Load(t, name)
			var file bytes.Buffer
			require.NoError(t, writer.Write(&file, want))
			got, err := docx.Read(file.Bytes(), name+".docx")
			require.NoError(t, err, "kehoach's own DOCX reads as a valid plan")

			assert.Equal(t, testplans.PrintedFields(want), testplans.PrintedFields(got), "the header, title and signature")
			assert.Equal(t, want.Bases, got.Bases, "bases")
			assert.Equal(t, printed(t, want), printed(t, got), "the body and appendices print the same")
		})
	}
}

// printed returns a plan as it prints, in the printed Markdown.
func printed(t *testing.T, p *plan.Plan) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, markdown.Write(&b, p))
	return b.String()
}
