// Package pdfcheck reads PDF files back with poppler and LibreOffice, for
// the writers' tests: the words of each page with their boxes, the lines
// they form, and the words a plan should print, in order.
//
// The tools are outside programs. Tests call [Require], which skips with a
// clear message where they are missing; CI installs them (.ci/run).
package pdfcheck

import (
	"context"
	"encoding/xml"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Require skips the test unless every named program is installed; with
// KEHOACH_REQUIRE_TOOLS=1 in the environment (as .ci/run sets it) a missing
// program fails the test instead, so CI cannot skip it by accident.
func Require(t testing.TB, programs ...string) {
	t.Helper()
	for _, p := range programs {
		if _, err := exec.LookPath(p); err != nil {
			msg := fmt.Sprintf("%s is not installed: this test reads the output with real tools (Debian: apt-get install libreoffice-writer-nogui poppler-utils qpdf fonts-liberation2); .ci/run installs them", p)
			if os.Getenv("KEHOACH_REQUIRE_TOOLS") == "1" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
}

// Word is one word of a page with its box, in points from the page's top
// left corner.
type Word struct {
	Text                   string
	XMin, YMin, XMax, YMax float64 // the box, y growing down the page
}

// Height returns the height of the word's box.
func (w Word) Height() float64 { return w.YMax - w.YMin }

// Line is a line of words as poppler groups them.
type Line struct {
	Words                  []Word
	XMin, YMin, XMax, YMax float64 // the box around its words
}

// Text returns the line's words joined by spaces.
func (l Line) Text() string {
	parts := make([]string, len(l.Words))
	for i, w := range l.Words {
		parts[i] = w.Text
	}
	return strings.Join(parts, " ")
}

// Page is one page of a PDF.
type Page struct {
	Width, Height float64 // in points
	Lines         []Line  // top to bottom, as poppler reads them
}

// Words returns the page's words in reading order.
func (p Page) Words() []Word {
	var out []Word
	for _, l := range p.Lines {
		out = append(out, l.Words...)
	}
	return out
}

// Read returns the pages of a PDF as pdftotext -bbox-layout sees them.
func Read(t testing.TB, pdf string) []Page {
	t.Helper()
	out := run(t, "pdftotext", "-bbox-layout", pdf, "-")
	var doc struct {
		Pages []struct {
			Width  float64 `xml:"width,attr"`
			Height float64 `xml:"height,attr"`
			Flows  []struct {
				Blocks []struct {
					Lines []struct {
						XMin  float64 `xml:"xMin,attr"`
						YMin  float64 `xml:"yMin,attr"`
						XMax  float64 `xml:"xMax,attr"`
						YMax  float64 `xml:"yMax,attr"`
						Words []struct {
							XMin float64 `xml:"xMin,attr"`
							YMin float64 `xml:"yMin,attr"`
							XMax float64 `xml:"xMax,attr"`
							YMax float64 `xml:"yMax,attr"`
							Text string  `xml:",chardata"`
						} `xml:"word"`
					} `xml:"line"`
				} `xml:"block"`
			} `xml:"flow"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("pdftotext output: %v", err)
	}
	var pages []Page
	for _, p := range doc.Pages {
		page := Page{Width: p.Width, Height: p.Height}
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				for _, l := range b.Lines {
					line := Line{XMin: l.XMin, YMin: l.YMin, XMax: l.XMax, YMax: l.YMax}
					for _, w := range l.Words {
						line.Words = append(line.Words, Word{Text: html.UnescapeString(w.Text), XMin: w.XMin, YMin: w.YMin, XMax: w.XMax, YMax: w.YMax})
					}
					page.Lines = append(page.Lines, line)
				}
			}
		}
		pages = append(pages, page)
	}
	return pages
}

// Info returns pdfinfo's fields ("Pages", "Page size", "Title", …).
func Info(t testing.TB, pdf string) map[string]string {
	t.Helper()
	fields := map[string]string{}
	for _, line := range strings.Split(run(t, "pdfinfo", pdf), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			fields[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return fields
}

// PageCount returns the number of pages of a PDF file, as pdfinfo reads
// it; it fails the test when pdfinfo gives none. Compare page counts as
// numbers: as strings "10" sorts before "9".
func PageCount(t testing.TB, pdf string) int {
	t.Helper()
	n, err := strconv.Atoi(Info(t, pdf)["Pages"])
	if err != nil {
		t.Fatalf("pdfinfo %s: no page count: %v", pdf, err)
	}
	return n
}

// ConvertDocx converts DOCX files to PDF with LibreOffice, all at once (one
// start of LibreOffice), into dir, and returns the PDF paths.
func ConvertDocx(t testing.TB, dir string, docx ...string) []string {
	t.Helper()
	profile := filepath.Join(dir, ".lo-profile") // a private profile: tests may run in parallel
	args := append([]string{"-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", dir}, docx...)
	run(t, "soffice", args...)
	var pdfs []string
	for _, d := range docx {
		pdf := filepath.Join(dir, strings.TrimSuffix(filepath.Base(d), filepath.Ext(d))+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Fatalf("LibreOffice did not convert %s: %v", d, err)
		}
		pdfs = append(pdfs, pdf)
	}
	return pdfs
}

func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	out, err := cmd.Output()
	if err != nil {
		stderr := ""
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr)
	}
	return string(out)
}

// Metrics are the ascent and descent (in em) poppler boxes a PDF's words
// with: those of the PDF's font descriptors, or its defaults.
type Metrics struct{ Ascent, Descent float64 }

// LibreOffice is what poppler uses for the fonts LibreOffice embeds: its
// default ascent and descent.
var LibreOffice = Metrics{Ascent: 0.95, Descent: 0.35}

// Size returns the font size of a word, from its box.
func (m Metrics) Size(w Word) float64 { return w.Height() / (m.Ascent + m.Descent) }

// Baseline returns a word's baseline.
func (m Metrics) Baseline(w Word) float64 { return w.YMin + m.Ascent*m.Size(w) }

// Baseline returns the baseline of a word in a LibreOffice PDF.
func Baseline(w Word) float64 { return LibreOffice.Baseline(w) }

// Size returns the font size of a word in a LibreOffice PDF.
func Size(w Word) float64 { return LibreOffice.Size(w) }

// Subsequence reports whether want appears in have in order (other words
// may come between); the error names the first word not found.
func Subsequence(have, want []string) error {
	i := 0
	for j, w := range want {
		for i < len(have) && have[i] != w {
			i++
		}
		if i == len(have) {
			context := want[max(0, j-5):j]
			return fmt.Errorf("word %d %q (after %q) not found in order", j, w, strings.Join(context, " "))
		}
		i++
	}
	return nil
}

// SplitWords cuts text into words as a PDF shows them when lines may break
// after hyphens: "19/CT-TTg" is "19/CT-" and "TTg", since a line may end
// between them.
func SplitWords(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		for {
			i := strings.IndexAny(f, "-–—")
			if i <= 0 || i == len(f)-1 {
				break
			}
			size := len(string([]rune(f[i:])[0]))
			out = append(out, f[:i+size])
			f = f[i+size:]
		}
		out = append(out, f)
	}
	return out
}

// Find returns the first word with the given text on a page, or nil.
func (p Page) Find(text string) *Word {
	for _, l := range p.Lines {
		for i := range l.Words {
			if l.Words[i].Text == text {
				return &l.Words[i]
			}
		}
	}
	return nil
}

// LineWith returns the first line whose text contains s, or nil.
func (p Page) LineWith(s string) *Line {
	for i := range p.Lines {
		if strings.Contains(p.Lines[i].Text(), s) {
			return &p.Lines[i]
		}
	}
	return nil
}

// Run runs a program and returns its standard output and whether it
// succeeded.
func Run(t testing.TB, name string, args ...string) (string, bool) {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	return string(out), err == nil
}
