package lazyregexp

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompiledOnFirstUse(t *testing.T) {
	r := New(`a(b+)`)
	assert.Nil(t, r.rx, "nothing is compiled by New")
	assert.Equal(t, "abb", r.FindString("xabbx"))
	require.NotNil(t, r.rx)
	first := r.rx
	assert.True(t, r.MatchString("ab"))
	assert.Same(t, first, r.Regexp(), "compiled once")
}

func TestConcurrentFirstUse(t *testing.T) {
	r := New(`\d+`)
	var wg sync.WaitGroup
	got := make([]string, 16)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = r.FindString("so 125")
		}()
	}
	wg.Wait()
	for _, g := range got {
		assert.Equal(t, "125", g)
	}
}

func TestBadPatternPanicsOnUse(t *testing.T) {
	r := New(`(`)
	assert.Panics(t, func() { r.MatchString("x") })
}
