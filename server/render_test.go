package server

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/markdown"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every format the pipeline writes comes back with its content type, a
// file name from the plan's number and symbol, and a document of its
// kind.
func TestRenderEveryFormat(t *testing.T) {
	h := New()
	src := bytes.Replace(seed(t), []byte("symbol: KH-STTTT"), []byte("number: 125\nsymbol: KH-STTTT"), 1)
	for _, f := range kehoach.Formats() {
		if strings.HasPrefix(f.Name, "test-") { // the formats the tests register
			continue
		}
		t.Run(f.Name, func(t *testing.T) {
			rec := post(t, h, "/v1/render?format="+f.Name, "text/markdown", src)
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			assert.Equal(t, f.MediaType, rec.Header().Get("Content-Type"))
			assert.Equal(t, `attachment; filename="125-KH-STTTT`+f.Ext+`"`, rec.Header().Get("Content-Disposition"))
			var want bytes.Buffer
			p, err := kehoach.Read(src, "plan.md")
			require.NoError(t, err)
			require.NoError(t, kehoach.Render(&want, p, f.Name))
			assert.Equal(t, want.Bytes(), rec.Body.Bytes(), "the pipeline's own document, byte for byte")
		})
	}
	rec := post(t, h, "/v1/render", "text/markdown", src)
	require.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "application/pdf", rec.Header().Get("Content-Type"), "PDF by default")
	assert.True(t, bytes.HasPrefix(rec.Body.Bytes(), []byte("%PDF-")))
}

// A plan sent as JSON, or as a file of a form, renders as the same plan
// sent as Markdown; a form may add an agency's template for the DOCX.
func TestRenderInputs(t *testing.T) {
	h := New()
	md := post(t, h, "/v1/render?format=docx", "text/markdown; charset=utf-8", seed(t))
	require.Equal(t, http.StatusOK, md.Code)

	asJSON := post(t, h, "/v1/render?format=json", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, asJSON.Code)
	fromJSON := post(t, h, "/v1/render?format=docx", "application/json", asJSON.Body.Bytes())
	require.Equal(t, http.StatusOK, fromJSON.Code, fromJSON.Body.String())
	assert.Equal(t, md.Body.Bytes(), fromJSON.Body.Bytes())

	ct, body := form(t, formPart{"plan", "ke-hoach-004.md", seed(t)})
	fromForm := post(t, h, "/v1/render?format=docx", ct, body)
	require.Equal(t, http.StatusOK, fromForm.Code, fromForm.Body.String())
	assert.Equal(t, md.Body.Bytes(), fromForm.Body.Bytes())

	template := exampleFile(t, "agency-template.docx")
	ct, body = form(t, formPart{"plan", "ke-hoach-004.md", seed(t)}, formPart{"template", "mau.docx", template})
	filled := post(t, h, "/v1/render?format=docx", ct, body)
	require.Equal(t, http.StatusOK, filled.Code, filled.Body.String())
	assert.NotEqual(t, md.Body.Bytes(), filled.Body.Bytes(), "the template's document, not kehoach's")
	zr, err := zip.NewReader(bytes.NewReader(filled.Body.Bytes()), int64(filled.Body.Len()))
	require.NoError(t, err)
	assert.NotEmpty(t, zr.File)

	ct, body = form(t, formPart{"plan", "ke-hoach-004.md", seed(t)}, formPart{"template", "mau.docx", template})
	problemOf(t, post(t, h, "/v1/render?format=pdf", ct, body), http.StatusBadRequest, codeMalformed)
	ct, body = form(t, formPart{"plan", "ke-hoach-004.md", seed(t)}, formPart{"template", "mau.docx", []byte("not a zip")})
	problemOf(t, post(t, h, "/v1/render?format=docx", ct, body), http.StatusUnprocessableEntity, codeInvalidTemplate)
}

// A plan the checker finds in breach of the decree is refused with its
// findings, and rendered with force=1, as kehoach render -force does.
func TestRenderForce(t *testing.T) {
	h := New()
	p := problemOf(t, post(t, h, "/v1/render?format=pdf", "text/markdown", breaking(t)), http.StatusUnprocessableEntity, codeBreaksDecree)
	var rules []string
	for _, f := range p.Findings {
		rules = append(rules, f["rule"].(string))
	}
	assert.Contains(t, rules, check.RuleNameCase)
	for _, force := range []string{"1", "true", ""} {
		rec := post(t, h, "/v1/render?format=pdf&force="+force, "text/markdown", breaking(t))
		assert.Equal(t, http.StatusOK, rec.Code, "force=%q", force)
	}
	problemOf(t, post(t, h, "/v1/render?format=pdf&force=0", "text/markdown", breaking(t)), http.StatusUnprocessableEntity, codeBreaksDecree)
	problemOf(t, post(t, h, "/v1/render?format=pdf&force=maybe", "text/markdown", breaking(t)), http.StatusBadRequest, codeMalformed)
}

