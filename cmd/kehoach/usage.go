package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// usage is the command's help, in Vietnamese and in English.
var usage = msg{
	vi: `kehoach lập văn bản Kế hoạch (và các văn bản hành chính có tên loại khác) theo thể thức của Nghị định 30/2020/NĐ-CP.

Cách dùng:
  kehoach render [-f md,docx,pdf,html,json,authoring] [-o THƯ-MỤC] [-template TỆP.docx] [-profile TỆP.yaml] [-force] [-lang vi|en] TỆP...
      xuất kế hoạch (.md, .json, hoặc văn bản .docx, .doc, .txt) ra văn bản
  kehoach check [-profile TỆP.yaml] [-lang vi|en] [-json] TỆP...
      kiểm tra kế hoạch theo Nghị định 30; không in gì nếu kế hoạch đạt
  kehoach import [-o THƯ-MỤC] [-lang vi|en] TỆP...
      chuyển văn bản sẵn có (.docx, .doc, .txt) thành kế hoạch .md để soạn tiếp
  kehoach serve [-addr 127.0.0.1:8080] [-token MÃ] [-max-body 5MiB] [-workers N] [-cors NGUỒN…]
      chạy máy chủ HTTP: trình soạn thảo trên web và API lập, kiểm tra văn bản
  kehoach help [-lang vi|en]
      xem hướng dẫn này

Gõ "kehoach render -h", "kehoach check -h", "kehoach import -h" hoặc "kehoach serve -h" để xem các tùy chọn; thêm "-lang en" để đọc thông báo bằng tiếng Anh.
`,
	en: `kehoach turns Vietnamese administrative plans into official documents.

Usage:
  kehoach render [-f md,docx,pdf,html,json,authoring] [-o DIR] [-template FILE.docx] [-profile FILE.yaml] [-force] [-lang vi|en] FILE...
      render plans (.md, .json, or documents .docx, .doc, .txt) to documents
  kehoach check [-profile FILE.yaml] [-lang vi|en] [-json] FILE...
      check plans against Decree 30; prints nothing for a plan that passes
  kehoach import [-o DIR] [-lang vi|en] FILE...
      turn existing documents (.docx, .doc, .txt) into plans (.md) to edit
  kehoach serve [-addr 127.0.0.1:8080] [-token TOKEN] [-max-body 5MiB] [-workers N] [-cors ORIGIN…]
      run the HTTP server: the web editor and the API that renders and checks plans
  kehoach help [-lang vi|en]
      show this help

Run "kehoach render -h", "kehoach check -h", "kehoach import -h" or "kehoach serve -h" for the options; add "-lang vi" for the messages in Vietnamese (the default).
`,
}

// renderUsage opens the help of kehoach render, before its options.
var renderUsage = msg{
	vi: `Cách dùng: kehoach render [-f ĐỊNH-DẠNG] [-o THƯ-MỤC] [-template TỆP.docx] [-profile TỆP.yaml] [-font THƯ-MỤC] [-font-fallback TỆP]... [-force] [-lang vi|en] TỆP...

Xuất mỗi TỆP kế hoạch (.md theo định dạng soạn thảo, hoặc .json) ra
THƯ-MỤC/<tên>.<đuôi> theo từng định dạng. Tệp xuất nào sẽ ghi đè lên một
kế hoạch (chính tệp đầu vào, hoặc một kế hoạch Markdown cùng tên) được đặt
tên <tên>.rendered.<đuôi>. Mọi vấn đề được in một lượt ra stderr: lỗi khiến
kế hoạch không lập được văn bản, dạng "tệp:dòng: trường: thông báo" (-force
không bỏ qua được), cùng các lỗi và cảnh báo của bộ kiểm tra thể thức như
lệnh check in ra; kế hoạch có lỗi thể thức (trái Nghị định 30) không được
xuất, trừ khi dùng -force. Đường dẫn các tệp đã ghi được in ra stdout, mỗi
dòng một tệp. Tùy chọn:
`,
	en: `Usage: kehoach render [-f FORMATS] [-o DIR] [-template FILE.docx] [-profile FILE.yaml] [-font DIR] [-font-fallback FILE]... [-force] [-lang vi|en] FILE...

Renders each plan FILE (.md in the authoring format, or .json) to
DIR/<base>.<ext> for each format. An output that would overwrite a plan
(the input, or a Markdown plan of the same name) is named
<base>.rendered.<ext> instead. Every problem is printed at
once on stderr: what stops a plan from being laid out as
"file:line: field: message" (-force does not help), and the compliance
checker's warnings and errors as check prints them; a plan with a
checker error (a breach of the decree) is not rendered unless -force is
given. The paths written are printed on stdout, one per line. Options:
`,
}

