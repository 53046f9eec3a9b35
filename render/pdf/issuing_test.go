package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testpictures"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/docx"
	"github.com/kehoach/kehoach/render/layout"
)

// issuingPlans are the seed plan and two real plans: 004 and 09 leave the
// number and the day blank, 10 is numbered and dated.
var issuingPlans = []string{"ke-hoach-004.md", "plan-09.md", "plan-10.md"}

// placed returns the place of a kind, and whether there is one.
func placed(pl compose.Placement, kind compose.PlaceKind) (compose.Located, bool) {
	for _, p := range pl.Places {
		if p.Kind == kind {
			return p, true
		}
	}
	return compose.Located{}, false
}

// signedPDF writes a plan with the test signature and seal into dir, and
// returns its path and places.
func signedPDF(t *testing.T, dir, name string, opts ...Option) (string, compose.Placement) {
	t.Helper()
	var buf bytes.Buffer
	opts = append([]Option{WithSignature(testpictures.Signature()), WithSeal(testpictures.Seal())}, opts...)
	pl, err := WriteWithPlaces(&buf, load(t, name), opts...)
	require.NoError(t, err)
	path := filepath.Join(dir, strings.TrimSuffix(name, ".md")+".pdf")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	return path, pl
}

// TestIssuingPlacesInPrint reads the signed PDFs back with poppler and
// qpdf: the blanks the record names are where "Số:" and the date line
// print their gaps; the signature and the seal images are drawn in their
// boxes, at their pixel sizes, the seal after (over) the signature.
func TestIssuingPlacesInPrint(t *testing.T) {
	pdfcheck.Require(t, "pdftotext", "pdfimages", "qpdf")
	dir := t.TempDir()
	m := fontMetrics()
	for _, name := range issuingPlans {
		t.Run(name, func(t *testing.T) {
			path, pl := signedPDF(t, dir, name)
			pages := pdfcheck.Read(t, path)
			assert.Equal(t, len(pages), pl.Pages, "the page count")
			first := pages[0]
			p := load(t, name)
			if p.Number == "" {
				number, ok := placed(pl, compose.PlaceNumber)
				require.True(t, ok)
				so, symbol := first.Find("Số:"), first.Find("/"+p.Symbol)
				require.NotNil(t, so)
				require.NotNil(t, symbol)
				assert.InDelta(t, so.XMax, number.X, 0.3, "the blank starts where \"Số:\" ends")
				assert.InDelta(t, symbol.XMin, number.X+number.Width, 0.3, "and ends where the symbol starts")
				assert.InDelta(t, m.Baseline(*so), number.Baseline, 0.3, "on the line's baseline")
				day, ok := placed(pl, compose.PlaceDay)
				require.True(t, ok)
				ngay := first.Find("ngày") // the date line's, the first
				require.NotNil(t, ngay)
				var thang *pdfcheck.Word
				for _, w := range first.Words() {
					if w.Text == "tháng" && w.YMin == ngay.YMin && w.XMin > ngay.XMax && (thang == nil || w.XMin < thang.XMin) {
						thang = &w
					}
				}
				require.NotNil(t, thang, "\"tháng\" on the date line")
				assert.InDelta(t, ngay.XMax, day.X, 0.3, "the day's blank starts after \"ngày\"")
				assert.InDelta(t, thang.XMin, day.X+day.Width, 0.3, "and ends before \"tháng\"")
				assert.InDelta(t, m.Baseline(*ngay), day.Baseline, 0.3)
			}

			sig, _ := placed(pl, compose.PlaceSignature)
			seal, _ := placed(pl, compose.PlaceSeal)
			images := pdfcheck.Images(t, path)
			require.Len(t, images, 2, "the signature and the seal")
			assert.Equal(t, [2]int{600, 250}, images[0].Pixels, "the signature first")
			assert.Equal(t, [2]int{480, 480}, images[1].Pixels, "the seal drawn after it, over it")
			for i, box := range []compose.Located{sig, seal} {
				img := images[i]
				assert.Equal(t, box.Page, img.Page)
				assert.InDelta(t, box.X, img.X, 0.01)
				assert.InDelta(t, box.Y, img.Y, 0.01)
				assert.InDelta(t, box.Width, img.Width, 0.01)
				assert.InDelta(t, box.Height, img.Height, 0.01)
			}
			list, _ := pdfcheck.Run(t, "pdfimages", "-list", path)
			assert.Equal(t, 2, strings.Count(list, " smask "), "both with their transparency: %s", list)
		})
	}
}

