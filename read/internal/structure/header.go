package structure

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/read/internal/flow"
)

// typeTitles maps the folded name of every type of the decree's table
// ("ke hoach"), and the name without its spaces ("kehoach", for a
// letter-spaced title), to its type; made on first use.
var typeTitles = sync.OnceValue(func() map[string]plan.DocType {
	m := map[string]plan.DocType{}
	for _, t := range plan.DocTypes() {
		m[fold(t.Name())] = t
		m[strings.ReplaceAll(fold(t.Name()), " ", "")] = t
	}
	return m
})

// unspaced returns a folded text typed with its letters spaced out to
// fill the line ("k e h o a c h", a title letter-spaced by hand) with
// the spaces taken out, and any other text as it is.
func unspaced(folded string) string {
	f := strings.Fields(folded)
	if len(f) < 4 {
		return folded
	}
	for _, w := range f {
		if utf8.RuneCountInString(w) > 1 {
			return folded
		}
	}
	return strings.Join(f, "")
}

// titleType returns the type a paragraph names when it is a type name
// alone ("KẾ HOẠCH", "Kế hoạch" in capitals by style), or with the
// subject after a line break, and the subject's text.
func titleType(it item) (plan.DocType, string, bool) {
	if it.para == nil {
		return "", "", false
	}
	s := strings.TrimSpace(it.para.Text.String())
	first, rest, _ := strings.Cut(s, "\n")
	first = strings.TrimSpace(first)
	t, ok := typeTitles()[unspaced(fold(first))]
	if !ok || !(isCaps(first) || it.para.Caps || it.para.Bold) {
		return "", "", false
	}
	return t, strings.TrimSpace(rest), true
}

// findTitle returns the index of the type name's paragraph, the first in
// the body's column, or -1.
func findTitle(items []item) int {
	for i, it := range items {
		if _, _, ok := titleType(it); ok && it.col != colLeft {
			return i
		}
	}
	return -1
}

// headerStart returns where the header starts among the items before the
// title: at the first of its anchors or agency lines, after any text
// before the document (a web page's headline and dates).
func headerStart(items []item) int {
	for i, it := range items {
		s := it.text()
		if it.col != colBody || IsNationalName(s) || isPartyName(s) || isMotto(s) || isNumberLine(s) || isDateLine(s) ||
			isCaps(s) && words(s) <= 12 && !isRule(s) {
			// What comes before an anchor in capitals is the agency.
			return i
		}
	}
	return len(items)
}

// urgencies maps the folded urgency marks to the decree's.
var urgencies = map[string]plan.Urgency{"khan": plan.UrgencyUrgent, "thuong khan": plan.UrgencyVeryUrgent, "hoa toc": plan.UrgencyFlash}

// header reads the header block: the agency lines, "Số:", the place and
// date, the urgency and draft marks; the Quốc hiệu, the Tiêu ngữ and
// typed rules are recognised and left out.
func (r *recogniser) header(items []item) {
	p := r.p
	var agency []*flow.Para
	found := map[string]bool{}
	for _, it := range items {
		if it.para == nil {
			continue
		}
		for _, part := range splitGaps(it.para.String()) {
			f := fold(part)
			switch {
			case IsNationalName(part), isPartyName(part), isMotto(part), isRule(part):
			case isNumberLine(part):
				m := numberLine.FindStringSubmatch(part)
				if m == nil {
					m = partyNumberLine.FindStringSubmatch(part)
					r.partyNumber(m[0])
				}
				p.Number, p.Symbol = m[1], strings.TrimRight(m[2], ".")
				found["number"] = true
				p.Source.Keys["symbol"] = it.para.Pos
				if rest := strings.TrimSpace(part[len(m[0]):]); isDateLine(rest) {
					// "Số: 12/KH-UBND Hà Nội, ngày …": the two columns of a
					// header run together, as a converted PDF gives them.
					r.dateLine(rest, it.para.Pos)
					found["date"] = true
				}
			case isDateLine(part):
				r.dateLine(part, it.para.Pos)
				found["date"] = true
			case urgencies[f] != "":
				p.Urgency = urgencies[f]
			case f == "du thao":
				p.Draft = true
			case found["number"] || it.col == colRight:
				// After "Số:" or in the right column: not an agency line.
			case isCaps(part) && len(agency) < 6:
				agency = append(agency, &flow.Para{Text: plan.Plain(part), Bold: it.para.Bold, Pos: it.para.Pos})
			}
		}
	}
	r.agencies(agency)
	if !found["number"] {
		r.missing("symbol", "không tìm thấy dòng \"Số:\" (số và ký hiệu văn bản)", "no \"Số:\" line (number and symbol) found")
	}
	if !found["date"] {
		r.missing("place", "không tìm thấy dòng địa danh và thời gian (\"…, ngày … tháng … năm …\")", "no place and date line (\"…, ngày … tháng … năm …\") found")
	}
}

