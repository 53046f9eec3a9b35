package plan

import "strings"

// Plan is one administrative document of a type with a name (văn bản có tên
// loại, Mẫu 1.4 of Decree 30), by default a Kế hoạch.
//
// The zero value is an empty plan; [Plan.Validate] says what it lacks.
type Plan struct {
	// Parent is the directly superior agency (cơ quan chủ quản), one
	// printed line each, e.g. "UBND TỈNH VĨNH PHÚC". Optional.
	Parent []string `json:"parent,omitempty"`
	// Issuer is the issuing agency (cơ quan ban hành), one printed line
	// each, e.g. ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP"]. Required.
	Issuer []string `json:"issuer"`
	// IssuerName is the issuer's name as written in running text, e.g.
	// "Sở Thông tin và Truyền thông", used where the document refers to
	// itself ("Kèm theo Kế hoạch … của …"). When empty, [AgencyName]
	// derives it from Issuer.
	IssuerName string `json:"issuer_name,omitempty"`
	// Type is the document type; the zero value means [TypeKH].
	Type DocType `json:"type,omitempty"`
	// Number is the registration number (số) as written: "0130" keeps its
	// zero, "5" prints as "05". Empty leaves it blank for the văn thư.
	Number string `json:"number,omitempty"`
	// Symbol is the ký hiệu, the part after the slash, e.g. "KH-STTTT".
	// Required.
	Symbol string `json:"symbol"`
	// Place is the địa danh, e.g. "Vĩnh Phúc". Required.
	Place string `json:"place"`
	// Date is the issue date; any part may be blank.
	Date Date `json:"date"`
	// Subject is the trích yếu, in sentence case. Required.
	Subject string `json:"subject"`
	// Urgency is the độ khẩn mark, empty for none.
	Urgency Urgency `json:"urgency,omitempty"`
	// Draft prints a removable draft mark, DraftMark, which Decree 30
	// does not define.
	Draft bool `json:"draft,omitempty"`
	// Numbering says how the headings are numbered: automatically in the
	// decree's scheme (the zero value), automatically in forms of the
	// author's choice, or as written.
	Numbering Numbering `json:"numbering,omitzero"`

	// Bases are the legal bases (căn cứ ban hành văn bản, Phụ lục I, mục
	// II.6.a), each printed on its own line in italic under the subject:
	// "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
	// 2015;", ";" after each and "." after the last, as the author writes
	// them.
	Bases []Text `json:"bases,omitempty"`
	// Preamble holds the lead-in paragraphs before the first heading
	// ("Thực hiện Chỉ thị số …, Sở xây dựng Kế hoạch như sau:").
	Preamble Blocks `json:"preamble,omitempty"`
	// Sections is the body: top-level parts (level 1, "I.") or, in a plan
	// without parts, sections (level 2, "1.").
	Sections []*Section `json:"sections,omitempty"`

	// Recipients is the "Nơi nhận" list, each item as printed without the
	// leading "-" and the final ";", e.g. "UBND tỉnh (B/c)".
	Recipients []string `json:"recipients,omitempty"`
	// Archive is the last recipients line after "Lưu:", e.g. "VT, VP"
	// prints "- Lưu: VT, VP.".
	Archive string `json:"archive,omitempty"`
	// Signer is the signature block.
	Signer Signer `json:"signer"`

	// Appendices follow the signature, each on a new page.
	Appendices []*Appendix `json:"appendices,omitempty"`

	// What the exchange record of an electronic document carries and the
	// page does not print (Decree 30, Phụ lục VI, Phần II, Mục I;
	// exchange.go); all optional.

	// OrganID is the issuing agency's electronic identifier (mã định
	// danh, Quyết định 20/2020/QĐ-TTg), e.g. "000.00.00.H37".
	OrganID string `json:"organ_id,omitempty"`
	// RecipientIDs are the recipients' identifiers, in the order of
	// Recipients, "" for a recipient without one; no longer than
	// Recipients.
	RecipientIDs []string `json:"recipient_ids,omitempty"`
	// DueDate is the date a reply is due (hạn trả lời văn bản), a whole
	// date.
	DueDate Date `json:"due_date,omitzero"`

	// Source records where the plan was read from; nil for a plan built in
	// code. It is not part of the JSON encoding.
	Source *Source `json:"-"`
}

