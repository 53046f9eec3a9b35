package plan

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The examples Decree 30 and the layout contract give (Phụ lục I, mục
// II.4; layout §2.4), and the real documents it cites.
func TestDateLineDecreeExamples(t *testing.T) {
	cases := []struct {
		place string
		date  Date
		want  string
	}{
		{"Vĩnh Phúc", Date{2021, 2, 5}, "Vĩnh Phúc, ngày 05 tháng 02 năm 2021"},
		{"Hà Nội", Date{2021, 2, 5}, "Hà Nội, ngày 05 tháng 02 năm 2021"},
		{"Lạng Sơn", Date{2020, 1, 13}, "Lạng Sơn, ngày 13 tháng 01 năm 2020"},
		{"Thành phố Hồ Chí Minh", Date{2019, 6, 29}, "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"},
		{"Hà Nội", Date{2021, 10, 21}, "Hà Nội, ngày 21 tháng 10 năm 2021"},
		{"Sóc Trăng", Date{2022, 9, 27}, "Sóc Trăng, ngày 27 tháng 9 năm 2022"}, // never "tháng 09"
		{"Quảng Ninh", Date{2025, 2, 5}, "Quảng Ninh, ngày 05 tháng 02 năm 2025"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, DateLine(c.place, c.date))
	}
}

// Every day of every month: days 1–9 and months 1 and 2 are padded, no
// other month ever is.
func TestDateWordsEveryDayAndMonth(t *testing.T) {
	for month := 1; month <= 12; month++ {
		for day := 1; day <= 31; day++ {
			d := Date{Year: 2024, Month: month, Day: day} // a leap year: 29/2 exists
			if d.Check() != nil {
				require.Greater(t, day, 28, "%d/%d must exist", day, month)
				continue
			}
			wantDay := fmt.Sprint(day)
			if day < 10 {
				wantDay = "0" + wantDay
			}
			wantMonth := fmt.Sprint(month)
			if month <= 2 {
				wantMonth = "0" + wantMonth
			}
			want := "ngày " + wantDay + " tháng " + wantMonth + " năm 2024"
			require.Equal(t, want, d.Words(), "day %d month %d", day, month)
		}
	}
	for _, m := range []int{3, 4, 5, 6, 7, 8, 9} {
		assert.NotContains(t, Date{2021, m, 15}.Words(), "tháng 0", "month %d", m)
	}
}

func TestDateWordsBlankParts(t *testing.T) {
	assert.Equal(t, "ngày      tháng 11 năm 2021", Date{Year: 2021, Month: 11}.Words())
	assert.Equal(t, "ngày      tháng 02 năm 2021", Date{Year: 2021, Month: 2}.Words())
	assert.Equal(t, "ngày      tháng      năm 2021", Date{Year: 2021}.Words())
	assert.Equal(t, "ngày      tháng      năm     ", Date{}.Words())
	assert.Equal(t, "Vĩnh Phúc, ngày      tháng 11 năm 2021", DateLine("Vĩnh Phúc", Date{Year: 2021, Month: 11}))
	// The gap is six spaces between the words around a blank.
	assert.Contains(t, Date{Year: 2021, Month: 11}.Words(), "ngày"+Blank+"tháng")
}

func TestParseDate(t *testing.T) {
	good := map[string]Date{
		"2021-11-15":   {2021, 11, 15},
		"2021-11":      {2021, 11, 0},
		"2021":         {2021, 0, 0},
		"":             {},
		" 2024-02-29 ": {2024, 2, 29},
	}
	for in, want := range good {
		got, err := ParseDate(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, strings.TrimSpace(in), got.String())
	}
	bad := map[string]string{
		"2025-02-30":    "day 30 is past the end of month 2 of 2025, which has 28 days",
		"2023-02-29":    "day 29 is past the end of month 2 of 2023",
		"2025-04-31":    "day 31 is past the end of month 4",
		"2025-13-01":    "month 13 is not between 1 and 12",
		"2025-00-10":    "month 00 does not exist",
		"2025-10-00":    "day 00 does not exist",
		"15/11/2025":    `write YYYY-MM-DD ("2025-11-15"?)`,
		"2025-1-5":      `write YYYY-MM-DD ("2025-01-05"?)`,
		"30/2/2025":     "write YYYY-MM-DD, YYYY-MM", // no guess that is not a date
		"21-11-15":      "write YYYY-MM-DD",
		"2025-11-15-01": "write YYYY-MM-DD",
		"ngày 15":       "write YYYY-MM-DD",
		"0999-01-01":    "year 0999 is not a year of this era; write the year in full",
		"0000-01-01":    "year 0000 is not a year of this era",
	}
	for in, want := range bad {
		_, err := ParseDate(in)
		require.Error(t, err, in)
		assert.Contains(t, err.Error(), want, in)
		assert.Contains(t, err.Error(), fmt.Sprintf("%q", strings.TrimSpace(in)), "the error quotes the input")
	}
}

func TestDateJSONText(t *testing.T) {
	b, err := Date{2021, 11, 0}.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2021-11", string(b))
	var d Date
	require.NoError(t, d.UnmarshalText([]byte("2021-02-05")))
	assert.Equal(t, Date{2021, 2, 5}, d)
	assert.Error(t, d.UnmarshalText([]byte("2021-02-30")))
}

func TestDateShort(t *testing.T) {
	assert.Equal(t, "16/7/2021", Date{2021, 7, 16}.Short())
	assert.Equal(t, "…/6/2026", Date{2026, 6, 0}.Short())
}
