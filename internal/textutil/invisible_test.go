package textutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropIgnorable(t *testing.T) {
	for in, want := range map[string]string{
		"Văn bản":                      "Văn bản",
		"Văn\u200b bản\u00ad số\u2060": "Văn bản số",
		"\ufeffđầu\ufe0f":              "đầu",
		"tên \u2067fed\u2069":          "tên \u2067fed\u2069", // bidi controls stay, for the checker
		"\u200b":                       "",
	} {
		assert.Equal(t, want, DropIgnorable(in), "%q", in)
	}
}
