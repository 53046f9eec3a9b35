package plan

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSONEncodingDocumented: docs/plan-json.md names every member of the
// encoding, every node type and every role, so the documentation cannot
// fall behind the model.
func TestJSONEncodingDocumented(t *testing.T) {
	doc, err := os.ReadFile("../docs/plan-json.md")
	require.NoError(t, err)
	documented := func(name string) bool { return strings.Contains(string(doc), "`"+name+"`") }

	var names []string
	for _, v := range []any{Plan{}, Signer{}, Section{}, Paragraph{}, Bullet{}, Numbered{}, Table{}, Span{}, Footnote{}, Appendix{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			if name != "" && name != "-" {
				names = append(names, name)
			}
		}
	}
	names = append(names, "section", "paragraph", "bullet", "numbered", "table")
	for _, r := range []Role{RolePurpose, RoleContent, RoleSolutions, RoleFunding, RoleOrganisation, RoleOther} {
		names = append(names, string(r))
	}
	for _, a := range []Align{AlignLeft, AlignCenter, AlignRight} {
		names = append(names, string(a))
	}
	for _, name := range names {
		assert.True(t, documented(name), "docs/plan-json.md documents %q", name)
	}
	for _, name := range jsonMembers {
		assert.Contains(t, names, name, "jsonMembers lists only members of the encoding")
	}

	// The examples read: the minimal plan as a valid plan, the spans as text.
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
	assert.Empty(t, Check(p), "the minimal plan passes the checker too")
}