// An invalid plan gets 422 with every problem, each with its line or
// field and its stable code; force does not change that.
func TestRenderInvalidPlan(t *testing.T) {
	h := New()
	src := []byte("---\nisuer: SỞ Y TẾ\nsymbol: KH-SYT\nplace: Hà Nội\ndate: 2025-02-30\nsubject: Tiêm chủng\n---\n\n# MỤC ĐÍCH\n\n### Điểm\n")
	for _, target := range []string{"/v1/render?format=pdf", "/v1/render?format=docx&force=1"} {
		p := problemOf(t, post(t, h, target, "text/markdown", src), http.StatusUnprocessableEntity, codeInvalidPlan)
		codes := map[string]float64{}
		for _, f := range p.Findings {
			if f["rule"] != check.RuleInvalid {
				continue
			}
			line, _ := f["line"].(float64)
			assert.True(t, line > 0 || f["field"] != nil, "%v has its line or field", f)
			codes[f["code"].(string)] = line
			assert.Nil(t, f["file"], "a plan sent as the body has no file name")
		}
		assert.Equal(t, map[string]float64{plan.CodeUnknownKey: 2, plan.CodeInvalidDate: 5, plan.CodeHeadingNesting: 11}, codes)
	}
	en := problemOf(t, post(t, h, "/v1/render", "text/markdown", src, "Accept-Language", "en-GB,en;q=0.9,vi;q=0.5"), http.StatusUnprocessableEntity, codeInvalidPlan)
	assert.Equal(t, en.DetailEn, en.Detail, "Accept-Language: English preferred")
	assert.Equal(t, "Invalid plan", en.Title)
	for _, f := range en.Findings {
		assert.Equal(t, f["message_en"], f["message"])
	}
}

// The file name of a document: number and symbol, ASCII for old clients
// and UTF-8 in filename*.
func TestDocumentName(t *testing.T) {
	for _, c := range []struct{ number, symbol, want, disposition string }{
		{"125", "KH-STTTT", "125-KH-STTTT.pdf", `attachment; filename="125-KH-STTTT.pdf"`},
		{"", "KH-STTTT", "KH-STTTT.pdf", `attachment; filename="KH-STTTT.pdf"`},
		{"05", "KH-ĐKT", "05-KH-ĐKT.pdf", `attachment; filename="05-KH-DKT.pdf"; filename*=UTF-8''05-KH-%C4%90KT.pdf`},
		{"", "QyĐ-UBND", "QyĐ-UBND.pdf", `attachment; filename="QyD-UBND.pdf"; filename*=UTF-8''QyD%CC%9B-UBND.pdf`},
		{"1", `a/b\c"d`, `1-a-b-c-d.pdf`, `attachment; filename="1-a-b-c-d.pdf"`},
		{"", "", "ke-hoach.pdf", `attachment; filename="ke-hoach.pdf"`},
		{"", "../../etc/passwd", "etc-passwd.pdf", `attachment; filename="etc-passwd.pdf"`},
	} {
		name := documentName(&plan.Plan{Number: c.number, Symbol: c.symbol}, ".pdf")
		assert.Equal(t, c.want, name)
		if c.symbol != "QyĐ-UBND" {
			assert.Equal(t, c.disposition, attachment(name))
		}
	}
}

