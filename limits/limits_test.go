package limits_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kehoach/kehoach/limits"
)

func TestOr(t *testing.T) {
	l := limits.Limits{PartSize: 10, Depth: 3}.Or()
	d := limits.Default()
	assert.Equal(t, int64(10), l.PartSize)
	assert.Equal(t, 3, l.Depth)
	assert.Equal(t, d.PlanSize, l.PlanSize)
	assert.Equal(t, d.Placeholders, l.Placeholders)
	assert.Equal(t, d, limits.Limits{}.Or())
}

func TestErrorMessages(t *testing.T) {
	var err error = &limits.Error{Limit: "PartSize", Max: 32 << 20, Got: 3 << 29, Unit: "bytes",
		What: "word/document.xml inflates to", WhatVi: "phần word/document.xml giải nén ra"}
	assert.True(t, errors.Is(err, limits.ErrExceeded))
	assert.Equal(t, "word/document.xml inflates to more than 1.5 GiB, past the limit of 32 MiB (PartSize)", err.Error())
	var le *limits.Error
	assert.True(t, errors.As(err, &le))
	assert.Equal(t, "phần word/document.xml giải nén ra hơn 1.5 GiB, vượt giới hạn 32 MiB (PartSize)", le.Message("vi"))
	count := &limits.Error{Limit: "Depth", Max: 64, Got: 65, What: "the JSON nests", WhatVi: "JSON lồng nhau"}
	assert.Equal(t, "the JSON nests 65, past the limit of 64 (Depth)", count.Error())
	assert.Equal(t, "JSON lồng nhau 65, vượt giới hạn 64 (Depth)", count.Message("vi"))
}

// A program keeps the defaults but allows larger Word files.
func ExampleLimits_Or() {
	l := limits.Limits{PackageSize: 100 << 20}.Or()
	fmt.Println(l.PackageSize>>20, "MiB;", l.PlanSize>>20, "MiB for a plan")
	// Output: 100 MiB; 20 MiB for a plan
}
