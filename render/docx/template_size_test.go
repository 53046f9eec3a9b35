package docx

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/budget"
	"github.com/kehoach/kehoach/limits"
)

// appendToBody returns the example template with extra put at the end of
// its document's body.
func appendToBody(t *testing.T, extra string) []byte {
	t.Helper()
	entries := templateEntries(t, nil)
	for i, e := range entries {
		if e.name == documentPart {
			entries[i].data = []byte(strings.Replace(string(e.data), "</w:body>", extra+"</w:body>", 1))
		}
	}
	return makePackage(t, entries)
}

// Audit gap 4: a small template whose parts hold a great many elements
// (900,000 empty paragraphs, 500,000 runs of "{{", 760,000 nested
// tables, each well within the size limits) is refused after a count,
// before anything is parsed or filled, naming the limit in both
// languages.
func TestTemplateTooManyElements(t *testing.T) {
	p := load(t, "ke-hoach-004.md")
	for name, extra := range map[string]string{
		"paragraphs": strings.Repeat(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`, 900_000),
		"openers":    `<w:p>` + strings.Repeat(`<w:r><w:t>{{</w:t></w:r>`, 500_000) + `</w:p>`,
		"tables":     strings.Repeat(`<w:tbl><w:tr><w:tc>`, 250_000) + `<w:p/>` + strings.Repeat(`</w:tc></w:tr></w:tbl>`, 250_000),
	} {
		t.Run(name, func(t *testing.T) {
			tpl := appendToBody(t, extra)
			budget.Within(t, func() {
				for _, err := range []error{CheckTemplate(tpl), Write(io.Discard, p, WithTemplate(tpl))} {
					require.ErrorIs(t, err, limits.ErrExceeded)
					assert.ErrorContains(t, err, "TemplateElements")
					var m interface{ Message(string) string }
					require.True(t, errors.As(err, &m))
					assert.Contains(t, m.Message("vi"), "vượt giới hạn 200000 (TemplateElements)")
				}
			})
		})
	}
}

// Placeholder openers are counted as cheaply: a text holding more "{{"
// than the template may hold placeholders is refused before the search
// for placeholders.
func TestTemplateTooManyOpeners(t *testing.T) {
	tpl := appendToBody(t, `<w:p><w:r><w:t>`+strings.Repeat("{{", 2_000_000)+`</w:t></w:r></w:p>`)
	budget.Within(t, func() {
		err := CheckTemplate(tpl)
		require.ErrorIs(t, err, limits.ErrExceeded)
		assert.ErrorContains(t, err, "Placeholders")
		assert.ErrorContains(t, err, `"{{"`)
	})
}

// A template at the element limit, every element in a paragraph of
// its own, is filled within the budget: the bound is one the filler
// holds, not only one that refuses.
func TestTemplateAtTheElementLimit(t *testing.T) {
	const tags = 6 // per paragraph below
	tpl := appendToBody(t, strings.Repeat(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`, (limits.Default().TemplateElements-20_000)/tags))
	p := load(t, "ke-hoach-004.md")
	budget.Within(t, func() {
		require.NoError(t, CheckTemplate(tpl))
		require.NoError(t, Write(io.Discard, p, WithTemplate(tpl)))
	})
}
