// Package plan models an administrative plan (Kế hoạch) as Decree
// 30/2020/NĐ-CP lays it out, and holds everything that is about the
// document rather than about one output format:
//
//   - the model: [Plan] with its header fields, [Signer], recipients, a
//     body tree of [Section] values (parts, sections, points) holding
//     [Block] values, and [Appendix] values;
//   - the decree's wording rules: [DateLine] ("Vĩnh Phúc, ngày 05 tháng 02
//     năm 2021"), [NumberLine] ("Số: 05/KH-STTTT"), [Roman], [PointLetter]
//     and the automatic numbering of headings ([Label]);
//   - validation: [Plan.Validate] reports every problem at once as
//     [Errors], a list of [*FieldError] that name the field or the source
//     line and say what is expected;
//   - the two input formats: the Markdown authoring format
//     ([ParseMarkdown]) and a JSON encoding of the model ([ParseJSON],
//     [Plan.MarshalJSON]);
//   - the compliance checker: [Check] returns each departure from Decree
//     30 as a [Finding] with a stable rule ID, a severity, the field or
//     line, a message in Vietnamese and English, and the decree's
//     reference; [Rules] lists the rules.
//
// Writers (package render and its sub-packages) read only this model.
//
// A plan can be built in Go as naturally as loaded from a file:
//
//	p := &plan.Plan{
//		Parent:  []string{"UBND TỈNH VĨNH PHÚC"},
//		Issuer:  []string{"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"},
//		Symbol:  "KH-STTTT",
//		Place:   "Vĩnh Phúc",
//		Date:    plan.Date{Year: 2021, Month: 11},
//		Subject: "Phát động phong trào thi đua năm 2022",
//		Sections: []*plan.Section{
//			plan.NewPart("MỤC ĐÍCH, YÊU CẦU",
//				plan.NewSection("Mục đích", plan.Dash("Tiếp tục phát huy …")),
//			),
//		},
//		Signer: plan.Signer{Position: []string{"GIÁM ĐỐC"}, Name: "Nguyễn Bá Hiến"},
//	}
//
// Text in a plan is expected in Unicode NFC. The readers normalise what
// they read; the constructors normalise their arguments; a plan built from
// struct literals can be normalised with [Plan.Normalize].
package plan
