package mdescape

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark/util"
)

// TestUnescapeShortcut: text without a backslash, an ampersand or a NUL is
// what the writer would have given back, HTML's special characters and
// all, so skipping the writer for it changes nothing.
func TestUnescapeShortcut(t *testing.T) {
	for _, s := range []string{
		"", "Kế hoạch số 125/KH-UBND", `a < b > c "d" 'e'`, "30% <=> 50%", "→ ≥ ✓ №",
		"  khoảng   trắng  ", "dòng\nmới", "\u00a0\u200b\ufeff",
	} {
		assert.Equal(t, resolve([]byte(s)), Unescape([]byte(s)), "%q", s)
		assert.Equal(t, s, Unescape([]byte(s)))
	}
}

// TestUnescapeResolves: escapes, entities and NUL are still resolved.
func TestUnescapeResolves(t *testing.T) {
	for in, want := range map[string]string{
		`1\. Mục`:        "1. Mục",
		"R&amp;D":        "R&D",
		"&#7871;":        "ế",
		"a\x00b":         "a\ufffdb",
		`\*không đậm\*`:  "*không đậm*",
		"AT&T":           "AT&T",
		`đường dẫn C:\x`: `đường dẫn C:\x`,
	} {
		assert.Equal(t, want, Unescape([]byte(in)), "%q", in)
	}
}

// TestUnescapeAgreesWithWriter: on texts made of the characters that
// matter (escapes, entities, NUL, HTML's specials, a Vietnamese letter),
// the shortcuts give what goldmark's writer gives.
func TestUnescapeAgreesWithWriter(t *testing.T) {
	pieces := []string{`\`, "&", "#", ";", "x", "2", "amp", "a", "*", ".", "\x00", "ế", "<", `"`, " ", "D", "1234", "copy", "TT", "AMP", "GT"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(9) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, resolve([]byte(s)), Unescape([]byte(s)), "%q", s)
	}
}

// TestUpperEntities: upperEntities are exactly the entity names in
// capitals of the standard library's HTML5 table, and goldmark knows each.
func TestUpperEntities(t *testing.T) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skipf("go env GOROOT: %v: the list is not compared with the standard library's", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "src", "html", "entity.go"))
	if err != nil {
		t.Skipf("the standard library's source is not at hand (%v): the list is not compared", err)
	}
	want := map[string]bool{}
	for _, m := range regexp.MustCompile(`"([A-Z]+);"`).FindAllStringSubmatch(string(src), -1) {
		want[m[1]] = true
	}
	assert.Equal(t, want, upperEntities)
	for name := range upperEntities {
		_, ok := util.LookUpHTML5EntityByName(name)
		assert.True(t, ok, name)
	}
}

// TestAgencyAbbreviations: "&" in an agency's abbreviation is text, and
// such text takes the shortcut.
func TestAgencyAbbreviations(t *testing.T) {
	for _, s := range []string{"Sở TT&TT; Phòng VH&TT,", "Bộ NN&PTNT;", "KH&ĐT;", "R&D"} {
		assert.False(t, hasEntity([]byte(s)), s)
		assert.Equal(t, s, Unescape([]byte(s)))
	}
	assert.True(t, hasEntity([]byte("A&AMP;B")))
	assert.Equal(t, "A&B", Unescape([]byte("A&AMP;B")))
}
