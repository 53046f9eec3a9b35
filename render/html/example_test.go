package html_test

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/render/html"
	"github.com/kehoach/kehoach/render/layout"
)

// Write draws the plan's pages as the PDF draws them: each line of text
// at its place, in points from the page's top-left corner. Fragment
// writes the pages alone, to embed in another page; WithFontURL links the
// fonts instead of embedding them.
func Example() {
	p := testplans.Minimal() // a short valid plan: one part of one paragraph
	var out bytes.Buffer
	if err := html.Write(&out, p, html.Fragment(), html.WithFontURL("/fonts/")); err != nil {
		fmt.Println(err)
		return
	}
	page := out.String()
	fmt.Println(strings.Count(page, `<div class="kh-page `), "page,", strings.Count(page, "<script"), "scripts")
	for _, line := range strings.Split(page, "\n") {
		if strings.Contains(line, "KẾ HOẠCH") || strings.Contains(line, "Nội dung./.") || strings.Contains(line, "LiberationSerif-Bold.ttf") {
			fmt.Println(line)
		}
	}
	// Output:
	// 1 page, 0 scripts
	// @font-face{font-family:kehoach-serif;font-weight:700;font-style:normal;font-display:block;src:url("/fonts/LiberationSerif-Bold.ttf") format("truetype")}
	// <div class="kh-b14" style="translate:280.589pt 148.238pt">KẾ HOẠCH</div>
	// <div class="kh-r14" style="translate:113.386pt 213.188pt">Nội dung./.</div>
}

// A service serves the fonts once, under the names WithFontURL links its
// pages to, and lets browsers keep them.
func ExampleFonts() {
	mux := http.NewServeMux()
	for name, data := range html.Fonts() {
		mux.HandleFunc("GET /fonts/"+name, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", html.FontMediaType)
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			w.Write(data)
		})
	}
	server := httptest.NewServer(mux)
	defer server.Close()

	res, err := http.Get(server.URL + "/fonts/LiberationSerif-Regular.ttf")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()
	font, _ := io.ReadAll(res.Body)
	fmt.Println(res.StatusCode, res.Header.Get("Content-Type"), len(font) > 0)
	// Output: 200 font/ttf true
}

// FontFiles gives the files a service serves for pages written with
// WithFonts and WithFontURL: every style of the set's text font and of
// each fallback, by the names the pages link. The embedded set's are
// those of Fonts.
func ExampleFontFiles() {
	fonts := layout.DefaultFonts() // or an agency's own: layout.NewFonts, layout.DefaultFonts().WithMain
	for _, name := range slices.Sorted(maps.Keys(html.FontFiles(fonts))) {
		fmt.Println(name)
	}
	// Output:
	// DejaVuSans-Bold.ttf
	// DejaVuSans-Regular.ttf
	// LiberationSerif-Bold.ttf
	// LiberationSerif-BoldItalic.ttf
	// LiberationSerif-Italic.ttf
	// LiberationSerif-Regular.ttf
}
