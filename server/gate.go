package server

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// errQueueFull is a request refused because the queue of requests
// waiting for a worker is full.
var errQueueFull = errors.New("queue full")

// errWaitedTooLong is a request that waited for a worker past its time.
var errWaitedTooLong = errors.New("waited too long for a worker")

// gate lets a bounded number of requests work at once and a bounded
// number wait for their turn; the others are refused at once.
type gate struct {
	slots   chan struct{}
	queue   int64
	waiting atomic.Int64
}

func newGate(workers, queue int) *gate {
	return &gate{slots: make(chan struct{}, workers), queue: int64(queue)}
}

// enter takes a worker's place, waiting in the queue if there is room
// there: until a place is free, ctx is done (the client went away or the
// request's time ran out: ctx.Err()), or wait passes (errWaitedTooLong).
// It returns errQueueFull when the queue is full. A nil error must be
// followed by leave.
func (g *gate) enter(ctx context.Context, wait time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case g.slots <- struct{}{}:
		return nil
	default:
	}
	if g.waiting.Add(1) > g.queue {
		g.waiting.Add(-1)
		return errQueueFull
	}
	defer g.waiting.Add(-1)
	timer := time.NewTimer(wait)
	defer timer.Stop()
	select {
	case g.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return errWaitedTooLong
	}
}

// leave gives the worker's place back.
func (g *gate) leave() { <-g.slots }

// working returns how many requests hold a worker's place.
func (g *gate) working() int { return len(g.slots) }

// queued returns how many requests wait for one.
func (g *gate) queued() int64 { return g.waiting.Load() }
