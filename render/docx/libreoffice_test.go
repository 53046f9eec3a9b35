package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/pdfcheck"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLibreOffice opens every example's DOCX in LibreOffice, prints it to
// PDF and reads the PDF back with poppler: LibreOffice accepts the file,
// and the page shows what the decree asks for.
func TestLibreOffice(t *testing.T) {
	pdfcheck.Require(t, "soffice", "pdftotext", "pdfinfo")
	dir := t.TempDir()
	names := []string{"ke-hoach-004.md", "plan-08.md", "plan-09.md", "plan-10.md"}
	plans := map[string]*plan.Plan{}
	var docs []string
	for _, name := range names {
		p := load(t, name)
		plans[name] = p
		path := filepath.Join(dir, strings.TrimSuffix(name, ".md")+".docx")
		require.NoError(t, os.WriteFile(path, render(t, p), 0o644))
		docs = append(docs, path)
	}
	forty := filepath.Join(dir, "forty.docx")
	require.NoError(t, os.WriteFile(forty, render(t, testplans.Forty(t)), 0o644))
	tpl := filepath.Join(dir, "agency-filled.docx")
	tplPlan := load(t, "plan-09.md")
	tplPlan.Preamble[0] = plan.ParaText(plan.Plain("Căn cứ văn bản").Note("Chú thích của mẫu."))
	require.NoError(t, os.WriteFile(tpl, render(t, tplPlan, WithTemplate(agencyTemplate(t))), 0o644))
	// The seed plan with the longest place name, a footnote and an
	// urgency stamp: what LibreOffice once laid out differently.
	odd := load(t, "ke-hoach-004.md")
	odd.Place, odd.Date, odd.Urgency = "Thành phố Hồ Chí Minh", plan.Date{Year: 2025, Month: 2, Day: 1}, plan.UrgencyVeryUrgent
	note := &plan.Footnote{Text: plan.Plain("Chú thích.")} // referred to twice
	odd.Preamble[0] = plan.ParaText(plan.Text{{Text: "Căn cứ văn bản"}, {Note: note}, {Text: " và văn bản khác"}, {Note: note}})
	oddPath := filepath.Join(dir, "odd.docx")
	require.NoError(t, os.WriteFile(oddPath, render(t, odd), 0o644))
	docs = append(docs, forty, tpl, oddPath)
	pdfs := pdfcheck.ConvertDocx(t, dir, docs...)
	oddPDF := pdfs[len(pdfs)-1]
	pdfs = pdfs[:len(pdfs)-1]
	assert.Equal(t, 41, pdfcheck.PageCount(t, pdfs[len(pdfs)-2]), "the benchmarks' long plan has 41 pages, as its doc says")

	l := layout.Default()
	centre := l.Margins.Left + l.TextWidth()/2
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			info := pdfcheck.Info(t, pdfs[i])
			assert.Contains(t, info["Page size"], "595.", "A4")
			pages := pdfcheck.Read(t, pdfs[i])
			require.GreaterOrEqual(t, len(pages), 2)
			first := pages[0]

			// The Quốc hiệu on one line.
			found := false
			for _, line := range first.Lines {
				if strings.Contains(line.Text(), plan.NationalName) {
					found = true
				}
			}
			assert.True(t, found, "the Quốc hiệu is printed on one line")

			// "Số:" and the date on one baseline.
			var so, date *pdfcheck.Word
			words := first.Words()
			for k := range words {
				w := &words[k]
				if w.Text == "Số:" && so == nil {
					so = w
				}
				if w.Text == strings.Fields(plans[name].Place)[0] && date == nil && w.XMin > centre-30 {
					date = w
				}
			}
			require.NotNil(t, so)
			require.NotNil(t, date)
			assert.InDelta(t, pdfcheck.Baseline(*so), pdfcheck.Baseline(*date), 0.3, "Số: and the date share a baseline")
			assert.InDelta(t, 13, pdfcheck.Size(*so), 0.2)
			assert.InDelta(t, 14, pdfcheck.Size(*date), 0.2)

			// No number on page 1; "2" centred in the top margin of page 2.
			for _, w := range first.Words() {
				assert.False(t, w.YMax < l.Margins.Top, "page 1 has nothing in its top margin, found %q", w.Text)
			}
			var top *pdfcheck.Word
			for _, w := range pages[1].Words() {
				if top == nil || w.YMin < top.YMin {
					w := w
					top = &w
				}
			}
			require.NotNil(t, top)
			assert.Equal(t, "2", top.Text)
			assert.Less(t, top.YMax, l.Margins.Top, "in the top margin")
			assert.InDelta(t, centre, (top.XMin+top.XMax)/2, 1.5, "centred")
			assert.InDelta(t, 14, pdfcheck.Size(*top), 0.2)

			// "Nơi nhận:" level with the first line of the signature.
			label, signer := pdfcheck.Signature(pages, plans[name], l.Margins.Left+l.SignatureLeft())
			require.NotNil(t, label, "Nơi nhận:")
			require.NotNil(t, signer, "the signer's first line")
			assert.InDelta(t, pdfcheck.Baseline(*signer), pdfcheck.Baseline(*label), 0.5, "Nơi nhận: level with the signer")

			// Every body word, in order.
			var printed []string
			for _, p := range pages {
				for _, w := range p.Words() {
					printed = append(printed, pdfcheck.SplitWords(w.Text)...)
				}
			}
			assert.NoError(t, pdfcheck.Subsequence(printed, pdfcheck.BodyWords(plans[name])))
		})
	}
	t.Run("long place name, footnote and stamp", func(t *testing.T) {
		first := pdfcheck.Read(t, oddPDF)[0]
		top := first.Lines[0].YMin
		for _, line := range first.Lines {
			top = min(top, line.YMin)
		}
		assert.InDelta(t, l.Margins.Top, top, 3, "page 1 starts at the top margin, footnotes or not")
		found := false
		for _, line := range first.Lines {
			found = found || strings.Contains(line.Text(), odd.DateLine())
		}
		assert.True(t, found, "the date line %q is printed on one line", odd.DateLine())
		assert.NotNil(t, first.LineWith("THƯỢNG KHẨN"), "the urgency stamp")
		// The note referred to twice: printed once, its number at both
		// references (the second a NOTEREF field).
		notes, marks := 0, 0
		for _, line := range first.Lines {
			notes += strings.Count(line.Text(), "Chú thích.")
		}
		for _, w := range first.Words() {
			if w.Text == "1" && pdfcheck.Size(w) < 10 {
				marks++
			}
		}
		assert.Equal(t, 1, notes, "the note once")
		assert.Equal(t, 3, marks, "its number twice in the text and once before the note")
	})
	t.Run("agency template", func(t *testing.T) {
		pages := pdfcheck.Read(t, pdfs[len(pdfs)-1])
		var all []string
		for _, p := range pages {
			for _, l := range p.Lines {
				all = append(all, l.Text())
			}
		}
		text := strings.Join(all, "\n")
		assert.Contains(t, text, "UBND TỈNH LÀO CAI")
		assert.Contains(t, text, "KT. GIÁM ĐỐC")
		assert.NotContains(t, text, "{{")
		label, signer := pdfcheck.Signature(pages, tplPlan, pages[0].Width/2)
		require.NotNil(t, label, "Nơi nhận:")
		require.NotNil(t, signer, "the signer's first line")
		assert.InDelta(t, pdfcheck.Baseline(*signer), pdfcheck.Baseline(*label), 0.5, "Nơi nhận: level with the signer")
		// The note's number at the foot of page 1 is a superscript: smaller
		// than the note's text, and raised.
		line := pages[0].LineWith("Chú thích của mẫu.")
		require.NotNil(t, line)
		note := line.Words[0]
		var number *pdfcheck.Word // LibreOffice prints it apart, just left of the note
		for _, w := range pages[0].Words() {
			if w.Text == "1" && w.XMax <= note.XMin && w.YMin > note.YMin-note.Height() {
				number = &w
			}
		}
		require.NotNil(t, number, "the note's number")
		assert.Less(t, number.Height(), 0.8*note.Height(), "a superscript number")
		assert.Less(t, number.YMax, note.YMax, "raised")
	})
}
