// Package record writes what the national document-exchange systems carry
// of an outgoing electronic plan, beside the PDF:
//
//   - the record of Decree 30/2020/NĐ-CP, Phụ lục VI, Phần II, Mục I
//     ("Thông tin đầu vào của dữ liệu quản lý văn bản đi"), with the
//     decree's field names and lengths ([Fields]), as JSON ([WriteJSON]),
//     together with the places of the rendered PDF pages (where the
//     number, the day and the month are stamped, where the signer and
//     the agency sign), so that an e-office stamps and signs without
//     guessing;
//   - the message header of an edXML package (QCVN 102:2016/BTTTT) for
//     the national hub ([WriteEdXML]), unsigned: the hub's envelope, the
//     trace headers, the attachments and the XML signature are the
//     e-office's to add.
//
// What the page does not print and the record needs (the agency's
// identifier under Quyết định 20/2020/QĐ-TTg, the recipients'
// identifiers, a due date) comes from the plan's organ_id, recipient_ids
// and due_date. A field left blank on the page (an unnumbered plan's
// number, a date without its day) is empty in the record: the văn thư's
// system fills it at issue.
package record

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
)

// Record is the record of an outgoing document, Phụ lục VI, Phần II,
// Mục I of Decree 30, its fields named as the decree names them. Those
// the plan cannot know (the file it is kept in, its order in the file,
// the number of copies issued, a note) are left out.
type Record struct {
	// FileCode (1) names the file (hồ sơ) the document is kept in: only
	// its agency's identifier (1.1, String 13) is known here.
	FileCode *FileCode `json:"FileCode,omitempty"`
	// TypeName (3) is the document type's name: "Kế hoạch".
	TypeName string `json:"TypeName"`
	// CodeNumber (4) is the number as printed ("05", "1105"), "" while
	// blank.
	CodeNumber string `json:"CodeNumber"`
	// CodeNotation (5) is the symbol: "KH-STTTT".
	CodeNotation string `json:"CodeNotation"`
	// IssuedDate (6) is the date, "2026-03-10", "" while any part of it
	// is blank.
	IssuedDate string `json:"IssuedDate"`
	// OrganName (7) is the issuing agency's name.
	OrganName string `json:"OrganName"`
	// Subject (8) is the trích yếu.
	Subject string `json:"Subject"`
	// Language (9) is the document's language: "Tiếng Việt".
	Language string `json:"Language"`
	// PageAmount (10) is the number of pages of the document (of its
	// PDF; without the appendices issued as files of their own).
	PageAmount int `json:"PageAmount"`
	// SignerInfo (12) is the signer's position (12.1) and full name
	// (12.2).
	SignerInfo SignerInfo `json:"SignerInfo"`
	// To (13) are the recipients: their identifiers (13.1) when the plan
	// gives them, and names (13.2).
	To []Organ `json:"To"`
	// Priority (14) is the urgency: 0 none, 1 Khẩn, 2 Thượng khẩn, 3 Hỏa
	// tốc (the codes of the edXML header).
	Priority int `json:"Priority"`
	// DueDate (16) is the date a reply is due, when the plan gives one.
	DueDate string `json:"DueDate,omitempty"`
	// Appendixes are the appendices' titles, "Phụ lục I: …", as the edXML
	// header lists them (OtherInfo/Appendixes); not a field of Phụ lục
	// VI.
	Appendixes []string `json:"Appendixes,omitempty"`
}

// FileCode is the code of the file (hồ sơ) a document is kept in.
type FileCode struct {
	OrganID string `json:"OrganId"`
}

// SignerInfo is the signer's position and name.
type SignerInfo struct {
	Position string `json:"Position"`
	FullName string `json:"FullName"`
}

// Organ is a recipient: its identifier, when known, and name.
type Organ struct {
	OrganID   string `json:"OrganId,omitempty"`
	OrganName string `json:"OrganName"`
}

// Language is the language of kehoach's documents, as the record writes
// it.
const Language = "Tiếng Việt"

// New returns the record of a plan whose PDF has the given number of
// pages.
func New(p *plan.Plan, pages int) Record {
	r := Record{
		TypeName:     p.DocType().Name(),
		CodeNotation: strings.TrimSpace(p.Symbol),
		IssuedDate:   wholeDate(p.Date, "-"),
		OrganName:    plan.NFC(p.Name()),
		Subject:      oneLine(p.Subject),
		Language:     Language,
		PageAmount:   pages,
		SignerInfo:   SignerInfo{Position: position(p.Signer), FullName: oneLine(p.Signer.Name)},
		To:           recipients(p),
		Priority:     priority(p.Urgency),
		DueDate:      wholeDate(p.DueDate, "-"),
	}
	if p.OrganID != "" {
		r.FileCode = &FileCode{OrganID: p.OrganID}
	}
	if strings.TrimSpace(p.Number) != "" {
		r.CodeNumber = plan.DisplayNumber(p.Number)
	}
	for e := range p.Walk() {
		if e.Kind == plan.KindAppendix {
			title := e.Label
			if t := oneLine(e.Text.String()); t != "" {
				title += ": " + t
			}
			r.Appendixes = append(r.Appendixes, title)
		}
	}
	return r
}

