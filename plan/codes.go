package plan

// The kinds of problem a [FieldError] reports, in its Code: one for each
// kind, not for each message, and stable across versions and languages
// (as the checker's rule IDs are), so that a program can act on a problem
// or word it in its own language. Validate, [ParseJSON] and the Markdown
// reader report them.
const (
	// CodeNil: a plan, section, body element or appendix built in Go is
	// nil.
	CodeNil = "nil"
	// CodeRequired: a required field (issuer, symbol, place, subject) is
	// missing or blank.
	CodeRequired = "required"
	// CodeLineBreak: a field printed on one line (symbol, place,
	// signer.name) has a line break.
	CodeLineBreak = "line-break"
	// CodeUnknownType: the type is not an abbreviation of the decree's
	// table of document types (Phụ lục III).
	CodeUnknownType = "unknown-type"
	// CodeInvalidNumber: the registration number is not digits, or is 0.
	CodeInvalidNumber = "invalid-number"
	// CodeInvalidDate: the date is not written YYYY-MM-DD, YYYY-MM or
	// YYYY, or does not exist in the calendar.
	CodeInvalidDate = "invalid-date"
	// CodeUnknownUrgency: the urgency is not Khẩn, Thượng khẩn or Hỏa tốc.
	CodeUnknownUrgency = "unknown-urgency"
	// CodeInvalidBoolean: a yes-or-no value (draft) is not true or false.
	CodeInvalidBoolean = "invalid-boolean"
	// CodeAuthorityPrefix: an authority line does not start with TM.,
	// KT., TL., TUQ. or Q., or names nothing after it.
	CodeAuthorityPrefix = "authority-prefix"
	// CodeRecipientList: one item of the recipients holds several
	// recipients separated by ";".
	CodeRecipientList = "recipient-list"
	// CodeBulletLevel: a bullet's level is not 1 ("-") or 2 ("+").
	CodeBulletLevel = "bullet-level"
	// CodeNegativeNumber: a numbered paragraph's number is negative.
	CodeNegativeNumber = "negative-number"
	// CodeHeadingLevel: a heading's level is not 1 to 4 (a Markdown
	// heading of five # or more).
	CodeHeadingLevel = "heading-level"
	// CodeHeadingNesting: a heading stands where its level cannot (a
	// point straight under a part, a section beside parts).
	CodeHeadingNesting = "heading-nesting"
	// CodeHeadingNumber: the number written before a heading's title is
	// not the one it gets.
	CodeHeadingNumber = "heading-number"
	// CodeAppendixNumber: the number written after "Phụ lục" is not the
	// appendix's, or has a sub-number.
	CodeAppendixNumber = "appendix-number"
	// CodeUnknownRole: a part's role is not one of the known roles.
	CodeUnknownRole = "unknown-role"
	// CodeTableShape: a table has no column or no header row, or more
	// cells or alignments than its header has columns.
	CodeTableShape = "table-shape"
	// CodeTableAlign: a column's alignment is not left, center or right.
	CodeTableAlign = "table-align"
	// CodeFootnoteEmpty: a footnote has no text.
	CodeFootnoteEmpty = "footnote-empty"
	// CodeFootnoteConflict: footnotes that share an id have different
	// texts.
	CodeFootnoteConflict = "footnote-conflict"
	// CodeFootnoteUndefined: a footnote reference has no definition.
	CodeFootnoteUndefined = "footnote-undefined"
	// CodeFootnoteUnused: a footnote definition is never referred to.
	CodeFootnoteUnused = "footnote-unused"
	// CodeFootnoteTwice: a footnote is defined twice.
	CodeFootnoteTwice = "footnote-twice"
	// CodeFootnotePlace: a footnote stands where none can (in another
	// footnote, on an appendix title).
	CodeFootnotePlace = "footnote-place"
	// CodeInvalidUTF8: the file is not UTF-8.
	CodeInvalidUTF8 = "invalid-utf8"
	// CodeNoFrontMatter: a Markdown plan does not open with its front
	// matter ("---").
	CodeNoFrontMatter = "no-front-matter"
	// CodeFrontMatterUnclosed: the front matter has no closing "---".
	CodeFrontMatterUnclosed = "front-matter-unclosed"
	// CodeYAMLSyntax: the front matter is not valid YAML.
	CodeYAMLSyntax = "yaml-syntax"
	// CodeFrontMatterShape: the front matter is not a list of "key:
	// value" lines.
	CodeFrontMatterShape = "front-matter-shape"
	// CodeUnknownKey: a front-matter key or JSON member the format does
	// not have; the English message suggests the likely one.
	CodeUnknownKey = "unknown-key"
	// CodeDuplicateKey: a key or member is given twice.
	CodeDuplicateKey = "duplicate-key"
	// CodeWrongKind: a value of the wrong kind: a list where one value is
	// expected, a number where text is, and so on.
	CodeWrongKind = "wrong-kind"
	// CodeJSONSyntax: the file is not valid JSON.
	CodeJSONSyntax = "json-syntax"
	// CodeEmptyInput: the file is empty.
	CodeEmptyInput = "empty-input"
	// CodeJSONTruncated: the JSON ends before its object does.
	CodeJSONTruncated = "json-truncated"
	// CodeTrailingData: something follows the plan's JSON object.
	CodeTrailingData = "trailing-data"
	// CodeNodeType: a JSON body element has no "type" member, or an
	// unknown one.
	CodeNodeType = "node-type"
	// CodeMisplacedNode: a JSON body element stands where its type cannot
	// (a section in the preamble, a paragraph among the parts).
	CodeMisplacedNode = "misplaced-node"
	// CodeInvalidValue: a value that does not read for another reason.
	CodeInvalidValue = "invalid-value"
	// CodeLimit: the input passes one of the bounds kehoach keeps on what
	// it reads (package limits): its size, its nesting, its counts.
	CodeLimit = "limit"
	// CodeUnsupportedType: a type of the decree's table whose layout
	// kehoach does not print (QĐ, NQ, CV, CĐ, GM, BB, …).
	CodeUnsupportedType = "unsupported-type"
	// CodeNumberForm: a numbering form kehoach does not know, or a
	// numbering that is neither "written", "auto" nor a list of forms.
	CodeNumberForm = "number-form"
	// CodeNotFound: a reader of an existing document (text, Word) found
	// no trace of a field the document should have ("no 'Số:' line
	// found"): the field is left empty rather than guessed.
	CodeNotFound = "not-found"
	// CodeOrganID: an agency's electronic identifier (organ_id,
	// recipient_ids) is not in the form of Quyết định 20/2020/QĐ-TTg,
	// "000.00.00.H37", or more identifiers are given than recipients.
	CodeOrganID = "organ-id"
)
