package kehoach_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
)

// builtinFormats are kehoach's own formats, taken before a test registers
// one of its own.
var builtinFormats = kehoach.Formats()

// TestUnprintedTypeRefused: every format of kehoach's refuses a plan of a
// type whose layout kehoach does not print (a quyết định), naming the
// field, and writes nothing.
func TestUnprintedTypeRefused(t *testing.T) {
	require.NotEmpty(t, builtinFormats)
	for _, f := range builtinFormats {
		var buf bytes.Buffer
		errs := plan.AsErrors(kehoach.Render(&buf, testplans.Unprinted(), f.Name))
		require.NotNil(t, errs, f.Name)
		assert.Equal(t, "type", errs[0].Field, f.Name)
		assert.Equal(t, plan.CodeUnsupportedType, errs[0].Code, f.Name)
		assert.Zero(t, buf.Len(), "%s: nothing written", f.Name)
	}
}