// partyNumber reports a number and symbol written in the Party's form
// ("Số 25-KH/ĐU"): they are read as written, but the writers print the
// decree's "Số: 25/…", so the clerk is told to write the symbol again.
func (r *recogniser) partyNumber(written string) {
	r.problems.Add(0, "symbol", plan.CodeInvalidValue,
		fmt.Sprintf("số và ký hiệu %q viết theo cách của văn bản Đảng, Đoàn; kehoach in theo Nghị định 30 (\"Số: 25/KH-…\"): viết lại ký hiệu trước khi xuất văn bản", written),
		fmt.Sprintf("the number and symbol %q are in the Party's or Youth Union's form; kehoach prints the decree's (\"Số: 25/KH-…\"): write the symbol again before rendering", written))
}

// dateLine reads the place and date; a blank day or month stays blank.
func (r *recogniser) dateLine(s string, pos int) {
	place, day, month, year := parseDateLine(s)
	r.p.Place = place
	r.p.Date = plan.Date{Year: year, Month: month, Day: day}
	if month == 0 {
		r.p.Date.Day = 0 // a date with a blank month has a blank day
	}
	r.p.Source.Keys["date"] = pos
	r.p.Source.Keys["place"] = pos
}

// agencyHeads are the words that open an issuing agency's name under a
// superior one: "UBND TỈNH X" over "SỞ …".
var agencyHeads = lazyregexp.New(`^(?:SỞ|PHÒNG|BAN|CỤC|VỤ|VIỆN|TRƯỜNG|TRUNG TÂM|VĂN PHÒNG|ĐOÀN|TỔ|THANH TRA|CHI CỤC|HỘI ĐỒNG|BỆNH VIỆN|BỘ CHỈ HUY|CÔNG AN|KHO BẠC|BẢO HIỂM|ĐÀI|BÁO|TỔNG CỤC|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỌC VIỆN|ĐẠI HỌC|LIÊN HIỆP|QUỸ)(?:\s|$)`)

// partyHeads are the words that open a Party committee's or a mass
// organisation's name under its superior one: "ĐẢNG BỘ HUYỆN X" over
// "ĐẢNG ỦY XÃ Y", "ĐẢNG BỘ TỈNH X" over "HUYỆN ỦY Y", "BCH …".
var partyHeads = lazyregexp.New(`^(?:ĐẢNG [ỦU][YỶ]|ĐẢNG ĐOÀN|BAN CÁN SỰ|CHI BỘ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|XÃ|PHƯỜNG) [ỦU][YỶ]|BAN CHẤP HÀNH|BCH|BAN THƯỜNG VỤ|BAN THƯỜNG TRỰC|HỘI)(?:\s|$)`)

// unitWords open a line that goes on with the agency above it: "ỦY BAN
// NHÂN DÂN" over "TỈNH ĐỒNG THÁP".
var unitWords = lazyregexp.New(`^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|THEO|SỐ|VÀ|VỀ|CỦA|TẠI|KHU VỰC|\()`)

