package server

import "fmt"

// msg is something the server says, in Vietnamese and in English.
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

// bilingual is an error that words itself in both languages, as the
// pipeline's, the plan's, the limits' and the DOCX writer's errors do.
type bilingual interface{ Message(lang string) string }

// The stable codes of the problems the server answers (the "code" member
// of a problem, and the end of its "type" URN). A plan's own problems
// carry theirs in their findings: the codes of package plan and the rule
// IDs of package check.
const (
	codeMalformed        = "malformed-request"      // 400
	codeUnknownFormat    = "unknown-format"         // 400
	codeInvalidProfile   = "invalid-profile"        // 400
	codeUnauthorized     = "unauthorized"           // 401
	codeForbiddenOrigin  = "forbidden-origin"       // 403
	codeNotFound         = "not-found"              // 404
	codeMethod           = "method-not-allowed"     // 405
	codeRequestTimeout   = "request-timeout"        // 408
	codeTooLarge         = "body-too-large"         // 413
	codeUnsupportedType  = "unsupported-media-type" // 415
	codeInvalidPlan      = "invalid-plan"           // 422
	codeBreaksDecree     = "breaks-decree"          // 422
	codeInvalidTemplate  = "invalid-template"       // 422
	codeUnreadablePlan   = "unreadable-plan"        // 422
	codeInternal         = "internal"               // 500
	codeBusy             = "busy"                   // 503
	codeRenderTimeout    = "render-timeout"         // 504
	codeUnavailableWrite = "writer-unavailable"     // 501, a format whose writer is not built in
)

// titles are the problems' titles by code: what the kind of problem is,
// the same for every problem of the code.
var titles = map[string]msg{
	codeMalformed:        {"Yêu cầu không hợp lệ", "Malformed request"},
	codeUnknownFormat:    {"Không có định dạng này", "Unknown format"},
	codeInvalidProfile:   {"Hồ sơ bố cục không dùng được", "Unusable layout profile"},
	codeUnauthorized:     {"Chưa có quyền truy cập", "Unauthorized"},
	codeForbiddenOrigin:  {"Trang web gọi đến không được phép", "Origin not allowed"},
	codeNotFound:         {"Không tìm thấy", "Not found"},
	codeMethod:           {"Phương thức không được hỗ trợ", "Method not allowed"},
	codeRequestTimeout:   {"Gửi yêu cầu quá chậm", "Request timeout"},
	codeTooLarge:         {"Dữ liệu gửi lên quá lớn", "Request body too large"},
	codeUnsupportedType:  {"Kiểu dữ liệu không được hỗ trợ", "Unsupported media type"},
	codeInvalidPlan:      {"Kế hoạch không hợp lệ", "Invalid plan"},
	codeBreaksDecree:     {"Kế hoạch trái Nghị định 30", "The plan breaks Decree 30"},
	codeInvalidTemplate:  {"Tệp mẫu DOCX không dùng được", "Unusable DOCX template"},
	codeUnreadablePlan:   {"Không đọc được kế hoạch", "Unreadable plan"},
	codeInternal:         {"Lỗi máy chủ", "Internal server error"},
	codeBusy:             {"Máy chủ đang bận", "Server busy"},
	codeRenderTimeout:    {"Lập văn bản quá thời gian cho phép", "Render timed out"},
	codeUnavailableWrite: {"Chưa có bộ ghi định dạng này", "Writer not available"},
}

// titleOf returns the title of a problem's code.
func titleOf(code string) msg {
	if t, ok := titles[code]; ok {
		return t
	}
	return titles[codeInternal]
}

// The server's own messages.
var (
	msgUnauthorized = msg{
		"cần mã truy cập: gửi tiêu đề \"Authorization: Bearer <mã>\" với mã máy chủ được cấp",
		"a token is required: send the header \"Authorization: Bearer <token>\" with the server's token"}
	msgNotFound       = msg{"không có địa chỉ này; API ở /v1 (xem /v1/openapi.json)", "no such address; the API is under /v1 (see /v1/openapi.json)"}
	msgBusy           = msg{"máy chủ đang bận lập các văn bản khác: hãy thử lại sau giây lát", "the server is busy with other documents: try again in a moment"}
	msgRenderTimeout  = msg{"lập văn bản quá thời gian cho phép", "the document took longer than the time allowed"}
	msgRequestTimeout = msg{"dữ liệu gửi lên quá chậm: hãy gửi lại", "the request body arrived too slowly: send it again"}
	msgInternal       = msg{"máy chủ gặp lỗi khi xử lý yêu cầu này", "the server failed while handling this request"}
	msgInvalidPlan    = msg{"kế hoạch không hợp lệ: xem từng vấn đề trong findings, với dòng hoặc trường của nó",
		"the plan is invalid: see each problem in findings, with its line or field"}
	msgBreaksDecree = msg{"kế hoạch trái Nghị định 30 (các lỗi trong findings): sửa các lỗi đó, hoặc gửi lại với force=1 để vẫn lập văn bản",
		"the plan breaks Decree 30 (the errors in findings): fix them, or send it again with force=1 to render it anyway"}
	msgEmptyBody = msg{"chưa gửi kế hoạch: nội dung yêu cầu trống", "no plan sent: the request body is empty"}
)

// msgTooLarge words a body past the limit.
func msgTooLarge(limit int64) msg {
	return msgf("dữ liệu gửi lên vượt giới hạn %s", "the request body is over the limit of %s", sizeWords(limit))
}

// sizeWords writes a byte count for people: "5 MiB", "512 KiB", "100 B".
func sizeWords(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
