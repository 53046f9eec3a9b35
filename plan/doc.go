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
//     line, the kind of problem by a stable code ([CodeRequired],
//     [CodeInvalidDate]…), and what is expected, in Vietnamese and in
//     English ([FieldError.Format]);
//   - one walk over the body, [Plan.Walk], that gives each element with
//     what prints with it (its label, the end mark, footnote numbers, its
//     place in the model), so that no writer or checker re-derives them;
//   - the model's own JSON encoding ([WriteJSON], [ParseJSON]).
//
// Readers of document formats live in their own packages (read/markdown
// for the authoring format), the Decree 30 checker in package check, and
// the writers in package render's sub-packages; all of them read and
// write only this model. Package kehoach at the module's root ties them
// into one pipeline.
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
