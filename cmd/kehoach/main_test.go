package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kehoach/kehoach"
	mdread "github.com/kehoach/kehoach/read/markdown"

	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/markdown"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runKehoach runs the command line and returns its status and outputs.
func runKehoach(args ...string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	status = run(args, &out, &errOut)
	return status, out.String(), errOut.String()
}

const validPlan = `---
issuer: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
symbol: KH-STTTT
place: Vĩnh Phúc
date: 2021-11
subject: Phát động phong trào thi đua
signer: {position: GIÁM ĐỐC, name: Nguyễn Văn A}
---

# NỘI DUNG

- Thi đua.
`

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	return path
}

// files lists a directory's entries.
func files(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestRenderMarkdown(t *testing.T) {
	out := t.TempDir()
	status, stdout, stderr := runKehoach("render", "-f", "md", "-o", out, "../../examples/ke-hoach-004.md")
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(out, "ke-hoach-004.md")+"\n", stdout)
	assert.Empty(t, stderr)

	src, err := os.ReadFile("../../examples/ke-hoach-004.md")
	require.NoError(t, err)
	p, err := mdread.Read(src, "")
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, markdown.Write(&want, p))
	got, err := os.ReadFile(filepath.Join(out, "ke-hoach-004.md"))
	require.NoError(t, err)
	assert.Equal(t, want.String(), string(got))
	info, err := os.Stat(filepath.Join(out, "ke-hoach-004.md"))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), info.Mode().Perm())
}

func TestRenderJSONInputAndInterspersedFlags(t *testing.T) {
	dir := t.TempDir()
	p, err := mdread.Read([]byte(validPlan), "")
	require.NoError(t, err)
	var js bytes.Buffer
	require.NoError(t, plan.WriteJSON(&js, p))
	in := write(t, dir, "plan.json", js.String())
	out := filepath.Join(dir, "out", "nested")
	status, stdout, stderr := runKehoach("render", in, "-o", out, "-f", "md")
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(out, "plan.md")+"\n", stdout, "the output directory is created")
}

// TestRenderJSONOutput: -f json writes the plan's JSON encoding, on
// request only, and the JSON renders the same documents as the Markdown.
func TestRenderJSONOutput(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "plan.md", validPlan)
	status, stdout, stderr := runKehoach("render", "-f", "json,md", "-o", dir, in)
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(dir, "plan.rendered.md")+"\n"+filepath.Join(dir, "plan.json")+"\n", stdout)
	js, err := os.ReadFile(filepath.Join(dir, "plan.json"))
	require.NoError(t, err)
	assert.Contains(t, string(js), `"symbol": "KH-STTTT"`)

	out := t.TempDir()
	status, _, stderr = runKehoach("render", "-f", "md", "-o", out, filepath.Join(dir, "plan.json"))
	require.Equal(t, exitOK, status, stderr)
	fromMD, err := os.ReadFile(filepath.Join(dir, "plan.rendered.md"))
	require.NoError(t, err)
	fromJSON, err := os.ReadFile(filepath.Join(out, "plan.md"))
	require.NoError(t, err)
	assert.Equal(t, string(fromMD), string(fromJSON))

	status, stdout, _ = runKehoach("render", "-o", t.TempDir(), in)
	require.Equal(t, exitOK, status)
	assert.NotContains(t, stdout, ".json", "not among the default formats")
}

// TestRenderHTMLOutput: -f html writes <base>.html, the PDF's pages as a
// web page that needs no other file, on request only.
func TestRenderHTMLOutput(t *testing.T) {
	dir := t.TempDir()
	in := write(t, dir, "plan.md", validPlan)
	status, stdout, stderr := runKehoach("render", "-f", "html,pdf", "-o", dir, in)
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(dir, "plan.pdf")+"\n"+filepath.Join(dir, "plan.html")+"\n", stdout)
	page, err := os.ReadFile(filepath.Join(dir, "plan.html"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(page), "<!DOCTYPE html>\n<html lang=\"vi\">"))
	assert.True(t, strings.Contains(string(page), "src:url(\"data:font/ttf;base64,"), "the fonts embedded")
	assert.True(t, strings.Contains(string(page), ">KẾ HOẠCH</div>"), "the title")

	status, stdout, _ = runKehoach("render", "-o", t.TempDir(), in)
	require.Equal(t, exitOK, status)
	assert.NotContains(t, stdout, ".html", "not among the default formats")
}