// importUsage opens the help of kehoach import, before its options.
var importUsage = msg{
	vi: `Cách dùng: kehoach import [-o THƯ-MỤC] [-lang vi|en] TỆP...

Đọc từng văn bản sẵn có (Word .docx, Word 97–2003 .doc qua LibreOffice,
văn bản dán .txt, hoặc .json, .md) và ghi kế hoạch theo định dạng soạn thảo
ra THƯ-MỤC/<tên>.md để soạn tiếp rồi xuất văn bản. Những gì không tìm thấy
hoặc chưa hợp lệ (số, ký hiệu, người ký…) được ghi thành chú thích ở đầu
tệp, để trống đúng chỗ cần điền, và in ra stderr. Không bao giờ ghi đè lên
một tệp đã có. Đường dẫn tệp đã ghi được in ra stdout. Mã thoát: 0 khi đọc
được trọn vẹn, 1 khi tệp được ghi nhưng còn mục phải bổ sung (hoặc không ghi
được), 2 khi lệnh viết sai hoặc không đọc được văn bản. Tùy chọn:
`,
	en: `Usage: kehoach import [-o DIR] [-lang vi|en] FILE...

Reads each existing document (Word .docx, Word 97–2003 .doc through
LibreOffice, pasted text .txt, or .json, .md) and writes it as a plan in
the authoring format, DIR/<base>.md, to edit and then render. What could
not be found or is not valid (the number, the symbol, the signer…) is
listed in a comment at the top of the file, the field left empty where it
is to be filled in, and printed on stderr. An existing file is never
replaced. The path written is printed on stdout. Exit status: 0 for a
document read whole, 1 for one written with gaps to fill (or not
written), 2 for bad arguments or a document that cannot be read. Options:
`,
}

// checkUsage opens the help of kehoach check, before its options.
var checkUsage = msg{
	vi: `Cách dùng: kehoach check [-profile TỆP.yaml] [-lang vi|en] [-json] TỆP...

Kiểm tra từng TỆP kế hoạch (.md hoặc .json) theo Nghị định 30/2020/NĐ-CP
và in mỗi phát hiện trên một dòng, "tệp:dòng: MỨC-ĐỘ MÃ-QUY-TẮC trường:
thông báo" (không in gì nếu kế hoạch đạt), hoặc một mảng JSON các phát hiện
khi có -json. Mã thoát: 0 khi không có lỗi, 1 khi có lỗi (kế hoạch không
hợp lệ cũng là lỗi), 2 khi lệnh viết sai hoặc không đọc được tệp. Tùy chọn:
`,
	en: `Usage: kehoach check [-profile FILE.yaml] [-lang vi|en] [-json] FILE...

Checks each plan FILE (.md or .json) against Decree 30/2020/NĐ-CP and
prints one finding per line, "file:line: SEVERITY RULE-ID field: message"
(nothing for a plan that passes), or a JSON array of findings with -json.
Exit status: 0 when no finding is an error, 1 when one is (an invalid plan
counts as an error), 2 on a usage error or an unreadable file. Options:
`,
}

// langOption is the -lang option's help.
var langOption = msg{"ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh)", "language of the messages: vi (Vietnamese) or en (English)"}

// optionValues name the value each option takes, as the usage lines do.
var optionValues = map[string]msg{
	"f":        {"ĐỊNH-DẠNG", "FORMATS"},
	"o":        {"THƯ-MỤC", "DIR"},
	"template": {"TỆP.docx", "FILE.docx"},
	"profile":  {"TỆP.yaml", "FILE.yaml"},
	"lang":     {"vi|en", "vi|en"},
	// The options of an electronic document (issuing.go).
	"signature": {"TỆP.png", "FILE.png"}, "seal": {"TỆP.png", "FILE.png"}, "copy": {"CƠ-QUAN", "AGENCY"},
	"copy-form": {"HÌNH-THỨC", "FORM"}, "signed-at": {"THỜI-GIAN", "TIME"},
}

// printOptions prints a command's options as flag.PrintDefaults does, in
// a language: each option's help is given in it when the option is
// defined.
func printOptions(w io.Writer, fs *flag.FlagSet, lang string) {
	fs.VisitAll(func(f *flag.Flag) {
		line := "  -" + f.Name
		if value, ok := optionValues[f.Name]; ok { // a boolean has none
			line += " " + value.in(lang)
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, strings.ReplaceAll(f.Usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(w, " (%s %q)", msg{"mặc định", "default"}.in(lang), f.DefValue)
		}
		fmt.Fprintln(w)
	})
}
