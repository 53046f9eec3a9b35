package docx

// The example agency template, on which template mode is tested and
// shown, is made by a program: go generate ./render/docx rewrites it.
//go:generate go run ./internal/maketemplate ../../examples/agency-template.docx

// The static parts of the default package are compressed once, here, not
// by every program that writes a document: go generate ./render/docx
// rewrites staticparts_gen.go when templates/docx changes
// (TestStaticPartsCurrent says when).
//go:generate go run ./internal/makeparts staticparts_gen.go
