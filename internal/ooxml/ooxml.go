// Package ooxml reads and writes the zip packages of Office Open XML
// documents (.docx) within [limits.Limits]: the file's size, the number of
// entries, what each part and all of them inflate to (checked while
// inflating, not only as the entries declare it), so that a zip bomb is an
// error after a bounded amount of work and memory. A package read here
// never carries entries with unsafe names ("../x", "/x", "a\b", "C:x")
// or macros into what is written back.
package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"path"
	"strings"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/limits"
)

// Part is one entry of a package.
type Part struct {
	// Name is the entry's name, e.g. "word/document.xml".
	Name string
	// Data is the inflated content of a loaded part (see [Read]), nil for
	// a part kept as it came.
	Data  []byte
	file  *zip.File
	dirty bool
}

// Package is a read package: its parts in the order of the archive.
type Package struct {
	parts []*Part
	index map[string]*Part
}

// ErrNotPackage is wrapped by the error of data that is not a zip
// package at all.
var ErrNotPackage = errors.New("not a zip package")

// Read reads a package from data within lim (its zero fields taken from
// [limits.Default]). It inflates the parts load says to keep (all XML
// parts, typically), and inflates the others into nothing, only to
// check their size and checksum. Entries with unsafe names and directory
// entries are left out.
func Read(data []byte, lim limits.Limits, load func(name string) bool) (*Package, error) {
	lim = lim.Or()
	if int64(len(data)) > lim.PackageSize {
		return nil, &limits.Error{Limit: "PackageSize", Max: lim.PackageSize, Got: int64(len(data)), Unit: "bytes",
			What: "the file is", WhatVi: "tệp có dung lượng"}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%w: %v", ErrNotPackage, err)
	}
	if n := len(zr.File); n > lim.PackageEntries {
		return nil, &limits.Error{Limit: "PackageEntries", Max: int64(lim.PackageEntries), Got: int64(n),
			What: "the package's entries number", WhatVi: "số mục trong gói là"}
	}
	p := &Package{index: map[string]*Part{}}
	var declared, inflated int64
	for _, f := range zr.File {
		if !SafeName(f.Name) || strings.HasSuffix(f.Name, "/") || p.index[f.Name] != nil {
			continue
		}
		if f.UncompressedSize64 > uint64(lim.PartSize) {
			return nil, partError(f.Name, lim.PartSize, int64(min(f.UncompressedSize64, 1<<62)))
		}
		declared += int64(f.UncompressedSize64)
		if declared > lim.PackageInflated {
			return nil, totalError(lim.PackageInflated, declared)
		}
		part := &Part{Name: f.Name, file: f}
		var sink io.Writer = io.Discard
		var buf bytes.Buffer
		if load(f.Name) {
			// The declared size, already within PartSize and, with the
			// other parts', within PackageInflated: a header that lies
			// costs no more than the limits allow, and an honest one is
			// read without copying (bytes.MinRead more for the read
			// that finds the end).
			buf.Grow(int(f.UncompressedSize64) + bytes.MinRead)
			sink = &buf
		}
		remaining := lim.PackageInflated - inflated
		n, err := inflate(f, sink, min(lim.PartSize, remaining))
		switch {
		case errors.Is(err, errTooLarge) && remaining < lim.PartSize:
			return nil, totalError(lim.PackageInflated, inflated+n)
		case errors.Is(err, errTooLarge):
			return nil, partError(f.Name, lim.PartSize, n)
		case err != nil:
			return nil, fmt.Errorf("%w: %s: %v", ErrNotPackage, f.Name, err)
		}
		inflated += n
		if sink == &buf {
			part.Data = buf.Bytes()
			if utf16, ok := fromUTF16(part.Data); ok {
				part.Data = utf16
				part.dirty = true // written back as UTF-8
			}
		}
		p.parts = append(p.parts, part)
		p.index[f.Name] = part
	}
	return p, nil
}

var errTooLarge = errors.New("too large")

// fromUTF16 returns an XML part saved in UTF-16 (which XML allows and
// Word never writes) in UTF-8, its declaration saying so, and whether it
// was UTF-16: the parts' text is read and searched as UTF-8.
func fromUTF16(data []byte) ([]byte, bool) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{'<', 0, '?', 0}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0, '<', 0, '?'}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	default:
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false
	}
	return utf16Declaration.ReplaceAll(out, []byte(`${1}UTF-8$2`)), true
}

var utf16Declaration = lazyregexp.New(`(?i)(<\?xml[^>]*encoding=["'])UTF-16(["'])`)

// inflate copies f's content to w, failing with errTooLarge past max
// bytes; the zip reader checks the checksum at the end.
func inflate(f *zip.File, w io.Writer, max int64) (int64, error) {
	rc, err := f.Open()
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	n, err := io.Copy(w, io.LimitReader(rc, max+1))
	if err != nil {
		return n, err
	}
	if n > max {
		return n, errTooLarge
	}
	return n, nil
}