// wholeDate writes a date whose every part is known, its parts joined by
// sep: "2026-03-10"; "" otherwise.
func wholeDate(d plan.Date, sep string) string {
	if d.Day == 0 || d.Month == 0 || d.Year == 0 {
		return ""
	}
	return fmt.Sprintf("%04d%s%02d%s%02d", d.Year, sep, d.Month, sep, d.Day)
}

// oneLine puts text on one line, its runs of spaces one space.
func oneLine(s string) string { return strings.Join(strings.Fields(plan.NFC(s)), " ") }

// position returns the signer's position (chức vụ): the position lines,
// or, for a signer who signs with an authority line alone, that line
// without its prefix.
func position(s plan.Signer) string {
	if len(s.Position) > 0 {
		return oneLine(strings.Join(s.Position, " "))
	}
	if n := len(s.Authority); n > 0 {
		line := oneLine(s.Authority[n-1])
		if _, rest, ok := strings.Cut(line, ". "); ok {
			return rest
		}
		return line
	}
	return ""
}

// competence returns the signer's authority lines (thẩm quyền ký: "KT.
// GIÁM ĐỐC"), one line.
func competence(s plan.Signer) string { return oneLine(strings.Join(s.Authority, " ")) }

// recipients returns the recipients with their identifiers, by index.
func recipients(p *plan.Plan) []Organ {
	out := []Organ{}
	for i, r := range p.Recipients {
		name := strings.TrimRight(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r), "-")), ";. ")
		if name == "" {
			continue
		}
		o := Organ{OrganName: oneLine(withoutPurpose(name))}
		if i < len(p.RecipientIDs) {
			o.OrganID = strings.TrimSpace(p.RecipientIDs[i])
		}
		out = append(out, o)
	}
	return out
}

// purposeNote matches the note after a recipient that says why it gets
// the document, which is no part of its name (Phụ lục VI, 13.2: "Tên cơ
// quan, tổ chức nhận văn bản"): "(để b/c)", "(để báo cáo và phê duyệt)",
// "(b/c)", "(t/h)".
var purposeNote = lazyregexp.New(`\s*\((?:(?i:để)\s[^()]*|\pL{1,2}/\pL{1,2})\)$`)

// withoutPurpose returns a recipient's name without its purpose note.
func withoutPurpose(name string) string {
	if n := purposeNote.ReplaceAllString(name, ""); n != "" {
		return n
	}
	return name
}

// priority returns the urgency's code.
func priority(u plan.Urgency) int {
	switch u {
	case plan.UrgencyUrgent:
		return 1
	case plan.UrgencyVeryUrgent:
		return 2
	case plan.UrgencyFlash:
		return 3
	}
	return 0
}

// Field is a field of the Phụ lục VI record: its number in the decree's
// table, its name (the table's "Tên viết tắt tiếng Anh"), what it is, its
// type and its length.
type Field struct {
	No, Name, Vi, Type string
	Length             int
}

// Fields are the fields of Decree 30, Phụ lục VI, Phần II, Mục I
// ("Thông tin đầu vào của dữ liệu quản lý văn bản đi"), as the decree's
// table sets them; the record holds those the plan knows.
var Fields = []Field{
	{"1.1", "OrganId", "Mã định danh của cơ quan, tổ chức lập danh mục hồ sơ", "String", 13},
	{"1.2", "FileCatalog", "Năm hình thành hồ sơ", "Number", 4},
	{"1.3", "FileNotation", "Số và ký hiệu hồ sơ", "String", 20},
	{"2", "DocOrdinal", "Số thứ tự văn bản trong hồ sơ", "Number", 3},
	{"3", "TypeName", "Tên loại văn bản", "String", 100},
	{"4", "CodeNumber", "Số của văn bản", "String", 11},
	{"5", "CodeNotation", "Ký hiệu của văn bản", "String", 30},
	{"6", "IssuedDate", "Ngày, tháng, năm văn bản", "Date", 10},
	{"7", "OrganName", "Tên cơ quan, tổ chức ban hành văn bản", "String", 200},
	{"8", "Subject", "Trích yếu nội dung", "String", 500},
	{"9", "Language", "Ngôn ngữ", "String", 30},
	{"10", "PageAmount", "Số trang của văn bản", "Number", 3},
	{"11", "Description", "Ghi chú", "String", 500},
	{"12.1", "Position", "Chức vụ của người ký văn bản", "String", 100},
	{"12.2", "FullName", "Họ và tên người ký văn bản", "String", 50},
	{"13.1", "OrganId", "Mã định danh của cơ quan, tổ chức nhận văn bản", "String", 13},
	{"13.2", "OrganName", "Tên cơ quan, tổ chức nhận văn bản", "String", 200},
	{"14", "Priority", "Mức độ khẩn, độ mật", "Number", 1},
	{"15", "IssuedAmount", "Số lượng bản phát hành", "Number", 3},
	{"16", "DueDate", "Hạn trả lời văn bản", "Date", 10},
}

