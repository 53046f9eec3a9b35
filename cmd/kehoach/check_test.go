package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// compliantPlan follows every rule of the checker.
const compliantPlan = `---
issuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
symbol: KH-STTTT
place: Vĩnh Phúc
date: 2021-11
subject: Phát động phong trào thi đua
signer: {position: GIÁM ĐỐC, name: Nguyễn Văn A}
recipients: [UBND tỉnh (B/c)]
archive: VT, VP
---

# MỤC ĐÍCH, YÊU CẦU

- Thi đua.

# TỔ CHỨC THỰC HIỆN

Văn phòng Sở theo dõi.
`

func TestCheckCommand(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", compliantPlan)
	warned := write(t, dir, "warned.md", strings.Replace(compliantPlan, "archive: VT, VP\n", "", 1))
	bad := write(t, dir, "bad.md", strings.Replace(compliantPlan, "place: Vĩnh Phúc", "place: TP. HCM", 1))
	invalid := write(t, dir, "invalid.md", strings.Replace(compliantPlan, "date: 2021-11", "date: 2025-02-30", 1))

	status, stdout, stderr := runKehoach("check", good)
	assert.Equal(t, exitOK, status, stderr)
	assert.Empty(t, stdout)

	status, stdout, _ = runKehoach("check", warned)
	assert.Equal(t, exitOK, status, "warnings are not errors")
	assert.Equal(t, warned+`:1: CẢNH BÁO ND30-ARCHIVE-MISSING archive: thiếu dòng lưu "- Lưu: VT, …" ở cuối nơi nhận: ghi văn thư (VT) và đơn vị soạn thảo, ví dụ "archive: VT, VP"`+"\n", stdout)

	status, stdout, _ = runKehoach("check", "-lang", "en", bad)
	assert.Equal(t, exitInvalid, status)
	assert.Equal(t, bad+`:4: ERROR ND30-PLACE-NAME place: the place "TP. HCM" is abbreviated ("HCM"): write "Thành phố Hồ Chí Minh"`+"\n", stdout)

	status, stdout, _ = runKehoach("check", invalid, "-lang", "en")
	assert.Equal(t, exitInvalid, status, "an invalid plan is an error")
	assert.Equal(t, invalid+`:5: ERROR KEHOACH-INVALID date: "2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days`+"\n", stdout)

	status, stdout, _ = runKehoach("check", "-json", good, bad)
	assert.Equal(t, exitInvalid, status)
	var found []map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &found))
	require.Len(t, found, 1)
	assert.Equal(t, "ND30-PLACE-NAME", found[0]["rule"])
	assert.Equal(t, "error", found[0]["severity"])
	assert.Equal(t, bad, found[0]["file"])
	assert.EqualValues(t, 4, found[0]["line"])
	assert.Equal(t, "place", found[0]["field"])
	assert.Equal(t, "Phụ lục I, mục II.4", found[0]["ref"])
	assert.Equal(t, found[0]["message_vi"], found[0]["message"], "-lang vi by default")
	assert.Contains(t, found[0]["message_en"], "is abbreviated")
	assert.NotContains(t, found[0], "code", "a rule's finding: its rule is its kind")

	status, stdout, _ = runKehoach("check", "-json", good)
	assert.Equal(t, exitOK, status)
	assert.Equal(t, "[]\n", stdout, "no finding: an empty array")

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "-lang", "en"}, "no plan file given"},
		{[]string{"check"}, "chưa có tệp kế hoạch nào"},
		{[]string{"check", "-lang", "fr", good}, `-lang "fr": chọn vi hoặc en`},
		{[]string{"check", "-lang", "en", filepath.Join(dir, "missing.md")}, "no such file or directory"},
		{[]string{"check", filepath.Join(dir, "missing.md")}, "không tìm thấy tệp"},
		{[]string{"check", "-lang", "en", write(t, dir, "notes.odt", "x")}, "not a plan file"},
		{[]string{"check", filepath.Join(dir, "notes.odt")}, "không phải tệp kế hoạch"},
	} {
		status, _, stderr := runKehoach(c.args...)
		assert.Equal(t, exitUsage, status, c.args)
		assert.Contains(t, stderr, c.want, c.args)
	}
}

