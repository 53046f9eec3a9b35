package docx

import "errors"

// The kinds of file Extract and Inspect refuse; errors.Is tells them
// apart on the error they return.
var (
	// ErrNotWord is wrapped by the error of a file that is no Word
	// document at all: a PDF, an image, a spreadsheet, a zip of something
	// else. The error names what the file is.
	ErrNotWord = errors.New("not a Word document")
	// ErrLegacy is wrapped by the error of a Word 97–2003 document
	// (.doc): [ConvertDoc] turns it into a .docx when LibreOffice is
	// installed.
	ErrLegacy = errors.New("a Word 97-2003 document (.doc)")
	// ErrEncrypted is wrapped by the error of a document protected by a
	// password, whose content cannot be read without it.
	ErrEncrypted = errors.New("an encrypted document")
	// ErrMalformed is wrapped by the error of a Word document whose parts
	// are broken: XML that is not well formed, a package without its main
	// part.
	ErrMalformed = errors.New("a damaged Word document")
	// ErrNoConverter is wrapped by the error of [ConvertDoc] when
	// LibreOffice (soffice) is not installed.
	ErrNoConverter = errors.New("LibreOffice is not installed")
)

// Error is a file that cannot be read, said in Vietnamese and in
// English: what the file is and what to do with it.
type Error struct {
	// Vi and En are the message.
	Vi, En string
	// Kind is one of the Err… values of this package.
	Kind error
	// Err is the underlying error, if any.
	Err error
}

func (e *Error) Error() string { return e.En }

// Message returns the message in a language: "en" for English, anything
// else for Vietnamese.
func (e *Error) Message(lang string) string {
	if lang == "en" {
		return e.En
	}
	return e.Vi
}

// Unwrap returns the kind and the underlying error, so that errors.Is
// finds either.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

func newError(kind error, vi, en string) *Error { return &Error{Vi: vi, En: en, Kind: kind} }

// saveAsDocx is the advice for a document in another format a word
// processor opens.
const (
	saveAsDocxVi = "mở tệp bằng Microsoft Word hoặc LibreOffice Writer rồi lưu lại thành tệp Word (.docx) (Tệp > Lưu thành > Word Document)"
	saveAsDocxEn = "open it in Microsoft Word or LibreOffice Writer and save it as a Word document (.docx) (File > Save As > Word Document)"
)
