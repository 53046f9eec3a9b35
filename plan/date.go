package plan

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kehoach/kehoach/internal/textutil"
)

// Date is an issue date of which any trailing part may be blank (zero): a
// plan is often printed before the văn thư fills in the day, and sometimes
// the month.
type Date struct {
	Year  int
	Month int // 1–12
	Day   int // 1–31
}

// Blank is what a blank day, month, year or number prints as: enough
// spaces, at the header's sizes, for a clerk to write two to four digits by
// hand. Both "Số:      /KH-STTTT" and "ngày      tháng" keep this gap of six
// spaces between the words around the blank.
const Blank = "      "

// ParseDate reads the authoring format's date: "YYYY-MM-DD", "YYYY-MM"
// (blank day), "YYYY" (blank day and month) or "" (all blank). The date
// must exist in the calendar: "2025-02-30" is an error, a [*FieldError]
// of [CodeInvalidDate].
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 {
		return Date{}, dateSyntaxError(s)
	}
	var n [3]int
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		if len(p) != want || !textutil.IsDigits(p) {
			return Date{}, dateSyntaxError(s)
		}
		n[i], _ = strconv.Atoi(p)
		if n[i] == 0 && i > 0 { // "2021-00-05": a written part cannot be zero
			return Date{}, notADate(s, problem(CodeInvalidDate,
				fmt.Sprintf("không có %s 00 (bỏ phần này đi nếu muốn để trống)", [3]string{"", "tháng", "ngày"}[i]),
				fmt.Sprintf("%s 00 does not exist (leave a part out to keep it blank)", [3]string{"", "month", "day"}[i])))
		}
		if i == 0 && n[0] < 1000 { // "0999", "0000": four digits, but not a year a plan is dated
			return Date{}, notADate(s, problem(CodeInvalidDate,
				fmt.Sprintf("năm %s không phải năm của thời nay; ghi đủ năm, ví dụ 2025", p),
				fmt.Sprintf("year %s is not a year of this era; write the year in full, e.g. 2025", p)))
		}
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if why := d.check(); why != nil {
		return Date{}, notADate(s, why)
	}
	return d, nil
}

// notADate is the problem of a written date s: "… is not a date: " and
// why.
func notADate(s string, why *FieldError) *FieldError {
	return problem(CodeInvalidDate, fmt.Sprintf("%q không phải ngày hợp lệ: %s", s, why.Vi), fmt.Sprintf("%q is not a date: %s", s, why.En))
}

func dateSyntaxError(s string) error {
	hintVi, hintEn := "", ""
	if d, ok := looseDate(s); ok {
		hintVi, hintEn = fmt.Sprintf(" (có phải %q?)", d), fmt.Sprintf(" (%q?)", d)
	}
	return notADate(s, problem(CodeInvalidDate,
		"ghi theo dạng YYYY-MM-DD"+hintVi+", YYYY-MM nếu để trống ngày, hoặc bỏ trống để in ngày, tháng, năm trống",
		"write YYYY-MM-DD"+hintEn+", YYYY-MM for a blank day, or leave it out for a blank date"))
}

