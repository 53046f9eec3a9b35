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

// stopSignals are the signals that stop the command: an interrupt, a
// termination, a closed terminal (SIGHUP) and a quit (SIGQUIT, which
// would otherwise dump the goroutines and leave the files behind).
var stopSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// exitOnSignal makes the stop signals remove the pending temporary files
// and exit with 128 plus the signal's number, as a shell reports a
// command a signal stopped.
func exitOnSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	go func() {
		sig := <-ch
		pending.removeAll()
		code := 130
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}
