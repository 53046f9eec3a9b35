// Package picture reads the two images an electronic document carries
// (Decree 30/2020/NĐ-CP, Phụ lục I, mục II.7.d and II.8.a): the signer's
// signature, placed between the position and the name (ô 7c), and the
// agency's seal, placed over the signature's left third (ô 8). The
// writers (render/pdf, render/docx, render/html) place what [Read]
// returns in the boxes the layout reserves.
//
// The decree asks each image to be a PNG with a transparent background,
// the signature blue ("màu xanh"), the seal red ("màu đỏ") and at its
// real size. [Read] refuses a file that is not a PNG (a JPEG renamed
// .png, anything else) or that cannot be read, with an [*Error] in
// Vietnamese and English; it warns, with a [Warning] in both languages,
// where a readable PNG breaks the decree: no transparency (neither an
// alpha channel nor a tRNS chunk, or not one transparent pixel), or ink
// of another colour, judged from the opaque pixels' dominant hue. The
// writers draw each image fitted into its box, its proportions kept
// (layout.Layout.Signing): the seal's box is the layout's seal diameter
// (layout.Layout.SealDiameter), whatever its pixels.
//
// The picture a writer places is the file read again and written anew:
// 8 bits a channel, not interlaced, without the file's metadata, so that
// every writer can embed it; the same file gives the same bytes, and the
// same [Picture.Name].
package picture

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image/png"

	"github.com/kehoach/kehoach/limits"
)

// Role is what an image is on the document.
type Role int

// The roles.
const (
	// Signature is the signer's signature image (ô 7c): blue.
	Signature Role = iota
	// Seal is the issuing agency's seal image (ô 8): red.
	Seal
)

// String names the role as the places record does: "signature", "seal".
func (r Role) String() string {
	if r == Seal {
		return "seal"
	}
	return "signature"
}

// words names the role in Vietnamese and English, for messages.
func (r Role) words() (vi, en string) {
	if r == Seal {
		return "ảnh dấu", "the seal image"
	}
	return "ảnh chữ ký", "the signature image"
}

// Picture is an image read and checked, ready to place.
type Picture struct {
	Role Role
	// PNG is the image written anew: 8 bits a channel, not interlaced,
	// without metadata.
	PNG []byte
	// Name is the same for the same image: the role and the start of
	// its PNG's SHA-256, "signature-3f2a…".
	Name string
	// Width and Height are its size in pixels.
	Width, Height int
}

// Read reads an image of the given role within the limits (the zero
// value is [limits.Default]): a PNG, which it writes anew, and the
// warnings of what the decree asks of it. A file that is not a PNG, too
// large or unreadable is an [*Error].
func Read(data []byte, role Role, lim limits.Limits) (*Picture, []Warning, error) {
	lim = lim.Or()
	vi, en := role.words()
	if int64(len(data)) > lim.ImageSize {
		return nil, nil, &limits.Error{Limit: "ImageSize", Max: lim.ImageSize, Got: int64(len(data)),
			What: en + " is", WhatVi: vi + " có", Unit: "bytes"}
	}
	if !bytes.HasPrefix(data, pngSignature) {
		return nil, nil, notPNG(data, role)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, nil, unreadable(role, err)
	}
	if px := int64(cfg.Width) * int64(cfg.Height); px > lim.ImagePixels {
		return nil, nil, &limits.Error{Limit: "ImagePixels", Max: lim.ImagePixels, Got: px,
			What: en + " has pixels:", WhatVi: vi + " có số điểm ảnh"}
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, nil, unreadable(role, err)
	}
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, img); err != nil {
		return nil, nil, unreadable(role, err)
	}
	sum := sha256.Sum256(out.Bytes())
	pic := &Picture{Role: role, PNG: out.Bytes(), Name: role.String() + "-" + hex.EncodeToString(sum[:8]),
		Width: cfg.Width, Height: cfg.Height}
	return pic, check(img, declaresTransparency(data), role), nil
}

