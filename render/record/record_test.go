package record_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/plan"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/render/record"
)

// document builds the record document of an example plan as the
// pipeline does.
func document(t *testing.T, p *plan.Plan) (record.Document, compose.Placement) {
	t.Helper()
	pages, err := compose.Pages(p, layout.Default())
	require.NoError(t, err)
	pl := compose.PlacementOf(pages)
	return record.Document{Record: record.New(p, pl.Pages), Places: record.PlacesOf(pl, 0)}, pl
}

// TestRecordFitsPhuLucVI: the record of each example plan holds what the
// plan says, under Phụ lục VI's names, every value within its field's
// length.
func TestRecordFitsPhuLucVI(t *testing.T) {
	for _, name := range []string{"ke-hoach-004.md", "plan-09.md", "plan-10.md"} {
		t.Run(name, func(t *testing.T) {
			p := testplans.Load(t, name)
			doc, pl := document(t, p)
			r := doc.Record
			assert.Empty(t, r.Check())
			assert.Equal(t, "Kế hoạch", r.TypeName)
			assert.Equal(t, p.Symbol, r.CodeNotation)
			assert.Equal(t, p.Name(), r.OrganName)
			assert.Equal(t, strings.Join(strings.Fields(p.Subject), " "), r.Subject)
			assert.Equal(t, p.Signer.Name, r.SignerInfo.FullName)
			assert.Equal(t, strings.Join(p.Signer.Position, " "), r.SignerInfo.Position)
			assert.Len(t, r.To, len(p.Recipients))
			assert.Equal(t, pl.Pages, r.PageAmount)
			assert.Len(t, r.Appendixes, len(p.Appendices))
			if p.Number == "" {
				assert.Empty(t, r.CodeNumber, "blank: the văn thư's system fills it")
				assert.Empty(t, r.IssuedDate, "the day is blank")
			} else {
				assert.Equal(t, "1105", r.CodeNumber)
				assert.Equal(t, "2026-03-10", r.IssuedDate)
			}

			var buf bytes.Buffer
			require.NoError(t, record.WriteJSON(&buf, doc))
			var back map[string]any
			require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
			assert.Equal(t, record.Source, back["decree"])
			fields := back["record"].(map[string]any)
			for _, key := range []string{"TypeName", "CodeNumber", "CodeNotation", "IssuedDate", "OrganName", "Subject",
				"Language", "PageAmount", "SignerInfo", "To", "Priority"} {
				assert.Contains(t, fields, key)
			}
			for key, v := range fields {
				if s, ok := v.(string); ok {
					assert.LessOrEqual(t, utf8.RuneCountInString(s), lengthOf(t, key), key)
				}
			}
			places := back["places"].(map[string]any)
			assert.Equal(t, "pt", places["unit"])
			assert.Equal(t, "top-left", places["origin"])
			assert.EqualValues(t, pl.Pages, places["pages"])
			kinds := map[string]bool{}
			for _, p := range places["places"].([]any) {
				kinds[p.(map[string]any)["kind"].(string)] = true
			}
			assert.True(t, kinds["signature"] && kinds["seal"])
			assert.Equal(t, p.Number == "", kinds["number"], "a blank number has its place")
		})
	}
}

// lengthOf returns the decree's length of a field.
func lengthOf(t *testing.T, name string) int {
	for _, f := range record.Fields {
		if f.Name == name {
			return f.Length
		}
	}
	t.Fatalf("no field %s in Phụ lục VI", name)
	return 0
}

// TestRecordTooLong: a value longer than Phụ lục VI's field is refused,
// naming the field in both languages, and nothing is written.
// TestRecipientsWithoutPurpose: the record names each recipient as the
// organ it is, without the note saying why it gets the document.
func TestRecipientsWithoutPurpose(t *testing.T) {
	p := testplans.Load(t, "ke-hoach-004.md")
	p.Recipients = []string{"Thủ tướng Chính phủ (để b/c);", "- Giám đốc Sở (để báo cáo và phê duyệt);", "UBND tỉnh (b/c);",
		"Trung tâm CNTT (Sở TT&TT);", "(để biết)"}
	p.RecipientIDs = nil
	doc, _ := document(t, p)
	var names []string
	for _, o := range doc.Record.To {
		names = append(names, o.OrganName)
	}
	assert.Equal(t, []string{"Thủ tướng Chính phủ", "Giám đốc Sở", "UBND tỉnh", "Trung tâm CNTT (Sở TT&TT)", "(để biết)"}, names,
		"a purpose note goes; a part of the name in brackets stays; a note alone is kept rather than emptied")
}

