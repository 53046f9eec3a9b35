package record_test

import (
	"fmt"
	"os"

	"github.com/kehoach/kehoach/internal/testplans"
	"github.com/kehoach/kehoach/render/compose"
	"github.com/kehoach/kehoach/render/layout"
	"github.com/kehoach/kehoach/render/record"
)

// The record of an unnumbered plan: its number and date are left for the
// văn thư's system, and the places say where it stamps them.
func Example() {
	p := testplans.Minimal()
	pages, err := compose.Pages(p, layout.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	placed := compose.PlacementOf(pages)
	r := record.New(p, placed.Pages)
	fmt.Printf("%s %q/%s, %d page(s), signed by %s\n", r.TypeName, r.CodeNumber, r.CodeNotation, r.PageAmount, r.SignerInfo.FullName)
	for _, pl := range record.PlacesOf(placed, 0).Places {
		fmt.Printf("page %d: %s at %.0f, %.0f pt\n", pl.Page, pl.Kind, pl.X, pl.Y)
	}
	if err := record.WriteEdXML(os.Stdout, p, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Kế hoạch ""/KH-SNV, 1 page(s), signed by Trần Văn B
	// page 1: number at 143, 100 pt
	// page 1: signature at 326, 286 pt
	// page 1: seal at 269, 265 pt
	// <?xml version="1.0" encoding="UTF-8"?>
	// <edXML:edXML xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
	//   <edXML:edXMLEnvelope>
	//     <edXML:edXMLHeader>
	//       <edXML:MessageHeader>
	//         <edXML:From>
	//           <edXML:OrganId/>
	//           <edXML:OrganName>Sở Nội vụ</edXML:OrganName>
	//         </edXML:From>
	//         <edXML:Code>
	//           <edXML:CodeNumber/>
	//           <edXML:CodeNotation>KH-SNV</edXML:CodeNotation>
	//         </edXML:Code>
	//         <edXML:PromulgationInfo>
	//           <edXML:Place>Hà Nội</edXML:Place>
	//           <edXML:PromulgationDate>2026/03/05</edXML:PromulgationDate>
	//         </edXML:PromulgationInfo>
	//         <edXML:DocumentType>
	//           <edXML:TypeName>Kế hoạch</edXML:TypeName>
	//         </edXML:DocumentType>
	//         <edXML:Subject>Kế hoạch thử</edXML:Subject>
	//         <edXML:SignerInfo>
	//           <edXML:Competence>KT. GIÁM ĐỐC</edXML:Competence>
	//           <edXML:Position>PHÓ GIÁM ĐỐC</edXML:Position>
	//           <edXML:FullName>Trần Văn B</edXML:FullName>
	//         </edXML:SignerInfo>
	//         <edXML:OtherInfo>
	//           <edXML:Priority>0</edXML:Priority>
	//           <edXML:PageAmount>1</edXML:PageAmount>
	//         </edXML:OtherInfo>
	//       </edXML:MessageHeader>
	//     </edXML:edXMLHeader>
	//   </edXML:edXMLEnvelope>
	// </edXML:edXML>
}
