package markdown

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// noteLabelSafe says what the regular expression it replaces says.
func TestNoteLabelSafe(t *testing.T) {
	re := regexp.MustCompile(`^[\p{L}\p{N}_-]{1,64}$`)
	for _, label := range []string{"", "1", "ghi-chu_2", "chú-thích", "Ⅻ", "٣", "a b", "a.b", "[1]", "\xff",
		strings.Repeat("ư", 64), strings.Repeat("ư", 65), strings.Repeat("a", 63) + "\u0301", "x\n"} {
		assert.Equal(t, re.MatchString(label), noteLabelSafe(label), "%q", label)
	}
}
