// Package check judges a plan against Decree 30/2020/NĐ-CP and the
// practice the layout contract records (docs/nd30-layout.md).
//
// [Check] returns each departure as a [Finding] with a stable rule ID
// ("ND30-SYMBOL-FORMAT"), a severity, the field or line, a message in
// Vietnamese and English, and the decree's reference; the problems that
// keep a plan from being laid out at all come first-class too, as
// findings of rule KEHOACH-INVALID. [Rules] lists every rule, the layout's
// (KEHOACH-TABLE-WIDE, KEHOACH-GLYPH-MISSING) included; docs/rules.md is
// the same table for people.
package check
