package structure

import "github.com/kehoach/kehoach/internal/lazyregexp"

// meta matches the lines a web page puts around a document: dates with
// times, view counts, the author, sharing buttons.
var meta = lazyregexp.New(`(?i)(?:\d{1,2}:\d{2}|lượt\s+xem|cập\s+nhật|người\s+đăng|ngày\s+đăng|lượt\s+truy\s+cập|truy\s+cập|chia\s+sẻ|bản\s+in|^zalo$|^fb$|^facebook$|^twitter$|đăng\s+nhập|^in\s+bài|^gửi\s+email|trang\s+chủ)`)

// trimChrome drops what surrounds a document without a header on a web
// page: the headline and the page's dates and counts before the first
// paragraph of the text, and the page's furniture after its last.
func trimChrome(items []item) []item {
	start := 0
	for i := 0; i < len(items) && i < 6; i++ { // the headline and the page's date line
		if meta.MatchString(items[i].text()) {
			start = i + 1
		}
	}
	for ; start < len(items); start++ {
		s := items[start].text()
		if items[start].para == nil || words(s) >= 10 && !meta.MatchString(s) {
			break
		}
	}
	end := len(items)
	for ; end > start; end-- {
		s := items[end-1].text()
		if items[end-1].para == nil || words(s) >= 8 && !meta.MatchString(s) {
			break
		}
	}
	return items[start:end]
}