// TestRenderAuthoring: -f authoring writes a plan back in the authoring
// format, which reads as the same plan, and never over the plan it came
// from.
func TestRenderAuthoring(t *testing.T) {
	dir := t.TempDir()
	source := write(t, dir, "plan.md", validPlan)
	status, _, stderr := runKehoach("render", "-f", "json", "-o", dir, source)
	require.Equal(t, exitOK, status, stderr)
	out := t.TempDir()
	status, stdout, stderr := runKehoach("render", "-f", "authoring", "-o", out, filepath.Join(dir, "plan.json"))
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(out, "plan.md")+"\n", stdout)
	status, _, stderr = runKehoach("render", "-f", "json", "-o", out, filepath.Join(out, "plan.md"))
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, readFile(t, filepath.Join(dir, "plan.json")), readFile(t, filepath.Join(out, "plan.json")), "the same plan")

	status, stdout, stderr = runKehoach("render", "-f", "authoring", "-o", dir, filepath.Join(dir, "plan.json"))
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(dir, "plan.rendered.md")+"\n", stdout)
	assert.Equal(t, validPlan, readFile(t, source), "the author's plan is untouched")
}

// readFile returns a file's content.
func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// TestRenderNeverOverwritesAPlan: rendering plan.json beside the Markdown
// plan it was converted from writes plan.rendered.md, not over plan.md;
// a Markdown document kehoach wrote earlier is replaced as usual.
func TestRenderNeverOverwritesAPlan(t *testing.T) {
	dir := t.TempDir()
	source := write(t, dir, "plan.md", validPlan)
	status, _, stderr := runKehoach("render", "-f", "json", "-o", dir, source)
	require.Equal(t, exitOK, status, stderr)
	status, stdout, stderr := runKehoach("render", "-f", "md", "-o", dir, filepath.Join(dir, "plan.json"))
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(dir, "plan.rendered.md")+"\n", stdout)
	b, err := os.ReadFile(source)
	require.NoError(t, err)
	assert.Equal(t, validPlan, string(b), "the author's plan is untouched")

	out := t.TempDir()
	for range 2 {
		status, stdout, stderr = runKehoach("render", "-f", "md", "-o", out, filepath.Join(dir, "plan.json"))
		require.Equal(t, exitOK, status, stderr)
		assert.Equal(t, filepath.Join(out, "plan.md")+"\n", stdout, "an earlier document is replaced")
	}
}

// TestRenderShowsWhatForceCannotChange: when the checker and the reader
// name the same field, render shows the reader's problem, the one that
// keeps the plan from being laid out even with -force.
func TestRenderShowsWhatForceCannotChange(t *testing.T) {
	bad := write(t, t.TempDir(), "bad.md", strings.Replace(validPlan, "symbol: KH-STTTT", `symbol: "KH-\nSTTTT"`, 1))
	status, _, stderr := runKehoach("render", "-force", "-lang", "en", "-o", t.TempDir(), bad)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stderr, bad+":3: symbol: must be one line")
	assert.NotContains(t, stderr, "ND30-SYMBOL-FORMAT", "the same field once")
	_, checked, _ := runKehoach("check", "-lang", "en", bad)
	assert.Contains(t, checked, bad+":3: ERROR KEHOACH-INVALID symbol: must be one line", "check says what render says")
	assert.NotContains(t, checked, "ND30-SYMBOL-FORMAT", "the same field once")
}