// pngSignature opens every PNG file.
var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// declaresTransparency reports whether a PNG file can hold transparent
// pixels: a colour type with an alpha channel (4, 6) or a tRNS chunk.
func declaresTransparency(data []byte) bool {
	const colourTypeAt = 8 + 8 + 9 // signature, IHDR length and type, width, height, depth
	if len(data) > colourTypeAt && (data[colourTypeAt] == 4 || data[colourTypeAt] == 6) {
		return true
	}
	for at := 8; at+8 <= len(data); {
		n := int(data[at])<<24 | int(data[at+1])<<16 | int(data[at+2])<<8 | int(data[at+3])
		switch string(data[at+4 : at+8]) {
		case "tRNS":
			return true
		case "IDAT", "IEND": // tRNS comes before the image data
			return false
		}
		if n < 0 || n > len(data) {
			return false
		}
		at += 12 + n
	}
	return false
}

// sniffed names the kinds of file a picture is mistaken for, by the bytes
// they start with.
var sniffed = []struct {
	magic    string
	vi, kind string
}{
	{"\xff\xd8\xff", "JPEG", "JPEG"},
	{"GIF8", "GIF", "GIF"},
	{"BM", "BMP", "BMP"},
	{"II*\x00", "TIFF", "TIFF"},
	{"MM\x00*", "TIFF", "TIFF"},
	{"%PDF", "PDF", "PDF"},
	{"RIFF", "WebP", "WebP"},
}

// notPNG is the error of a file that is not a PNG, naming what it is when
// its first bytes tell.
func notPNG(data []byte, role Role) *Error {
	vi, en := role.words()
	for _, s := range sniffed {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return &Error{Code: CodeNotPNG,
				Vi: fmt.Sprintf("%s là tệp %s, không phải PNG: Nghị định 30 yêu cầu ảnh định dạng .png nền trong suốt (Phụ lục I, mục II.7.d, II.8.a); lưu lại ảnh thành PNG có nền trong suốt, không chỉ đổi đuôi tệp", vi, s.vi),
				En: fmt.Sprintf("%s is a %s file, not a PNG: Decree 30 asks for a .png with a transparent background (Phụ lục I, mục II.7.d, II.8.a); save the image as a PNG with a transparent background, renaming the file is not enough", en, s.kind)}
		}
	}
	return &Error{Code: CodeNotPNG,
		Vi: fmt.Sprintf("%s không phải tệp PNG: Nghị định 30 yêu cầu ảnh định dạng .png nền trong suốt (Phụ lục I, mục II.7.d, II.8.a)", vi),
		En: fmt.Sprintf("%s is not a PNG file: Decree 30 asks for a .png with a transparent background (Phụ lục I, mục II.7.d, II.8.a)", en)}
}

// unreadable is the error of a PNG that cannot be read.
func unreadable(role Role, err error) *Error {
	vi, en := role.words()
	return &Error{Code: CodeUnreadable,
		Vi: fmt.Sprintf("%s là tệp PNG hỏng, không đọc được (%q)", vi, err.Error()),
		En: fmt.Sprintf("%s is a damaged PNG file that cannot be read (%v)", en, err)}
}

// Error codes.
const (
	// CodeNotPNG: the file is not a PNG (a JPEG renamed .png, …).
	CodeNotPNG = "picture-not-png"
	// CodeUnreadable: the PNG is damaged.
	CodeUnreadable = "picture-unreadable"
)

// Error is an image that cannot be placed, in Vietnamese and English.
type Error struct {
	Code   string
	Vi, En string
}

// Error returns the English message.
func (e *Error) Error() string { return e.En }

// Message returns the message in a language: "en" for English,
// Vietnamese otherwise.
func (e *Error) Message(lang string) string {
	if lang == "en" {
		return e.En
	}
	return e.Vi
}

// ReadAll reads the signature and seal images a document places, either
// nil for none, and returns the pictures read, the signature first; the
// first file that cannot be placed is the error. The warnings are
// [Read]'s to tell.
func ReadAll(signature, seal []byte, lim limits.Limits) ([]*Picture, error) {
	var out []*Picture
	for _, img := range []struct {
		data []byte
		role Role
	}{{signature, Signature}, {seal, Seal}} {
		if img.data == nil {
			continue
		}
		pic, _, err := Read(img.data, img.role, lim)
		if err != nil {
			return nil, err
		}
		out = append(out, pic)
	}
	return out, nil
}
