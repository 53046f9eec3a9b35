module github.com/kehoach/kehoach

go 1.26.0

require (
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/text v0.43.0
)

require github.com/stretchr/testify v1.12.1

require codeberg.org/go-pdf/fpdf v0.12.0
