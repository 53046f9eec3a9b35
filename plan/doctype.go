package plan

import (
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/textutil"
)

// DocType is a document type, written as its abbreviation in Decree 30's
// table (Phụ lục III, §I), e.g. "KH". The abbreviation is also the first
// group of the symbol ("KH-STTTT").
type DocType string

// The document types this library lays out: those of Decree 30's
// abbreviation table (Phụ lục III, §I), which all use the layout of Mẫu 1.4
// "văn bản có tên loại" or one close to it. Công văn and thư công have no
// abbreviation and a different layout, so they are not types here.
const (
	TypeKH DocType = "KH" // Kế hoạch, the default
)

// docTypes is the decree's table: abbreviation and name, in its order.
var docTypes = []struct {
	abbr DocType
	name string
}{
	{"NQ", "Nghị quyết"},
	{"QĐ", "Quyết định"},
	{"CT", "Chỉ thị"},
	{"QC", "Quy chế"},
	{"QyĐ", "Quy định"}, // mixed case, not "QĐ"
	{"TC", "Thông cáo"},
	{"TB", "Thông báo"},
	{"HD", "Hướng dẫn"},
	{"CTr", "Chương trình"}, // mixed case
	{"KH", "Kế hoạch"},
	{"PA", "Phương án"},
	{"ĐA", "Đề án"},
	{"DA", "Dự án"},
	{"BC", "Báo cáo"},
	{"BB", "Biên bản"},
	{"TTr", "Tờ trình"}, // mixed case
	{"HĐ", "Hợp đồng"},
	{"CĐ", "Công điện"},
	{"BGN", "Bản ghi nhớ"},
	{"BTT", "Bản thỏa thuận"},
	{"GUQ", "Giấy ủy quyền"},
	{"GM", "Giấy mời"},
	{"GGT", "Giấy giới thiệu"},
	{"GNP", "Giấy nghỉ phép"},
	{"PG", "Phiếu gửi"},
	{"PC", "Phiếu chuyển"},
	{"PB", "Phiếu báo"},
}

// DocTypes returns every known type in the decree's order.
func DocTypes() []DocType {
	out := make([]DocType, len(docTypes))
	for i, t := range docTypes {
		out[i] = t.abbr
	}
	return out
}

// LookupDocType finds a type by its abbreviation, ignoring case ("ctr"
// finds "CTr"), and returns it spelt as the decree spells it.
func LookupDocType(s string) (DocType, bool) {
	s = normalize(strings.TrimSpace(s))
	for _, t := range docTypes {
		if strings.EqualFold(string(t.abbr), s) {
			return t.abbr, true
		}
	}
	return "", false
}

// Printed lists the types kehoach lays out: the named documents of
// Mẫu 1.4 ("văn bản có tên loại") whose layout is a plan's: the plan-like
// types (kế hoạch, chương trình, phương án, đề án, dự án) and báo cáo, tờ
// trình, thông báo, hướng dẫn and chỉ thị. The other types of the
// decree's table (quyết định, nghị quyết, công điện, giấy mời, biên bản,
// …) have layouts of their own (Điều … / a record's signatures / an
// invitation's slots) that kehoach does not print.
var Printed = []DocType{"KH", "CTr", "PA", "ĐA", "DA", "BC", "TTr", "TB", "HD", "CT"}

// planLike are the types whose body is a plan's: a purpose part and an
// organisation part are expected.
var planLike = []DocType{"KH", "CTr", "PA", "ĐA", "DA"}

// IsPrinted reports whether kehoach lays out documents of type t.
func (t DocType) IsPrinted() bool { return slices.Contains(Printed, t) }

// IsPlanLike reports whether a document of type t is a plan: a kế hoạch,
// chương trình, phương án, đề án or dự án, whose body states its purpose
// and how it is carried out.
func (t DocType) IsPlanLike() bool { return slices.Contains(planLike, t) }

// Known reports whether t is in the decree's table, spelt exactly.
func (t DocType) Known() bool {
	for _, d := range docTypes {
		if d.abbr == t {
			return true
		}
	}
	return false
}

// Name returns the type's name in sentence case, e.g. "Kế hoạch", as used in
// running text ("Kèm theo Kế hoạch số …"); "" for an unknown type.
func (t DocType) Name() string {
	for _, d := range docTypes {
		if d.abbr == t {
			return d.name
		}
	}
	return ""
}

// Title returns the type's name as the tên loại line prints it, e.g.
// "KẾ HOẠCH"; "" for an unknown type.
func (t DocType) Title() string { return strings.ToUpper(t.Name()) }

// Urgency is the độ khẩn mark (ô 10b). The zero value means none.
type Urgency string

// The three urgency levels of Decree 30, as an author writes them.
const (
	UrgencyNone       Urgency = ""
	UrgencyUrgent     Urgency = "Khẩn"
	UrgencyVeryUrgent Urgency = "Thượng khẩn"
	UrgencyFlash      Urgency = "Hỏa tốc"
)

// LookupUrgency finds an urgency level ignoring case and the "oà/òa" accent
// placement ("Hoả tốc" is "Hỏa tốc").
func LookupUrgency(s string) (Urgency, bool) {
	key := textutil.FoldKey(s)
	for _, u := range []Urgency{UrgencyNone, UrgencyUrgent, UrgencyVeryUrgent, UrgencyFlash} {
		if textutil.FoldKey(string(u)) == key {
			return u, true
		}
	}
	return "", false
}

// Stamp returns the text of the urgency stamp, upper case ("HỎA TỐC").
func (u Urgency) Stamp() string { return strings.ToUpper(string(u)) }
