package kehoach_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/plan"
)

func readExample(t *testing.T) (*plan.Plan, []byte) {
	t.Helper()
	src, err := os.ReadFile("examples/ke-hoach-004.md")
	require.NoError(t, err)
	p, err := kehoach.Read(src, "examples/ke-hoach-004.md")
	require.NoError(t, err)
	return p, src
}

// TestRead: the reader is chosen by the file's extension, in any case;
// an unknown one is refused with ErrUnknownFormat.
func TestRead(t *testing.T) {
	p, _ := readExample(t)
	assert.Equal(t, "KH-STTTT", p.Symbol)
	var js bytes.Buffer
	require.NoError(t, kehoach.Render(&js, p, "json"))
	q, err := kehoach.Read(js.Bytes(), "PLAN.JSON")
	require.NoError(t, err)
	assert.Equal(t, p.Subject, q.Subject)

	_, err = kehoach.Read([]byte("x"), "plan.odt")
	assert.ErrorIs(t, err, kehoach.ErrUnknownFormat)
	exts := strings.Join(kehoach.Extensions(), ", ")
	assert.EqualError(t, err, "plan.odt: not a plan file: expected one of "+exts)
	var unknown *kehoach.UnknownFormatError
	require.ErrorAs(t, err, &unknown)
	assert.Equal(t, "plan.odt: không phải tệp kế hoạch: tệp kế hoạch có đuôi "+exts, unknown.Message("vi"))
	assert.Subset(t, kehoach.Extensions(), []string{".md", ".json", ".txt"})
}

// TestCheckReportsProblemsAndRules: one call gives a plan's validation
// problems and its rules' findings together, for a plan read from a file
// and for one built in code.
func TestCheckReportsProblemsAndRules(t *testing.T) {
	_, src := readExample(t)
	bad := bytes.Replace(src, []byte("date: 2021-11 "), []byte("date: 2021-02-30 "), 1)
	bad = bytes.Replace(bad, []byte("place: Vĩnh Phúc"), []byte("place: TP. HCM"), 1)
	p, err := kehoach.Read(bad, "bad.md")
	require.Error(t, err)
	rules := map[string]string{}
	for _, f := range kehoach.Check(p, err) {
		rules[f.Rule] = f.Field
	}
	assert.Equal(t, "date", rules[check.RuleInvalid], "the validation problem")
	assert.Equal(t, "place", rules[check.RulePlaceName], "and the rule's finding")

	built := &plan.Plan{Issuer: []string{"SỞ NỘI VỤ"}, Place: "TP. HCM", Subject: "Thử",
		Date: plan.Date{Year: 2025, Month: 2, Day: 30}, Signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "A"}}
	fields := map[string]bool{}
	for _, f := range kehoach.Check(built, nil) {
		fields[f.Rule+" "+f.Field] = true
	}
	assert.True(t, fields["KEHOACH-INVALID symbol"], "no symbol: %v", fields)
	assert.True(t, fields["KEHOACH-INVALID date"], "2025-02-30: %v", fields)
	assert.True(t, fields["ND30-PLACE-NAME place"], "%v", fields)
}

// TestRender: every format by name renders the example in memory; an
// unknown name and an invalid plan write nothing.
func TestRender(t *testing.T) {
	p, _ := readExample(t)
	magic := map[string]string{"md": "| UBND TỈNH VĨNH PHÚC", "docx": "PK", "pdf": "%PDF-", "html": "<!DOCTYPE html>", "json": "{", "authoring": "---\n"}
	for _, f := range kehoach.Formats() {
		var out bytes.Buffer
		require.NoError(t, kehoach.Render(&out, p, f.Name), f.Name)
		if m, ok := magic[f.Name]; ok {
			assert.True(t, bytes.HasPrefix(out.Bytes(), []byte(m)), "%s starts with %q", f.Name, m)
		}
		assert.NotEmpty(t, f.MediaType)
		assert.Equal(t, byte('.'), f.Ext[0])
	}
	assert.Equal(t, []string{"md", "docx", "pdf"}, kehoach.DefaultFormats())
	var out bytes.Buffer
	err := kehoach.Render(&out, p, "odt")
	assert.ErrorIs(t, err, kehoach.ErrUnknownFormat)
	assert.ErrorContains(t, err, `unknown format "odt": choose from md, docx, pdf, html, json, authoring`)
	var unknown *kehoach.UnknownFormatError
	require.ErrorAs(t, err, &unknown)
	assert.Contains(t, unknown.Message("vi"), `không có định dạng "odt": chọn một trong md, docx, pdf, html, json, authoring`)
	invalid := &plan.Plan{}
	for _, name := range []string{"md", "docx", "pdf", "html", "json", "authoring"} {
		err := kehoach.Render(&out, invalid, name)
		assert.NotNil(t, plan.AsErrors(err), "%s: an invalid plan gets its problems", name)
	}
	assert.Zero(t, out.Len(), "nothing written on error")
}

// TestRenderAuthoring: the authoring format is the one Read reads, and
// gives back the same plan.
func TestRenderAuthoring(t *testing.T) {
	p, _ := readExample(t)
	var md, want, got bytes.Buffer
	require.NoError(t, kehoach.Render(&md, p, "authoring"))
	back, err := kehoach.Read(md.Bytes(), "plan.md")
	require.NoError(t, err)
	require.NoError(t, plan.WriteJSON(&want, p))
	require.NoError(t, plan.WriteJSON(&got, back))
	assert.Equal(t, want.String(), got.String())
	f, ok := kehoach.LookupFormat("authoring")
	require.True(t, ok)
	assert.Equal(t, ".md", f.Ext)
	assert.True(t, f.OnRequest)
}

// TestRegisterFormat: a program adds its own writer and renders through it.
func TestRegisterFormat(t *testing.T) {
	p, _ := readExample(t)
	kehoach.RegisterFormat(kehoach.Format{Name: "subject", Ext: ".txt", MediaType: "text/plain",
		Write: func(w io.Writer, p *plan.Plan, _ *kehoach.Settings) error {
			if p.Subject == "" {
				return errors.New("no subject")
			}
			_, err := io.WriteString(w, p.Subject)
			return err
		}, OnRequest: true})
	var out bytes.Buffer
	require.NoError(t, kehoach.Render(&out, p, "SUBJECT"))
	assert.Equal(t, p.Subject, out.String())
	assert.NotContains(t, kehoach.DefaultFormats(), "subject")
}
