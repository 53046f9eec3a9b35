package plan

import (
	"strings"
	"time"
)

// SignTimePlaceholder is what the top-right text of an appendix file or
// of an electronic copy prints for a signing time not known when the
// document is made: the form of the time the agency's system writes in
// its place when it signs (ISO 8601, Vietnam's time zone), as long as
// that time, so that the text keeps its width.
const SignTimePlaceholder = "YYYY-MM-DDThh:mm:ss+07:00"

// vietnam is Vietnam's time zone, UTC+7, which the decree's signing times
// are written in (Phụ lục I, mục III.1.d: "múi giờ Việt Nam theo tiêu
// chuẩn ISO 8601").
var vietnam = time.FixedZone("ICT", 7*60*60)

// SignTime returns a signing time as the decree writes it, in ISO 8601 in
// Vietnam's time zone: "2026-04-23T08:51:02+07:00"; the zero time is
// [SignTimePlaceholder].
func SignTime(t time.Time) string {
	if t.IsZero() {
		return SignTimePlaceholder
	}
	return t.In(vietnam).Format("2006-01-02T15:04:05-07:00")
}

// AppendixCorner returns the text at the top right of the first page of
// an appendix issued as a file of its own (Phụ lục I, mục III.1.d; Mẫu
// 2.2): the document's number and symbol and the signing time, "Số:
// 125/KH-UBND; 2026-04-23T08:51:02+07:00"; an unnumbered plan's number
// is blank, as on its first page.
func (p *Plan) AppendixCorner(signed time.Time) string {
	return p.NumberLine() + "; " + SignTime(signed)
}

// CopyForm is the form of a copy (hình thức sao, Phụ lục I, Phần II, mục
// I.1).
type CopyForm string

// The forms of a copy.
const (
	CopyTrue    CopyForm = "SAO Y"
	CopyRecord  CopyForm = "SAO LỤC"
	CopyExtract CopyForm = "TRÍCH SAO"
)

// LookupCopyForm finds a copy form by name, ignoring case: "sao y",
// "SAO LỤC", "trích sao".
func LookupCopyForm(s string) (CopyForm, bool) {
	for _, f := range []CopyForm{CopyTrue, CopyRecord, CopyExtract} {
		if strings.EqualFold(NFC(strings.TrimSpace(s)), string(f)) {
			return f, true
		}
	}
	return "", false
}

// CopyCorner returns the text at the top right of the first page of an
// electronic copy (bản sao điện tử, Phụ lục I, Phần II, mục I.3; Mẫu
// 3.2): the copy's form, the copying agency and the signing time, "SAO Y;
// Ủy ban nhân dân tỉnh Đắk Nông; 2025-05-20T08:51:02+07:00".
func CopyCorner(form CopyForm, agency string, signed time.Time) string {
	if form == "" {
		form = CopyTrue
	}
	return string(form) + "; " + normalize(agency) + "; " + SignTime(signed)
}
