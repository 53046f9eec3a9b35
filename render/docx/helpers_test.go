package docx

import (
	"bytes"
	"flag"
	"testing"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// agencyTemplatePath is an agency's own template, written by go generate
// (internal/maketemplate).
const agencyTemplatePath = "../../examples/agency-template.docx"

// load reads an example plan.
func load(t testing.TB, name string) *plan.Plan { return testplans.Load(t, name) }

// render writes a plan as DOCX.
func render(t testing.TB, p *plan.Plan, opts ...Option) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, p, opts...))
	return buf.Bytes()
}
