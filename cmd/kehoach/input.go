package main

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/layout"
)

// errNotRegular is the error of an input that is not a regular file: a
// pipe, a device, a socket. Reading one could block forever (a FIFO
// nobody writes) or never end (/dev/zero).
var errNotRegular = errors.New("not a regular file")

// readInput reads a regular file of at most max bytes. It never blocks on
// a pipe and never reads more than max+1 bytes, whatever the file is.
func readInput(path string, max int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: errNotRegular}
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() { // replaced since it was looked at
		return nil, &fs.PathError{Op: "open", Path: path, Err: errNotRegular}
	}
	if info.Size() > max {
		return nil, &limits.Error{Limit: limitName(max), Max: max, Got: info.Size(), Unit: "bytes",
			What: path + " is", WhatVi: path + " có dung lượng"}
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max { // it grew while read
		return nil, &limits.Error{Limit: limitName(max), Max: max, Got: int64(len(data)), Unit: "bytes",
			What: path + " is", WhatVi: path + " có dung lượng"}
	}
	return data, nil
}

// limitName names the limit a maximum size is.
func limitName(max int64) string {
	switch max {
	case limits.Default().PackageSize:
		return "PackageSize"
	case layout.MaxProfileSize:
		return "MaxProfileSize"
	}
	return "PlanSize"
}

// notRegularMessage words errNotRegular.
func notRegularMessage(path string) msg {
	return msgf("%s: không phải tệp thông thường (là đường ống, thiết bị hoặc socket): hãy chỉ ra một tệp", "%s: not a regular file (a pipe, a device or a socket): give a file", path)
}
