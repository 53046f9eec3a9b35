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

// TestUnprintedTypeRefused: every format refuses a plan of a type whose
// layout kehoach does not print (a quyết định), naming the field, and
// writes nothing.
func TestUnprintedTypeRefused(t *testing.T) {
	for _, f := range kehoach.Formats() {
		var buf bytes.Buffer
		errs := plan.AsErrors(kehoach.Render(&buf, testplans.Unprinted(), f.Name))
		require.NotNil(t, errs, f.Name)
		assert.Equal(t, "type", errs[0].Field, f.Name)
		assert.Equal(t, plan.CodeUnsupportedType, errs[0].Code, f.Name)
		assert.Zero(t, buf.Len(), "%s: nothing written", f.Name)
	}
}
