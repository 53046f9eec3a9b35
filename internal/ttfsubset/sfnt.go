package ttfsubset

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// checkSumAdjustment is the offset in the head table of the number that
// makes the whole file's checksum 0xB1B0AFBA.
const checkSumAdjustment = 8

// assemble writes a font file of tables, in the order of their tags as
// the table directory requires, each on a four-byte boundary, with their
// checksums and the file's.
func assemble(version uint32, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 12 + 16*len(tables)
	for tag, t := range tables {
		tags = append(tags, tag)
		size += (len(t) + 3) &^ 3
	}
	slices.Sort(tags)
	out := make([]byte, 12+16*len(tags), size)
	n := len(tags)
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	entrySelector := bits.Len(uint(n)) - 1
	searchRange := 16 << entrySelector
	binary.BigEndian.PutUint16(out[6:], uint16(searchRange))
	binary.BigEndian.PutUint16(out[8:], uint16(entrySelector))
	binary.BigEndian.PutUint16(out[10:], uint16(16*n-searchRange))
	headAt := -1
	for i, tag := range tags {
		t := tables[tag]
		if tag == "head" {
			headAt = len(out)
		}
		rec := out[12+16*i:]
		copy(rec, tag)
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(t)))
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		if tag == "head" {
			binary.BigEndian.PutUint32(out[headAt+checkSumAdjustment:], 0)
		}
		binary.BigEndian.PutUint32(rec[4:], checksum(out[len(out)-((len(t)+3)&^3):]))
	}
	if headAt >= 0 {
		binary.BigEndian.PutUint32(out[headAt+checkSumAdjustment:], 0xB1B0AFBA-checksum(out))
	}
	return out
}

// checksum returns the sum of b's 32-bit words, b padded to four bytes.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	var last [4]byte
	copy(last[:], b)
	return sum + binary.BigEndian.Uint32(last[:])
}
