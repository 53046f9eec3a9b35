package server

import (
	"bytes"
	"encoding/json"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
)

// shippedProfile returns a profile of examples/profiles.
func shippedProfile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testplans.Dir(), "profiles", name))
	require.NoError(t, err)
	return b
}

// badProfile holds an out-of-range value on its first line and an
// unknown key on its second.
const badProfile = "margin_left_mm: 25\nfont_size: 14\n"

// bodyPitches returns the distances, in points, between the baselines of
// consecutive lines of body text (the body size, left to right across the
// text) on the PDF's second page, all body.
func bodyPitches(t *testing.T, pdf []byte) []float64 {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.pdf")
	require.NoError(t, os.WriteFile(path, pdf, 0o644))
	pages := pdfcheck.Read(t, path)
	require.GreaterOrEqual(t, len(pages), 2)
	var pitches []float64
	lines := pages[1].Lines
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		// Two full lines of one paragraph: both of the body's size, the
		// upper one running to the right margin.
		if math.Abs(pdfcheck.Size(a.Words[0])-pdfcheck.Size(b.Words[0])) > 0.1 || a.XMax < pages[1].Width-layout.MM(25) {
			continue
		}
		pitches = append(pitches, pdfcheck.Baseline(b.Words[0])-pdfcheck.Baseline(a.Words[0]))
	}
	return pitches
}

// TestRenderWithProfile: a layout profile sent as the form's part
// "profile", or a shipped one named by ?profile=, lays the PDF out as
// kehoach render -profile does: under the Lào Cai profile the lines of a
// body paragraph are exactly 17 pt apart, where by default they are
// single spaced (16.1 pt at 14 pt).
func TestRenderWithProfile(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	h := New()
	ct, body := form(t, formPart{"plan", "ke-hoach-004.md", seed(t)}, formPart{"profile", "lao-cai.yaml", shippedProfile(t, "lao-cai.yaml")})
	sent := post(t, h, "/v1/render?format=pdf", ct, body)
	require.Equal(t, http.StatusOK, sent.Code, sent.Body.String())
	pitches := bodyPitches(t, sent.Body.Bytes())
	require.GreaterOrEqual(t, len(pitches), 12, "lines of body paragraphs measured")
	for _, d := range pitches {
		assert.InDelta(t, 17, d, 0.15, "body lines exactly 17 pt apart")
	}

	named := post(t, h, "/v1/render?format=pdf&profile=lao-cai", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, named.Code, named.Body.String())
	assert.True(t, bytes.Equal(sent.Body.Bytes(), named.Body.Bytes()), "the shipped profile by name prints as the same profile sent")

	plain := post(t, h, "/v1/render?format=pdf", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, plain.Code)
	pitches = bodyPitches(t, plain.Body.Bytes())
	require.GreaterOrEqual(t, len(pitches), 12, "lines of body paragraphs measured")
	for _, d := range pitches {
		assert.InDelta(t, 16.1, d, 0.15, "single spacing without a profile")
	}
	def := post(t, h, "/v1/render?format=pdf&profile=default", "text/markdown", seed(t))
	assert.True(t, bytes.Equal(plain.Body.Bytes(), def.Body.Bytes()), "the default profile is no profile")
}

// TestPreviewWithProfile: the preview draws the pages with the profile,
// as the PDF prints them: the Lào Cai profile's right margin of 20 mm
// narrows the text to 160 mm.
func TestPreviewWithProfile(t *testing.T) {
	h := New()
	var a, b previewAnswer
	rec := post(t, h, "/v1/preview", "text/markdown", seed(t))
	require.Equal(t, http.StatusOK, rec.Code)
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &a))
	ct, body := form(t, formPart{"plan", "ke-hoach.md", seed(t)}, formPart{"profile", "", shippedProfile(t, "lao-cai.yaml")})
	rec = post(t, h, "/v1/preview", ct, body)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &b))
	require.NotEmpty(t, a.HTML)
	require.NotEmpty(t, b.HTML)
	assert.NotEqual(t, a.HTML, b.HTML, "the profile changes the pages")
	var want bytes.Buffer
	l, err := layout.ReadProfile(shippedProfile(t, "lao-cai.yaml"))
	require.NoError(t, err)
	p := testplans.Load(t, "ke-hoach-004.md")
	require.NoError(t, writePreview(&want, p, &l, ""))
	assert.Equal(t, want.String(), b.HTML, "the pages the HTML writer draws with the profile's layout")
}

