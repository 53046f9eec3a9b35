package server

import (
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/html"
	"github.com/kehoach/kehoach/render/layout"
)

// htmlPage is how format=html draws the pages, as its query parameters
// ask: fragment=1 writes the pages alone, for embedding in another
// site's page (html.Fragment); fonts=link links the fonts the server
// serves at an absolute URL instead of embedding them (html.WithFontURL),
// which makes the answer some 300 KB smaller.
type htmlPage struct {
	fragment bool
	fontBase string // "" for embedded fonts
}

// The query parameters of format=html.
const (
	paramFragment = "fragment"
	paramFonts    = "fonts"
)

// readHTMLPage reads format=html's parameters; asked with another
// format, they are a mistake (400).
func (h *handler) readHTMLPage(r *http.Request, format string) (htmlPage, *problem) {
	q := r.URL.Query()
	var page htmlPage
	fragment, prob := flagParam(q, paramFragment)
	if prob != nil {
		return page, prob
	}
	page.fragment = fragment
	switch fonts := q.Get(paramFonts); fonts {
	case "", "embed":
	case "link":
		page.fontBase = h.publicBase(r) + fontBase
	default:
		return page, malformed(msgf("tham số \"fonts=%s\" không hợp lệ: ghi \"fonts=link\" (liên kết phông chữ của máy chủ) hoặc \"fonts=embed\" (nhúng phông chữ, mặc định)",
			"the parameter \"fonts=%s\" is not valid: write \"fonts=link\" (link the server's fonts) or \"fonts=embed\" (embed the fonts, the default)", fonts))
	}
	if (page.fragment || page.fontBase != "") && format != "html" {
		return page, malformed(msgf("tham số \"fragment\" và \"fonts\" chỉ dùng cho \"format=html\", nhưng định dạng được yêu cầu là %s",
			"the parameters \"fragment\" and \"fonts\" are for \"format=html\", and the format asked for is %s", format))
	}
	return page, nil
}

// asked reports whether the page differs from the pipeline's HTML (a
// whole document with its fonts embedded).
func (page htmlPage) asked() bool { return page.fragment || page.fontBase != "" }

// write draws the plan's pages as asked, with the request's layout (nil
// for the default), as the pipeline's HTML writer does otherwise.
func (page htmlPage) write(w io.Writer, p *plan.Plan, l *layout.Layout, opts ...html.Option) error {
	if page.fragment {
		opts = append(opts, html.Fragment())
	}
	if page.fontBase != "" {
		opts = append(opts, html.WithFontURL(page.fontBase))
	}
	if l != nil {
		opts = append(opts, html.WithLayout(*l))
	}
	return html.Write(w, p, opts...)
}

// fontSource is what the pages' Content-Security-Policy adds to its
// font-src for linked fonts: the origin they are linked at (" " before
// it), "" for none.
func (page htmlPage) fontSource() string {
	u, err := url.Parse(page.fontBase)
	if page.fontBase == "" || err != nil {
		return ""
	}
	return " " + u.Scheme + "://" + u.Host
}

// publicBase returns the absolute URL the handler is reached at, ending
// in "/": WithPublicURL's, else the one the request came to (its scheme,
// its Host, and the prefix a mounting application stripped).
func (h *handler) publicBase(r *http.Request) string {
	if h.cfg.publicURL != "" {
		return h.cfg.publicURL
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	prefix := "/"
	if u, err := url.ParseRequestURI(r.RequestURI); err == nil && strings.HasSuffix(u.Path, r.URL.Path) {
		prefix = strings.TrimSuffix(u.Path, r.URL.Path) + "/"
	}
	return (&url.URL{Scheme: scheme, Host: r.Host, Path: prefix}).String()
}

// publicURL reads WithPublicURL's value: an absolute http or https URL,
// made to end in "/"; "" for anything else.
func publicURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return ""
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u.String()
}
