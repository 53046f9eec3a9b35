package layout

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readExample reads a shipped profile.
func readExample(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", "profiles", name))
	require.NoError(t, err)
	return data
}

// TestShippedProfiles: the default profile is the default layout, and the
// Lào Cai one sets the drafts' spacing within the decree's ranges.
func TestShippedProfiles(t *testing.T) {
	l, err := ReadProfile(readExample(t, "default.yaml"))
	require.NoError(t, err)
	assert.Equal(t, Default(), l, "default.yaml names every key at its default")

	l, err = ReadProfile(readExample(t, "lao-cai.yaml"))
	require.NoError(t, err)
	want := Default()
	want.Margins.Right = MM(20)
	want.LineExact = 17
	want.ParaSpacing, want.ParaSpacingAfter = 3, 6
	want.FirstIndent = MM(12.7)
	assert.Equal(t, want, l)
	assert.NoError(t, l.Check())
	assert.InDelta(t, 6.0, ToMM(l.BodyLineHeight()), 0.005, "lines 6.0 mm apart")

	for _, empty := range []string{"", "# chỉ có ghi chú\n", "---\n"} {
		l, err := ReadProfile([]byte(empty))
		require.NoError(t, err, "%q", empty)
		assert.Equal(t, Default(), l, "%q: an empty profile is the default layout", empty)
	}
}

// TestProfileValues: the forms a clerk writes a value in.
func TestProfileValues(t *testing.T) {
	for _, c := range []struct {
		src   string
		check func(l Layout) bool
	}{
		{"line_spacing: single", func(l Layout) bool { return l.LineSpacing == 1 && l.LineExact == 0 }},
		{"line_spacing: 1.5", func(l Layout) bool { return l.LineSpacing == 1.5 && l.LineExact == 0 }},
		{"line_spacing: 1,15", func(l Layout) bool { return l.LineSpacing == 1.15 }},
		{"line_spacing: Exactly 18 pt", func(l Layout) bool { return l.LineExact == 18 }},
		{"line_spacing: exactly 15.5pt", func(l Layout) bool { return l.LineExact == 15.5 }},
		{"first_line_indent_mm: 12,7", func(l Layout) bool { return l.FirstIndent == MM(12.7) }},
		{"body_size_pt: 13\nspace_before_pt: 0\nspace_after_pt: 6", func(l Layout) bool {
			return l.BodySize == 13 && l.ParaSpacing == 0 && l.ParaSpacingAfter == 6
		}},
		{"margin_right_mm: 20\nheader_right_column_mm: 110", func(l Layout) bool { return l.HeaderRight == MM(110) }},
		{"room_to_sign_mm: 30\nspace_before_title_pt: 40\nspace_before_signature_pt: 20\nspace_after_subject_pt: 12",
			func(l Layout) bool {
				return l.SignatureSpace == MM(30) && l.GapAfterHeader == 40 && l.GapBeforeSignature == 20 && l.GapAfterSubject == 12
			}},
		{"base: &s 14\nbody_size_pt: *s", nil}, // an unknown key, even as an anchor
	} {
		l, err := ReadProfile([]byte(c.src))
		if c.check == nil {
			assert.Error(t, err, c.src)
			continue
		}
		require.NoError(t, err, c.src)
		assert.True(t, c.check(l), "%s: %+v", c.src, l)
		assert.NoError(t, l.Check(), c.src)
	}
}