// looseDate reads what an author may mean by a date written another way:
// "2021-3-5" or "5/3/2021" (day first, as Vietnamese dates are written)
// is "2021-03-05".
func looseDate(s string) (string, bool) {
	var y, m, d int
	if parts := strings.Split(s, "-"); len(parts) == 3 && len(parts[0]) == 4 {
		y, m, d = textutil.Atoi(parts[0]), textutil.Atoi(parts[1]), textutil.Atoi(parts[2])
	} else if parts := strings.Split(s, "/"); len(parts) == 3 && len(parts[2]) == 4 {
		d, m, y = textutil.Atoi(parts[0]), textutil.Atoi(parts[1]), textutil.Atoi(parts[2])
	} else {
		return "", false
	}
	date := Date{Year: y, Month: m, Day: d}
	if y == 0 || m == 0 || d == 0 || date.Check() != nil {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// Check reports whether the date can be printed: a year of four digits, a
// month 1–12, a day that exists in that month, and no day without a month
// or month without a year. The error is a [*FieldError] of
// [CodeInvalidDate].
func (d Date) Check() error {
	if why := d.check(); why != nil {
		return why
	}
	return nil
}

// check is [Date.Check] with its problem's type.
func (d Date) check() *FieldError {
	var vi, en string
	switch {
	case d.Year < 0 || d.Month < 0 || d.Day < 0:
		vi, en = "ngày, tháng hoặc năm là số âm", "negative date part"
	case d.Year != 0 && (d.Year < 1000 || d.Year > 9999):
		vi = fmt.Sprintf("năm %d không có bốn chữ số; ghi đủ năm, ví dụ 2025", d.Year)
		en = fmt.Sprintf("year %d is not a year of four digits, e.g. 2025", d.Year)
	case d.Month > 12:
		vi = fmt.Sprintf("tháng %d không nằm trong khoảng từ 1 đến 12", d.Month)
		en = fmt.Sprintf("month %d is not between 1 and 12", d.Month)
	case d.Day != 0 && d.Month == 0:
		vi, en = "có ngày thì phải có tháng", "a day needs a month"
	case d.Month != 0 && d.Year == 0:
		vi, en = "có tháng thì phải có năm", "a month needs a year"
	case d.Day > 31:
		vi = fmt.Sprintf("không tháng nào có ngày %d", d.Day)
		en = fmt.Sprintf("day %d is past the end of the month", d.Day)
	case d.Day != 0 && d.Day > daysIn(d.Year, d.Month):
		vi = fmt.Sprintf("tháng %d năm %d chỉ có %d ngày, không có ngày %d", d.Month, d.Year, daysIn(d.Year, d.Month), d.Day)
		en = fmt.Sprintf("day %d is past the end of month %d of %d, which has %d days", d.Day, d.Month, d.Year, daysIn(d.Year, d.Month))
	default:
		return nil
	}
	return problem(CodeInvalidDate, vi, en)
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsBlank reports whether every part of the date is blank.
func (d Date) IsBlank() bool { return d == Date{} }

// String returns the date in the authoring format: "2021-11-15",
// "2021-11", "2021" or "".
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// MarshalText encodes the date as [Date.String] does.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText decodes a date written as [ParseDate] reads it.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Words returns the date as Decree 30 writes it: "ngày 05 tháng 02 năm
// 2021". Days 1–9 and months 1 and 2 get a leading zero (Phụ lục I, mục
// II.4: "đối với những số chỉ ngày nhỏ hơn 10 và tháng 1, 2 thì phải ghi
// thêm số 0 ở trước"); no other month ever does, so September is "tháng 9".
// A blank part prints as [Blank].
func (d Date) Words() string {
	var b strings.Builder
	b.Grow(40)
	b.WriteString("ngày ")
	b.WriteString(datePart(d.Day, d.Day < 10))
	b.WriteString(" tháng ")
	b.WriteString(datePart(d.Month, d.Month <= 2))
	b.WriteString(" năm ")
	b.WriteString(datePart(d.Year, false))
	return b.String()
}

// datePart formats one part: blank when zero, with a leading zero when pad
// is set and the part has one digit.
func datePart(n int, pad bool) string {
	switch {
	case n == 0:
		return Blank[2:] // the spaces around the blank complete the gap
	case pad && n < 10:
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// DateLine returns the place-and-date line (ô 4): "Vĩnh Phúc, ngày 05 tháng
// 02 năm 2021".
func DateLine(place string, d Date) string {
	return JoinSegments(DateSegments(place, d), nil)
}

// Short returns the date in the short numeric form used inside citations,
// "16/7/2021"; blank parts print as "…".
func (d Date) Short() string {
	part := func(n int) string {
		if n == 0 {
			return "…"
		}
		return strconv.Itoa(n)
	}
	return part(d.Day) + "/" + part(d.Month) + "/" + part(d.Year)
}
