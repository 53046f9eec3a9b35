package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// writeAtomic writes data to path as [writeAllAtomic] does.
func writeAtomic(path string, data []byte) error {
	return writeAllAtomic([]string{path}, [][]byte{data})
}

// writeAllAtomic writes each data[i] to paths[i], all or none: every
// document goes first to a synced temporary file beside its path, and only
// when all of them are written are they renamed over their paths. A
// reader never sees half a file, and a failure leaves no new file behind:
// neither a temporary file nor some of the documents without the others.
// (A rename that fails after others succeeded, unlikely beside the
// temporary files' own directory, leaves the earlier outputs replaced
// and the later ones as they were: renames cannot be undone.)
func writeAllAtomic(paths []string, data [][]byte) error {
	for _, path := range paths {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return errorf("không ghi được %s: ở đó đã có một thư mục trùng tên", "cannot write %s: a directory of that name is in the way", path)
		}
	}
	temps := make([]string, 0, len(paths))
	defer func() {
		for _, tmp := range temps {
			os.Remove(tmp) // gone already when renamed
		}
	}()
	for i, path := range paths {
		tmp, err := writeTemp(path, data[i])
		if err != nil {
			return err
		}
		temps = append(temps, tmp)
	}
	var created []string
	for i, path := range paths {
		_, statErr := os.Lstat(path)
		err := os.Rename(temps[i], path)
		pending.done(temps[i])
		if err != nil {
			// Unlikely once the temporary files are written beside their
			// paths; take back the documents this call created.
			for _, c := range created {
				os.Remove(c)
			}
			return err
		}
		if errors.Is(statErr, os.ErrNotExist) {
			created = append(created, path)
		}
	}
	return nil
}

// writeTemp writes data to a new, synced temporary file in path's
// directory and returns its name; on failure it leaves nothing behind.
// The file is created with mode 0666 less the umask, as any file the
// user makes, and named ".kehoach-XXXXXXXX.tmp", short whatever path's
// length, so that an output named up to the system's longest name can be
// written. Until it is renamed or removed, it is listed in pending, which
// a signal clears.
func writeTemp(path string, data []byte) (name string, err error) {
	dir := filepath.Dir(path)
	var tmp *os.File
	for try := 0; ; try++ {
		name = filepath.Join(dir, fmt.Sprintf(".kehoach-%08x.tmp", rand.Uint32()))
		pending.add(name)
		tmp, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil {
			break
		}
		pending.done(name)
		if !errors.Is(err, fs.ErrExist) || try == 100 {
			return "", err
		}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(name)
			pending.done(name)
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", err
	}
	return name, tmp.Close()
}

// sameFile reports whether a and b name one existing file.
func sameFile(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA != nil || errB != nil {
		return errors.Is(errA, os.ErrNotExist) && errors.Is(errB, os.ErrNotExist) && filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(fa, fb)
}

// isAuthoringPlan reports whether a file is a plan in the authoring
// format: it opens with the front matter's "---" line. A Markdown document
// kehoach writes opens with the header table instead.
func isAuthoringPlan(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	head = bytes.TrimPrefix(head[:n], []byte("\uFEFF"))
	return bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n"))
}