func TestRecordTooLong(t *testing.T) {
	p := testplans.Load(t, "plan-10.md")
	p.Subject = strings.Repeat("Kế hoạch kiểm tra ", 30) // 540 characters
	p.Recipients = append(p.Recipients, strings.Repeat("Ủy ban nhân dân ", 14))
	doc, _ := document(t, p)
	problems := doc.Record.Check()
	require.Len(t, problems, 2)
	assert.Equal(t, "Subject", problems[0].Field)
	assert.Contains(t, problems[0].Vi, "quá độ dài 500")
	assert.Contains(t, problems[0].En, "longer than Decree 30's 500")
	assert.Equal(t, "To[4].OrganName", problems[1].Field)
	var buf bytes.Buffer
	err := record.WriteJSON(&buf, doc)
	var re *record.Error
	require.ErrorAs(t, err, &re)
	assert.Contains(t, re.Message("vi"), "Subject")
	assert.Zero(t, buf.Len())
	assert.Error(t, record.WriteEdXML(&buf, p, doc.Record))
	assert.Zero(t, buf.Len())
}

// header is the edXML message header, as a hub reads it.
type header struct {
	XMLName  xml.Name `xml:"http://www.mic.gov.vn/TBT/QCVN_102_2016 edXML"`
	Envelope struct {
		Header struct {
			Message struct {
				From struct {
					OrganID   string `xml:"OrganId"`
					OrganName string
				}
				To []struct {
					OrganID   string `xml:"OrganId"`
					OrganName string
				}
				Code struct {
					CodeNumber, CodeNotation string
				}
				PromulgationInfo struct {
					Place, PromulgationDate string
				}
				DocumentType struct{ TypeName string }
				Subject      string
				SignerInfo   struct {
					Competence, Position, FullName string
				}
				DueDate   string
				OtherInfo struct {
					Priority   int
					PageAmount int
					Appendixes []string `xml:"Appendixes>Appendix"`
				}
				DocumentID string `xml:"DocumentId"`
			} `xml:"MessageHeader"`
		} `xml:"edXMLHeader"`
	} `xml:"edXMLEnvelope"`
}

// TestEdXMLHeader: the header parses, in the edXML namespace, and holds
// the number, symbol, date, agency, subject, signer, recipients and page
// count; the document's identifier when the agency's is given.
func TestEdXMLHeader(t *testing.T) {
	p := testplans.Load(t, "plan-10.md")
	p.OrganID = "000.00.21.H37"
	p.RecipientIDs = []string{"000.00.00.H37", ""}
	p.DueDate = plan.Date{Year: 2026, Month: 4, Day: 30}
	p.Urgency = plan.UrgencyVeryUrgent
	doc, pl := document(t, p)
	var buf bytes.Buffer
	require.NoError(t, record.WriteEdXML(&buf, p, doc.Record))
	var h header
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &h), buf.String())
	m := h.Envelope.Header.Message
	assert.Equal(t, "000.00.21.H37", m.From.OrganID)
	assert.Equal(t, p.Name(), m.From.OrganName)
	require.Len(t, m.To, len(p.Recipients))
	assert.Equal(t, "000.00.00.H37", m.To[0].OrganID)
	assert.Equal(t, "Giám đốc Sở", m.To[0].OrganName, "the organ, without why it gets the document (Phụ lục VI, 13.2)")
	assert.Empty(t, m.To[1].OrganID)
	assert.Equal(t, "1105", m.Code.CodeNumber)
	assert.Equal(t, "KH-ĐKT", m.Code.CodeNotation)
	assert.Equal(t, "Lào Cai", m.PromulgationInfo.Place)
	assert.Equal(t, "2026/03/10", m.PromulgationInfo.PromulgationDate)
	assert.Equal(t, "Kế hoạch", m.DocumentType.TypeName)
	assert.Equal(t, doc.Record.Subject, m.Subject)
	assert.Equal(t, "TM. ĐOÀN KIỂM TRA", m.SignerInfo.Competence)
	assert.Equal(t, "TRƯỞNG ĐOÀN", m.SignerInfo.Position)
	assert.Equal(t, "Hoàng Văn Thuân", m.SignerInfo.FullName)
	assert.Equal(t, "2026/04/30", m.DueDate)
	assert.Equal(t, 2, m.OtherInfo.Priority, "Thượng khẩn")
	assert.Equal(t, pl.Pages, m.OtherInfo.PageAmount)
	assert.Equal(t, []string{"Phụ lục I: KẾ HOẠCH KIỂM TRA", "Phụ lục II: ĐỀ CƯƠNG BÁO CÁO PHỤC VỤ CÔNG TÁC KIỂM TRA"}, m.OtherInfo.Appendixes)
	assert.Equal(t, "000.00.21.H37,2026/03/10,1105/KH-ĐKT", m.DocumentID)
	assert.Equal(t, &record.FileCode{OrganID: "000.00.21.H37"}, doc.Record.FileCode)

	unnumbered := testplans.Load(t, "ke-hoach-004.md")
	doc, _ = document(t, unnumbered)
	buf.Reset()
	require.NoError(t, record.WriteEdXML(&buf, unnumbered, doc.Record))
	h = header{}
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &h))
	m = h.Envelope.Header.Message
	assert.Empty(t, m.Code.CodeNumber, "left for the văn thư's system")
	assert.Empty(t, m.PromulgationInfo.PromulgationDate)
	assert.Empty(t, m.DocumentID)
}
