package docx

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// oleSignature starts every OLE2 compound file: a Word 97–2003 document,
// an Excel 97 workbook, and an encrypted (password-protected) .docx,
// which Office stores as an OLE2 file holding the encrypted package.
var oleSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// compound is what an OLE2 compound file holds, as far as telling the
// kind of document goes: the names of its streams, and whether its Word
// stream says the document is encrypted.
type compound struct {
	streams        map[string]bool
	wordEncrypted  bool
	wordRecognised bool // the Word stream starts with the Word magic number
}

// readCompound reads the directory of an OLE2 compound file, bounded by
// the file's size (a damaged or hostile file's chains may loop). It
// returns false when the file's header is not one.
func readCompound(data []byte) (compound, bool) {
	c := compound{streams: map[string]bool{}}
	if len(data) < 512 || string(data[:8]) != string(oleSignature) {
		return c, false
	}
	shift := binary.LittleEndian.Uint16(data[0x1E:])
	if shift != 9 && shift != 12 {
		return c, false
	}
	size := 1 << shift
	sectors := len(data)/size - 1 // the header takes the first sector's room
	sector := func(n uint32) []byte {
		if int64(n) >= int64(sectors) {
			return nil
		}
		off := (int(n) + 1) * size
		return data[off : off+size]
	}
	// The FAT's sectors: the first 109 are listed in the header, the
	// others in a chain of DIFAT sectors.
	var fatSectors []uint32
	for i := range 109 {
		if n := binary.LittleEndian.Uint32(data[0x4C+4*i:]); n < 0xFFFFFFFA {
			fatSectors = append(fatSectors, n)
		}
	}
	next := binary.LittleEndian.Uint32(data[0x44:])
	for steps := 0; next < 0xFFFFFFFA && steps < sectors; steps++ {
		s := sector(next)
		if s == nil {
			break
		}
		for i := 0; i < size/4-1; i++ {
			if n := binary.LittleEndian.Uint32(s[4*i:]); n < 0xFFFFFFFA {
				fatSectors = append(fatSectors, n)
			}
		}
		next = binary.LittleEndian.Uint32(s[size-4:])
	}
	perSector := uint32(size / 4)
	fat := func(n uint32) uint32 {
		i := n / perSector
		if int(i) >= len(fatSectors) {
			return 0xFFFFFFFE
		}
		s := sector(fatSectors[i])
		if s == nil {
			return 0xFFFFFFFE
		}
		return binary.LittleEndian.Uint32(s[4*(n%perSector):])
	}
	dir := binary.LittleEndian.Uint32(data[0x30:])
	for steps := 0; dir < 0xFFFFFFFA && steps < sectors; steps++ {
		s := sector(dir)
		if s == nil {
			break
		}
		for off := 0; off+128 <= size; off += 128 {
			e := s[off : off+128]
			n := int(binary.LittleEndian.Uint16(e[0x40:]))
			if e[0x42] != 2 || n < 2 || n > 64 { // streams only
				continue
			}
			units := make([]uint16, n/2-1)
			for i := range units {
				units[i] = binary.LittleEndian.Uint16(e[2*i:])
			}
			name := string(utf16.Decode(units))
			c.streams[name] = true
			if name == "WordDocument" {
				start := binary.LittleEndian.Uint32(e[0x74:])
				length := binary.LittleEndian.Uint32(e[0x78:])
				if fib := sector(start); length >= 4096 && fib != nil && binary.LittleEndian.Uint16(fib) == 0xA5EC {
					c.wordRecognised = true
					c.wordEncrypted = binary.LittleEndian.Uint16(fib[0x0A:])&0x0100 != 0
				}
			}
		}
		dir = fat(dir)
	}
	return c, true
}

// kind names what a compound file holds, for an error, in Vietnamese
// and in English; ok is false for a Word 97–2003 document.
func (c compound) kind() (vi, en string, err error) {
	switch {
	case c.streams["EncryptedPackage"]:
		return "tài liệu Office được bảo vệ bằng mật khẩu (đã mã hóa)", "an Office document protected by a password (encrypted)", ErrEncrypted
	case c.streams["WordDocument"] && c.wordEncrypted:
		return "tài liệu Word 97–2003 (.doc) được bảo vệ bằng mật khẩu (đã mã hóa)", "a Word 97-2003 document (.doc) protected by a password (encrypted)", ErrEncrypted
	case c.streams["WordDocument"]:
		return "tài liệu Word 97–2003 (.doc)", "a Word 97-2003 document (.doc)", ErrLegacy
	case c.streams["Workbook"] || c.streams["Book"]:
		return "bảng tính Excel 97–2003 (.xls)", "an Excel 97-2003 workbook (.xls)", ErrNotWord
	case c.streams["PowerPoint Document"]:
		return "bản trình chiếu PowerPoint 97–2003 (.ppt)", "a PowerPoint 97-2003 presentation (.ppt)", ErrNotWord
	}
	for name := range c.streams {
		if strings.HasPrefix(name, "__substg1.0_") {
			return "thư Outlook (.msg)", "an Outlook message (.msg)", ErrNotWord
		}
	}
	return "tệp OLE2 (Office 97–2003) không chứa văn bản Word", "an OLE2 (Office 97-2003) file that holds no Word document", ErrNotWord
}
