package kehoach_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/pdf"
	"github.com/kehoach/kehoach/render/picture"
)

// recordOf renders the record of a plan and reads it back.
func recordOf(t *testing.T, p *plan.Plan, opts ...kehoach.Option) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, kehoach.Render(&buf, p, "record", opts...))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &doc))
	return doc
}

// TestAppendixFilesPipeline: with appendix files, the documents hold the
// plan's own pages and each appendix comes as a file of its own, for the
// page formats and the DOCX; the record gives their places.
func TestAppendixFilesPipeline(t *testing.T) {
	p := testplans.Load(t, "plan-10.md")
	opts := []kehoach.Option{kehoach.WithAppendixFiles(), kehoach.WithSignedAt(time.Date(2026, 3, 10, 1, 0, 0, 0, time.UTC))}
	for _, format := range []string{"pdf", "docx", "html"} {
		files, err := kehoach.AppendixFiles(p, format, opts...)
		require.NoError(t, err)
		require.Len(t, files, 2, format)
		for i, f := range files {
			ext := map[string]string{"pdf": ".pdf", "docx": ".docx", "html": ".html"}[format]
			assert.Equal(t, "phu-luc-"+string(rune('1'+i))+ext, f.Name)
			assert.NotEmpty(t, f.Data)
		}
	}
	files, err := kehoach.AppendixFiles(p, "md", opts...)
	require.NoError(t, err)
	assert.Empty(t, files, "the Markdown keeps its appendices")
	_, err = kehoach.AppendixFiles(p, "odt")
	assert.Error(t, err)

	whole, apart := recordOf(t, p), recordOf(t, p, opts...)
	wholePages := whole["places"].(map[string]any)["pages"].(float64)
	apartPages := apart["places"].(map[string]any)["pages"].(float64)
	assert.Less(t, apartPages, wholePages, "the appendices left out of the document")
	assert.Equal(t, apartPages, apart["record"].(map[string]any)["PageAmount"])
	require.Len(t, apart["appendixFiles"], 2)
	assert.Nil(t, whole["appendixFiles"])
	corner := apart["appendixFiles"].([]any)[0].(map[string]any)["places"].([]any)[0].(map[string]any)
	assert.Equal(t, "top-right", corner["kind"])

	var html bytes.Buffer
	require.NoError(t, kehoach.Render(&html, p, "html", opts...))
	assert.NotContains(t, html.String(), "ĐỀ CƯƠNG BÁO CÁO", "the HTML holds the plan's own pages too")
}

// TestCopyAndImagesPipeline: an electronic copy prints its top-right text,
// and the images come into the HTML as into the PDF; CheckImages tells
// what the decree would object to.
func TestCopyAndImagesPipeline(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	opts := []kehoach.Option{kehoach.WithCopy("", "Ủy ban nhân dân tỉnh Vĩnh Phúc"),
		kehoach.WithSignature(testpictures.Signature()), kehoach.WithSeal(testpictures.Seal())}
	var html bytes.Buffer
	require.NoError(t, kehoach.Render(&html, p, "html", opts...))
	assert.Contains(t, html.String(), "SAO Y; Ủy ban nhân dân tỉnh Vĩnh Phúc; "+plan.SignTimePlaceholder)
	assert.Equal(t, 2, strings.Count(html.String(), `<img alt="" src="data:image/png;base64,`), "the signature and the seal")
	doc := recordOf(t, p, opts...)
	kinds := ""
	for _, pl := range doc["places"].(map[string]any)["places"].([]any) {
		kinds += pl.(map[string]any)["kind"].(string) + " "
	}
	assert.Equal(t, "top-right number day signature seal ", kinds)

	warnings, err := kehoach.CheckImages(kehoach.WithSignature(testpictures.RedSignature()), kehoach.WithSeal(testpictures.BlueSeal()))
	require.NoError(t, err)
	require.Len(t, warnings, 2)
	assert.Equal(t, picture.CodeColour, warnings[0].Code)
	_, err = kehoach.CheckImages(kehoach.WithSeal(testpictures.JPEG()))
	var pe *picture.Error
	assert.ErrorAs(t, err, &pe)
}

// TestRecordFollowsTheImages: the record gives the places the PDF gives,
// with the images too: the seal's box over the signature as drawn, for a
// signature taller than wide that is drawn narrower than its box.
func TestRecordFollowsTheImages(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	shape := testpictures.Shapes()[1] // tall 1:2
	var out bytes.Buffer
	placed, err := pdf.WriteWithPlaces(&out, p, pdf.WithSignature(shape.Signature), pdf.WithSeal(shape.Seal))
	require.NoError(t, err)
	sealOf := func(places []any) map[string]any {
		for _, pl := range places {
			if m := pl.(map[string]any); m["kind"] == "seal" {
				return m
			}
		}
		return nil
	}
	plain := sealOf(recordOf(t, p)["places"].(map[string]any)["places"].([]any))
	signed := sealOf(recordOf(t, p, kehoach.WithSignature(shape.Signature), kehoach.WithSeal(shape.Seal))["places"].(map[string]any)["places"].([]any))
	require.NotNil(t, signed)
	for _, pl := range placed.Places {
		if pl.Kind == compose.PlaceSeal {
			assert.InDelta(t, pl.X, signed["x"], 0.01, "where the PDF draws the seal")
			assert.InDelta(t, pl.Y, signed["y"], 0.01)
		}
	}
	assert.Greater(t, signed["x"], plain["x"], "over the narrower signature, not the box's left third")
}
