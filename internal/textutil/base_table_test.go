package textutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBaseTableCurrent: the generated table is the canonical
// decomposition's first rune for every letter it covers, and covers
// Vietnamese's. When it fails, run go generate ./internal/textutil.
func TestBaseTableCurrent(t *testing.T) {
	for r := rune(0xC0); r <= 0x24F; r++ {
		assert.Equal(t, firstOfNFD(r), rune(latinBases[r-0xC0]), "U+%04X: go generate ./internal/textutil", r)
	}
	for r := rune(0x1E00); r <= 0x1EFF; r++ {
		assert.Equal(t, firstOfNFD(r), rune(latinAdditionalBases[r-0x1E00]), "U+%04X: go generate ./internal/textutil", r)
	}
	for in, want := range map[rune]rune{'ấ': 'a', 'Ờ': 'O', 'ữ': 'u', 'ỹ': 'y', 'Ặ': 'A', 'é': 'e', 'ơ': 'o', 'Ư': 'U', 'đ': 'd', 'Đ': 'D', 'ß': 'ß', 'ǘ': 'u', 'ά': 'α'} {
		assert.Equal(t, want, BaseLetter(in), "%c", in)
	}
}
