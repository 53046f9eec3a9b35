package main

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// progress shows "[n/total] file" on one line of a terminal while many
// files render; it is silent when stderr is not a terminal or there is
// only one file.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	n     int
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	return &progress{w: w, total: total, on: total > 1 && isTerminal(w)}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func (p *progress) done(file string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.n++
	if p.on {
		fmt.Fprintf(p.w, "\r\033[K[%d/%d] %s", p.n, p.total, file)
	}
}

func (p *progress) finish() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