// agencies divides the agency lines into the superior agency (cơ quan
// chủ quản, in regular type) and the issuing one (in bold): by their
// weight when the source tells it, else by their words ("UBND TỈNH X"
// over "SỞ …"; "ỦY BAN NHÂN DÂN" over "TỈNH …" is one agency).
func (r *recogniser) agencies(lines []*flow.Para) {
	if len(lines) == 0 {
		r.missing("issuer", "không tìm thấy tên cơ quan ban hành ở phần đầu văn bản", "no issuing agency found in the header")
		return
	}
	texts := make([]string, len(lines))
	bold := 0
	for i, l := range lines {
		texts[i] = l.Text.String()
		if l.Bold {
			bold++
		}
	}
	issuerFrom := 0
	switch {
	case bold > 0 && bold < len(lines) && !lines[0].Bold:
		for issuerFrom < len(lines) && !lines[issuerFrom].Bold {
			issuerFrom++
		}
	default:
		for i := 1; i < len(texts); i++ {
			if agencyHeads.MatchString(texts[i]) && !unitWords.MatchString(texts[i]) || partyHeads.MatchString(texts[i]) {
				issuerFrom = i
			}
		}
	}
	r.p.Parent = joinBroken(texts[:issuerFrom])
	r.p.Issuer = joinBroken(texts[issuerFrom:])
	r.p.Source.Keys["issuer"] = lines[issuerFrom].Pos
}

// brokenAfter matches an agency line broken inside the name, at a word
// that cannot end it: "SỞ THÔNG TIN VÀ" over "TRUYỀN THÔNG".
var brokenAfter = lazyregexp.New(`(?:\s(?:VÀ|CỦA|VỀ|THUỘC|TRỰC THUỘC)|[-–,])$`)

// brokenBefore matches the rest of an agency's name broken before a
// word that cannot start a name: "PHÒNG VĂN HÓA" over "VÀ THÔNG TIN".
var brokenBefore = lazyregexp.New(`^(?:VÀ|CỦA|VỀ)\s`)

// joinBroken joins the lines of one agency's name that were broken
// inside it (by the author or by a writer that wrapped it): the model
// holds the name whole, and the writers wrap it again.
func joinBroken(lines []string) []string {
	var out []string
	for _, l := range lines {
		if n := len(out); n > 0 && (brokenAfter.MatchString(out[n-1]) || brokenBefore.MatchString(l)) {
			out[n-1] += " " + l
			continue
		}
		out = append(out, l)
	}
	return out
}

// lineBreaks matches a line break and the blanks around it.
var lineBreaks = lazyregexp.New(`[ \t]*\n\s*`)

// titleBlock reads the type name at items[i] and the subject after it,
// and returns the index of the first item of the body.
func (r *recogniser) titleBlock(items []item, i int) int {
	t, subject, _ := titleType(items[i])
	r.p.Type = t
	if t == plan.TypeKH {
		r.p.Type = "" // the default
	}
	var lines []string
	if subject != "" {
		lines = append(lines, subject)
	}
	first := items[i].para
	j := i + 1
	for ; j < len(items); j++ {
		it := items[j]
		if it.para == nil {
			break
		}
		s := it.text()
		if isRule(s) {
			if len(lines) > 0 {
				j++
				break
			}
			continue
		}
		if len(lines) > 0 && !continuesSubject(first, items[j-1].para, it.para, lines) {
			if head, rest, ok := subjectRunOn(first, items[j-1].para, it.para, lines); ok {
				// The subject's last line run into the lead-in (a PDF's
				// text read without its layout): the line joins the
				// subject and the lead-in stays the body's first paragraph.
				lines = append(lines, head)
				r.p.Source.Keys["subject"] = it.para.Pos
				items[j].para = rest
			}
			break
		}
		lines = append(lines, s)
		r.p.Source.Keys["subject"] = it.para.Pos
	}
	// The subject's lines, broken where the author balanced them, are one
	// text: the writers balance its lines again.
	r.p.Subject = lineBreaks.ReplaceAllString(strings.Join(lines, " "), " ")
	if r.p.Subject == "" {
		r.missing("subject", "không tìm thấy trích yếu nội dung dưới tên loại văn bản", "no subject (trích yếu) found under the type name")
	}
	return j
}

