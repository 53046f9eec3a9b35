package main

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// tempFiles lists the temporary files being written, so that a signal
// that stops the command takes them away: no partial file stays behind.
type tempFiles struct {
	mu    sync.Mutex
	names map[string]bool
}

// pending are the command's temporary files.
var pending = &tempFiles{names: map[string]bool{}}

func (t *tempFiles) add(name string) {
	t.mu.Lock()
	t.names[name] = true
	t.mu.Unlock()
}

func (t *tempFiles) done(name string) {
	t.mu.Lock()
	delete(t.names, name)
	t.mu.Unlock()
}

// removeAll removes every pending file and keeps the lock, so that no
// new one starts while the command exits.
func (t *tempFiles) removeAll() {
	t.mu.Lock()
	for name := range t.names {
		os.Remove(name)
	}
}

// exitOnSignal makes SIGINT and SIGTERM remove the pending temporary
// files and exit with 128 plus the signal's number, as a shell reports a
// command a signal stopped.
func exitOnSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-ch
		pending.removeAll()
		code := 130
		if sig == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}()
}
