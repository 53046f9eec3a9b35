//go:build unix

package docx

import (
	"os/exec"
	"syscall"
)

// isolate runs the command in a process group of its own and kills the
// whole group when its context ends: soffice starts soffice.bin, which
// killing soffice alone leaves running.
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
