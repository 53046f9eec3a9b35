package templates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDocxParts(t *testing.T) {
	parts := DocxParts()
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
		"word/settings.xml", "word/fontTable.xml", "word/header1.xml", "word/header2.xml", "docProps/app.xml"} {
		assert.NotEmpty(t, parts[name], name)
	}
}