// /v1/check answers the findings as kehoach check -json prints them:
// every field of the checker's finding and the message in the request's
// language.
func TestCheck(t *testing.T) {
	h := New()
	ct, body := form(t, formPart{"plan", "C:\\Users\\van thu\\ke-hoach.md", breaking(t)})
	rec := post(t, h, "/v1/check", ct, body, "Accept-Language", "en")
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
	p, err := kehoach.Read(breaking(t), "ke-hoach.md")
	require.NoError(t, err)
	want := kehoach.Check(p, nil)
	require.NotEmpty(t, want)
	var wantJSON []map[string]any
	for _, f := range want {
		f.File = "ke-hoach.md"
		b, err := json.Marshal(struct {
			check.Finding
			Message string `json:"message"`
		}{f, f.En})
		require.NoError(t, err)
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		wantJSON = append(wantJSON, m)
	}
	var got []map[string]any
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
	assert.Equal(t, wantJSON, got)

	passes := post(t, h, "/v1/check", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, passes.Code)
	assert.JSONEq(t, "[]", passes.Body.String(), "a plan that passes has no finding")

	invalid := post(t, h, "/v1/check", "application/json", []byte(`{"issuer": ["SỞ Y TẾ"], "symbol": 5}`))
	require.Equal(t, http.StatusOK, invalid.Code, "the check succeeded: the findings say the plan is invalid")
	assert.Contains(t, invalid.Body.String(), `"rule": "KEHOACH-INVALID"`)
	assert.Contains(t, invalid.Body.String(), `"code": "wrong-kind"`)
}

// /v1/import reads a plan into the model's JSON encoding, which
// /v1/render reads back (the authoring format: import_test.go).
func TestImport(t *testing.T) {
	h := New()
	ct, body := form(t, formPart{"plan", "ke-hoach-004.md", seed(t)})
	rec := post(t, h, "/v1/import", ct, body)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var answer struct {
		Plan     json.RawMessage  `json:"plan"`
		Findings []map[string]any `json:"findings"`
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &answer))
	assert.Empty(t, answer.Findings)
	p, err := plan.ParseJSON(answer.Plan, "plan.json")
	require.NoError(t, err)
	assert.Equal(t, "KH-STTTT", p.Symbol)
	again := post(t, h, "/v1/render?format=md", "application/json", answer.Plan)
	require.Equal(t, http.StatusOK, again.Code)
	assert.Equal(t, post(t, h, "/v1/render?format=md", "text/markdown", seed(t)).Body.String(), again.Body.String())

	// A plan with problems comes back as far as it was read, with them.
	partial := post(t, h, "/v1/import", "text/markdown", []byte("---\nissuer: SỞ Y TẾ\nsymbol: KH-SYT\ndate: 2025-13-01\n---\n\n# MỤC ĐÍCH\n"))
	require.Equal(t, http.StatusOK, partial.Code, partial.Body.String())
	require.NoError(t, json.Unmarshal(partial.Body.Bytes(), &answer))
	assert.Contains(t, string(answer.Plan), `"SỞ Y TẾ"`)
	assert.NotEmpty(t, answer.Findings)

	authoring := post(t, h, "/v1/import?format=md", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, authoring.Code, authoring.Body.String())
	var want bytes.Buffer
	require.NoError(t, markdown.Write(&want, testplans.Load(t, "ke-hoach-004.md")))
	assert.Equal(t, want.String(), authoring.Body.String(), "a plan without gaps is written as the authoring format's writer writes it")
	problemOf(t, post(t, h, "/v1/import?format=odt", "text/markdown", seed(t)), http.StatusBadRequest, codeMalformed)
}

// /v1/preview answers the findings and, when the HTML writer is built
// in, the pages; without it, a note saying so.
func TestPreview(t *testing.T) {
	h := New()
	rec := post(t, h, "/v1/preview", "text/markdown", breaking(t))
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var answer struct {
		Findings    []map[string]any  `json:"findings"`
		HTML        string            `json:"html"`
		Unavailable map[string]string `json:"unavailable"`
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &answer))
	assert.NotEmpty(t, answer.Findings, "the planted mistake")
	if _, ok := kehoach.LookupFormat("html"); ok {
		assert.Contains(t, answer.HTML, "NGUYỄN BÁ HIẾN", "drawn despite the checker's error")
		assert.NotContains(t, strings.ToLower(answer.HTML), "<script")
	} else {
		assert.Empty(t, answer.HTML)
		assert.Equal(t, codeUnavailableWrite, answer.Unavailable["code"])
		t.Log("no html format in the pipeline: the preview says so (the pages are checked once render/html is built in)")
	}
	invalid := post(t, h, "/v1/preview", "text/markdown", []byte("---\nissuer: X\n---\n"))
	require.Equal(t, http.StatusOK, invalid.Code)
	answer.HTML, answer.Unavailable = "", nil
	require.NoError(t, json.Unmarshal(invalid.Body.Bytes(), &answer))
	assert.Empty(t, answer.HTML)
	assert.Nil(t, answer.Unavailable, "an invalid plan has findings, no note")
}