// startsLower reports whether a text starts with a small letter: it goes
// on with the sentence before ("theo Nghị quyết …" on a subject's third
// line), it opens nothing.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// continuesSubject reports whether paragraph next goes on with the
// subject whose lines so far are lines: it looks like the subject's
// (bold and centred as the title in a Word file), or in a text it
// follows on the next line, opens no body and the subject has not ended
// with a period.
func continuesSubject(title, prev, next *flow.Para, lines []string) bool {
	s := strings.TrimSpace(next.String())
	if bodyStart.MatchString(s) && !startsLower(s) || startsLabel(s) || recipientsLabel.MatchString(s) {
		return false
	}
	if isCaps(s) && !isCaps(lines[len(lines)-1]) {
		return false // "GIÁM ĐỐC SỞ …" over a decision's articles: the authority, not the subject
	}
	if title.Bold || title.Align == flow.AlignCenter && next.Align != flow.AlignUnknown {
		return next.Bold == title.Bold && next.Align == flow.AlignCenter
	}
	if strings.HasSuffix(lines[len(lines)-1], ".") || strings.HasSuffix(s, ":") || sentenceEnd.MatchString(s) {
		// A subject is no sentence: a text that ends one inside it, or
		// ends with a colon before what it leads in ("… kết luận như
		// sau:"), is the body's first paragraph, as a PDF's text gives
		// it right under the subject.
		return false
	}
	return next.Pos == prev.Pos+1 && len(lines) < 5
}

// subjectRunOn splits paragraph next, which continuesSubject refused,
// when it is the subject's last line run into the body's lead-in, as
// plain pdftotext gives a centred subject over a justified paragraph
// ("và bảo quản vật liệu nổ công nghiệp Thực hiện Quyết định số …"): a
// text following on the next line, in small letters as the subject's
// sentence goes on, in which a lead-in's opening words start with a
// capital after a word. It returns the subject's words and the lead-in.
func subjectRunOn(title, prev, next *flow.Para, lines []string) (string, *flow.Para, bool) {
	s := next.Text.String()
	if title.Bold || title.Align == flow.AlignCenter && next.Align != flow.AlignUnknown || next.Label != "" ||
		next.Pos != prev.Pos+1 || len(lines) >= 5 || strings.HasSuffix(lines[len(lines)-1], ".") || !startsLower(strings.TrimSpace(s)) {
		return "", nil, false
	}
	m := leadInside.FindStringSubmatchIndex(s)
	if m == nil {
		return "", nil, false
	}
	head, rest := splitText(next.Text, m[2])
	cut := *next
	cut.Text = rest
	return strings.TrimSpace(head.String()), &cut, true
}

// leadInside finds, after a word, the capitalised opening words of a
// lead-in or a legal basis (bodyStart's, as a sentence starts them).
var leadInside = lazyregexp.New(`[\pL\d,)]\s+((?:Căn\s+cứ|Thực\s+hiện|Theo|Để|Nhằm|Trên\s+cơ\s+sở|Xét|Thi\s+hành|Triển\s+khai\s+thực\s+hiện|Kính\s+gửi)\s)`)

// splitText cuts a text in two at byte at of its String.
func splitText(t plan.Text, at int) (plan.Text, plan.Text) {
	var head, rest plan.Text
	n := 0
	for _, sp := range t {
		switch {
		case n+len(sp.Text) <= at:
			head = append(head, sp)
		case n >= at:
			rest = append(rest, sp)
		default:
			a, b := sp, sp
			a.Text, a.Note = sp.Text[:at-n], nil
			b.Text = sp.Text[at-n:]
			head, rest = append(head, a), append(rest, b)
		}
		n += len(sp.Text)
	}
	return head, rest
}

// sentenceEnd matches a sentence's end inside a text: a period after a
// word in small letters or a number, then a capital ("… năm 2025. Sau
// khi …"), not an abbreviation's ("TP. Hồ Chí Minh").
var sentenceEnd = lazyregexp.New(`[\p{Ll}\d]{2}\.\s+\p{Lu}`)