func TestRenderInvalidPlanWritesNothing(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "bad.md", strings.Replace(validPlan, "date: 2021-11", "date: 2025-02-30", 1)+"\n### Lạc chỗ\n")
	out := t.TempDir()
	status, stdout, stderr := runKehoach("render", "-o", out, bad)
	assert.Equal(t, exitInvalid, status)
	assert.Empty(t, stdout)
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	var problems []string // the reader's, as it words them
	for _, l := range lines {
		if !strings.Contains(l, " CẢNH BÁO ") && !strings.HasPrefix(l, "kehoach render:") {
			problems = append(problems, l)
		}
	}
	assert.Equal(t, []string{
		bad + `:5: date: "2025-02-30" không phải ngày hợp lệ: tháng 2 năm 2025 chỉ có 28 ngày, không có ngày 30`,
		bad + ":14: điểm (cấp 3) không được đặt ngay dưới mục (cấp 1): ở đây phải là khoản (cấp 2)",
	}, problems, "in Vietnamese, by default")
	assert.Contains(t, stderr, bad+":10: CẢNH BÁO ND30-PART-PURPOSE", "the checker's findings come in the same run")
	assert.Equal(t, "kehoach render: "+bad+": không xuất: kế hoạch không hợp lệ (các lỗi ở trên); sửa các lỗi đó (-force không lập được văn bản từ kế hoạch không hợp lệ)",
		lines[len(lines)-1])
	_, _, stderr = runKehoach("render", "-o", out, "-lang", "en", bad)
	assert.Contains(t, stderr, bad+`:5: date: "2025-02-30" is not a date: day 30 is past the end of month 2 of 2025, which has 28 days`)
	assert.Contains(t, stderr, "kehoach render: "+bad+": not rendered: the plan is invalid (the problems above); fix them (-force cannot lay out an invalid plan)")
	assert.Empty(t, files(t, out), "no file, not even a temporary one")

	status, _, _ = runKehoach("render", "-force", "-o", out, bad)
	assert.Equal(t, exitInvalid, status, "-force does not lay out an invalid plan")
	assert.Empty(t, files(t, out))
}

// TestRenderReportsEveryProblemAtOnce: a plan with a problem that stops it
// from being laid out and breaches of the decree gets them all in one run,
// as check reports them, not one round after another.
func TestRenderReportsEveryProblemAtOnce(t *testing.T) {
	dir := t.TempDir()
	src := strings.NewReplacer("date: 2021-11", "date: 2025-02-30", "place: Vĩnh Phúc", "place: TP. HCM",
		"name: Nguyễn Văn A", "name: NGUYỄN VĂN A").Replace(validPlan)
	bad := write(t, dir, "bad.md", src)
	status, _, stderr := runKehoach("render", "-lang", "en", "-o", t.TempDir(), bad)
	assert.Equal(t, exitInvalid, status)
	for _, want := range []string{bad + ":5: date:", bad + ":4: ERROR ND30-PLACE-NAME place:", bad + ":7: ERROR ND30-NAME-CASE signer.name:"} {
		assert.Contains(t, stderr, want)
	}
	_, checked, _ := runKehoach("check", "-lang", "en", bad)
	assert.Contains(t, checked, "ND30-PLACE-NAME")
	assert.Contains(t, checked, "ND30-NAME-CASE")
}

func TestRenderSomeValidSomeNot(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", validPlan)
	bad := write(t, dir, "bad.md", strings.Replace(validPlan, "issuer:", "isuer:", 1))
	out := t.TempDir()
	status, _, stderr := runKehoach("render", "-o", out, good, bad)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stderr, bad+`:2: khóa "isuer" không có trong phần khai báo (có phải là "issuer"?)`)
	assert.Equal(t, []string{"good.docx", "good.md", "good.pdf"}, files(t, out))
}

