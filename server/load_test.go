package server

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var loadTest = flag.Bool("load", false, "run the load test: build kehoach, serve on loopback, send it 2,000 renders")

// TestLoad sends 2,000 mixed renders (PDF, DOCX, HTML, or the Markdown
// document while there is no HTML writer) of the example plans, 32 at a
// time, to a kehoach serve process on loopback, then 200 one at a time.
// Every request gets its document or 503, and the server's resident
// memory, sampled from /proc as it serves, stays under 300 MB. It logs
// the throughput, the latencies, the server's processor time and its
// collections. KEHOACH_SERVE_ARGS="-memory-limit off" measures it without
// the service's collector policy. Run it with
//
//	go test ./server -run Load -load -v
func TestLoad(t *testing.T) {
	if !*loadTest {
		t.Skip("the load test runs with -load")
	}
	bin := filepath.Join(t.TempDir(), "kehoach")
	build := exec.Command("go", "build", "-o", bin, "../cmd/kehoach")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	// KEHOACH_SERVE_ARGS adds options to the server's command line
	// ("-queue 64", "-workers 4") to compare settings.
	cmd := exec.Command(bin, append([]string{"serve", "-addr", "127.0.0.1:0"}, strings.Fields(os.Getenv("KEHOACH_SERVE_ARGS"))...)...)
	cmd.Stderr = io.Discard
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	base := regexp.MustCompile(`http://\S+/`).FindString(line)
	require.NotEmpty(t, base, line)
	go io.Copy(io.Discard, stdout)

	formats := []string{"pdf", "docx", "html"}
	if _, ok := kehoach.LookupFormat("html"); !ok {
		formats[2] = "md"
		t.Log("no html format in the pipeline: the third of the mix is the Markdown document")
	}
	var plans [][]byte
	for _, name := range testplans.Names {
		plans = append(plans, exampleFile(t, name))
	}

	var peak atomic.Int64
	stop := make(chan struct{})
	var sampled sync.WaitGroup
	sampled.Go(func() {
		for {
			if rss := residentOf(cmd.Process.Pid); rss > peak.Load() {
				peak.Store(rss)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
	client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	for _, run := range []struct {
		name        string
		requests    int
		concurrency int
	}{{"32 at a time", 2000, 32}, {"one at a time", 200, 1}} {
		latencies := make([]time.Duration, run.requests)
		codes := make([]int, run.requests)
		next := atomic.Int64{}
		cpuBefore := processorOf(cmd.Process.Pid)
		start := time.Now()
		var wg sync.WaitGroup
		for range run.concurrency {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= run.requests {
						return
					}
					format := formats[i%len(formats)]
					begin := time.Now()
					res, err := client.Post(base+"v1/render?format="+format, "text/markdown", bytes.NewReader(plans[i%len(plans)]))
					if !assert.NoError(t, err) {
						continue
					}
					body, err := io.ReadAll(res.Body)
					res.Body.Close()
					latencies[i] = time.Since(begin)
					codes[i] = res.StatusCode
					assert.NoError(t, err)
					switch res.StatusCode {
					case http.StatusOK:
						assert.NotEmpty(t, body)
						if format == "pdf" {
							assert.True(t, bytes.HasPrefix(body, []byte("%PDF-")), "request %d", i)
						}
					case http.StatusServiceUnavailable:
						assert.Equal(t, "1", res.Header.Get("Retry-After"))
					default:
						t.Errorf("request %d (%s): %d %s", i, format, res.StatusCode, body)
					}
				}
			})
		}
		wg.Wait()
		elapsed := time.Since(start)
		cpu := processorOf(cmd.Process.Pid) - cpuBefore
		ok := 0
		var served []time.Duration
		for i, c := range codes {
			if c == http.StatusOK {
				ok++
				served = append(served, latencies[i])
			}
		}
		slices.Sort(served)
		pct := func(p float64) time.Duration {
			if len(served) == 0 {
				return 0
			}
			return served[min(len(served)-1, int(p*float64(len(served))))].Round(100 * time.Microsecond)
		}
		t.Logf("%s: %d requests in %v: %.0f documents/s, %d documents, %d busy (503); latency of a document p50 %v, p99 %v",
			run.name, run.requests, elapsed.Round(time.Millisecond), float64(ok)/elapsed.Seconds(), ok, run.requests-ok, pct(0.5), pct(0.99))
		t.Logf("%s: the server's processor time %.1f s, %.1f ms a document", run.name, cpu.Seconds(), cpu.Seconds()*1000/float64(max(ok, 1)))
		assert.Positive(t, ok)
	}
	close(stop)
	sampled.Wait()
	t.Logf("peak resident memory of the server: %.1f MB", float64(peak.Load())/1e6)
	assert.Less(t, peak.Load(), int64(300e6), "the server's memory stays under 300 MB")
	res, err := client.Get(base + "metrics")
	require.NoError(t, err)
	metrics, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, l := range strings.Split(string(metrics), "\n") {
		if strings.HasPrefix(l, "kehoach_rejections_total") || strings.HasPrefix(l, "kehoach_render_duration_seconds_count") ||
			strings.HasPrefix(l, "go_gc_cycles_total") || strings.HasPrefix(l, "go_memory_limit_bytes") {
			t.Log(l)
		}
	}
}

// processorOf reads the processor time a process has used, user and
// system, from /proc (in the kernel's clock ticks, 100 a second).
func processorOf(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command's name, which may hold spaces: the
	// 14th and 15th of the line are utime and stime.
	fields := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(fields) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// residentOf reads a process's resident set size from /proc, in bytes.
func residentOf(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
