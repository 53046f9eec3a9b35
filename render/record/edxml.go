package record

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/plan"
)

// EdXMLNamespace is the namespace of edXML, QCVN 102:2016/BTTTT.
const EdXMLNamespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016"

// WriteEdXML writes the edXML message header of an outgoing plan
// (QCVN 102:2016/BTTTT) for the national document-exchange hub:
// edXML/edXMLEnvelope/edXMLHeader/MessageHeader, its elements in the
// standard's order, as the hub's own samples write them: From, To (each
// recipient), Code, PromulgationInfo, DocumentType, Subject, SignerInfo,
// DueDate, ToPlaces, OtherInfo, DocumentId. The record gives the values
// (a blank number or date is left empty, for the văn thư's system to
// fill); the plan gives the place and the signer's authority. Dates are
// written YYYY/MM/DD, as the standard writes them.
//
// The message is unsigned and carries no attachment: the trace headers,
// the body's manifest, the attached files, the document type's code and
// the XML signature are the e-office's to add when it sends the
// document. It holds no element the plan cannot fill (SteeringType,
// PromulgationAmount, …). A record too long for the decree's fields is an
// [*Error], and nothing is written.
func WriteEdXML(w io.Writer, p *plan.Plan, r Record) error {
	if problems := r.Check(); len(problems) > 0 {
		return &Error{Problems: problems}
	}
	x := &edxml{}
	x.b.WriteString(xml.Header)
	x.open(`edXML:edXML xmlns:edXML="` + EdXMLNamespace + `"`)
	x.open("edXML:edXMLEnvelope")
	x.open("edXML:edXMLHeader")
	x.open("edXML:MessageHeader")

	x.open("edXML:From")
	x.leaf("OrganId", p.OrganID)
	if parent := plan.AgencyName(p.Parent); parent != "" {
		x.leaf("OrganizationInCharge", parent)
	}
	x.leaf("OrganName", r.OrganName)
	x.close("edXML:From")
	for _, to := range r.To {
		x.open("edXML:To")
		x.leaf("OrganId", to.OrganID)
		x.leaf("OrganName", to.OrganName)
		x.close("edXML:To")
	}
	x.open("edXML:Code")
	x.leaf("CodeNumber", r.CodeNumber)
	x.leaf("CodeNotation", r.CodeNotation)
	x.close("edXML:Code")
	x.open("edXML:PromulgationInfo")
	x.leaf("Place", oneLine(p.Place))
	x.leaf("PromulgationDate", wholeDate(p.Date, "/"))
	x.close("edXML:PromulgationInfo")
	x.open("edXML:DocumentType")
	x.leaf("TypeName", r.TypeName)
	x.close("edXML:DocumentType")
	x.leaf("Subject", r.Subject)
	x.open("edXML:SignerInfo")
	x.leaf("Competence", competence(p.Signer))
	x.leaf("Position", r.SignerInfo.Position)
	x.leaf("FullName", r.SignerInfo.FullName)
	x.close("edXML:SignerInfo")
	if due := wholeDate(p.DueDate, "/"); due != "" {
		x.leaf("DueDate", due)
	}
	if len(r.To) > 0 {
		x.open("edXML:ToPlaces")
		for _, to := range r.To {
			x.leaf("Place", to.OrganName)
		}
		x.close("edXML:ToPlaces")
	}
	x.open("edXML:OtherInfo")
	x.leaf("Priority", strconv.Itoa(r.Priority))
	x.leaf("PageAmount", strconv.Itoa(r.PageAmount))
	if len(r.Appendixes) > 0 {
		x.open("edXML:Appendixes")
		for _, a := range r.Appendixes {
			x.leaf("Appendix", a)
		}
		x.close("edXML:Appendixes")
	}
	x.close("edXML:OtherInfo")
	if id := documentID(p, r); id != "" {
		x.leaf("DocumentId", id)
	}

	x.close("edXML:MessageHeader")
	x.close("edXML:edXMLHeader")
	x.close("edXML:edXMLEnvelope")
	x.close("edXML:edXML")
	_, err := w.Write(x.b.Bytes())
	return err
}

// documentID returns the document's identifier in the hub's form, "the
// agency's identifier,date,number/symbol" ("000.00.04.G14,2012/08/06,
// 267/VPCP-TTĐT"), when all three are known; "" otherwise.
func documentID(p *plan.Plan, r Record) string {
	date := wholeDate(p.Date, "/")
	if p.OrganID == "" || date == "" || r.CodeNumber == "" {
		return ""
	}
	return p.OrganID + "," + date + "," + r.CodeNumber + "/" + r.CodeNotation
}

// edxml builds the XML, indented, every element in the edXML namespace.
type edxml struct {
	b     bytes.Buffer
	depth int
}

func (x *edxml) indent() { x.b.WriteString(strings.Repeat("  ", x.depth)) }

// open starts an element (its name and attributes as written).
func (x *edxml) open(tag string) {
	x.indent()
	x.b.WriteString("<" + tag + ">\n")
	x.depth++
}

// close ends an element.
func (x *edxml) close(name string) {
	x.depth--
	x.indent()
	x.b.WriteString("</" + name + ">\n")
}

// leaf writes an element of text, escaped; an empty one for no text.
func (x *edxml) leaf(name, text string) {
	x.indent()
	if text == "" {
		x.b.WriteString("<edXML:" + name + "/>\n")
		return
	}
	x.b.WriteString("<edXML:" + name + ">")
	_ = xml.EscapeText(&x.b, []byte(text)) // a bytes.Buffer does not fail
	x.b.WriteString("</edXML:" + name + ">\n")
}
