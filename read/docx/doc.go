// Package docx reads Word documents (.docx) that agencies already hold:
// [Extract] returns a document's flow (package read/internal/flow), the
// paragraphs and tables the structure recogniser turns into a plan, and
// [Inspect] checks the file's own layout against Decree 30/2020/NĐ-CP
// (paper, margins, fonts, sizes, the header, the date, the title block,
// the body, the recipients, the page numbers). [ConvertDoc] turns a
// Word 97–2003 document (.doc) into a .docx through LibreOffice.
//
// # What the flow holds
//
// Paragraphs come in reading order: the body's, a table's row by row,
// the paragraphs of a text box or shape just before the paragraph it is
// anchored in (agency names in a text box, as some headers put them).
// Each paragraph's text is what prints:
//
//   - bold and italic resolved through the style chain: the document's
//     defaults, the table's style, the paragraph's style and its basedOn
//     chain, the character style (whose bold, italic and capitals toggle,
//     as Word's do) and the run's own properties;
//   - text formatted in capitals (w:caps) in capitals; hidden text
//     (w:vanish) left out;
//   - a line break as "\n", a tab as "\t" (a clerk's tabs are kept: they
//     separate the columns of a header typed with spaces), a non-breaking
//     hyphen as "-", a symbol font's character (w:sym) as the character it
//     shows;
//   - a field's displayed result, not its instruction (a date, a
//     cross-reference); a NOTEREF to a footnote reference is the same
//     note again;
//   - tracked changes as the document prints with them accepted
//     (insertions and moves kept, deletions dropped, a deleted paragraph
//     mark joining two paragraphs), counted in Document.TrackedChanges;
//   - a footnote or endnote reference as a span whose Note holds the
//     note's text and whose Text is the label it prints ("1", "2", …; "i",
//     "ii", … for endnotes), the notes by label in Document.Notes;
//   - the text as the file holds it, not normalised to NFC (the checker
//     reports decomposed text).
//
// A paragraph of Word's automatic numbering gets the number Word prints
// as its Label ("I.", "1.", "a)", "1.1.", "-"), counted as Word counts
// (per list definition, levels restarting, start overrides restarting a
// level); a bullet is "-", a plus "+". Numbers typed in the text stay
// in the text. Alignment, indents (in points), the dominant font size,
// the style's name and the outline level come with each paragraph.
// Blank paragraphs are left out; positions count every paragraph of the
// body from 1.
//
// Tables keep their grid: a cell spanning columns (gridSpan, hMerge) or
// rows (vMerge) is followed by covered cells, every row is as wide as
// the table, a nested table is a block of its cell, and Borders says
// whether the table's borders show (the table's own, its style's, and
// its cells' own, drawn around at least half the cells): the header and
// signature tables are ordinary, borderless tables. A section break
// (a paragraph's section properties) is a Break saying whether what
// follows is landscape; a continuous section in the same orientation
// makes none. Page headers and footers are not in the flow; Inspect reads
// them.
//
// Word files from other tools read too: without styles or numbering
// parts, from LibreOffice, Google Docs, WPS or legal-database sites,
// Strict OOXML's namespaces, any prefix for WordprocessingML (elements
// are matched by namespace). Alternate content is read once, its first
// choice, never both branches.
//
// # Limits and errors
//
// The package is read within [limits.Limits] (WithLimits): its size,
// entries and what they inflate to (a zip bomb stops after a bounded
// amount of work), how deep tables and elements nest (Depth), how many
// paragraphs and tables (Nodes) and table cells (TableCells) it holds.
// XML is read by a reader of this package that expands no entity a
// document type declares. A file that is no .docx gets an [*Error] in
// Vietnamese and English naming what it is (a .doc, an encrypted
// document, a PDF, an image, a spreadsheet, a zip of something else, a
// damaged package), of kind [ErrLegacy], [ErrEncrypted], [ErrNotWord] or
// [ErrMalformed].
//
// # What it does not read
//
// Comments, images and charts (their text is not in the file), SmartArt,
// text in legacy 8-bit encodings (TCVN3 or VNI fonts: the text is read as
// stored, and Inspect names the font), the position of frames and
// floating shapes (a text box's paragraphs come before its anchor,
// wherever it prints), and footnote marks typed by hand
// (customMarkFollows: the note gets the next number).
package docx