func TestRenderManyFilesInParallel(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	var inputs, want []string
	for i := 0; i < 60; i++ {
		inputs = append(inputs, write(t, dir, fmt.Sprintf("plan-%02d.md", i), strings.Replace(validPlan, "Thi đua.", fmt.Sprintf("Thi đua %d.", i), 1)))
		for _, ext := range []string{".md", ".docx", ".pdf"} {
			want = append(want, filepath.Join(out, fmt.Sprintf("plan-%02d%s", i, ext)))
		}
	}
	status, stdout, stderr := runKehoach(append([]string{"render", "-o", out}, inputs...)...)
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, strings.Join(want, "\n")+"\n", stdout, "reported in input order")
	for i := 0; i < 60; i++ {
		b, err := os.ReadFile(want[3*i])
		require.NoError(t, err)
		assert.Contains(t, string(b), fmt.Sprintf("Thi đua %d./.", i))
	}
	assert.Len(t, files(t, out), 180, "Markdown, DOCX and PDF for each plan, nothing else")
}

// TestRenderIntoItsOwnDirectory: "kehoach render plan.md" where the plan
// is writes plan.docx, plan.pdf and plan.rendered.md, and leaves the plan
// as it was.
func TestRenderIntoItsOwnDirectory(t *testing.T) {
	dir := t.TempDir()
	plan := write(t, dir, "plan.md", validPlan)
	status, stdout, stderr := runKehoach("render", "-o", dir, plan)
	require.Equal(t, exitOK, status, stderr)
	want := []string{filepath.Join(dir, "plan.rendered.md"), filepath.Join(dir, "plan.docx"), filepath.Join(dir, "plan.pdf")}
	assert.Equal(t, strings.Join(want, "\n")+"\n", stdout)
	b, err := os.ReadFile(plan)
	require.NoError(t, err)
	assert.Equal(t, validPlan, string(b), "the plan is untouched")
	assert.Equal(t, []string{"plan.docx", "plan.md", "plan.pdf", "plan.rendered.md"}, files(t, dir))
}

// TestRenderWithTemplate fills an agency's own DOCX.
func TestRenderWithTemplate(t *testing.T) {
	out := t.TempDir()
	status, _, stderr := runKehoach("render", "-f", "docx", "-template", "../../examples/agency-template.docx", "-o", out, "../../examples/plan-09.md")
	require.Equal(t, exitOK, status, stderr)
	data, err := os.ReadFile(filepath.Join(out, "plan-09.docx"))
	require.NoError(t, err)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	var doc string
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			require.NoError(t, err)
			b, _ := io.ReadAll(rc)
			rc.Close()
			doc = string(b)
		}
	}
	assert.Contains(t, doc, "UBND TỈNH LÀO CAI", "the template's letterhead")
	assert.NotContains(t, doc, "{{", "every placeholder filled")
}

