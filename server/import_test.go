package server

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/docxtest"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
)

// gapsHeader is the first line of the comments an import with gaps
// opens its front matter with.
const gapsHeader = "---\n# Văn bản được nhập vào kehoach; cần bổ sung hoặc sửa các mục sau trước khi xuất văn bản:\n# The document was imported; fill in or correct what follows before rendering it:\n"

// imported checks an answer of /v1/import?format=md: 200, the authoring
// format's content type, an attachment named name, and returns its text.
func imported(t *testing.T, rec *httptest.ResponseRecorder, name string) string {
	t.Helper()
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "text/markdown; charset=utf-8", rec.Header().Get("Content-Type"))
	assert.Equal(t, `attachment; filename="`+name+`"`, rec.Header().Get("Content-Disposition"))
	return rec.Body.String()
}

// /v1/import?format=md answers kehoach's own DOCX of a plan as the plan
// it was written from, in the authoring format, with no gap to fill:
// read back, it has the plan's header, recipients and signer, and prints
// the same.
func TestImportAuthoringOwnDocx(t *testing.T) {
	h := New()
	want := testplans.Load(t, "ke-hoach-004.md")
	ct, body := form(t, formPart{"plan", "ke-hoach-004.docx", docxtest.Of(t, want)})
	md := imported(t, post(t, h, "/v1/import?format=md", ct, body), "KH-STTTT.md")
	assert.True(t, strings.HasPrefix(md, "---\nparent: UBND TỈNH VĨNH PHÚC\nissuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nsymbol: KH-STTTT\n"), md[:min(len(md), 300)])
	assert.NotContains(t, md, "# Văn bản được nhập", "nothing to fill in")

	got, err := markdown.Read([]byte(md), "ke-hoach-004.md")
	require.NoError(t, err)
	assert.Equal(t, []any{want.Parent, want.Issuer, want.Number, want.Symbol, want.Place, want.Date, want.Subject, want.Recipients, want.Archive, want.Signer},
		[]any{got.Parent, got.Issuer, got.Number, got.Symbol, got.Place, got.Date, got.Subject, got.Recipients, got.Archive, got.Signer})
	assert.Equal(t, printedOf(t, want), printedOf(t, got), "the plan read back prints as the one the DOCX was written from")

	// The same file as the body, by its content type.
	again := post(t, h, "/v1/import?format=md", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docxtest.Of(t, want))
	assert.Equal(t, md, imported(t, again, "KH-STTTT.md"))
}

// A Word file whose "Số:" line is empty comes back with the symbol's gap
// named at the top, in both languages, and "symbol:" left empty, which
// the reader names until the clerk fills it in.
func TestImportAuthoringDocxGaps(t *testing.T) {
	h := New()
	src := docxtest.Plant(t, docxtest.Of(t, testplans.Load(t, "ke-hoach-004.md")), "word/document.xml", docxtest.Replace("Số:", "   "))
	ct, body := form(t, formPart{"plan", "ke-hoach-004.docx", src})
	md := imported(t, post(t, h, "/v1/import?format=md", ct, body), "ke-hoach.md")
	require.True(t, strings.HasPrefix(md, gapsHeader), md[:min(len(md), 400)])
	assert.Regexp(t, `\n# - symbol: không tìm thấy [^\n]+\n#   no [^\n]+ found[^\n]*\n`, md)
	assert.Contains(t, md, "\nsymbol:\n")
	assert.Contains(t, md, "\nsubject: Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ")
	assert.Contains(t, md, "\nsigner:\n  position: GIÁM ĐỐC\n  name: Nguyễn Bá Hiến\n")

	_, err := markdown.Read([]byte(md), "imported.md")
	fields := map[string]bool{}
	for _, e := range plan.AsErrors(err) {
		fields[e.Field] = true
	}
	assert.True(t, fields["symbol"], "the empty symbol is reported until filled in: %v", err)
}

