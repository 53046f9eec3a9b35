package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/gcpolicy"
	"github.com/kehoach/kehoach/internal/langcheck"
	"github.com/kehoach/kehoach/plan"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serve's usage errors and help, in each language, with nothing of the
// other.
func TestServeUsage(t *testing.T) {
	for _, c := range []struct {
		args   string
		status int
	}{
		{"serve -h", exitOK}, {"serve -workers 0", exitUsage}, {"serve -max-body 5XB", exitUsage},
		{"serve plan.md", exitUsage}, {"serve -memory-limit 5XB", exitUsage}, {"serve -public-url ftp://x", exitUsage}, {"serve -addr", exitUsage}, {"serve -bogus", exitUsage}, {"serve -addr 256.1.1.1:99999", exitUsage},
	} {
		for _, lang := range []string{"vi", "en"} {
			args := append(strings.Fields(c.args), "-lang", lang)
			if c.args == "serve -addr" {
				args = []string{"serve", "-lang", lang, "-addr"}
			}
			status, stdout, stderr := runKehoach(args...)
			assert.Equal(t, c.status, status, "%v: %s", args, stderr)
			assert.NotEmpty(t, stderr, args)
			if lang == "en" {
				assert.Empty(t, langcheck.Vietnamese(stdout+stderr), args)
			} else {
				assert.Empty(t, langcheck.English(stdout+stderr), args)
			}
		}
	}
	_, _, stderr := runKehoach("serve", "-h", "-lang", "en")
	for _, option := range []string{"-addr", "-token", "-max-body", "-workers", "-queue", "-timeout", "-cors", "-drain", "-healthcheck", "-memory-limit", "-public-url"} {
		assert.Contains(t, stderr, "\n  "+option, option)
	}
	_, stdout, _ := runKehoach("help")
	assert.Contains(t, stdout, "kehoach serve")
}

// Sizes for -max-body.
func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{"5MiB": 5 << 20, "512KiB": 512 << 10, "1048576": 1 << 20, "2MB": 2e6, "10 MiB": 10 << 20} {
		var b byteSize
		require.NoError(t, b.Set(in), in)
		assert.Equal(t, want, int64(b), in)
	}
	for _, in := range []string{"", "0", "-1", "5XB", "1.5MiB", "99999999999GiB"} {
		var b byteSize
		assert.Error(t, b.Set(in), in)
	}
}

// -memory-limit: a size, or off; unset, the service's default policy.
func TestMemoryLimitOption(t *testing.T) {
	for args, want := range map[string]int64{"": 0, "-memory-limit 192MiB": 192 << 20, "-memory-limit off": -1, "-memory-limit OFF": -1, "-memory-limit 1GiB": 1 << 30} {
		var stderr bytes.Buffer
		o, _, ok := parseServe(strings.Fields(args), &stderr)
		require.True(t, ok, "%q: %s", args, stderr.String())
		assert.Equal(t, want, o.memoryLimit, args)
	}
	for _, bad := range []string{"0", "-1", "auto", "12%"} {
		var stderr bytes.Buffer
		_, status, ok := parseServe([]string{"-memory-limit", bad}, &stderr)
		assert.False(t, ok, bad)
		assert.Equal(t, exitUsage, status, bad)
	}
	assert.Equal(t, "192MiB", limitWords(192<<20))
	assert.Equal(t, "off", limitWords(math.MaxInt64))
	assert.Equal(t, "1000000", limitWords(1e6))
}

// syncBuffer is a buffer written by the server and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingAt = regexp.MustCompile(`(?:serving at|đang phục vụ tại) (http://\S+/)`)

// waitServing returns the server's address once it prints it.
func waitServing(t *testing.T, out interface{ String() string }) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingAt.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the server did not start: %s", out.String())
	return ""
}