// TestImagesLikeLibreOffice prints the signed DOCX of each plan with
// LibreOffice: the signature and the seal stand within 1 mm of where the
// PDF draws them, the seal over the signature.
func TestImagesLikeLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "qpdf")
	dir := t.TempDir()
	var docs []string
	placements := map[string]compose.Placement{}
	for _, name := range issuingPlans {
		_, pl := signedPDF(t, dir, name)
		placements[name] = pl
		var buf bytes.Buffer
		require.NoError(t, docx.Write(&buf, load(t, name), docx.WithSignature(testpictures.Signature()), docx.WithSeal(testpictures.Seal())))
		path := filepath.Join(dir, "lo-"+strings.TrimSuffix(name, ".md")+".docx")
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		docs = append(docs, path)
	}
	const mm = 72 / 25.4
	for i, pdf := range pdfcheck.ConvertDocx(t, dir, docs...) {
		name := issuingPlans[i]
		images := pdfcheck.Images(t, pdf)
		require.Len(t, images, 2, name)
		for k, kind := range []compose.PlaceKind{compose.PlaceSignature, compose.PlaceSeal} {
			box, _ := placed(placements[name], kind)
			img := images[k]
			assert.Equal(t, k, img.Order, "%s: %s drawn in order", name, kind)
			assert.Equal(t, box.Page, img.Page, "%s: %s on the PDF's page", name, kind)
			assert.InDelta(t, box.X, img.X, mm, "%s: %s left edge", name, kind)
			assert.InDelta(t, box.Y, img.Y, mm, "%s: %s top edge", name, kind)
			assert.InDelta(t, box.Width, img.Width, mm, "%s: %s width", name, kind)
			assert.InDelta(t, box.Height, img.Height, mm, "%s: %s height", name, kind)
			t.Logf("%s: %s: LibreOffice %+.2f, %+.2f mm from the PDF; size %+.2f × %+.2f mm", name, kind,
				(img.X-box.X)/mm, (img.Y-box.Y)/mm, (img.Width-box.Width)/mm, (img.Height-box.Height)/mm)
		}
	}
}

// TestAppendixFilesInPrint: each appendix file carries the number and
// signing time at the top right of its first page, at 10 pt, inside the
// margins, and numbers its own pages.
func TestAppendixFilesInPrint(t *testing.T) {
	pdfcheck.Require(t, "pdftotext")
	dir := t.TempDir()
	l := layout.Default()
	p := load(t, "plan-10.md")
	signed := time.Date(2026, 3, 10, 1, 30, 5, 0, time.UTC)
	corner := p.AppendixCorner(signed)
	assert.Equal(t, "Số: 1105/KH-ĐKT; 2026-03-10T08:30:05+07:00", corner)
	for i := range p.Appendices {
		path := filepath.Join(dir, "appendix.pdf")
		require.NoError(t, os.WriteFile(path, render(t, p, AppendixOnly(i+1), WithCorner(corner)), 0o644))
		pages := pdfcheck.Read(t, path)
		line := pages[0].LineWith("1105/KH-ĐKT;")
		require.NotNil(t, line, "appendix %d: the top-right text", i+1)
		assert.Equal(t, corner, line.Text())
		assert.InDelta(t, 10, fontMetrics().Size(line.Words[0]), 0.2, "10 pt")
		assert.InDelta(t, l.PageWidth-l.Margins.Right, line.XMax, 0.5, "on the right margin")
		assert.GreaterOrEqual(t, line.YMin, l.Margins.Top-0.5, "inside the top margin")
		for _, w := range pages[0].Words() {
			if w.YMin < line.YMin {
				t.Errorf("appendix %d: %q stands above the top-right text", i+1, w.Text)
			}
		}
		if len(pages) > 1 {
			number := pages[1].Find("2")
			require.NotNil(t, number, "appendix %d numbers its own pages", i+1)
			assert.Less(t, number.YMax, l.Margins.Top)
		}
	}
}

// TestImagesSameBytes: the same plan and images give the same bytes, even
// with two images as wide as each other (fpdf orders its images by width,
// and those of one width as a map does).
func TestImagesSameBytes(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	opts := []Option{WithSignature(testpictures.BlueSeal()), WithSeal(testpictures.Seal())}
	first := render(t, p, opts...)
	for range 12 {
		require.Equal(t, first, render(t, p, opts...))
	}
}