func TestRenderUsageErrors(t *testing.T) {
	dir := t.TempDir()
	plan := write(t, dir, "plan.md", validPlan)
	other := filepath.Join(t.TempDir(), "plan.md")
	require.NoError(t, os.WriteFile(other, []byte(validPlan), 0o644))
	txt := write(t, dir, "plan.odt", validPlan)
	exts := strings.Join(kehoach.Extensions(), ", ")
	missing := filepath.Join(dir, "missing.md")
	cases := []struct {
		args   []string
		en, vi string
	}{
		{[]string{"draw"}, `kehoach: unknown command "draw"`, `kehoach: không có lệnh "draw"`},
		{[]string{"render"}, "kehoach render: no plan file given\nUsage: kehoach render", "kehoach render: chưa có tệp kế hoạch nào\nCách dùng: kehoach render"},
		{[]string{"render", "-x", plan}, "kehoach render: flag provided but not defined: -x\nUsage:", "kehoach render: không có tùy chọn -x\nCách dùng:"},
		{[]string{"render", "-force=maybe", plan}, `invalid boolean value "maybe" for -force`, `giá trị "maybe" của tùy chọn -force không hợp lệ: ghi true hoặc false`},
		{[]string{"render", "-f", "odt", plan}, `kehoach render: unknown format "odt": choose from md, docx, pdf`, `kehoach render: không có định dạng "odt": chọn một trong md, docx, pdf`},
		{[]string{"render", "-f", ",", plan}, "no format given", "chưa chọn định dạng nào"},
		{[]string{"render", "-f", "md,authoring", plan}, "the formats md and authoring both write .md files", "hai định dạng md và authoring cùng ghi tệp .md"},
		{[]string{"render", "-o", t.TempDir(), plan, other}, "would both be written to", "sẽ cùng được ghi vào"},
		{[]string{"render", "-o", t.TempDir(), missing}, "kehoach render: " + missing + ": no such file or directory", "kehoach render: " + missing + ": không tìm thấy tệp hoặc thư mục này"},
		{[]string{"render", "-template", filepath.Join(dir, "missing.docx"), plan}, "kehoach render: -template: " + filepath.Join(dir, "missing.docx") + ": no such file", "kehoach render: -template: " + filepath.Join(dir, "missing.docx") + ": không tìm thấy"},
		{[]string{"render", "-o", t.TempDir(), txt}, "kehoach render: " + txt + ": not a plan file: expected one of " + exts, "kehoach render: " + txt + ": không phải tệp kế hoạch: tệp kế hoạch có đuôi " + exts},
		{[]string{"render", "-o", t.TempDir(), dir}, "kehoach render: " + dir + ": is a directory: expected a plan file (" + exts + ")", "kehoach render: " + dir + ": là một thư mục, không phải tệp kế hoạch (" + exts + ")"},
		{[]string{"check", dir}, "kehoach check: " + dir + ": is a directory", "kehoach check: " + dir + ": là một thư mục"},
		{[]string{"render", "-f", "pdf", "-template", "../../examples/agency-template.docx", plan}, "-template fills the DOCX output, and -f pdf has none: add docx to -f", "-template dùng cho bản DOCX, nhưng -f pdf không có docx: thêm docx vào -f"},
		{[]string{"render", "-template", txt, plan}, "kehoach render: " + txt + ": docx template: not a readable .docx file", "kehoach render: " + txt + ": mẫu .docx: không phải tệp .docx đọc được"},
	}
	for _, c := range cases {
		for lang, want := range map[string]string{"en": c.en, "vi": c.vi} {
			args := append(slices.Clone(c.args), "-lang", lang)
			status, _, stderr := runKehoach(args...)
			assert.Equal(t, exitUsage, status, "%v: %s", args, stderr)
			assert.Contains(t, stderr, want, args)
		}
	}
	for args, want := range map[string]string{
		"render -lang en -o": "kehoach render: flag needs an argument: -o",
		"render -o":          "kehoach render: tùy chọn -o cần một giá trị",
		"render -lang fr x":  `kehoach render: -lang "fr": chọn vi hoặc en`,
		"check --lang=fr x":  `kehoach check: -lang "fr": chọn vi hoặc en`,
	} {
		status, _, stderr := runKehoach(strings.Fields(args)...)
		assert.Equal(t, exitUsage, status, args)
		assert.Contains(t, stderr, want, args)
	}
	status, _, stderr := runKehoach()
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "Cách dùng:", "Vietnamese by default")
	status, stdout, _ := runKehoach("help")
	assert.Equal(t, exitOK, status)
	assert.Contains(t, stdout, "kehoach render")
	assert.Contains(t, stdout, "Cách dùng:")
	_, stdout, _ = runKehoach("help", "-lang", "en")
	assert.Contains(t, stdout, "Usage:")
	status, _, stderr = runKehoach("render", "-h")
	assert.Equal(t, exitOK, status, "help is not an error")
	assert.Contains(t, stderr, "Cách dùng: kehoach render")
	assert.Contains(t, stderr, "  -o THƯ-MỤC\n    \tthư mục ghi văn bản, được tạo nếu chưa có (mặc định \".\")")
	_, _, stderr = runKehoach("render", "-h", "-lang=en")
	assert.Contains(t, stderr, "Usage: kehoach render")
	assert.Contains(t, stderr, "  -o DIR\n    \toutput directory, created when missing (default \".\")")
	file := write(t, t.TempDir(), "afile", "x")
	status, _, stderr = runKehoach("render", "-o", file, plan, "-lang", "en")
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "is a file, not a directory")
	_, _, stderr = runKehoach("render", "-o", file, plan)
	assert.Contains(t, stderr, "là một tệp, không phải thư mục")
}

