//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The hostile-input review's defects that concern the command: inputs
// that are not files, sizes, signals, the umask, long names and a plan
// given twice.

// Defect 7: a FIFO, a device or an oversized file as the plan or the
// template is refused at once, without reading it.
func TestInputsThatAreNotFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "plan.md")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	tplFIFO := filepath.Join(dir, "mau.docx")
	require.NoError(t, syscall.Mkfifo(tplFIFO, 0o644))
	good := write(t, dir, "good.md", validPlan)
	big := filepath.Join(dir, "big.md")
	require.NoError(t, os.WriteFile(big, bytes.Repeat([]byte("x"), 21<<20), 0o644))

	done := make(chan struct{})
	go func() {
		defer close(done)
		status, _, stderr := runKehoach("check", "-lang", "en", fifo)
		assert.Equal(t, exitUsage, status)
		assert.Contains(t, stderr, "plan.md: not a regular file (a pipe, a device or a socket)")
		status, _, stderr = runKehoach("check", "-lang", "vi", "/dev/zero.md")
		assert.Equal(t, exitUsage, status, stderr)
		status, _, stderr = runKehoach("render", "-lang", "en", "-o", filepath.Join(dir, "out"), "-template", tplFIFO, good)
		assert.Equal(t, exitUsage, status)
		assert.Contains(t, stderr, "mau.docx: not a regular file")
		status, _, stderr = runKehoach("check", "-lang", "en", big)
		assert.Equal(t, exitUsage, status)
		assert.Contains(t, stderr, "big.md is more than 21 MiB, past the limit of 20 MiB (PlanSize)")
		_, _, stderr = runKehoach("check", "-lang", "vi", big)
		assert.Contains(t, stderr, "vượt giới hạn 20 MiB (PlanSize)")
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO blocked")
	}
	link := filepath.Join(dir, "zero.md")
	require.NoError(t, os.Symlink("/dev/zero", link))
	status, _, stderr := runKehoach("check", "-lang", "en", link)
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "zero.md: not a regular file")
}

// Defect 11: outputs respect the umask, an output name as long as the
// system allows is written, and a plan given twice is rendered once.
func TestOutputsUmaskLongNamesDuplicates(t *testing.T) {
	dir := t.TempDir()
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	plan := write(t, dir, "plan.md", validPlan)
	out := filepath.Join(dir, "out")
	status, stdout, stderr := runKehoach("render", "-f", "md", "-o", out, plan, dir+"/./plan.md", plan)
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, 1, strings.Count(stdout, "plan.md"), "rendered once: %s", stdout)
	info, err := os.Stat(filepath.Join(out, "plan.md"))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), info.Mode().Perm(), "0666 less the umask")

	long := strings.Repeat("k", 250) + ".md" // 253 bytes; the .docx output is 255
	write(t, dir, long, validPlan)
	status, _, stderr = runKehoach("render", "-f", "docx", "-o", out, filepath.Join(dir, long))
	require.Equal(t, exitOK, status, stderr)
	assert.FileExists(t, filepath.Join(out, strings.Repeat("k", 250)+".docx"))
	for _, name := range files(t, out) {
		assert.False(t, strings.HasSuffix(name, ".tmp"), name)
	}
}

// Defect 10: SIGINT, SIGTERM, SIGHUP or SIGQUIT while writing leaves no partial or
// temporary file behind.
func TestSignalLeavesNoPartialFile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kehoach")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())
	src, err := os.ReadFile("../../examples/plan-10.md")
	require.NoError(t, err)
	var plans []string
	for i := range 300 {
		plans = append(plans, write(t, dir, "plan-"+string(rune('a'+i%26))+strings.Repeat("x", i/26)+".md", string(src)))
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT} {
		out := filepath.Join(dir, "out-"+sig.String())
		cmd := exec.Command(bin, append([]string{"render", "-f", "pdf,docx", "-o", out}, plans...)...)
		require.NoError(t, cmd.Start())
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) { // wait until it is writing
			if entries, _ := os.ReadDir(out); len(entries) > 4 {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		require.NoError(t, cmd.Process.Signal(sig))
		err := cmd.Wait()
		var exit *exec.ExitError
		require.True(t, errors.As(err, &exit), "stopped by the signal, not finished: %v", err)
		assert.Equal(t, 128+int(sig), exit.ExitCode())
		for _, name := range files(t, out) {
			assert.False(t, strings.HasSuffix(name, ".tmp"), "%s left behind", name)
		}
	}
}