// TestProfileErrors: each value outside its range, an unknown key and
// every other problem get an error naming the line, the key, the value
// and the range, in Vietnamese and English.
func TestProfileErrors(t *testing.T) {
	for _, c := range []struct {
		src    string
		vi, en string // the whole message, or a part of it
	}{
		{"margin_top_mm: 15",
			"dòng 1: margin_top_mm: 15 mm nằm ngoài khoảng Nghị định 30 cho phép (20–25 mm)",
			"line 1: margin_top_mm: 15 mm is outside the decree's range 20–25 mm"},
		{"margin_bottom_mm: 26",
			"dòng 1: margin_bottom_mm: 26 mm nằm ngoài khoảng Nghị định 30 cho phép (20–25 mm)",
			"line 1: margin_bottom_mm: 26 mm is outside the decree's range 20–25 mm"},
		{"margin_left_mm: 25",
			"dòng 1: margin_left_mm: 25 mm nằm ngoài khoảng Nghị định 30 cho phép (30–35 mm)",
			"line 1: margin_left_mm: 25 mm is outside the decree's range 30–35 mm"},
		{"margin_right_mm: 21",
			"dòng 1: margin_right_mm: 21 mm nằm ngoài khoảng Nghị định 30 cho phép (15–20 mm)",
			"line 1: margin_right_mm: 21 mm is outside the decree's range 15–20 mm"},
		{"body_size_pt: 12",
			"dòng 1: body_size_pt: 12 pt nằm ngoài khoảng Nghị định 30 cho phép (13–14 pt)",
			"line 1: body_size_pt: 12 pt is outside the decree's range 13–14 pt"},
		{"body_size_pt: 16",
			"dòng 1: body_size_pt: 16 pt nằm ngoài khoảng Nghị định 30 cho phép (13–14 pt)",
			"line 1: body_size_pt: 16 pt is outside the decree's range 13–14 pt"},
		{"line_spacing: 2",
			"dòng 1: line_spacing: 2 dòng nằm ngoài khoảng Nghị định 30 cho phép (1–1.5 dòng)",
			"line 1: line_spacing: 2 lines is outside the decree's range 1–1.5 lines"},
		{"line_spacing: 0.8",
			"dòng 1: line_spacing: 0.8 dòng nằm ngoài khoảng Nghị định 30 cho phép (1–1.5 dòng)",
			"line 1: line_spacing: 0.8 lines is outside the decree's range 1–1.5 lines"},
		{"line_spacing: 17",
			`dòng 1: line_spacing: 17 dòng nằm ngoài khoảng Nghị định 30 cho phép (1–1.5 dòng); để mỗi dòng cao đúng 17 pt, ghi "exactly 17"`,
			`line 1: line_spacing: 17 lines is outside the decree's range 1–1.5 lines; for lines exactly 17 pt apart, write "exactly 17"`},
		{"line_spacing: exactly 20",
			"dòng 1: line_spacing: exactly 20 pt nằm ngoài khoảng Nghị định 30 cho phép (15–18 pt)",
			"line 1: line_spacing: exactly 20 pt is outside the decree's range 15–18 pt"},
		{"line_spacing: exactly 14",
			"dòng 1: line_spacing: exactly 14 pt nằm ngoài khoảng Nghị định 30 cho phép (15–18 pt)",
			"line 1: line_spacing: exactly 14 pt is outside the decree's range 15–18 pt"},
		{"line_spacing: double",
			`dòng 1: line_spacing: không đọc được "double": ghi single (dòng đơn)`,
			`line 1: line_spacing: cannot read "double": write single, a multiple of single spacing such as 1.15 or 1.5, or exactly 17`},
		{"space_before_pt: 3\nspace_after_pt: 3",
			"dòng 2: space_before_pt 3 pt và space_after_pt 3 pt: giữa hai đoạn văn, Word và LibreOffice để khoảng lớn hơn trong hai khoảng này (3 pt), không cộng lại; Nghị định 30 yêu cầu ít nhất 6 pt",
			"line 2: space_before_pt 3 pt and space_after_pt 3 pt: Word and LibreOffice leave the larger of the two between paragraphs (3 pt), not their sum; the decree asks at least 6 pt"},
		{"space_before_pt: 4",
			"dòng 1: space_before_pt 4 pt và space_after_pt 0 pt",
			"line 1: space_before_pt 4 pt and space_after_pt 0 pt: Word and LibreOffice leave the larger of the two between paragraphs (4 pt)"},
		{"space_before_pt: 30",
			"dòng 1: space_before_pt: 30 pt nằm ngoài khoảng kehoach cho phép (0–24 pt)",
			"line 1: space_before_pt: 30 pt is outside kehoach's range 0–24 pt"},
		{"space_after_pt: -1",
			"dòng 1: space_after_pt: -1 pt nằm ngoài khoảng kehoach cho phép (0–24 pt)",
			"line 1: space_after_pt: -1 pt is outside kehoach's range 0–24 pt"},
		{"first_line_indent_mm: 15",
			"dòng 1: first_line_indent_mm: 15 mm không phải 10 hay 12.7 mm (1 cm hoặc 1,27 cm), hai lề thụt Nghị định 30 cho phép",
			"line 1: first_line_indent_mm: 15 mm is neither of the decree's 10 and 12.7 mm (1 cm or 1.27 cm)"},
		{"header_right_column_mm: 120",
			"dòng 1: header_right_column_mm: 120 mm nằm ngoài khoảng kehoach cho phép (50–115 mm)",
			"line 1: header_right_column_mm: 120 mm is outside kehoach's range 50–115 mm"},
		{"margin_right_mm: 20\nsignature_right_column_mm: 112",
			"dòng 2: signature_right_column_mm: 112 mm nằm ngoài khoảng kehoach cho phép (50–110 mm)",
			"line 2: signature_right_column_mm: 112 mm is outside kehoach's range 50–110 mm"},
		{"room_to_sign_mm: 10",
			"dòng 1: room_to_sign_mm: 10 mm nằm ngoài khoảng kehoach cho phép (15–60 mm)",
			"line 1: room_to_sign_mm: 10 mm is outside kehoach's range 15–60 mm"},
		{"space_before_title_pt: 80",
			"dòng 1: space_before_title_pt: 80 pt nằm ngoài khoảng kehoach cho phép (0–72 pt)",
			"line 1: space_before_title_pt: 80 pt is outside kehoach's range 0–72 pt"},
		{"space_after_subject_pt: -6",
			"dòng 1: space_after_subject_pt: -6 pt nằm ngoài khoảng kehoach cho phép (0–72 pt)",
			"line 1: space_after_subject_pt: -6 pt is outside kehoach's range 0–72 pt"},
		{"space_before_signature_pt: 100",
			"dòng 1: space_before_signature_pt: 100 pt nằm ngoài khoảng kehoach cho phép (0–72 pt)",
			"line 1: space_before_signature_pt: 100 pt is outside kehoach's range 0–72 pt"},

		{"line_spacng: 1.5",
			`dòng 1: khóa "line_spacng" không có trong hồ sơ bố cục (có phải là "line_spacing"?); các khóa là margin_top_mm, margin_bottom_mm`,
			`line 1: unknown profile key "line_spacng" (did you mean "line_spacing"?); the keys are margin_top_mm, margin_bottom_mm`},
		{"font: Arial",
			`dòng 1: khóa "font" không có trong hồ sơ bố cục; các khóa là`,
			`line 1: unknown profile key "font"; the keys are`},
		{"body_size_pt: 14\nbody_size_pt: 13",
			"dòng 2: body_size_pt được ghi hai lần (lần đầu ở dòng 1): chỉ giữ một",
			"line 2: body_size_pt is given twice (first on line 1): keep one"},
		{"body_size_pt: mười bốn",
			`dòng 1: body_size_pt: "mười bốn" không phải là một số`,
			`line 1: body_size_pt: "mười bốn" is not a number`},
		{"body_size_pt: .inf",
			`dòng 1: body_size_pt: ".inf" không phải là một số`,
			`line 1: body_size_pt: ".inf" is not a number`},
		{"body_size_pt:",
			"dòng 1: body_size_pt chưa có giá trị",
			"line 1: body_size_pt has no value"},
		{"margin_top_mm: [20, 25]",
			"dòng 1: margin_top_mm: cần một giá trị, không phải một danh sách hay các khóa con",
			"line 1: margin_top_mm: needs one value, not a list or keys under it"},
		{"- margin_top_mm: 20",
			`dòng 1: hồ sơ bố cục phải gồm các dòng dạng "khóa: giá trị"`,
			`line 1: a layout profile is a list of "key: value" lines`},
		{"margin_top_mm: 20\n  body_size_pt: 14",
			"dòng 2: hồ sơ bố cục sai cú pháp YAML: dấu hai chấm đứng ở chỗ không được có",
			"line 2: the layout profile is not valid YAML: mapping values are not allowed in this context"},
		{strings.Repeat("# comment\n", MaxProfileSize/8),
			"tệp hồ sơ bố cục có 81920 byte; hồ sơ dài tối đa 64 KiB",
			"the layout profile is 81920 bytes; a profile is at most 64 KiB"},
	} {
		name := c.src[:min(len(c.src), 60)]
		l, err := ReadProfile([]byte(c.src))
		var pe *ProfileError
		if !assert.True(t, errors.As(err, &pe), "%q: a *ProfileError, got %v", name, err) {
			continue
		}
		assert.Equal(t, Default(), l, "%q: the default layout with the error", name)
		assert.Contains(t, pe.Message("vi"), c.vi, name)
		assert.Contains(t, pe.Message("en"), c.en, name)
		assert.Equal(t, pe.Message("en"), pe.Error())
		assert.Len(t, pe.Problems, 1, "%q: one problem", name)
	}
}

