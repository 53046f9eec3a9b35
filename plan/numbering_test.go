package plan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRoman(t *testing.T) {
	want := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"}
	for n := 1; n < len(want); n++ {
		assert.Equal(t, want[n], Roman(n))
	}
	assert.Equal(t, "XL", Roman(40))
	assert.Equal(t, "XCIX", Roman(99))
	assert.Equal(t, "MMXXVI", Roman(2026))
	assert.Equal(t, "MMMCMXCIX", Roman(3999))
	assert.Equal(t, "0", Roman(0), "outside Roman numerals: Arabic digits")
	assert.Equal(t, "4000", Roman(4000))
	for n := 1; n < 4000; n++ {
		got, ok := ParseRoman(Roman(n))
		require.True(t, ok, n)
		require.Equal(t, n, got)
	}
	for _, bad := range []string{"", "IIII", "VX", "IC", "i", "MỤC", "XM"} {
		_, ok := ParseRoman(bad)
		assert.False(t, ok, bad)
	}
}

func TestPointLetters(t *testing.T) {
	// "theo thứ tự bảng chữ cái tiếng Việt": đ after d, no f, j, w, z.
	want := []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"}
	for i, l := range want {
		assert.Equal(t, l, PointLetter(i+1))
		n, ok := ParsePointLetter(l)
		assert.True(t, ok)
		assert.Equal(t, i+1, n)
	}
	for n := 1; n <= 600; n++ {
		l := PointLetter(n)
		assert.NotContains(t, []string{"f", "j", "w", "z"}, l)
		got, ok := ParsePointLetter(l)
		require.True(t, ok, l)
		require.Equal(t, n, got, l)
	}
	assert.Equal(t, "aa", PointLetter(24), "past y the letters double")
	for _, bad := range []string{"f", "j", "w", "z", "A", "1", ""} {
		_, ok := ParsePointLetter(bad)
		assert.False(t, ok, bad)
	}
}

func TestLabelsAndCounter(t *testing.T) {
	assert.Equal(t, "I.", Label(LevelPart, 1))
	assert.Equal(t, "IV.", Label(LevelPart, 4))
	assert.Equal(t, "2.", Label(LevelSection, 2))
	assert.Equal(t, "đ)", Label(LevelPoint, 5))
	assert.Equal(t, "-", Label(LevelSubPoint, 3))

	var c Counter
	got := []string{c.Next(1), c.Next(2), c.Next(2), c.Next(1), c.Next(3), c.Next(3), c.Next(4)}
	assert.Equal(t, []string{"I.", "1.", "2.", "II.", "a)", "b)", "-"}, got)
	assert.Equal(t, "•", c.Next(9), "an out-of-range level does not panic: the deepest mark")
	assert.Equal(t, "•", c.Next(-1))
}

func TestAppendixLabel(t *testing.T) {
	assert.Equal(t, "Phụ lục", AppendixLabel(1, 1))
	assert.Equal(t, "Phụ lục I", AppendixLabel(1, 2))
	assert.Equal(t, "Phụ lục II", AppendixLabel(2, 2))
}
