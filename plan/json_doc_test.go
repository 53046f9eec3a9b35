package plan

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONEncodingDocumented: docs/plan-json.md documents every member of
// the encoding in the table of the object it belongs to, every node type
// with its members in its row, and every role and alignment, so the page
// cannot fall behind the model.
func TestJSONEncodingDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/plan-json.md")
	require.NoError(t, err)
	sections := map[string]string{} // by heading
	for _, part := range strings.Split(string(doc), "\n## ")[1:] {
		heading, body, _ := strings.Cut(part, "\n")
		sections[heading] = body
	}
	section := func(heading string) string {
		body, ok := sections[heading]
		require.True(t, ok, "docs/plan-json.md has a section %q", heading)
		return body
	}

	// Objects: one table row per member, the member in the first column.
	firstColumn := regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|")
	rows := func(body string) []string {
		var names []string
		for _, m := range firstColumn.FindAllStringSubmatch(body, -1) {
			names = append(names, m[1])
		}
		return names
	}
	for heading, v := range map[string]any{"The plan object": Plan{}, "The signer object": Signer{}, "Appendices": Appendix{}, "Text": Span{}} {
		assert.ElementsMatch(t, jsonNames(v), rows(section(heading)), "the members of %T in %q", v, heading)
	}

	// Body nodes: a row per type, naming each of the type's members.
	nodes := section("Body nodes")
	for typ, v := range map[string]any{"section": Section{}, "paragraph": Paragraph{}, "bullet": Bullet{}, "numbered": Numbered{}, "table": Table{}} {
		row := regexp.MustCompile("(?m)^\\| `" + typ + "` \\|.*$").FindString(nodes)
		require.NotEmpty(t, row, "a row for %q nodes", typ)
		for _, name := range jsonNames(v) {
			assert.Contains(t, row, "`"+name+"`", "the %q row names %q", typ, name)
		}
	}
	for _, r := range []Role{RolePurpose, RoleContent, RoleSolutions, RoleFunding, RoleOrganisation, RoleOther} {
		assert.Contains(t, nodes, "`"+string(r)+"`")
	}
	for _, a := range []Align{AlignLeft, AlignCenter, AlignRight} {
		assert.Contains(t, nodes, "`"+string(a)+"`")
	}
	assert.Contains(t, section("Text"), `{"text": text}`, "a footnote's one member")

	// The examples read: the spans as text, the minimal plan as a valid plan.
	blocks := strings.Split(string(doc), "```json\n")
	require.Len(t, blocks, 3, "two JSON examples")
	spans, _, _ := strings.Cut(blocks[1], "```")
	var text Text
	require.NoError(t, json.Unmarshal([]byte(spans), &text))
	assert.Equal(t, "Chỉ thị số 19/CT-TTg", text[1].Text)
	assert.True(t, text[1].Bold)
	assert.NotNil(t, text[1].Note)
	minimal, _, _ := strings.Cut(blocks[2], "```")
	p, err := ParseJSON([]byte(minimal), "plan-json.md")
	require.NoError(t, err)
	assert.NotNil(t, p)
}

// jsonNames returns the JSON member names of a struct's fields.
func jsonNames(v any) []string {
	var names []string
	typ := reflect.TypeOf(v)
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	return names
}

// TestJSONMembersAreTheEncodings: the names that suggestions for a
// misspelt member come from are exactly the encoding's members.
func TestJSONMembersAreTheEncodings(t *testing.T) {
	var names []string
	for _, v := range []any{Plan{}, Signer{}, Section{}, Paragraph{}, Bullet{}, Numbered{}, Table{}, Merge{}, Span{}, Footnote{}, Appendix{}} {
		for _, n := range jsonNames(v) {
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	assert.ElementsMatch(t, names, jsonMembers)
}
