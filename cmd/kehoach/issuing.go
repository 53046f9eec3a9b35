package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/picture"
)

// issuingFlags are render's options for an electronic document
// (docs/issuing.md).
type issuingFlags struct {
	signature, seal      *string
	appendixFiles        *bool
	copyAgency, copyForm *string
	signedAt             *string
}

// addIssuingFlags defines render's options for an electronic document.
func addIssuingFlags(fs *flag.FlagSet, lang string) *issuingFlags {
	return &issuingFlags{
		signature: fs.String("signature", "", msg{
			"ảnh chữ ký của người có thẩm quyền (.png nền trong suốt, màu xanh), đặt canh giữa chức vụ và họ tên người ký trong bản PDF, DOCX và HTML",
			"the signer's signature image (.png, transparent background, blue), placed centred between the position and the name in the PDF, DOCX and HTML"}.in(lang)),
		seal: fs.String("seal", "", msg{
			"ảnh dấu của cơ quan (.png nền trong suốt, màu đỏ), đặt bằng kích thước thật của dấu, trùm lên khoảng 1/3 ảnh chữ ký về bên trái",
			"the agency's seal image (.png, transparent background, red), placed at the seal's real size over about a third of the signature on its left"}.in(lang)),
		appendixFiles: fs.Bool("appendix-files", false, msg{
			"xuất mỗi phụ lục thành tệp riêng <tên>.phu-luc-1.pdf, … (cả .docx, .html), có số, ký hiệu và thời gian ký ở góc trên bên phải trang đầu; văn bản chính không còn phụ lục",
			"write each appendix as a file of its own, <base>.phu-luc-1.pdf, … (.docx, .html too), with the number, symbol and signing time at the top right of its first page; the main document leaves the appendices out"}.in(lang)),
		copyAgency: fs.String("copy", "", msg{
			"lập bản sao điện tử của cơ quan này: in \"SAO Y; <cơ quan>; <thời gian>\" ở góc trên bên phải trang 1",
			"make an electronic copy by this agency: prints \"SAO Y; <agency>; <time>\" at the top right of page 1"}.in(lang)),
		copyForm: fs.String("copy-form", string(plan.CopyTrue), msg{
			"hình thức sao của -copy: SAO Y, SAO LỤC hoặc TRÍCH SAO",
			"the form of the -copy: SAO Y, SAO LỤC or TRÍCH SAO"}.in(lang)),
		signedAt: fs.String("signed-at", "", msg{
			"thời gian ký in ở góc trên bên phải (ISO 8601, ví dụ 2026-04-23T08:51:02+07:00); bỏ trống thì in " + plan.SignTimePlaceholder + " để hệ thống của văn thư thay",
			"the signing time printed at the top right (ISO 8601, e.g. 2026-04-23T08:51:02+07:00); without it " + plan.SignTimePlaceholder + " is printed for the agency's system to replace"}.in(lang)),
	}
}

// options reads the images (printing what the decree would object to in
// them on stderr) and returns the settings the flags ask for, or what is
// wrong with them.
func (f *issuingFlags) options(stderr io.Writer, lang string, template bool) ([]kehoach.Option, *msg) {
	var opts []kehoach.Option
	if *f.signature != "" || *f.seal != "" || *f.appendixFiles || *f.copyAgency != "" {
		if template {
			return nil, &msg{
				"-signature, -seal, -copy và -appendix-files dùng bố cục của kehoach, không dùng được với -template",
				"-signature, -seal, -copy and -appendix-files lay the document out in kehoach's layout, not in a -template"}
		}
	}
	for _, img := range []struct {
		flag, path string
		role       picture.Role
		opt        func([]byte) kehoach.Option
	}{{"-signature", *f.signature, picture.Signature, kehoach.WithSignature}, {"-seal", *f.seal, picture.Seal, kehoach.WithSeal}} {
		if img.path == "" {
			continue
		}
		data, err := readInput(img.path, limits.Default().ImageSize)
		if err != nil {
			_, text := fileError(img.path, err)
			return nil, &msg{img.flag + ": " + text.vi, img.flag + ": " + text.en}
		}
		_, warnings, err := picture.Read(data, img.role, limits.Limits{})
		if err != nil {
			if m, ok := ownWords(img.flag+" "+img.path+": ", err); ok {
				return nil, &m
			}
			return nil, &msg{img.flag + " " + img.path + ": " + err.Error(), img.flag + " " + img.path + ": " + err.Error()}
		}
		for _, w := range warnings {
			fmt.Fprintf(stderr, "kehoach render: %s\n", msg{
				img.path + ": cảnh báo: " + w.Vi, img.path + ": warning: " + w.En}.in(lang))
		}
		opts = append(opts, img.opt(data))
	}
	if *f.appendixFiles {
		opts = append(opts, kehoach.WithAppendixFiles())
	}
	if *f.copyAgency != "" {
		form, ok := plan.LookupCopyForm(*f.copyForm)
		if !ok {
			return nil, &msg{
				fmt.Sprintf("-copy-form %q: chọn SAO Y, SAO LỤC hoặc TRÍCH SAO", *f.copyForm),
				fmt.Sprintf("-copy-form %q: choose SAO Y, SAO LỤC or TRÍCH SAO", *f.copyForm)}
		}
		opts = append(opts, kehoach.WithCopy(form, *f.copyAgency))
	}
	if *f.signedAt != "" {
		t, err := time.Parse(time.RFC3339, *f.signedAt)
		if err != nil {
			return nil, &msg{
				fmt.Sprintf("-signed-at %q: ghi thời gian theo ISO 8601, ví dụ 2026-04-23T08:51:02+07:00", *f.signedAt),
				fmt.Sprintf("-signed-at %q: write the time in ISO 8601, e.g. 2026-04-23T08:51:02+07:00", *f.signedAt)}
		}
		opts = append(opts, kehoach.WithSignedAt(t))
	}
	return opts, nil
}

// appendixOutputs renders the appendix files of each format, when asked
// for, and returns their paths and contents: DIR/<base>.phu-luc-<i>.<ext>.
func appendixOutputs(input string, p *plan.Plan, fmts []kehoach.Format, dir string, opts renderOptions) ([]string, [][]byte, error) {
	if !opts.appendixFiles {
		return nil, nil, nil
	}
	var paths []string
	var data [][]byte
	for _, f := range fmts {
		files, err := kehoach.AppendixFiles(p, f.Name, opts.settings...)
		if err != nil {
			return nil, nil, err
		}
		base := outputPath(input, f, dir)
		base = base[:len(base)-len(f.Ext)]
		for _, file := range files {
			paths = append(paths, base+"."+file.Name)
			data = append(data, file.Data)
		}
	}
	return paths, data, nil
}

// writerError words a writer's error about a plan's document in a format:
// in both languages when the writer gives them (an image that is not a
// PNG, a record longer than the decree's fields), else its own words
// quoted.
func writerError(input, format string, err error) error {
	if m, ok := ownWords(input+": "+format+": ", err); ok {
		return &cmdError{m}
	}
	return errorf("%s: không lập được bản %s (bộ ghi báo: %q)", "%s: %s: %s", input, format, err.Error())
}
