package docx

import "strings"

// scan calls at with the offset of each occurrence of sub in content,
// left to right; at returns where the search goes on (past what it
// read).
func scan(content, sub string, at func(start int) (next int)) {
	for i := 0; i < len(content); {
		k := strings.Index(content[i:], sub)
		if k < 0 {
			return
		}
		i = max(at(i+k), i+k+1)
	}
}

// textNodes returns the runs' text elements of an XML part as
// submatch indexes, as a regular expression's FindAllStringSubmatchIndex
// would for (<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>): the element, its opening
// tag, its text and its closing tag. A scan by hand, not that
// expression: the filler reads every part two or three times, and the
// expression's machine costs several times as much on a part with
// hundreds of thousands of elements.
func textNodes(content string) [][]int {
	var out [][]int
	scan(content, "<w:t", func(start int) int {
		open := start + len("<w:t")
		switch {
		case open >= len(content):
			return open
		case content[open] == '>':
			open++
		case isSpace(content[open]):
			gt := strings.IndexByte(content[open:], '>')
			if gt < 0 {
				return len(content)
			}
			open += gt + 1
		default:
			return start + 1 // <w:tbl>, <w:tab/>, <w:t/>…
		}
		lt := strings.IndexByte(content[open:], '<')
		if lt < 0 {
			return len(content)
		}
		text := open + lt
		if !strings.HasPrefix(content[text:], "</w:t>") {
			return start + 1
		}
		end := text + len("</w:t>")
		out = append(out, []int{start, end, start, open, open, text, text, end})
		return end
	})
	return out
}

// isSpace reports whether c is white space as \s means it.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// paragraphBounds returns the offsets of the starts ("<w:p>", "<w:p "…)
// and ends ("</w:p>") of the paragraphs of an XML part, in order, as the
// expression <w:p[\s>]|</w:p> would find them.
func paragraphBounds(content string) []int {
	var out []int
	scan(content, "<", func(at int) int {
		rest := content[at:]
		switch {
		case strings.HasPrefix(rest, "</w:p>"):
			out = append(out, at)
			return at + len("</w:p>")
		case len(rest) > 4 && strings.HasPrefix(rest, "<w:p") && (rest[4] == '>' || isSpace(rest[4])):
			out = append(out, at)
			return at + len("<w:p>")
		}
		return at + 1
	})
	return out
}