// TestProfileEveryProblem: every problem at once, each on its line, in
// the order of the lines.
// TestProfileAcrossKeys: a rule across keys (the signature box in the
// room to sign, in the signer's column; the seal over its third) names
// the key and its line in both languages; a room to sign or a column the
// profile narrows takes the box it leaves at its default with it.
func TestProfileAcrossKeys(t *testing.T) {
	for _, c := range []struct {
		src    string
		vi, en string
	}{
		{"# giấy tờ ký tay\nroom_to_sign_mm: 20\nsignature_height_mm: 30",
			"dòng 3: ô chữ ký (cao 30 mm) không vừa khoảng trống để ký (20 mm)",
			"line 3: the signature box (30 mm tall) does not fit the room to sign (20 mm): raise room_to_sign_mm or lower signature_height_mm"},
		{"signature_right_column_mm: 60\nsignature_width_mm: 70",
			"dòng 2: ô chữ ký (rộng 70 mm) rộng hơn cột của người ký (60 mm)",
			"line 2: the signature box (70 mm wide) is wider than the signer's column (60 mm)"},
		{"seal_diameter_mm: 20\nsignature_width_mm: 70",
			"dòng 1: dấu (20 mm) hẹp hơn 33% ô chữ ký",
			"line 1: the seal (20 mm) is narrower than the 33% of the signature"},
	} {
		_, err := ReadProfile([]byte(c.src))
		var perr *ProfileError
		require.True(t, errors.As(err, &perr), "%q: %v", c.src, err)
		assert.Contains(t, perr.Message("vi"), c.vi, c.src)
		assert.Contains(t, perr.Message("en"), c.en, c.src)
		assert.NotContains(t, perr.Message("vi"), "signature box", "no English in the Vietnamese message")
	}
	for _, src := range []string{"room_to_sign_mm: 15", "signature_right_column_mm: 50", "room_to_sign_mm: 15\nsignature_right_column_mm: 50"} {
		l, err := ReadProfile([]byte(src))
		require.NoError(t, err, "%q is in its documented range", src)
		assert.LessOrEqual(t, l.SignatureBoxHeight, l.SignatureSpace+rangeTolerance, src)
		assert.LessOrEqual(t, l.SignatureBoxWidth, l.SignatureRight+rangeTolerance, src)
	}
}

