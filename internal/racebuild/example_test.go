package racebuild_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/racebuild"
)

func Example() {
	if racebuild.Enabled {
		fmt.Println("instrumented")
		return
	}
	fmt.Println("plain")
}
