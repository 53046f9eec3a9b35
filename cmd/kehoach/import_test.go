package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/docxtest"
	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	mdread "github.com/kehoach/kehoach/read/markdown"
	"github.com/kehoach/kehoach/read/text"
)

// shared returns a file of ../shared (the real documents, the seeds) by
// its directory and the start of its name, skipping the test when it is
// not there: those files are never copied into the repository.
func shared(t *testing.T, dir, prefix string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", dir, prefix+"*"))
	if len(matches) != 1 {
		t.Skipf("../shared/%s/%s* is not here (found %d files)", dir, prefix, len(matches))
	}
	return matches[0]
}

// readImported reads a plan kehoach import wrote, in the authoring
// format, and returns it with the reader's error.
func readImported(t *testing.T, path string) (*plan.Plan, string, error) {
	t.Helper()
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	p, err := mdread.Read(src, path)
	require.NotNil(t, p)
	return p, string(src), err
}

// assertSameHead checks that a plan imported has the symbol, subject,
// signer and recipients of the plan it was made from.
func assertSameHead(t *testing.T, want, got *plan.Plan) {
	t.Helper()
	assert.Equal(t, want.Symbol, got.Symbol, "symbol")
	assert.Equal(t, want.Subject, got.Subject, "subject")
	assert.Equal(t, want.Signer, got.Signer, "signer")
	assert.Equal(t, want.Recipients, got.Recipients, "recipients")
}

// A real plan drafted in Word (../shared/realdocs/01) imports whole:
// exit 0, the path on stdout, nothing on stderr, and <base>.md reads
// back as a valid plan with its blank number, symbol, subject and
// signer.
func TestImportRealDocx(t *testing.T) {
	src := shared(t, "realdocs", "01_")
	out := t.TempDir()
	status, stdout, stderr := runKehoach("import", "-o", out, src)
	require.Equal(t, exitOK, status, stderr)
	assert.Empty(t, stderr)
	path := filepath.Join(out, strings.TrimSuffix(filepath.Base(src), ".docx")+".md")
	assert.Equal(t, path+"\n", stdout)

	p, md, err := readImported(t, path)
	require.NoError(t, err, "a plan read whole is valid as written")
	assert.NotContains(t, md, "# Văn bản được nhập", "no gap to fill in")
	assert.Equal(t, "", p.Number, "a draft leaves the number blank for the agency's system")
	assert.Equal(t, "KH-SCT", p.Symbol)
	assert.Equal(t, []string{"SỞ CÔNG THƯƠNG"}, p.Issuer)
	assert.Equal(t, "Lào Cai", p.Place)
	assert.Equal(t, "Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai", p.Subject)
	assert.Equal(t, []string{"KT. GIÁM ĐỐC"}, p.Signer.Authority)
	assert.Equal(t, []string{"PHÓ GIÁM ĐỐC"}, p.Signer.Position)
	assert.Equal(t, "Hoàng Văn Thuân", p.Signer.Name)
}

// kehoach's own DOCX of a numbered plan imports as the plan it was
// written from: number, symbol, subject, signer and recipients.
func TestImportOwnDocx(t *testing.T) {
	want := testplans.Load(t, "plan-10.md")
	dir := t.TempDir()
	src := filepath.Join(dir, "ke-hoach-1105.docx")
	require.NoError(t, os.WriteFile(src, docxtest.Of(t, want), 0o644))
	status, stdout, stderr := runKehoach("import", "-o", dir, src)
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(dir, "ke-hoach-1105.md")+"\n", stdout)

	got, _, err := readImported(t, filepath.Join(dir, "ke-hoach-1105.md"))
	require.NoError(t, err)
	assert.Equal(t, "1105", got.Number)
	assert.Equal(t, want.Date, got.Date)
	assertSameHead(t, want, got)
}

// A text plan without its agency lines is written with the issuer's gap
// named at the top and left empty, and the command says so on stderr and
// exits 1; with -lang en, in English. The output directory is made.
func TestImportTextWithGaps(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "tiem-chung.txt", testplans.Pasted)
	for _, c := range []struct{ lang, head, gap string }{
		{"vi", "cần bổ sung hoặc sửa trong", "issuer: không tìm thấy tên cơ quan ban hành ở phần đầu văn bản"},
		{"en", "to fill in or correct in", "issuer: no issuing agency found in the header"},
	} {
		out := filepath.Join(dir, c.lang, "moi") // two levels that do not exist
		status, stdout, stderr := runKehoach("import", "-lang", c.lang, "-o", out, src)
		assert.Equal(t, exitInvalid, status, "a plan with gaps exits 1")
		path := filepath.Join(out, "tiem-chung.md")
		assert.Equal(t, path+"\n", stdout, "written all the same")
		assert.Equal(t, "kehoach import: "+src+": "+c.head+" "+path+":\n"+src+": "+c.gap+"\n", stderr)

		p, md, err := readImported(t, path)
		assert.Contains(t, md, "# - issuer: không tìm thấy tên cơ quan ban hành ở phần đầu văn bản\n#   no issuing agency found in the header\nissuer:\n",
			"the comment in both languages whatever -lang")
		assert.Equal(t, "KH-SYT", p.Symbol)
		assert.Equal(t, "Nguyễn Văn An", p.Signer.Name)
		assert.Equal(t, []string{"UBND tỉnh"}, p.Recipients)
		assert.Equal(t, "VT", p.Archive)
		var fields []string
		for _, e := range plan.AsErrors(err) {
			fields = append(fields, e.Field)
		}
		assert.Contains(t, fields, "issuer", "the empty issuer is named until filled in")
	}
}

