package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/kehoach/kehoach/render/layout"
)

// checkFont verifies a TrueType file before fpdf reads it. fpdf's parser
// neither checks offsets nor returns most of its errors: it prints them on
// standard output and goes on with a broken font. So every condition it
// would print about, and every offset it would follow, is checked here
// first, and a malformed font is an error that names the table.
func checkFont(data []byte) error {
	if _, err := layout.ParseMetrics(data); err != nil {
		return err
	}
	tables, err := layout.ParseTables(data)
	if err != nil {
		return err
	}
	for _, c := range []struct {
		tag   string
		min   int
		check func([]byte) error
	}{
		{"head", 54, checkHead},
		{"hhea", 36, checkHhea},
		{"OS/2", 78, checkOS2},
		{"post", 16, nil},
		{"name", 6, checkName},
		{"cmap", 4, checkCmap4},
		{"maxp", 6, nil},
		{"hmtx", 0, nil},
		{"glyf", 0, nil},
	} {
		b, err := tables.Get(c.tag, c.min)
		if err != nil {
			return err
		}
		if c.check != nil {
			if err := c.check(b); err != nil {
				return err
			}
		}
	}
	head, _ := tables.Get("head", 54)
	maxp, _ := tables.Get("maxp", 6)
	glyphs := int(u16(maxp, 4))
	locaSize := 2
	if u16(head, 50) == 1 {
		locaSize = 4
	}
	loca, err := tables.Get("loca", (glyphs+1)*locaSize)
	if err != nil {
		return err
	}
	glyf, _ := tables.Get("glyf", 0)
	prev := 0
	for g := 0; g <= glyphs; g++ {
		off := int(u16(loca, 2*g)) * 2
		if locaSize == 4 {
			off = int(binary.BigEndian.Uint32(loca[4*g:]))
		}
		if off < prev || off > len(glyf) {
			return fmt.Errorf("font: glyph %d lies outside the \"glyf\" table", g)
		}
		prev = off
	}
	return nil
}

func u16(b []byte, off int) uint16 { return binary.BigEndian.Uint16(b[off:]) }

// checkHead: glyph data format 0 and a known "loca" format.
func checkHead(head []byte) error {
	if f := u16(head, 50); f > 1 {
		return fmt.Errorf("font: unknown \"loca\" format %d", f)
	}
	if f := u16(head, 52); f != 0 {
		return fmt.Errorf("font: unknown glyph data format %d", f)
	}
	return nil
}

// checkHhea: metric data format 0.
func checkHhea(hhea []byte) error {
	if f := u16(hhea, 32); f != 0 {
		return fmt.Errorf("font: unknown horizontal metric data format %d", f)
	}
	return nil
}

// checkOS2: embedding allowed, and long enough for the cap height that
// fpdf reads from version 2 on.
func checkOS2(os2 []byte) error {
	if fsType := u16(os2, 8); fsType == 0x0002 || fsType&0x0300 != 0 {
		return fmt.Errorf("font: its licence forbids embedding (OS/2 fsType 0x%04X)", fsType)
	}
	if u16(os2, 0) > 1 && len(os2) < 90 {
		return errors.New("font: \"OS/2\" table truncated")
	}
	return nil
}

// checkName: format 0, every record inside the table, and the Unicode
// strings fpdf reads of an even length.
func checkName(name []byte) error {
	if f := u16(name, 0); f != 0 {
		return fmt.Errorf("font: unknown \"name\" table format %d", f)
	}
	count, strings := int(u16(name, 2)), int(u16(name, 4))
	if len(name) < 6+12*count {
		return errors.New("font: \"name\" table truncated")
	}
	for i := 0; i < count; i++ {
		rec := name[6+12*i:]
		platform, encoding, language, id := u16(rec, 0), u16(rec, 2), u16(rec, 4), u16(rec, 6)
		size, off := int(u16(rec, 8)), int(u16(rec, 10))
		switch id {
		case 1, 2, 3, 4, 6: // the names fpdf reads
		default:
			continue
		}
		if strings+off+size > len(name) {
			return fmt.Errorf("font: name %d lies outside the \"name\" table", id)
		}
		if platform == 3 && encoding == 1 && language == 0x409 && size%2 != 0 {
			return fmt.Errorf("font: name %d has an odd length", id)
		}
	}
	return nil
}

// checkCmap4 finds the Unicode subtable of format 4 that fpdf reads and
// checks that its segments lie inside the table.
func checkCmap4(cmap []byte) error {
	n := int(u16(cmap, 2))
	if len(cmap) < 4+8*n {
		return errors.New("font: \"cmap\" table truncated")
	}
	for i := 0; i < n; i++ {
		rec := cmap[4+8*i:]
		platform, encoding := u16(rec, 0), u16(rec, 2)
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if !(platform == 3 && encoding == 1) && platform != 0 {
			continue
		}
		if off+14 > len(cmap) || u16(cmap, off) != 4 {
			continue
		}
		sub := cmap[off:]
		segs := int(u16(sub, 6)) / 2
		if segs == 0 || 16+8*segs > len(sub) {
			return errors.New("font: \"cmap\" format 4 subtable truncated")
		}
		return nil
	}
	return errors.New("font: no Unicode \"cmap\" subtable of format 4")
}
