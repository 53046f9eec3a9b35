// Package kehoach is the pipeline a program runs to turn an administrative
// plan (Kế hoạch, and the other named documents of Decree 30/2020/NĐ-CP's
// Mẫu 1.4) into the documents an agency issues: read a plan from bytes,
// check it against the decree, and render it to a format by name, all in
// memory. The kehoach command and the HTTP service are thin layers over
// these calls.
//
// Its shape is pandoc's and goldmark's: readers (package read/...) turn
// a file into one [plan.Plan]; the checker (package check) judges it;
// writers (package render/...) turn it into documents. Readers and
// writers are found by name in two registries, which a program may add
// to with [RegisterReader] and [RegisterFormat].
//
//	p, err := kehoach.Read(src, "ke-hoach.md")
//	findings := kehoach.Check(p, err)      // validation problems and the decree's rules, at once
//	if err == nil && !check.HasErrors(findings) {
//		err = kehoach.Render(w, p, "pdf")
//	}
package kehoach