// A seed copied from a portal (../shared/seeds/004, plan 004 without its
// agency lines) imports with its symbol, subject and signer, and the
// issuer as its gap.
func TestImportSeed(t *testing.T) {
	src := shared(t, "seeds", "004_")
	out := t.TempDir()
	status, _, stderr := runKehoach("import", "-o", out, src)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stderr, "issuer: không tìm thấy tên cơ quan ban hành")
	p, _, _ := readImported(t, filepath.Join(out, strings.TrimSuffix(filepath.Base(src), ".txt")+".md"))
	assertSameHead(t, testplans.Load(t, "ke-hoach-004.md"), p)
}

// kehoach import never replaces a file: the one in the way is left as it
// was, the command says why in the language asked for and exits 1,
// writing nothing on stdout; the other files are imported.
func TestImportNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "plan.txt", testplans.Pasted)
	other := write(t, dir, "other.txt", testplans.Pasted)
	out := t.TempDir()
	taken := write(t, out, "plan.md", "my own notes\n")
	for _, c := range []struct{ lang, says string }{
		{"vi", "kehoach import: không ghi " + taken + ": tệp này đã có; kehoach import không ghi đè lên tệp nào (xóa hoặc đổi tên tệp cũ, hoặc chọn thư mục khác bằng -o)\n"},
		{"en", "kehoach import: not writing " + taken + ": the file exists; kehoach import never replaces a file (remove or rename it, or choose another directory with -o)\n"},
	} {
		status, stdout, stderr := runKehoach("import", "-lang", c.lang, "-o", out, src)
		assert.Equal(t, exitInvalid, status)
		assert.Empty(t, stdout)
		assert.Equal(t, c.says, stderr)
		got, err := os.ReadFile(taken)
		require.NoError(t, err)
		assert.Equal(t, "my own notes\n", string(got), "the file in the way is unchanged")
	}
	status, stdout, _ := runKehoach("import", "-o", out, src, other)
	assert.Equal(t, exitInvalid, status)
	assert.Equal(t, filepath.Join(out, "other.md")+"\n", stdout, "the other file is imported")
	assert.ElementsMatch(t, []string{"plan.md", "other.md"}, files(t, out), "no temporary file left behind")
}

// A plan already in the authoring format is written again as the
// authoring format's writer writes it: beside itself as
// <base>.imported.md (never over itself), under its own name elsewhere.
func TestImportMarkdownSource(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "plan.md", validPlan)
	status, stdout, stderr := runKehoach("import", "-o", dir, src)
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, filepath.Join(dir, "plan.imported.md")+"\n", stdout)
	before, err := os.ReadFile(src)
	require.NoError(t, err)
	assert.Equal(t, validPlan, string(before), "the source is left as it was")
	p, _, err := readImported(t, filepath.Join(dir, "plan.imported.md"))
	require.NoError(t, err)
	assert.Equal(t, "Phát động phong trào thi đua", p.Subject)

	// Once more: plan.imported.md is there, and is not replaced.
	status, _, stderr = runKehoach("import", "-lang", "en", "-o", dir, src)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stderr, "not writing "+filepath.Join(dir, "plan.imported.md")+": the file exists")

	out := t.TempDir()
	status, stdout, _ = runKehoach("import", "-o", out, src)
	assert.Equal(t, exitOK, status)
	assert.Equal(t, filepath.Join(out, "plan.md")+"\n", stdout)
}

// A document that cannot be read (a damaged Word file, one of an unknown
// kind, a missing one) exits 2 with its reason and writes nothing; the
// readable files beside it are imported.
func TestImportUnreadable(t *testing.T) {
	dir := t.TempDir()
	own := docxtest.Of(t, testplans.Minimal())
	damaged := filepath.Join(dir, "hong.docx")
	require.NoError(t, os.WriteFile(damaged, own[:len(own)/2], 0o644))
	odt := write(t, dir, "plan.odt", "x")
	good := write(t, dir, "good.txt", testplans.Pasted)
	out := filepath.Join(dir, "out")
	missing := filepath.Join(dir, "missing.txt")
	for _, c := range []struct{ file, vi, en string }{
		{damaged, damaged + ": ", damaged + ": "},
		{odt, odt + ": không phải tệp kế hoạch", odt + ": not a plan file"},
		{missing, missing + ": không tìm thấy tệp hoặc thư mục này", missing + ": no such file or directory"},
	} {
		// In order: the first run imports the readable file, the later
		// ones find it there and leave it.
		for _, run := range []struct{ lang, says string }{{"vi", c.vi}, {"en", c.en}} {
			status, stdout, stderr := runKehoach("import", "-lang", run.lang, "-o", out, c.file, good)
			assert.Equal(t, exitUsage, status, c.file)
			assert.Contains(t, stderr, "kehoach import: "+run.says)
			if run.lang == "vi" && c.file == damaged {
				assert.Equal(t, filepath.Join(out, "good.md")+"\n", stdout, "the readable file is imported")
			}
		}
	}
	assert.Equal(t, []string{"good.md"}, files(t, out), "nothing written for the unreadable files")
}

