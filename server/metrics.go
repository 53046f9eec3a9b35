package server

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// durationBuckets are the upper bounds, in seconds, of the render time
// histograms: renders take milliseconds, hostile ones up to seconds.
var durationBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// The reasons a request is refused before its work is done, as the
// rejections counter labels them.
const (
	rejectQueueFull     = "queue_full"     // the queue was full (503)
	rejectQueueTimeout  = "queue_timeout"  // waited for a worker past its time (503)
	rejectRenderTimeout = "render_timeout" // the work passed its time (504)
	rejectTooLarge      = "body_too_large" // the body passed the limit (413)
	rejectSlowBody      = "slow_body"      // the body came too slowly (408)
)

// serverMetrics counts what /metrics reports, in the Prometheus text
// format: requests by route and status, render durations by format,
// renders in flight and waiting, rejections by reason.
type serverMetrics struct {
	mu         sync.Mutex
	requests   map[[2]string]uint64 // route, status
	durations  map[string]*histogram
	rejections map[string]uint64
	gate       *gate
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	count  uint64
}

func newMetrics(g *gate) *serverMetrics {
	return &serverMetrics{
		requests:   map[[2]string]uint64{},
		durations:  map[string]*histogram{},
		rejections: map[string]uint64{rejectQueueFull: 0, rejectQueueTimeout: 0, rejectRenderTimeout: 0, rejectTooLarge: 0, rejectSlowBody: 0},
		gate:       g,
	}
}

// request counts an answered request.
func (m *serverMetrics) request(route string, status int) {
	if route == "" {
		route = "other"
	}
	m.mu.Lock()
	m.requests[[2]string{route, strconv.Itoa(status)}]++
	m.mu.Unlock()
}

// rendered records the time one request's work took in a format.
func (m *serverMetrics) rendered(format string, d time.Duration) {
	s := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	h := m.durations[format]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(durationBuckets)+1)}
		m.durations[format] = h
	}
	i, _ := slices.BinarySearch(durationBuckets, s)
	h.counts[i]++
	h.sum += s
	h.count++
}

// rejected counts a request refused for a reason.
func (m *serverMetrics) rejected(reason string) {
	m.mu.Lock()
	m.rejections[reason]++
	m.mu.Unlock()
}

// serveMetrics answers the metrics in the Prometheus text format.
func (h *handler) serveMetrics(w http.ResponseWriter, r *http.Request) {
	var b bytes.Buffer
	h.metrics.write(&b)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b.Bytes())
}

func (m *serverMetrics) write(b *bytes.Buffer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	header := func(name, kind, help string) {
		fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, kind)
	}

	header("kehoach_http_requests_total", "counter", "HTTP requests answered, by route and status (499: the client went away).")
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return strings.Compare(a[0]+" "+a[1], b[0]+" "+b[1]) })
	for _, k := range keys {
		fmt.Fprintf(b, "kehoach_http_requests_total{route=%s,code=%s} %d\n", label(k[0]), label(k[1]), m.requests[k])
	}

	header("kehoach_render_duration_seconds", "histogram", "Time to read, check and render one plan, by format (preview: the editor's preview and findings).")
	formats := make([]string, 0, len(m.durations))
	for f := range m.durations {
		formats = append(formats, f)
	}
	slices.Sort(formats)
	for _, f := range formats {
		h := m.durations[f]
		var cumulative uint64
		for i, le := range durationBuckets {
			cumulative += h.counts[i]
			fmt.Fprintf(b, "kehoach_render_duration_seconds_bucket{format=%s,le=%s} %d\n", label(f), label(strconv.FormatFloat(le, 'g', -1, 64)), cumulative)
		}
		fmt.Fprintf(b, "kehoach_render_duration_seconds_bucket{format=%s,le=\"+Inf\"} %d\n", label(f), h.count)
		fmt.Fprintf(b, "kehoach_render_duration_seconds_sum{format=%s} %g\n", label(f), h.sum)
		fmt.Fprintf(b, "kehoach_render_duration_seconds_count{format=%s} %d\n", label(f), h.count)
	}

	header("kehoach_renders_in_flight", "gauge", "Requests being read, checked or rendered now.")
	fmt.Fprintf(b, "kehoach_renders_in_flight %d\n", m.gate.working())
	header("kehoach_renders_queued", "gauge", "Requests waiting for a worker now.")
	fmt.Fprintf(b, "kehoach_renders_queued %d\n", m.gate.queued())
	header("kehoach_render_workers", "gauge", "Requests that may be worked on at once.")
	fmt.Fprintf(b, "kehoach_render_workers %d\n", cap(m.gate.slots))

	header("kehoach_rejections_total", "counter", "Requests refused before their work was done, by reason.")
	reasons := make([]string, 0, len(m.rejections))
	for r := range m.rejections {
		reasons = append(reasons, r)
	}
	slices.Sort(reasons)
	for _, r := range reasons {
		fmt.Fprintf(b, "kehoach_rejections_total{reason=%s} %d\n", label(r), m.rejections[r])
	}

	header("go_goroutines", "gauge", "Goroutines that exist now.")
	fmt.Fprintf(b, "go_goroutines %d\n", runtime.NumGoroutine())
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(sample)
	header("go_memory_total_bytes", "gauge", "Memory mapped by the Go runtime (runtime/metrics /memory/classes/total:bytes).")
	fmt.Fprintf(b, "go_memory_total_bytes %d\n", sample[0].Value.Uint64())
	header("go_heap_objects_bytes", "gauge", "Memory held by live and not yet swept heap objects.")
	fmt.Fprintf(b, "go_heap_objects_bytes %d\n", sample[1].Value.Uint64())
	header("go_gc_cycles_total", "counter", "Garbage collections completed.")
	fmt.Fprintf(b, "go_gc_cycles_total %d\n", sample[2].Value.Uint64())
	header("go_memory_limit_bytes", "gauge", "The soft memory limit the collector aims under (GOMEMLIMIT, kehoach serve -memory-limit); 9223372036854775807 for none.")
	fmt.Fprintf(b, "go_memory_limit_bytes %d\n", sample[3].Value.Uint64())
	if rss, ok := residentBytes(); ok {
		header("process_resident_memory_bytes", "gauge", "Resident set size of the process, in bytes.")
		fmt.Fprintf(b, "process_resident_memory_bytes %d\n", rss)
	}
}

// label quotes a label value as the text format escapes it.
func label(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(v) + `"`
}

// residentBytes reads the process's resident set size from
// /proc/self/statm, where there is one (Linux).
func residentBytes() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	fields := strings.Fields(string(b))
	if len(fields) < 2 {
		return 0, false
	}
	pages, err := strconv.ParseInt(fields[1], 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}
