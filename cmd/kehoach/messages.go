package main

import (
	"archive/zip"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/plan"
)

// msg is something the command prints, in Vietnamese and in English.
type msg struct{ vi, en string }

// msgf formats a message in both languages with the same arguments.
func msgf(vi, en string, args ...any) msg {
	return msg{fmt.Sprintf(vi, args...), fmt.Sprintf(en, args...)}
}

// in returns the message in a language: "en" for English, Vietnamese
// otherwise.
func (m msg) in(lang string) string {
	if lang == "en" {
		return m.en
	}
	return m.vi
}

// cmdError is an error of the command, worded in both languages.
type cmdError struct{ msg }

func (e *cmdError) Error() string { return e.en }

func errorf(vi, en string, args ...any) error { return &cmdError{msgf(vi, en, args...)} }

// The codes of the inputs that cannot be read at all, in the -json
// findings of rule KEHOACH-UNREADABLE, as the plan's problems have theirs.
const (
	codeNotFound      = "not-found"      // no such file
	codeIsDirectory   = "is-directory"   // a directory, not a file
	codeUnknownFormat = "unknown-format" // not .md or .json
	codeUnreadable    = "unreadable"     // no permission, or the system could not read it
)

// inputError is an input that cannot be read at all (exit status 2), as
// opposed to a plan that is read but invalid (exit status 1).
type inputError struct {
	code string
	text msg // with the file's path
}

func (e *inputError) Error() string { return e.text.en }

// fileError words an error of the file system about path.
func fileError(path string, err error) (code string, text msg) {
	var pe *fs.PathError
	var exceeded *limits.Error
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return codeNotFound, msgf("%s: không tìm thấy tệp hoặc thư mục này", "%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return codeUnreadable, msgf("%s: không có quyền truy cập", "%s: permission denied", path)
	case errors.Is(err, errNotRegular):
		return codeUnreadable, notRegularMessage(path)
	case errors.As(err, &exceeded):
		return codeUnreadable, msg{exceeded.Message("vi"), exceeded.Message("en")}
	case errors.As(err, &pe):
		err = pe.Err
	}
	// What else the system says comes in its own words, quoted.
	return codeUnreadable, msgf("%s: lỗi hệ thống %q", "%s: %v", path, err.Error())
}

// describe words an error in a language: the plan's problems, the
// pipeline's, the readers' and writers' and the command's own errors in
// both languages, the file system's by their kind, and any other error
// in its own words (quoted in Vietnamese).
func describe(err error, lang string) string {
	var (
		in      *inputError
		own     *cmdError
		unknown *kehoach.UnknownFormatError
		pe      *fs.PathError
		both    interface{ Message(lang string) string }
	)
	switch {
	case plan.AsErrors(err) != nil:
		return plan.AsErrors(err).Format(lang)
	case errors.As(err, &in):
		return in.text.in(lang)
	case errors.As(err, &own):
		return own.in(lang)
	case errors.As(err, &unknown):
		return unknown.Message(lang)
	case errors.As(err, &pe):
		_, text := fileError(pe.Path, err)
		return text.in(lang)
	case errors.As(err, &both): // a reader's or a writer's own, in both languages
		return both.Message(lang)
	}
	return msgf("lỗi %q", "%s", err.Error()).in(lang)
}

// ownWords returns an error's own words in both languages, each after
// prefix, when it has them (a reader's, a writer's, the limits' errors
// do): ok is false otherwise.
func ownWords(prefix string, err error) (m msg, ok bool) {
	var both interface{ Message(lang string) string }
	if !errors.As(err, &both) {
		return msg{}, false
	}
	return msg{prefix + both.Message("vi"), prefix + both.Message("en")}, true
}

// templateError words a problem with the -template file in both
// languages: the DOCX writer's own words when it gives both, else an
// unreadable file, else its English words quoted in Vietnamese.
func templateError(path string, err error) msg {
	if m, ok := ownWords(path+": ", err); ok {
		return m
	}
	if errors.Is(err, zip.ErrFormat) {
		return msg{path + ": không phải tệp .docx đọc được: tệp mẫu phải là một tệp Word .docx", path + ": " + err.Error()}
	}
	return msgf("%s: không dùng được tệp mẫu DOCX (bộ ghi DOCX báo: %q)", "%s: %v", path, err.Error())
}

// flagErrors matches the errors of the flag package, which it words in
// English, to word them again in Vietnamese.
var flagErrors = []struct {
	re *lazyregexp.Regexp
	vi string // with the submatches as arguments
}{
	{lazyregexp.New(`^flag provided but not defined: (-.*)$`), "không có tùy chọn %s"},
	{lazyregexp.New(`^flag needs an argument: (-.*)$`), "tùy chọn %s cần một giá trị"},
	{lazyregexp.New(`^invalid boolean value (".*") for (-\S+): .*$`), "giá trị %s của tùy chọn %s không hợp lệ: ghi true hoặc false"},
	{lazyregexp.New(`^invalid value (".*") for flag (-\S+): .*$`), "giá trị %s của tùy chọn %s không hợp lệ"},
	{lazyregexp.New(`^invalid boolean flag (\S+): .*$`), "tùy chọn %s chỉ nhận true hoặc false"},
	{lazyregexp.New(`^bad flag syntax: (.*)$`), "tùy chọn viết sai: %s"},
}

// flagError words an error of the flag package in a language.
func flagError(err error, lang string) string {
	if lang == "en" {
		return err.Error()
	}
	for _, f := range flagErrors {
		if m := f.re.FindStringSubmatch(err.Error()); m != nil {
			args := make([]any, len(m)-1)
			for i, s := range m[1:] {
				args[i] = s
			}
			return fmt.Sprintf(f.vi, args...)
		}
	}
	return fmt.Sprintf("tùy chọn không hợp lệ (%q)", err.Error())
}

// langOf returns the language the command line asks for with -lang
// ("-lang en", "-lang=en", "--lang en"; the last one counts, as for the
// flag package), before its flags are parsed, so that what parsing them
// says is worded in it; "vi" by default.
func langOf(args []string) string {
	lang := "vi"
	for i, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case a == "--":
			return lang
		case !strings.HasPrefix(a, "-") || name != "lang":
		case hasValue:
			lang = value
		case i+1 < len(args):
			lang = args[i+1]
		}
	}
	return lang
}