// TestCheckWithProfile: the checker judges the layout rules at the
// profile's layout, as kehoach check -profile does: a table whose words
// fit the default text width (165 mm) does not fit 155 mm, margins of
// 35 and 20 mm.
func TestCheckWithProfile(t *testing.T) {
	narrow := []byte("margin_left_mm: 35\nmargin_right_mm: 20\n")
	l, err := layout.ReadProfile(narrow)
	require.NoError(t, err)
	def := layout.Default()
	p := testplans.Load(t, "ke-hoach-004.md")
	var table *plan.Table
	for n := 1; n < 80 && table == nil; n++ {
		t := plan.NewTable([]string{"Nội dung"}, []string{strings.Repeat("m", n)})
		if def.WordsFit(t) && !l.WordsFit(t) {
			table = t
		}
	}
	require.NotNil(t, table, "a word that fits 165 mm and not 155 mm")
	p.Sections[0].Content = append(plan.Nodes{table}, p.Sections[0].Content...)
	var src bytes.Buffer
	require.NoError(t, plan.WriteJSON(&src, p))

	h := New()
	found := func(rec []byte) []string {
		var fs []map[string]any
		require.NoError(t, json.Unmarshal(rec, &fs), string(rec))
		var out []string
		for _, f := range fs {
			out = append(out, f["rule"].(string))
		}
		return out
	}
	rec := post(t, h, "/v1/check", "application/json", src.Bytes())
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.NotContains(t, found(rec.Body.Bytes()), check.RuleTableWide, "the table fits the default layout")
	ct, body := form(t, formPart{"plan", "plan.json", src.Bytes()}, formPart{"profile", "hep.yaml", narrow})
	rec = post(t, h, "/v1/check", ct, body)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Contains(t, found(rec.Body.Bytes()), check.RuleTableWide, "the table does not fit the profile's text width")

	// Importing judges at the profile's layout too.
	rec = post(t, h, "/v1/import", ct, body)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var imported struct{ Findings json.RawMessage }
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &imported))
	assert.Contains(t, found(imported.Findings), check.RuleTableWide)
}

// decodedProfileProblem is a profile's problem as a client reads it.
type decodedProfileProblem struct {
	Line      int    `json:"line"`
	Key       string `json:"key"`
	MessageVi string `json:"message_vi"`
	MessageEn string `json:"message_en"`
	Message   string `json:"message"`
}

