package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/racebuild"
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
	return signedPDFWith(t, dir, name, testpictures.Signature(), testpictures.Seal(), opts...)
}

// signedPDFWith writes a plan with a signature and a seal into dir, named
// after the plan and the signature's size, and returns its path and
// places.
func signedPDFWith(t *testing.T, dir, name string, signature, seal []byte, opts ...Option) (string, compose.Placement) {
	t.Helper()
	var buf bytes.Buffer
	opts = append([]Option{WithSignature(signature), WithSeal(seal)}, opts...)
	pl, err := WriteWithPlaces(&buf, load(t, name), opts...)
	require.NoError(t, err)
	path := filepath.Join(dir, strings.TrimSuffix(name, ".md")+"-"+strconv.Itoa(len(signature))+".pdf")
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

// TestFittedImagesInPrint reads back the PDFs of signatures scanned wide
// (30:1), tall (1:2) and cropped close (4:1), with seals that are not
// square: each image is drawn at its pixels' proportions (within 1%),
// inside its box, centred in it; the seal keeps the diameter of its box
// and covers a third of the signature as drawn, from its left.
func TestFittedImagesInPrint(t *testing.T) {
	racebuild.Skip(t)
	pdfcheck.Require(t, "pdfimages", "qpdf")
	dir := t.TempDir()
	l := layout.Default()
	rect := func(x, y, w, h float64) testpictures.Rect { return testpictures.Rect{x, y, w, h} }
	for _, name := range []string{"ke-hoach-004.md", "plan-09.md"} {
		for _, shape := range testpictures.Shapes() {
			path, pl := signedPDFWith(t, dir, name, shape.Signature, shape.Seal)
			images := pdfcheck.Images(t, path)
			require.Len(t, images, 2, "%s, %s", name, shape.Name)
			sig, seal := images[0], images[1]
			assert.Equal(t, shape.SignaturePixels, sig.Pixels, "the signature first, as it is")
			assert.Equal(t, shape.SealPixels, seal.Pixels, "the seal over it")
			sigBox, _ := placed(pl, compose.PlaceSignature)
			sealBox, _ := placed(pl, compose.PlaceSeal)
			assert.Equal(t, sigBox.Page, sig.Page)
			const tol = 0.02 // fpdf writes hundredths of a point
			assert.Empty(t, testpictures.FitProblems(sig.Pixels, rect(sigBox.X, sigBox.Y, sigBox.Width, sigBox.Height),
				rect(sig.X, sig.Y, sig.Width, sig.Height), tol), "%s, %s: the signature", name, shape.Name)
			assert.InDelta(t, l.SealDiameter, sealBox.Width, tol, "the seal's real size")
			assert.Empty(t, testpictures.FitProblems(seal.Pixels, rect(sealBox.X, sealBox.Y, sealBox.Width, sealBox.Height),
				rect(seal.X, seal.Y, seal.Width, seal.Height), tol), "%s, %s: the seal", name, shape.Name)
			covered := testpictures.Covered(rect(sig.X, sig.Y, sig.Width, sig.Height), rect(seal.X, seal.Y, seal.Width, seal.Height))
			assert.InDelta(t, 1.0/3, covered, 0.01, "%s, %s: the seal over a third of the signature as drawn", name, shape.Name)
			assert.Less(t, seal.X, sig.X, "from its left")
			t.Logf("%s, %s: signature %.1f × %.1f mm (box %.1f × %.1f), seal %.1f × %.1f mm, covering %.1f%%", name, shape.Name,
				layout.ToMM(sig.Width), layout.ToMM(sig.Height), layout.ToMM(sigBox.Width), layout.ToMM(sigBox.Height),
				layout.ToMM(seal.Width), layout.ToMM(seal.Height), 100*covered)
			list, _ := pdfcheck.Run(t, "pdfimages", "-list", path)
			assert.Equal(t, 2, strings.Count(list, " smask "), "both with their transparency: %s", list)
		}
	}
}

// TestImagesLikeLibreOffice prints the signed DOCX of each plan, and of
// 004 with each shape of signature and seal ([testpictures.Shapes]), with
// LibreOffice: the signature and the seal stand within 1 mm of where the
// PDF draws them, at its size, the seal over the signature.
func TestImagesLikeLibreOffice(t *testing.T) {
	racebuild.Skip(t)
	pdfcheck.Require(t, "soffice", "qpdf")
	dir := t.TempDir()
	type signed struct {
		name, plan      string
		signature, seal []byte
		pdf             []pdfcheck.Image
	}
	var cases []signed
	for _, name := range issuingPlans {
		cases = append(cases, signed{name: name, plan: name, signature: testpictures.Signature(), seal: testpictures.Seal()})
	}
	for _, shape := range testpictures.Shapes() {
		cases = append(cases, signed{name: "ke-hoach-004.md, " + shape.Name, plan: "ke-hoach-004.md", signature: shape.Signature, seal: shape.Seal})
	}
	var docs []string
	for i := range cases {
		c := &cases[i]
		path, _ := signedPDFWith(t, dir, c.plan, c.signature, c.seal)
		c.pdf = pdfcheck.Images(t, path)
		require.Len(t, c.pdf, 2, c.name)
		var buf bytes.Buffer
		require.NoError(t, docx.Write(&buf, load(t, c.plan), docx.WithSignature(c.signature), docx.WithSeal(c.seal)))
		doc := filepath.Join(dir, "lo-"+strconv.Itoa(i)+".docx")
		require.NoError(t, os.WriteFile(doc, buf.Bytes(), 0o644))
		docs = append(docs, doc)
	}
	const mm = 72 / 25.4
	for i, pdf := range pdfcheck.ConvertDocx(t, dir, docs...) {
		c := cases[i]
		images := pdfcheck.Images(t, pdf)
		require.Len(t, images, 2, c.name)
		for k, kind := range []compose.PlaceKind{compose.PlaceSignature, compose.PlaceSeal} {
			want, img := c.pdf[k], images[k]
			assert.Equal(t, k, img.Order, "%s: %s drawn in order", c.name, kind)
			assert.Equal(t, want.Page, img.Page, "%s: %s on the PDF's page", c.name, kind)
			assert.InDelta(t, want.X, img.X, mm, "%s: %s left edge", c.name, kind)
			assert.InDelta(t, want.Y, img.Y, mm, "%s: %s top edge", c.name, kind)
			assert.InDelta(t, want.Width, img.Width, mm, "%s: %s width", c.name, kind)
			assert.InDelta(t, want.Height, img.Height, mm, "%s: %s height", c.name, kind)
			t.Logf("%s: %s: LibreOffice %+.2f, %+.2f mm from the PDF; size %+.2f × %+.2f mm", c.name, kind,
				(img.X-want.X)/mm, (img.Y-want.Y)/mm, (img.Width-want.Width)/mm, (img.Height-want.Height)/mm)
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
	repeats := 12
	if racebuild.Enabled {
		repeats = 2 // a render with its images takes seconds instrumented; the plain run repeats it twelve times
	}
	for range repeats {
		require.Equal(t, first, render(t, p, opts...))
	}
}
