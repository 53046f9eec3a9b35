package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The two commands a newcomer runs first, on a fresh clone with nothing
// but Go.
var firstCommands = []string{
	"go run ./cmd/kehoach render -o out examples/ke-hoach-004.md",
	"go test ./...",
}

func readREADME(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	return string(b)
}

// The README is short: what kehoach is and how to start; the reference
// is in docs/.
func TestREADMEIsShort(t *testing.T) {
	readme := readREADME(t)
	assert.LessOrEqual(t, len(readme), 10*1024, "README.md is %d bytes; move reference material to docs/", len(readme))
}

// The first thing after the introduction is the two commands, in order,
// in the README's first code block, before its first section.
func TestREADMEStartsWithTheTwoCommands(t *testing.T) {
	readme := readREADME(t)
	block := regexp.MustCompile("(?s)```[a-z]*\n(.*?)```").FindStringSubmatchIndex(readme)
	require.NotNil(t, block, "the README has a code block")
	if section := strings.Index(readme, "\n## "); section >= 0 {
		assert.Less(t, block[0], section, "the first code block comes before the first section")
	}
	var commands []string
	for line := range strings.Lines(readme[block[2]:block[3]]) {
		if cmd, _, _ := strings.Cut(line, "#"); strings.TrimSpace(cmd) != "" {
			commands = append(commands, strings.TrimSpace(cmd))
		}
	}
	assert.Equal(t, firstCommands, commands)
}

// markdownLink finds a Markdown link's or image's target, [text](target),
// and an HTML src or href attribute's.
var markdownLink = regexp.MustCompile(`\]\(([^)\s]+)(?:\s+"[^"]*")?\)|(?:src|href)="([^"]+)"`)

// codeSpan matches inline code, where a link is not one.
var codeSpan = regexp.MustCompile("`+[^`]*`+")

// prose returns a Markdown page without its fenced code blocks.
func prose(page string) string {
	var b strings.Builder
	fence := ""
	for line := range strings.Lines(page) {
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == "" {
				fence = ""
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[:len(trimmed)-len(strings.TrimLeft(trimmed, trimmed[:1]))]
		default:
			b.WriteString(line)
		}
	}
	return b.String()
}

// links returns the relative link targets of a Markdown page, without
// their #fragment, leaving out web addresses and links within the page.
func links(page string) []string {
	page = codeSpan.ReplaceAllString(prose(page), "")
	var out []string
	for _, m := range markdownLink.FindAllStringSubmatch(page, -1) {
		target := m[1] + m[2]
		if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
			continue
		}
		if target, _, _ = strings.Cut(target, "#"); target != "" {
			out = append(out, target)
		}
	}
	return out
}

// Every relative link of the README and of docs/ points to a file or
// directory that exists.
func TestLinksResolve(t *testing.T) {
	pages, err := filepath.Glob("../../docs/*.md")
	require.NoError(t, err)
	pages = append(pages, "../../README.md")
	checked := 0
	for _, page := range pages {
		src, err := os.ReadFile(page)
		require.NoError(t, err)
		for _, target := range links(string(src)) {
			path := filepath.Join(filepath.Dir(page), filepath.FromSlash(target))
			_, err := os.Stat(path)
			assert.NoError(t, err, "%s links to %s", filepath.Base(page), target)
			checked++
		}
	}
	assert.Greater(t, checked, 10, "the pages have links to check")
}

// links finds what a page links to, and nothing in code.
func TestLinks(t *testing.T) {
	page := "See [the rules](rules.md#table), [the site](https://example.com), [here](#top),\n" +
		"<img src=\"pic.png\" alt=\"x\">, `[not](code.md)` and\n\n```\n[not](block.md)\n```\n\n[title](a.md \"A\")"
	assert.Equal(t, []string{"rules.md", "pic.png", "a.md"}, links(page))
}
