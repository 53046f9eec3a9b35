package textutil

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// BaseLetter gives what decomposing gives, for every rune the readers
// and the checker fold: the first rune of the canonical decomposition,
// đ and Đ as d and D.
func TestBaseLetter(t *testing.T) {
	assert.Equal(t, 'a', BaseLetter('ấ'))
	assert.Equal(t, 'O', BaseLetter('Ờ'))
	assert.Equal(t, 'd', BaseLetter('đ'))
	assert.Equal(t, 'D', BaseLetter('Đ'))
	assert.Equal(t, 'α', BaseLetter('ά'))
	assert.Equal(t, '中', BaseLetter('中'))
	for r := rune(0x80); r < 0x3000; r++ {
		if r == 'đ' || r == 'Đ' || !unicode.IsPrint(r) {
			continue
		}
		want := []rune(norm.NFD.String(string(r)))[0]
		assert.Equal(t, want, BaseLetter(r), "%U", r)
	}
}