// A plain-text plan without its agency lines, as the body and as a form
// file: its fields in the front matter, the issuer's gap named and left
// empty, the number and day blank.
func TestImportAuthoringText(t *testing.T) {
	h := New()
	ct, body := form(t, formPart{"plan", "tiem-chung.txt", []byte(testplans.Pasted)})
	md := imported(t, post(t, h, "/v1/import?format=md", ct, body), "KH-SYT.md")
	assert.Equal(t, md, imported(t, post(t, h, "/v1/import?format=md", "text/plain; charset=utf-8", []byte(testplans.Pasted)), "KH-SYT.md"))
	require.True(t, strings.HasPrefix(md, gapsHeader), md)
	front, rest, ok := strings.Cut(strings.TrimPrefix(md, gapsHeader), "\n---\n")
	require.True(t, ok, md)
	assert.Equal(t, `# - issuer: không tìm thấy tên cơ quan ban hành ở phần đầu văn bản
#   no issuing agency found in the header
issuer:
symbol: KH-SYT
place: Hà Nội
date: 2026-05
subject: Tiêm chủng mở rộng năm 2026
signer:
  position: GIÁM ĐỐC
  name: Nguyễn Văn An
recipients:
  - UBND tỉnh
archive: VT`, front)
	assert.Equal(t, "\n# MỤC ĐÍCH, YÊU CẦU\n\n## Mục đích\n\nBảo đảm mọi trẻ em được tiêm đủ các mũi vắc xin.\n\n# TỔ CHỨC THỰC HIỆN\n\nCác phòng, đơn vị triển khai kế hoạch này.\n", rest)

	// The JSON answer names the same gap among its findings.
	var answer struct {
		Findings []map[string]any `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(post(t, h, "/v1/import", ct, body).Body.Bytes(), &answer))
	var named []any
	for _, f := range answer.Findings {
		named = append(named, f["field"])
	}
	assert.Contains(t, named, "issuer")
}

// What /v1/import refuses: a format it does not answer (400, in both
// languages, naming the two it does), a Word 97–2003 file (415), a Word
// file that is damaged or a zip of something else (422).
func TestImportRefusals(t *testing.T) {
	h := New()
	for _, lang := range []string{"vi", "en"} {
		p := problemOf(t, post(t, h, "/v1/import?format=odt", "text/plain", []byte(testplans.Pasted), "Accept-Language", lang), http.StatusBadRequest, codeMalformed)
		assert.Contains(t, p.DetailVi, `"format=odt" không hợp lệ`)
		assert.Contains(t, p.DetailVi, `"format=md"`)
		assert.Contains(t, p.DetailEn, `"format=odt" is not valid: send "format=md" (the authoring format) or "format=json"`)
	}

	ct, body := form(t, formPart{"plan", "ke-hoach.doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 a Word 97 file")})
	p := problemOf(t, post(t, h, "/v1/import?format=md", ct, body), http.StatusUnsupportedMediaType, codeUnsupportedType)
	assert.Contains(t, p.DetailEn, `"ke-hoach.doc": the server does not read Word 97–2003 files (.doc): save it as .docx`)
	assert.Contains(t, p.DetailVi, "hãy lưu tệp thành .docx")
	ct, body = form(t, formPart{"plan", "ke-hoach.odt", []byte("x")})
	p = problemOf(t, post(t, h, "/v1/import?format=md", ct, body), http.StatusUnsupportedMediaType, codeUnsupportedType)
	assert.Contains(t, p.DetailEn, "a plan file ends in .docx, .json, .markdown, .md, .txt", "the kinds it reads, and no other")
	problemOf(t, post(t, h, "/v1/import?format=md", "application/msword", []byte("\xd0\xcf\x11\xe0")), http.StatusUnsupportedMediaType, codeUnsupportedType)

	own := docxtest.Of(t, testplans.Minimal())
	for name, damaged := range map[string][]byte{
		"cut off":               own[:len(own)/2],
		"a zip of another kind": zipOf(t, "hello.txt", "xin chào"),
		"not a zip":             []byte("KẾ HOẠCH\nnot a Word file"),
	} {
		ct, body := form(t, formPart{"plan", "ke-hoach.docx", damaged})
		for _, format := range []string{"md", "json"} {
			rec := post(t, h, "/v1/import?format="+format, ct, body)
			p := problemOf(t, rec, http.StatusUnprocessableEntity, codeUnreadablePlan)
			assert.NotEmpty(t, p.DetailEn, name)
		}
	}
}

// printedOf is a plan as it prints, in the printed Markdown.
func printedOf(t *testing.T, p *plan.Plan) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, kehoach.Render(&b, p, "md"))
	return b.String()
}

// zipOf is a zip holding one file.
func zipOf(t *testing.T, name, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create(name)
	require.NoError(t, err)
	_, err = w.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return b.Bytes()
}