// TestRenderChecks: render prints the checker's warnings and renders; it
// refuses a plan that breaks the decree, unless -force.
func TestRenderChecks(t *testing.T) {
	dir := t.TempDir()
	warned := write(t, dir, "warned.md", strings.Replace(compliantPlan, "archive: VT, VP\n", "", 1))
	bad := write(t, dir, "bad.md", strings.Replace(compliantPlan, "place: Vĩnh Phúc", "place: TP. HCM", 1))

	out := t.TempDir()
	status, _, stderr := runKehoach("render", "-f", "md", "-o", out, "-lang", "en", warned)
	assert.Equal(t, exitOK, status)
	assert.Contains(t, stderr, "WARNING ND30-ARCHIVE-MISSING")
	assert.Equal(t, []string{"warned.md"}, files(t, out))

	status, _, stderr = runKehoach("render", "-f", "md", "-o", out, bad)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stderr, bad+":4: LỖI ND30-PLACE-NAME place: địa danh")
	assert.Contains(t, stderr, "kehoach render: "+bad+": không xuất: kế hoạch trái Nghị định 30 (các lỗi ở trên); sửa các lỗi đó, hoặc dùng -force")
	_, _, stderr = runKehoach("render", "-f", "md", "-o", out, "-lang", "en", bad)
	assert.Contains(t, stderr, "kehoach render: "+bad+": not rendered: the plan breaks Decree 30 (the errors above); fix them, or use -force")
	assert.Equal(t, []string{"warned.md"}, files(t, out), "nothing written")

	status, _, stderr = runKehoach("render", "-f", "md", "-o", out, "-force", bad)
	assert.Equal(t, exitOK, status, stderr)
	assert.Contains(t, stderr, "LỖI ND30-PLACE-NAME", "still printed")
	assert.Equal(t, []string{"bad.md", "warned.md"}, files(t, out))
}

// TestCheckJSONUnreadable: with -json, a file that cannot be read is in
// the array too, as KEHOACH-UNREADABLE, and the exit status is 2.
func TestCheckJSONUnreadable(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", validPlan)
	status, stdout, stderr := runKehoach("check", "-json", filepath.Join(dir, "missing.md"), good)
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "missing.md")
	var found []map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &found))
	require.NotEmpty(t, found)
	assert.Equal(t, "KEHOACH-UNREADABLE", found[0]["rule"])
	assert.Equal(t, "error", found[0]["severity"])
	assert.Equal(t, filepath.Join(dir, "missing.md"), found[0]["file"])
	assert.Equal(t, "not-found", found[0]["code"])
	assert.Equal(t, "không đọc được tệp: "+filepath.Join(dir, "missing.md")+": không tìm thấy tệp hoặc thư mục này", found[0]["message_vi"])
	assert.Equal(t, "cannot read the file: "+filepath.Join(dir, "missing.md")+": no such file or directory", found[0]["message_en"])
	assert.Equal(t, found[0]["message_vi"], found[0]["message"])

	_, stdout, _ = runKehoach("check", "-json", dir, write(t, dir, "plan.odt", "x"))
	found = nil
	require.NoError(t, json.Unmarshal([]byte(stdout), &found))
	require.Len(t, found, 2)
	assert.Equal(t, "is-directory", found[0]["code"])
	assert.Equal(t, "unknown-format", found[1]["code"])
}

