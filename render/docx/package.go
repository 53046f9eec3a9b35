package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"sync"
	"time"

	"github.com/kehoach/kehoach/render/layout"
)

// Namespaces and the XML declaration every part starts with.
const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// compressed is a part deflated once, written as is into every package.
type compressed struct {
	name string
	data []byte // raw deflate stream
	crc  uint32
	size uint64
}

// partTime is every part's modification time: 1 January 1980, the
// earliest date a zip entry can carry. A fixed time keeps the output
// byte-identical from run to run.
var partTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// deflate compresses a part with a pooled compressor.
func deflate(name string, content []byte) compressed {
	var buf bytes.Buffer
	w, _ := fastCompressor(&buf)
	_, _ = w.Write(content)
	_ = w.Close()
	return compressed{name: name, data: buf.Bytes(), crc: crc32.ChecksumIEEE(content), size: uint64(len(content))}
}

// staticParts are the template parts that never change, compressed when
// kehoach was built (staticparts_gen.go).
func staticParts() []compressed { return staticPartData }

// defaultStyles is the styles part of the default layout, compressed once
// per process; a document with other layout numbers builds its own.
var defaultStyles = sync.OnceValue(func() compressed {
	l := layout.Default()
	return deflate("word/styles.xml", stylesXML(&l))
})

// flaters reuses deflate state between documents: allocating it is most of
// the cost of compressing a small part.
var flaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

type pooledFlater struct{ *flate.Writer }

func (p pooledFlater) Close() error {
	err := p.Writer.Close()
	flaters.Put(p.Writer)
	return err
}

func fastCompressor(w io.Writer) (io.WriteCloser, error) {
	f := flaters.Get().(*flate.Writer)
	f.Reset(w)
	return pooledFlater{f}, nil
}

// pkg assembles the zip package.
type pkg struct {
	zw *zip.Writer
}

func newPkg(w io.Writer) *pkg {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, fastCompressor)
	return &pkg{zw: zw}
}

// raw writes a precompressed part.
func (p *pkg) raw(c compressed) error {
	fh := &zip.FileHeader{Name: c.name, Method: zip.Deflate, CRC32: c.crc,
		CompressedSize64: uint64(len(c.data)), UncompressedSize64: c.size, Modified: partTime}
	w, err := p.zw.CreateRaw(fh)
	if err != nil {
		return err
	}
	_, err = w.Write(c.data)
	return err
}

// part compresses and writes a part built for this document.
func (p *pkg) part(name string, content []byte) error {
	w, err := p.zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: partTime})
	if err != nil {
		return err
	}
	_, err = w.Write(content)
	return err
}

func (p *pkg) close() error { return p.zw.Close() }

// static writes a static part, or the part that replaces it (a package
// with pictures has its own content types and relationships).
func (p *pkg) static(c compressed, replaced map[string][]byte) error {
	if data, ok := replaced[c.name]; ok {
		return p.part(c.name, data)
	}
	return p.raw(c)
}