func TestRenderFailureLeavesNoDirectory(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "bad.md", "no front matter")
	out := filepath.Join(dir, "new", "out")
	status, _, _ := runKehoach("render", "-o", out, bad)
	assert.Equal(t, exitInvalid, status)
	_, err := os.Stat(filepath.Join(dir, "new"))
	assert.True(t, os.IsNotExist(err), "no directory is made for a plan that fails")
}

func TestRenderOverADirectory(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", validPlan)
	out := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(out, "good.md"), 0o755))
	status, _, stderr := runKehoach("render", "-f", "md", "-o", out, good)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stderr, "kehoach render: không ghi được "+filepath.Join(out, "good.md")+": ở đó đã có một thư mục trùng tên")
	_, _, stderr = runKehoach("render", "-f", "md", "-o", out, "-lang", "en", good)
	assert.Contains(t, stderr, "kehoach render: cannot write "+filepath.Join(out, "good.md")+": a directory of that name is in the way")
}

// TestRenderAllOrNothing checks that a plan whose last document cannot be
// written leaves none of its documents behind.
func TestRenderAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", validPlan)
	out := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(out, "good.pdf"), 0o755))
	status, _, stderr := runKehoach("render", "-o", out, "-lang", "en", good)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stderr, "good.pdf: a directory of that name is in the way")
	assert.Equal(t, []string{"good.pdf"}, files(t, out), "neither the Markdown nor the DOCX document is written")

	if os.Geteuid() != 0 { // root writes anywhere
		ro := t.TempDir()
		require.NoError(t, os.Chmod(ro, 0o555))
		err := writeAllAtomic([]string{filepath.Join(out, "a.md"), filepath.Join(ro, "a.docx")}, [][]byte{[]byte("x"), []byte("y")})
		assert.Error(t, err)
		assert.Equal(t, []string{"good.pdf"}, files(t, out), "the first document is taken back with its temporary file")
	}
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	require.NoError(t, writeAtomic(path, []byte("một")))
	require.NoError(t, writeAtomic(path, []byte("hai")), "an existing file is replaced")
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "hai", string(b))
	assert.Equal(t, []string{"a.md"}, files(t, dir), "no temporary file is left")

	err = writeAtomic(filepath.Join(dir, "missing", "b.md"), []byte("x"))
	assert.Error(t, err)
	if os.Geteuid() != 0 { // root writes anywhere
		ro := t.TempDir()
		require.NoError(t, os.Chmod(ro, 0o555))
		assert.Error(t, writeAtomic(filepath.Join(ro, "c.md"), []byte("x")))
		assert.Empty(t, files(t, ro))
	}
}

// TestOutputUnderAFile: an -o path through a file is refused once, before
// any plan is rendered, not once a plan.
func TestOutputUnderAFile(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", validPlan)
	other := write(t, dir, "other.md", validPlan)
	file := write(t, dir, "notes.txt", "x")
	status, stdout, stderr := runKehoach("render", "-o", filepath.Join(file, "out"), good, other)
	assert.Equal(t, exitUsage, status)
	assert.Empty(t, stdout)
	assert.Equal(t, 1, strings.Count(stderr, "là một tệp, không phải thư mục"), stderr)
}

// TestStandardInput: "-" is refused with a message that says so.
func TestStandardInput(t *testing.T) {
	for _, cmd := range []string{"render", "check"} {
		status, _, stderr := runKehoach(cmd, "-")
		assert.Equal(t, exitUsage, status, cmd)
		assert.Contains(t, stderr, "không đọc được kế hoạch từ đầu vào chuẩn", cmd)
		_, _, stderr = runKehoach(cmd, "-lang", "en", "-")
		assert.Contains(t, stderr, "reading a plan from standard input is not supported", cmd)
	}
}
