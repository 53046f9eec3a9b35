package docx

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// convertTimeout bounds a conversion whose context has no deadline.
const convertTimeout = 60 * time.Second

// ConvertDoc turns a Word 97–2003 document (.doc) into a .docx with
// LibreOffice (soffice --headless --convert-to docx), in a temporary
// directory of its own, with a LibreOffice profile of its own (so that
// conversions may run side by side and never touch the user's), within
// ctx's deadline or 60 seconds. Without LibreOffice the error, of kind
// [ErrNoConverter], says how to convert the file by hand; a file that is
// no .doc gets an error naming what it is ([ErrNotWord], [ErrEncrypted]).
func ConvertDoc(ctx context.Context, src []byte) ([]byte, error) {
	c, ok := readCompound(src)
	if !ok {
		if len(src) >= 2 && string(src[:2]) == "PK" {
			return nil, newError(ErrNotWord, "tệp đã là tệp nén (.docx hoặc định dạng khác), không phải văn bản Word 97–2003 (.doc)",
				"the file is already a zip package (.docx or another format), not a Word 97-2003 document (.doc)")
		}
		return nil, notWord(src)
	}
	if _, _, kind := c.kind(); kind != ErrLegacy {
		return nil, notWord(src)
	}
	soffice := findSoffice()
	if soffice == "" {
		return nil, newError(ErrNoConverter,
			"tệp là văn bản Word 97–2003 (.doc), cần chuyển sang .docx nhưng máy chưa cài LibreOffice: "+saveAsDocxVi+", hoặc cài LibreOffice (lệnh soffice) để kehoach tự chuyển đổi",
			"the file is a Word 97-2003 document (.doc), which must become a .docx, and LibreOffice is not installed: "+saveAsDocxEn+", or install LibreOffice (the soffice command) for kehoach to convert it")
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, convertTimeout)
		defer cancel()
	}
	dir, err := os.MkdirTemp("", "kehoach-doc-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "input.doc")
	if err := os.WriteFile(in, src, 0o600); err != nil {
		return nil, err
	}
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "--nolockcheck",
		"-env:UserInstallation="+profile, "--convert-to", "docx", "--outdir", dir, in)
	cmd.Dir = dir
	isolate(cmd)                    // its own process group, killed whole when ctx ends
	cmd.WaitDelay = 5 * time.Second // and its output not waited for long after
	out, runErr := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return nil, &Error{Kind: ErrMalformed, Err: ctx.Err(),
			Vi: fmt.Sprintf("LibreOffice không chuyển xong tệp .doc trong thời gian cho phép (%v): %s", timeoutOf(ctx), saveAsDocxVi),
			En: fmt.Sprintf("LibreOffice did not convert the .doc in the time allowed (%v): %s", timeoutOf(ctx), saveAsDocxEn)}
	}
	docx, err := os.ReadFile(filepath.Join(dir, "input.docx"))
	if err != nil {
		detail := string(out)
		if runErr != nil {
			detail = runErr.Error() + ": " + detail
		}
		return nil, &Error{Kind: ErrMalformed, Err: errors.New(detail),
			Vi: "LibreOffice không chuyển được tệp .doc sang .docx (tệp có thể bị hỏng): " + saveAsDocxVi,
			En: "LibreOffice could not convert the .doc into a .docx (the file may be damaged): " + saveAsDocxEn}
	}
	return docx, nil
}

// findSoffice returns LibreOffice's command, "" when it is not installed.
func findSoffice() string {
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	for _, p := range []string{"/Applications/LibreOffice.app/Contents/MacOS/soffice", `C:\Program Files\LibreOffice\program\soffice.exe`} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

func timeoutOf(ctx context.Context) time.Duration {
	if d, ok := ctx.Deadline(); ok {
		return time.Until(d).Round(time.Second)
	}
	return convertTimeout
}