// field returns the field of the given number.
func field(no string) Field {
	for _, f := range Fields {
		if f.No == no {
			return f
		}
	}
	panic("record: no field " + no) // a number of this package's own table
}

// Problem is a value of the record longer than its field allows, in
// Vietnamese and English.
type Problem struct {
	Field  string // "Subject", "To[2].OrganName"
	Vi, En string
}

// Check returns the record's values that do not fit their fields:
// longer than the decree's length (in characters; a number in digits).
func (r *Record) Check() []Problem {
	var out []Problem
	text := func(path, no, v string) {
		f := field(no)
		if n := utf8.RuneCountInString(v); n > f.Length {
			out = append(out, Problem{Field: path,
				Vi: fmt.Sprintf("%s (%s, mục %s Phụ lục VI) dài %d ký tự, quá độ dài %d Nghị định 30 cho phép", path, f.Vi, f.No, n, f.Length),
				En: fmt.Sprintf("%s (field %s of Phụ lục VI) is %d characters, longer than Decree 30's %d", path, f.No, n, f.Length)})
		}
	}
	number := func(path, no string, v int) { text(path, no, fmt.Sprint(v)) }
	if r.FileCode != nil {
		text("FileCode.OrganId", "1.1", r.FileCode.OrganID)
	}
	text("TypeName", "3", r.TypeName)
	text("CodeNumber", "4", r.CodeNumber)
	text("CodeNotation", "5", r.CodeNotation)
	text("IssuedDate", "6", r.IssuedDate)
	text("OrganName", "7", r.OrganName)
	text("Subject", "8", r.Subject)
	text("Language", "9", r.Language)
	number("PageAmount", "10", r.PageAmount)
	text("SignerInfo.Position", "12.1", r.SignerInfo.Position)
	text("SignerInfo.FullName", "12.2", r.SignerInfo.FullName)
	for i, o := range r.To {
		text(fmt.Sprintf("To[%d].OrganId", i), "13.1", o.OrganID)
		text(fmt.Sprintf("To[%d].OrganName", i), "13.2", o.OrganName)
	}
	number("Priority", "14", r.Priority)
	text("DueDate", "16", r.DueDate)
	return out
}

// Places is where a PDF's places print: the file it is (0 the document,
// i the i-th appendix issued as a file of its own), its page count and
// sizes, and each place, in points from the page's top-left corner.
type Places struct {
	Appendix int     `json:"appendix,omitempty"`
	Unit     string  `json:"unit"`
	Origin   string  `json:"origin"`
	Pages    int     `json:"pages"`
	Sizes    [][2]Pt `json:"pageSizes"`
	Places   []Place `json:"places"`
}

// Place is a place of a page: its page (from 1), what it is for, its box,
// and for a text place the baseline and size of its line.
type Place struct {
	Page     int    `json:"page"`
	Kind     string `json:"kind"`
	X        Pt     `json:"x"`
	Y        Pt     `json:"y"`
	Width    Pt     `json:"width"`
	Height   Pt     `json:"height"`
	Baseline Pt     `json:"baseline,omitempty"`
	Size     Pt     `json:"size,omitempty"`
}

// Pt is a length in points, written to the hundredth.
type Pt float64

// MarshalJSON writes the length to the hundredth of a point.
func (p Pt) MarshalJSON() ([]byte, error) {
	return []byte(strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", float64(p)), "0"), ".")), nil
}

// PlacesOf returns the places of a PDF, laid out as compose placed them;
// appendix is 0 for the document, i for the i-th appendix's own file.
func PlacesOf(placed compose.Placement, appendix int) Places {
	out := Places{Appendix: appendix, Unit: "pt", Origin: "top-left", Pages: placed.Pages, Places: []Place{}}
	for _, s := range placed.Sizes {
		out.Sizes = append(out.Sizes, [2]Pt{Pt(s[0]), Pt(s[1])})
	}
	for _, l := range placed.Places {
		out.Places = append(out.Places, Place{Page: l.Page, Kind: string(l.Kind), X: Pt(l.X), Y: Pt(l.Y),
			Width: Pt(l.Width), Height: Pt(l.Height), Baseline: Pt(l.Baseline), Size: Pt(l.Size)})
	}
	return out
}
