package textutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// The fast NFC scan agrees with the general check on every character of
// the Basic Multilingual Plane, alone and after a base letter.
func TestPlainNFCAgreesWithNorm(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), "ơ" + string(r), string(r) + "\u0301"} {
			if plainNFC(s) && !norm.NFC.IsNormalString(s) {
				t.Fatalf("plainNFC(%q) says NFC, norm disagrees", s)
			}
		}
	}
	assert.True(t, plainNFC("Kế hoạch “thi đua” – năm 2022 €"))
	assert.False(t, plainNFC("Ha\u0300"), "a combining mark needs the full check")
	assert.True(t, IsNFC("😀 Kế hoạch"), "the full check decides what the scan does not know")
	assert.False(t, IsNFC("Ha\u0300"))
}
