package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// Document is what `kehoach render -f record` writes: the Phụ lục VI
// record, the places of the document's PDF, and those of each appendix
// issued as a file of its own.
type Document struct {
	// Decree names where the record's fields come from.
	Decree string `json:"decree"`
	// Record is the record of Phụ lục VI, Phần II, Mục I.
	Record Record `json:"record"`
	// Places are the places of the document's PDF.
	Places Places `json:"places"`
	// AppendixFiles are the places of each appendix's own PDF
	// (<base>.phu-luc-<i>.pdf), when the appendices are issued apart.
	AppendixFiles []Places `json:"appendixFiles,omitempty"`
}

// Source is what [Document.Decree] says.
const Source = "Nghị định 30/2020/NĐ-CP, Phụ lục VI, Phần II, Mục I"

// Error is a record that does not fit the decree's fields: each problem,
// in Vietnamese and English.
type Error struct{ Problems []Problem }

// Error returns the problems in English, one per line.
func (e *Error) Error() string { return e.Message("en") }

// Message returns the problems in a language ("en", or Vietnamese), one
// per line.
func (e *Error) Message(lang string) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Vi
		if lang == "en" {
			lines[i] = p.En
		}
	}
	return strings.Join(lines, "\n")
}

// WriteJSON checks the record against the decree's lengths and writes
// the document as indented JSON; a value too long for its field is an
// [*Error], and nothing is written.
func WriteJSON(w io.Writer, d Document) error {
	if problems := d.Record.Check(); len(problems) > 0 {
		return &Error{Problems: problems}
	}
	if d.Decree == "" {
		d.Decree = Source
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return errors.Join(errors.New("record: cannot encode"), err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