// kehoach render and kehoach check take a Word file and a text file
// directly: render re-issues a complete one in the decree's layout, and
// refuses one with gaps, naming them; check reports a Word file's own
// layout (a planted margin) and nothing on kehoach's own DOCX.
func TestRenderAndCheckWordAndText(t *testing.T) {
	dir := t.TempDir()
	own := docxtest.Of(t, testplans.Load(t, "ke-hoach-004.md"))
	docxFile := filepath.Join(dir, "ke-hoach-004.docx")
	require.NoError(t, os.WriteFile(docxFile, own, 0o644))
	complete := write(t, dir, "day-du.txt", "SỞ Y TẾ\n"+testplans.Pasted)
	gaps := write(t, dir, "thieu.txt", testplans.Pasted)

	out := filepath.Join(dir, "out")
	status, stdout, stderr := runKehoach("render", "-f", "md,pdf", "-o", out, docxFile, complete)
	require.Equal(t, exitOK, status, stderr)
	assert.Equal(t, []string{filepath.Join(out, "ke-hoach-004.md"), filepath.Join(out, "ke-hoach-004.pdf"), filepath.Join(out, "day-du.md"), filepath.Join(out, "day-du.pdf")},
		strings.Fields(stdout))
	printed, err := os.ReadFile(filepath.Join(out, "day-du.md"))
	require.NoError(t, err)
	assert.Contains(t, string(printed), "SỞ Y TẾ")
	assert.Contains(t, string(printed), "Tiêm chủng mở rộng năm 2026")
	pdf, err := os.ReadFile(filepath.Join(out, "ke-hoach-004.pdf"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(pdf), "%PDF-"))

	status, stdout, stderr = runKehoach("render", "-f", "md", "-o", out, "-lang", "en", gaps)
	assert.Equal(t, exitInvalid, status)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, gaps+": issuer: no issuing agency found in the header")

	status, stdout, stderr = runKehoach("check", docxFile, complete)
	assert.Equal(t, exitOK, status, stdout+stderr)
	assert.NotContains(t, stdout, "ND30-LAYOUT", "kehoach's own DOCX keeps the decree's layout")

	planted := filepath.Join(dir, "le-trai.docx")
	require.NoError(t, os.WriteFile(planted, docxtest.Plant(t, own, "word/document.xml", func(s string) string {
		return strings.Replace(s, `w:left="1701"`, `w:left="1134"`, 1)
	}), 0o644))
	for lang, says := range map[string]string{
		"vi": ": LỖI ND30-LAYOUT-MARGINS sections[0].margins.left: lề trái 20 mm; Nghị định 30 quy định 30–35 mm\n",
		"en": ": ERROR ND30-LAYOUT-MARGINS sections[0].margins.left: left margin 20 mm; Decree 30 sets 30–35 mm\n",
	} {
		status, stdout, stderr = runKehoach("check", "-lang", lang, planted)
		assert.Equal(t, exitInvalid, status, stderr)
		assert.Equal(t, planted+says, stdout, "the planted margin, and nothing else")
	}
	status, stdout, _ = runKehoach("check", "-lang", "en", gaps)
	assert.Equal(t, exitInvalid, status)
	assert.Contains(t, stdout, gaps+":")
	assert.Contains(t, stdout, "issuer")
}

// The documents of read/text/testdata/unseen (kinds the readers had not
// met) import as the text reader reads them: each written, exit 0 for
// those read whole and 1 for the Party committee's plan, whose "Số
// 25-KH/ĐU" and "T/M" are named as gaps; each file read back has the
// reader's number, symbol, subject, signer and recipients.
func TestImportUnseenTexts(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "read", "text", "testdata", "unseen", "*.txt"))
	require.Len(t, paths, 8)
	for _, src := range paths {
		t.Run(filepath.Base(src), func(t *testing.T) {
			out := t.TempDir()
			status, stdout, stderr := runKehoach("import", "-o", out, src)
			path := filepath.Join(out, strings.TrimSuffix(filepath.Base(src), ".txt")+".md")
			assert.Equal(t, path+"\n", stdout)
			if strings.Contains(src, "dang-uy") {
				assert.Equal(t, exitInvalid, status)
				assert.Contains(t, stderr, "Số 25-KH/ĐU")
			} else {
				assert.Equal(t, exitOK, status, stderr)
			}
			data, err := os.ReadFile(src)
			require.NoError(t, err)
			want, _ := text.Read(data, src)
			got, _, _ := readImported(t, path)
			assertSameHead(t, want, got)
			assert.Equal(t, want.Number, got.Number, "number")
			assert.Equal(t, want.Archive, got.Archive, "archive")
		})
	}
}