// Signer is the signature block (ô 7a, 7b of the decree's layout).
type Signer struct {
	// Authority holds the lines that state the signing authority, each
	// starting with TM., KT., TL., TUQ. or Q., e.g. ["TM. ỦY BAN NHÂN DÂN",
	// "KT. CHỦ TỊCH"]. Empty when the head signs in their own name.
	Authority []string `json:"authority,omitempty"`
	// Position holds the signer's position lines, e.g. ["PHÓ CHỦ TỊCH"].
	Position []string `json:"position,omitempty"`
	// Name is the signer's full name in title case, e.g. "Nguyễn Văn A".
	Name string `json:"name"`
}

// Orientation is a page's orientation.
type Orientation string

// Orientations; the zero value lets the layout choose (landscape for an
// appendix whose table is too wide for a portrait page).
const (
	OrientationAuto      Orientation = ""
	OrientationPortrait  Orientation = "portrait"
	OrientationLandscape Orientation = "landscape"
)

// Appendix is one phụ lục: a title and its own body.
type Appendix struct {
	// Title is the appendix's subject, e.g. "DANH MỤC NHIỆM VỤ".
	Title string `json:"title,omitempty"`
	// Orientation turns the appendix's pages: landscape or portrait as
	// the author says; by default landscape only for a table too wide
	// for a portrait page.
	Orientation Orientation `json:"orientation,omitempty"`
	// Content is the appendix body: blocks and sections of level 1 or 2.
	Content Nodes `json:"content,omitempty"`
	// Line is the source line of the appendix heading, 0 when unknown.
	Line int `json:"-"`
}

// Source records where a plan was read from, for messages and for checks
// that need to know what the text looked like before normalisation.
type Source struct {
	// File is the file name as given by the caller, may be empty.
	File string
	// Keys maps each front-matter key (and "signer.name" style sub-keys)
	// to its line.
	Keys map[string]int
	// FrontMatterLine is the line of the opening "---", normally 1.
	FrontMatterLine int
	// NotNFC lists the lines whose text was not in Unicode NFC before the
	// reader normalised it.
	NotNFC []int
	// Controls are the control characters the Markdown reader took out of
	// the front matter, which YAML cannot hold; the checker reports them
	// as it reports those in the body (ND30-TEXT-CONTROL).
	Controls []Control
	// FrontMatterBroken says the front matter (of a JSON plan, the plan
	// object) could not be read at all: its fields are missing because of
	// that, not because the author left them out.
	FrontMatterBroken bool
	// BodyBroken says some body nodes could not be read (a JSON node of an
	// unknown type): parts may be missing because of that, so the checker
	// does not judge the body's structure.
	BodyBroken bool
	// BasisLines are the source lines of the legal bases, in order.
	BasisLines []int
	// JSON says the plan was read from its JSON encoding: messages about
	// body nodes name their paths in the model, which are the author's
	// own words, besides their lines.
	JSON bool
}

// KeyLine returns the source line of a front-matter key, or 0.
func (s *Source) KeyLine(key string) int {
	if s == nil {
		return 0
	}
	return s.Keys[key]
}

// Control is a control character found in a file where it could not be
// kept: its line, the field that held it, and the character.
type Control struct {
	Line  int
	Field string
	Rune  rune
}

// FieldLine returns the line of a front-matter field such as "symbol" or
// "signer.authority[1]": the key's own line, else its list's, else the
// front matter's opening line; 0 for a plan built in code.
func (s *Source) FieldLine(key string) int {
	if s == nil {
		return 0
	}
	if line := s.KeyLine(key); line > 0 {
		return line
	}
	if line := s.KeyLine(strings.SplitN(key, "[", 2)[0]); line > 0 {
		return line
	}
	return s.FrontMatterLine
}

// DocType returns the plan's document type, [TypeKH] when unset.
func (p *Plan) DocType() DocType {
	if p.Type == "" {
		return TypeKH
	}
	return p.Type
}

// PartByRole returns the first top-level part with the given role, or nil.
func (p *Plan) PartByRole(r Role) *Section {
	for _, s := range p.Sections {
		if s.Level == LevelPart && s.EffectiveRole() == r {
			return s
		}
	}
	return nil
}

// Name returns the issuer's name as written in running text: IssuerName
// when set, otherwise derived from Issuer by [AgencyName].
func (p *Plan) Name() string {
	if p.IssuerName != "" {
		return p.IssuerName
	}
	return AgencyName(p.Issuer)
}