// TestCheckBothLanguages: Layout.Check's every problem has a Vietnamese
// and an English form.
func TestCheckBothLanguages(t *testing.T) {
	l := Default()
	l.Margins.Top = MM(10)
	l.FontName = " "
	l.SignatureBoxHeight = MM(40)
	var checks CheckErrors
	require.True(t, errors.As(l.Check(), &checks))
	require.Len(t, checks, 4, "the margin, the header's distance from the page's edge under it, the box, the font")
	assert.Equal(t, "bố cục: margin_top_mm 10 mm nằm ngoài khoảng Nghị định 30 cho phép (20–25 mm)", checks[0].Message("vi"))
	assert.Equal(t, "layout: top margin 10 mm is outside the decree's range 20–25 mm", checks[0].Message("en"))
	assert.Contains(t, checks.Message("vi"), "ô chữ ký (cao 40 mm)")
	assert.Contains(t, checks.Message("vi"), "tên phông chữ để trống")
}

func TestProfileEveryProblem(t *testing.T) {
	_, err := ReadProfile([]byte("margin_top_mm: 10\nbody_size: 14\nline_spacing: exactly 25\nfirst_line_indent_mm: 11\n"))
	var pe *ProfileError
	require.True(t, errors.As(err, &pe))
	lines := strings.Split(pe.Message("en"), "\n")
	require.Len(t, lines, 4, pe.Message("en"))
	assert.True(t, strings.HasPrefix(lines[0], "line 1: margin_top_mm: 10 mm"), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "line 2: unknown profile key \"body_size\" (did you mean \"body_size_pt\"?)"), lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "line 3: line_spacing: exactly 25 pt"), lines[2])
	assert.True(t, strings.HasPrefix(lines[3], "line 4: first_line_indent_mm: 11 mm"), lines[3])
}

// TestSettingsKeys: every profile key names one number, once.
func TestSettingsKeys(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range settings {
		if s.key == "" {
			continue
		}
		assert.False(t, seen[s.key], "%s once", s.key)
		seen[s.key] = true
		assert.NotNil(t, settingOf(s.key))
	}
	assert.Len(t, ProfileKeys(), len(seen)+2, "the settings' keys, the line spacing and the first-line indent")
}

// TestProfileKeysDocumented: docs/profiles.md describes every key.
func TestProfileKeysDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "profiles.md"))
	require.NoError(t, err)
	for _, key := range ProfileKeys() {
		assert.Contains(t, string(doc), "`"+key+"`", "docs/profiles.md names %s", key)
	}
	def := string(readExample(t, "default.yaml"))
	for _, key := range ProfileKeys() {
		assert.Contains(t, def, "\n"+key+": ", "default.yaml names %s", key)
	}
}

// FuzzReadProfile: no profile crashes the reader; what it accepts passes
// the layout's check, what it refuses gets a *ProfileError.
func FuzzReadProfile(f *testing.F) {
	for _, seed := range []string{"", "line_spacing: exactly 17\nspace_before_pt: 3\nspace_after_pt: 6\n", "a: &a [*a, *a]\n",
		"margin_top_mm: 1e400\n", "body_size_pt: !!binary aGVsbG8=\n", "? [a]\n: b\n", "\xff\xfe"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := ReadProfile(data)
		if err != nil {
			var pe *ProfileError
			require.True(t, errors.As(err, &pe), "%v", err)
			require.NotEmpty(t, pe.Problems)
			return
		}
		require.NoError(t, l.Check())
	})
}