// TestProfileErrors: a profile with a value outside the decree's range
// and an unknown key is refused by every route that reads a plan with 400
// invalid-profile, naming each problem's line, key, value and range in
// both languages, as kehoach render -profile prints them.
func TestProfileErrors(t *testing.T) {
	h := New()
	for _, route := range []string{"/v1/render", "/v1/check", "/v1/import", "/v1/preview"} {
		ct, body := form(t, formPart{"plan", "plan.md", seed(t)}, formPart{"profile", "bad.yaml", []byte(badProfile)})
		for _, lang := range []string{"vi", "en"} {
			rec := post(t, h, route, ct, body, "Accept-Language", lang)
			p := problemOf(t, rec, http.StatusBadRequest, codeInvalidProfile)
			assert.Contains(t, p.DetailEn, "\nbad.yaml:1: margin_left_mm: 25 mm is outside the decree's range 30–35 mm", route)
			assert.Contains(t, p.DetailEn, "\nbad.yaml:2: unknown profile key \"font_size\"; the keys are "+strings.Join(layout.ProfileKeys(), ", "), route)
			assert.Contains(t, p.DetailVi, "\nbad.yaml:1: margin_left_mm: 25 mm nằm ngoài khoảng Nghị định 30 cho phép (30–35 mm)", route)
			assert.Contains(t, p.DetailVi, "\nbad.yaml:2: ", route)
			var problems struct {
				ProfileProblems []decodedProfileProblem `json:"profile_problems"`
			}
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &problems))
			require.Len(t, problems.ProfileProblems, 2, rec.Body.String())
			first, second := problems.ProfileProblems[0], problems.ProfileProblems[1]
			assert.Equal(t, 1, first.Line)
			assert.Equal(t, "margin_left_mm", first.Key)
			assert.Equal(t, "margin_left_mm: 25 mm is outside the decree's range 30–35 mm", first.MessageEn)
			assert.Equal(t, 2, second.Line)
			assert.Empty(t, second.Key, "an unknown key is no key of a profile: its message names it")
			assert.Contains(t, second.MessageVi, `"font_size"`)
			want := first.MessageVi
			if lang == "en" {
				want = first.MessageEn
			}
			assert.Equal(t, want, first.Message, "in the language asked for")
		}
	}

	// A profile without a file name is shown as "profile"; a name that is
	// no shipped profile, and a profile sent twice, are 400 too.
	ct, body := form(t, formPart{"plan", "plan.md", seed(t)}, formPart{"profile", "", []byte("line_spacing: 17\n")})
	p := problemOf(t, post(t, h, "/v1/render", ct, body), http.StatusBadRequest, codeInvalidProfile)
	assert.Contains(t, p.DetailEn, "\nprofile:1: line_spacing: ")
	p = problemOf(t, post(t, h, "/v1/render?profile=ha-noi", "text/markdown", seed(t), "Accept-Language", "en"), http.StatusBadRequest, codeMalformed)
	assert.Contains(t, p.DetailEn, `no layout profile "ha-noi"`)
	assert.Contains(t, p.DetailEn, `("default", "lao-cai")`)
	ct, body = form(t, formPart{"plan", "plan.md", seed(t)}, formPart{"profile", "lao-cai.yaml", shippedProfile(t, "lao-cai.yaml")})
	problemOf(t, post(t, h, "/v1/render?profile=lao-cai", ct, body), http.StatusBadRequest, codeMalformed)
	ct, body = form(t, formPart{"plan", "plan.md", seed(t)}, formPart{"profile", "a.yaml", nil}, formPart{"profile", "b.yaml", nil})
	problemOf(t, post(t, h, "/v1/render", ct, body), http.StatusBadRequest, codeMalformed)
	big := []byte(strings.Repeat("# …\n", 20000))
	ct, body = form(t, formPart{"plan", "plan.md", seed(t)}, formPart{"profile", "big.yaml", big})
	p = problemOf(t, post(t, h, "/v1/check", ct, body, "Accept-Language", "en"), http.StatusBadRequest, codeInvalidProfile)
	assert.Contains(t, p.DetailEn, "64 KiB")
}

// TestVersionListsProfiles: /v1/version names the shipped profiles that
// ?profile= accepts, and the OpenAPI document offers the profile on
// every route that reads a plan.
func TestVersionListsProfiles(t *testing.T) {
	rec := get(t, New(), "/v1/version")
	var v struct{ Profiles []string }
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &v))
	assert.Equal(t, []string{"default", "lao-cai"}, v.Profiles)

	var doc struct {
		Paths map[string]map[string]struct {
			Parameters []map[string]any `json:"parameters"`
		} `json:"paths"`
		Components struct {
			RequestBodies map[string]struct {
				Content map[string]struct {
					Schema struct{ Properties map[string]any } `json:"schema"`
				} `json:"content"`
			} `json:"requestBodies"`
		} `json:"components"`
	}
	require.NoError(t, json.Unmarshal(openAPI, &doc))
	for _, route := range []string{"/v1/render", "/v1/check", "/v1/import", "/v1/preview"} {
		assert.Contains(t, doc.Paths[route]["post"].Parameters, map[string]any{"$ref": "#/components/parameters/profile"}, route)
	}
	assert.Contains(t, doc.Components.RequestBodies["Plan"].Content["multipart/form-data"].Schema.Properties, partProfile)
}