// A stop drains: /healthz answers 503 while the server still serves for
// -drain, the request in flight is finished and answered, and serve
// returns 0; a log line was written for each request.
func TestServeDrains(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	kehoach.RegisterFormat(kehoach.Format{Name: "test-slow", Ext: ".txt", MediaType: "text/plain", OnRequest: true,
		Write: func(w io.Writer, p *plan.Plan, _ *kehoach.Settings) error {
			started <- struct{}{}
			<-release
			_, err := io.WriteString(w, p.Subject)
			return err
		}})
	ctx, stop := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	o, status, ok := parseServe([]string{"-addr", "127.0.0.1:0", "-drain", "400ms", "-lang", "en"}, &stderr)
	require.True(t, ok, "%d %s", status, stderr.String())
	exited := make(chan int)
	go func() { exited <- serve(ctx, o, &stdout, &stderr) }()
	base := waitServing(t, &stdout)

	inFlight := make(chan *http.Response)
	go func() {
		res, err := http.Post(base+"v1/render?format=test-slow", "text/markdown", strings.NewReader(validPlan))
		if !assert.NoError(t, err) {
			close(inFlight)
			return
		}
		inFlight <- res
	}()
	<-started
	stop()
	deadline := time.Now().Add(5 * time.Second)
	for {
		res, err := http.Get(base + "healthz")
		require.NoError(t, err, "still listening while draining")
		res.Body.Close()
		if res.StatusCode == http.StatusServiceUnavailable {
			break
		}
		require.True(t, time.Now().Before(deadline), "healthz never answered 503")
		time.Sleep(10 * time.Millisecond)
	}
	close(release)
	res := <-inFlight
	require.NotNil(t, res)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "Phát động phong trào thi đua", string(body))
	select {
	case status := <-exited:
		assert.Equal(t, exitOK, status, stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not return")
	}
	assert.Contains(t, stdout.String(), "stopped")
	logs := stderr.String()
	assert.Regexp(t, `msg=http id=[0-9a-f]{16} method=POST route=/v1/render status=200 bytes=\d+ duration=\S+ format=test-slow`, logs)
	assert.Regexp(t, `route=/healthz status=503`, logs)
	_, err := http.Get(base + "healthz")
	assert.Error(t, err, "no longer listening")
}

// The built command stops on SIGTERM with status 0, and -healthcheck
// tells a serving server from a stopped one. It serves under the
// service's collector policy, a soft memory limit (gcpolicy.Service),
// logged at start and reported by /metrics, when the environment sets
// neither GOGC nor GOMEMLIMIT.
func TestServeSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "kehoach")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0", "-token", "t0ken")
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "GOGC=") || strings.HasPrefix(kv, "GOMEMLIMIT=")
	})
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr syncBuffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	m := servingAt.FindStringSubmatch(line)
	require.NotNil(t, m, line)
	addr := strings.TrimSuffix(strings.TrimPrefix(m[1], "http://"), "/")

	req, _ := http.NewRequest(http.MethodPost, m[1]+"v1/check", strings.NewReader(validPlan))
	req.Header.Set("Content-Type", "text/markdown")
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusUnauthorized, res.StatusCode, "the token is required")
	req, _ = http.NewRequest(http.MethodPost, m[1]+"v1/check", strings.NewReader(validPlan))
	req.Header.Set("Content-Type", "text/markdown")
	req.Header.Set("Authorization", "Bearer t0ken")
	res, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)

	status, _, _ := runKehoach("serve", "-healthcheck", "-addr", addr)
	assert.Equal(t, exitOK, status)

	limit := gcpolicy.ServiceLimit()
	assert.Contains(t, stderr.String(), fmt.Sprintf("msg=gc memory_limit=%s gogc=%d\n", limitWords(limit), gcpolicy.Percent))
	res, err = http.Get(m[1] + "metrics")
	require.NoError(t, err)
	metrics, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Contains(t, string(metrics), fmt.Sprintf("\ngo_memory_limit_bytes %d\n", limit))

	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	done := make(chan error)
	go func() { io.Copy(io.Discard, stdout); done <- cmd.Wait() }()
	select {
	case err := <-done:
		assert.NoError(t, err, "exit status 0: %s", stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("no exit after SIGTERM")
	}
	assert.Contains(t, stderr.String(), "route=/v1/check status=200")
	status, _, _ = runKehoach("serve", "-healthcheck", "-addr", addr)
	assert.Equal(t, exitInvalid, status, "nothing serves there any more")
}

// TestServeWorkersDefault: -workers defaults to the CPUs the process may
// use (GOMAXPROCS, which follows a container's CPU limit), not to the
// machine's CPUs; GOMAXPROCS is set above NumCPU so that they differ.
func TestServeWorkersDefault(t *testing.T) {
	procs := runtime.NumCPU() + 3
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	var stderr bytes.Buffer
	o, _, ok := parseServe(nil, &stderr)
	require.True(t, ok, stderr.String())
	assert.Equal(t, procs, o.workers)
}
