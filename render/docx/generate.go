package docx

// The example agency template, on which template mode is tested and
// shown, is made by a program: go generate ./render/docx rewrites it.
//go:generate go run ./internal/maketemplate ../../examples/agency-template.docx
