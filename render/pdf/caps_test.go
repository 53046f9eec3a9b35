package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/docx"
)

// TestCapitalsKeepMixedCase: where the writers put text in capitals (the
// agency, the signer's position, an appendix title), a term written in
// mixed case prints as written, in our PDF and in LibreOffice's print of
// the DOCX, and the checker does not report it.
func TestCapitalsKeepMixedCase(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext")
	p := load(t, "ke-hoach-004.md")
	p.Issuer = []string{"TRUNG TÂM ỨNG DỤNG IoT VÀ eKYC"}
	p.Signer.Position = []string{"Giám đốc Trung tâm IoT"}
	p.Appendices = []*plan.Appendix{plan.NewAppendix("Danh mục thiết bị IoT và ứng dụng eKYC trên iPhone", plan.Para("Nội dung."))}

	found := false // a position in sentence case is a breach, fixed with its term kept
	for _, f := range check.Check(p) {
		if f.Rule == check.RulePositionCase {
			found = true
			assert.Contains(t, f.Message("en"), `"GIÁM ĐỐC TRUNG TÂM IoT"`)
		}
	}
	assert.True(t, found)
	p.Signer.Position = []string{"GIÁM ĐỐC TRUNG TÂM IoT"}
	for _, f := range check.Check(p) {
		assert.NotEqual(t, check.RulePositionCase, f.Rule, "%s", f.Message("en"))
		assert.NotContains(t, f.Message("en"), "IOT")
	}

	dir := t.TempDir()
	ours := filepath.Join(dir, "caps.kehoach.pdf")
	require.NoError(t, os.WriteFile(ours, render(t, p), 0o644))
	var buf strings.Builder
	require.NoError(t, docx.Write(&buf, p))
	doc := filepath.Join(dir, "caps.docx")
	require.NoError(t, os.WriteFile(doc, []byte(buf.String()), 0o644))
	theirs := pdfcheck.ConvertDocx(t, dir, doc)[0]
	for who, path := range map[string]string{"kehoach": ours, "LibreOffice": theirs} {
		var text []string
		for _, pg := range pdfcheck.Read(t, path) {
			for _, l := range pg.Lines {
				text = append(text, l.Text())
			}
		}
		all := strings.Join(text, "\n")
		for _, want := range []string{"IoT VÀ eKYC", "TRUNG TÂM IoT", "THIẾT BỊ IoT", "eKYC TRÊN iPhone"} {
			assert.Contains(t, all, want, "%s's print", who)
		}
		assert.NotContains(t, all, "IOT", "%s's print", who)
		assert.NotContains(t, all, "EKYC", "%s's print", who)
	}
}