// TestCheckJSONInvalid: with -json, a problem that keeps a plan from
// being laid out has its code and its words in both languages.
func TestCheckJSONInvalid(t *testing.T) {
	bad := write(t, t.TempDir(), "bad.md", strings.Replace(compliantPlan, "date: 2021-11", "date: 2025-02-30", 1))
	status, stdout, _ := runKehoach("check", "-json", "-lang", "en", bad)
	assert.Equal(t, exitInvalid, status)
	var found []map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &found))
	require.Len(t, found, 1)
	assert.Equal(t, "KEHOACH-INVALID", found[0]["rule"])
	assert.Equal(t, "invalid-date", found[0]["code"])
	assert.Equal(t, "date", found[0]["field"])
	assert.Equal(t, `"2025-02-30" không phải ngày hợp lệ: tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 30`, found[0]["message_vi"])
	assert.Equal(t, `"2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days`, found[0]["message_en"])
	assert.Equal(t, found[0]["message_en"], found[0]["message"], "-lang en")
}

// TestCheckTableTooWide: a body table whose words cannot fit a portrait
// page gets KEHOACH-TABLE-WIDE, from check and from render; in an
// appendix, which turns landscape, it does not.
func TestCheckTableTooWide(t *testing.T) {
	var head, rule, row []string
	for i := range 16 {
		head = append(head, fmt.Sprintf("Chỉ tiêu kinh tế-xã hội số %d", i))
		rule = append(rule, "---")
		row = append(row, "1,5%")
	}
	table := "| " + strings.Join(head, " | ") + " |\n| " + strings.Join(rule, " | ") + " |\n| " + strings.Join(row, " | ") + " |\n"
	dir := t.TempDir()
	body := write(t, dir, "body.md", validPlan+"\n"+table)
	_, stdout, _ := runKehoach("check", "-lang", "en", body)
	assert.Contains(t, stdout, "WARNING KEHOACH-TABLE-WIDE")
	assert.Contains(t, stdout, "move it to an appendix")
	_, _, stderr := runKehoach("render", "-f", "md", "-o", t.TempDir(), body)
	assert.Contains(t, stderr, "KEHOACH-TABLE-WIDE")
	appendix := write(t, dir, "appendix.md", validPlan+"\n# Phụ lục\n\n"+table)
	_, stdout, _ = runKehoach("check", appendix)
	assert.NotContains(t, stdout, "KEHOACH-TABLE-WIDE")
}

// TestCheckGlyphMissing: characters the PDF's fonts lack are named once,
// at the first place they occur, from check and from render; Vietnamese,
// typographic quotes and dashes are not among them, nor "✓", which the
// fallback font prints.
func TestCheckGlyphMissing(t *testing.T) {
	dir := t.TempDir()
	clean := write(t, dir, "clean.md", validPlan+"\nChữ Việt “trích dẫn” – gạch ngang, 50%, № 5, ½.\n")
	_, stdout, _ := runKehoach("check", clean)
	assert.NotContains(t, stdout, "KEHOACH-GLYPH-MISSING")

	odd := write(t, dir, "odd.md", validPlan+"\nBiểu tượng 😀 và chữ Hán 漢字.\n\nDấu ✓ và lại 😀.\n")
	status, stdout, _ := runKehoach("check", "-lang", "en", odd)
	assert.Equal(t, exitOK, status, "a warning")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	var glyph []string
	for _, l := range lines {
		if strings.Contains(l, "KEHOACH-GLYPH-MISSING") {
			glyph = append(glyph, l)
		}
	}
	require.Len(t, glyph, 1, "one finding for the plan")
	bodyStart := strings.Count(validPlan, "\n") + 2
	assert.Equal(t, fmt.Sprintf("%s:%d: WARNING KEHOACH-GLYPH-MISSING the PDF's fonts (Liberation Serif, DejaVu Sans) have no glyph for '😀' (U+1F600), '漢' (U+6F22), '字' (U+5B57): the PDF prints them as empty boxes; write them out in words or leave them out", odd, bodyStart), glyph[0])
	_, _, stderr := runKehoach("render", "-f", "md", "-o", t.TempDir(), odd)
	assert.Contains(t, stderr, "KEHOACH-GLYPH-MISSING")
}