func partError(name string, max, got int64) error {
	return &limits.Error{Limit: "PartSize", Max: max, Got: got, Unit: "bytes",
		What: name + " inflates to", WhatVi: "phần " + name + " giải nén ra"}
}

func totalError(max, got int64) error {
	return &limits.Error{Limit: "PackageInflated", Max: max, Got: got, Unit: "bytes",
		What: "the package's parts inflate to", WhatVi: "các phần của gói giải nén ra"}
}

// SafeName reports whether an entry's name is one a package may carry: a
// relative path with forward slashes that stays inside the package (no
// "..", no leading "/", no backslash, no drive letter, no NUL).
func SafeName(name string) bool {
	if name == "" || strings.ContainsAny(name, "\\\x00:") || strings.HasPrefix(name, "/") {
		return false
	}
	for _, seg := range strings.Split(name, "/") {
		if seg == ".." || seg == "." {
			return false
		}
	}
	return path.Clean(name) == strings.TrimSuffix(name, "/")
}

// Names returns the parts' names in order.
func (p *Package) Names() []string {
	out := make([]string, len(p.parts))
	for i, part := range p.parts {
		out[i] = part.Name
	}
	return out
}

// Has reports whether the package has a part.
func (p *Package) Has(name string) bool { return p.index[name] != nil }

// Get returns a loaded part's content, or false when the part is missing
// or was not loaded.
func (p *Package) Get(name string) ([]byte, bool) {
	part := p.index[name]
	if part == nil || part.Data == nil && !part.dirty {
		return nil, false
	}
	return part.Data, true
}

// Set replaces a part's content, or adds the part at the end.
func (p *Package) Set(name string, data []byte) {
	if part := p.index[name]; part != nil {
		part.Data, part.dirty = data, true
		return
	}
	part := &Part{Name: name, Data: data, dirty: true}
	p.parts = append(p.parts, part)
	p.index[name] = part
}

// Remove takes a part out.
func (p *Package) Remove(name string) {
	if p.index[name] == nil {
		return
	}
	delete(p.index, name)
	for i, part := range p.parts {
		if part.Name == name {
			p.parts = append(p.parts[:i], p.parts[i+1:]...)
			break
		}
	}
}

// modified is the time every entry written carries: fixed, so that the
// same package gives the same bytes.
var modified = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Write writes the package: parts that were set are deflated, the others
// copied as they came, compressed or not. The output is deterministic.
func (p *Package) Write(w io.Writer) error {
	zw := zip.NewWriter(w)
	for _, part := range p.parts {
		if part.dirty || part.file == nil {
			fw, err := zw.CreateHeader(&zip.FileHeader{Name: part.Name, Method: zip.Deflate, Modified: modified})
			if err != nil {
				return err
			}
			if _, err := fw.Write(part.Data); err != nil {
				return err
			}
			continue
		}
		f := part.file
		fh := &zip.FileHeader{Name: part.Name, Method: f.Method, Modified: modified, CRC32: f.CRC32,
			CompressedSize64: f.CompressedSize64, UncompressedSize64: f.UncompressedSize64}
		if f.Method != zip.Store && f.Method != zip.Deflate { // a method Word does not write: store it inflated
			data, _ := p.inflated(part)
			fh.Method, fh.CRC32 = zip.Store, crc32.ChecksumIEEE(data)
			fh.CompressedSize64, fh.UncompressedSize64 = uint64(len(data)), uint64(len(data))
			fw, err := zw.CreateRaw(fh)
			if err == nil {
				_, err = fw.Write(data)
			}
			if err != nil {
				return err
			}
			continue
		}
		raw, err := f.OpenRaw()
		if err != nil {
			return err
		}
		fw, err := zw.CreateRaw(fh)
		if err != nil {
			return err
		}
		if _, err := io.Copy(fw, raw); err != nil {
			return err
		}
	}
	return zw.Close()
}

// inflated returns a part's content, inflating it when it was not
// loaded (Read checked its size already).
func (p *Package) inflated(part *Part) ([]byte, error) {
	if part.Data != nil {
		return part.Data, nil
	}
	var buf bytes.Buffer
	_, err := inflate(part.file, &buf, int64(part.file.UncompressedSize64))
	return buf.Bytes(), err
}

// macroPart matches the parts that hold or describe macros and ActiveX
// code, which a document kehoach writes never carries.
var macroPart = lazyregexp.New(`(?i)(^|/)(vbaProject\.bin|vbaData\.xml|activeX\d*\.(xml|bin))(\.rels)?$|(^|/)_rels/vbaProject\.bin\.rels$`)

// IsMacro reports whether a part holds macros or ActiveX code.
func IsMacro(name string) bool { return macroPart.MatchString(name) }
