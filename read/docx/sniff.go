package docx

import (
	"bytes"
	"unicode/utf8"
)

// notWord returns the error for data that is not a zip package: what it
// is (a Word 97–2003 document, an encrypted one, a PDF, an image…) and
// what to do with it.
func notWord(data []byte) *Error {
	if c, ok := readCompound(data); ok {
		vi, en, kind := c.kind()
		switch kind {
		case ErrLegacy:
			return newError(ErrLegacy,
				"tệp là "+vi+", không phải tệp .docx: "+saveAsDocxVi+", hoặc cài LibreOffice để kehoach tự chuyển đổi",
				"the file is "+en+", not a .docx: "+saveAsDocxEn+", or install LibreOffice for kehoach to convert it")
		case ErrEncrypted:
			return newError(ErrEncrypted,
				"tệp là "+vi+": mở tệp bằng mật khẩu trong Word, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi lưu lại thành .docx",
				"the file is "+en+": open it with its password in Word, remove the password (File > Info > Protect Document) and save it as .docx")
		}
		return newError(ErrNotWord, "tệp là "+vi+", không phải văn bản Word", "the file is "+en+", not a Word document")
	}
	vi, en := sniff(data)
	return newError(ErrNotWord, "tệp là "+vi+", không phải văn bản Word (.docx)", "the file is "+en+", not a Word document (.docx)")
}

// signatures are the first bytes of the kinds of file people take for a
// Word document, with the kind's name.
var signatures = []struct {
	magic  string
	vi, en string
}{
	{"%PDF-", "tài liệu PDF", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "ảnh PNG", "a PNG image"},
	{"\xFF\xD8\xFF", "ảnh JPEG", "a JPEG image"},
	{"GIF87a", "ảnh GIF", "a GIF image"},
	{"GIF89a", "ảnh GIF", "a GIF image"},
	{"II*\x00", "ảnh TIFF", "a TIFF image"},
	{"MM\x00*", "ảnh TIFF", "a TIFF image"},
	{"{\\rtf", "văn bản RTF: " + saveAsDocxVi, "an RTF document: " + saveAsDocxEn},
	{"Rar!", "tệp nén RAR", "a RAR archive"},
	{"7z\xBC\xAF\x27\x1C", "tệp nén 7-Zip", "a 7-Zip archive"},
	{"\x1F\x8B", "tệp nén gzip", "a gzip archive"},
	{"MIME-Version:", "trang web lưu trữ (.mht): " + saveAsDocxVi, "a web archive (.mht): " + saveAsDocxEn},
}

// sniff names what data is, from its first bytes.
func sniff(data []byte) (vi, en string) {
	if len(data) == 0 {
		return "tệp rỗng", "an empty file"
	}
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return s.vi, s.en
		}
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP" {
		return "ảnh WebP", "a WebP image"
	}
	head := bytes.TrimLeft(data[:min(len(data), 4096)], "\xEF\xBB\xBF \t\r\n")
	switch {
	case bytes.Contains(head, []byte("w:wordDocument")) || bytes.Contains(head, []byte(`progid="Word.Document"`)):
		return "văn bản Word 2003 XML: " + saveAsDocxVi, "a Word 2003 XML document: " + saveAsDocxEn
	case bytes.HasPrefix(bytes.ToLower(head), []byte("<!doctype html")) || bytes.HasPrefix(bytes.ToLower(head), []byte("<html")):
		return "trang web (HTML)", "a web page (HTML)"
	case bytes.HasPrefix(head, []byte("<")):
		return "tệp XML", "an XML file"
	case utf8.Valid(data[:min(len(data), 4096)]) && bytes.IndexByte(data[:min(len(data), 4096)], 0) < 0:
		return "tệp văn bản thuần (hãy đọc bằng trình đọc văn bản, tệp .txt)", "a plain-text file (read it with the text reader, as a .txt file)"
	}
	return "tệp không rõ định dạng", "a file of unknown format"
}

// notWordPackage returns the error for a zip package without a Word
// document, naming what it holds instead.
func notWordPackage(names []string, mimetype []byte) *Error {
	has := map[string]bool{}
	for _, n := range names {
		has[n] = true
	}
	vi, en := "tệp nén zip không chứa văn bản Word", "a zip archive that holds no Word document"
	switch {
	case bytes.HasPrefix(mimetype, []byte("application/vnd.oasis.opendocument.text")):
		vi, en = "văn bản OpenDocument (.odt): "+saveAsDocxVi, "an OpenDocument text (.odt): "+saveAsDocxEn
	case bytes.HasPrefix(mimetype, []byte("application/vnd.oasis.opendocument.spreadsheet")):
		vi, en = "bảng tính OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)"
	case bytes.HasPrefix(mimetype, []byte("application/epub+zip")):
		vi, en = "sách điện tử EPUB", "an EPUB e-book"
	case has["xl/workbook.xml"]:
		vi, en = "bảng tính Excel (.xlsx)", "an Excel workbook (.xlsx)"
	case has["ppt/presentation.xml"]:
		vi, en = "bản trình chiếu PowerPoint (.pptx)", "a PowerPoint presentation (.pptx)"
	case has["Documents/1/FixedDocument.fdoc"] || has["FixedDocumentSequence.fdseq"]:
		vi, en = "tài liệu XPS", "an XPS document"
	}
	return newError(ErrNotWord, "tệp là "+vi+", không phải văn bản Word (.docx)", "the file is "+en+", not a Word document (.docx)")
}
