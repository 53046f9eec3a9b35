package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The lexicon keeps words of two syllables or more, of letters only, in
// lower case and the new tone style, sorted by bytes (as the binary
// search compares), once each.
func TestBuild(t *testing.T) {
	src := "\uFEFFa\nác cảm\nVăn hoá\nvăn hóa\nabscess\nquy tập\nsố 1 a\nkinh tế - xã hội\n"
	assert.Equal(t, []string{"quy tập", "văn hóa", "ác cảm"}, build([]byte(src)))
}
