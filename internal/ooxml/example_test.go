package ooxml_test

import (
	"archive/zip"
	"bytes"
	"fmt"

	"github.com/kehoach/kehoach/internal/ooxml"
	"github.com/kehoach/kehoach/limits"
)

// A package is read within the default limits, changed and written back;
// an entry named to escape the package never comes along.
func Example() {
	var in bytes.Buffer
	zw := zip.NewWriter(&in)
	for _, name := range []string{"word/document.xml", "../../etc/passwd"} {
		w, _ := zw.Create(name)
		fmt.Fprint(w, "<w:document/>")
	}
	zw.Close()
	pkg, err := ooxml.Read(in.Bytes(), limits.Default(), func(string) bool { return true })
	if err != nil {
		fmt.Println(err)
		return
	}
	pkg.Set("word/document.xml", []byte("<w:document><w:body/></w:document>"))
	var out bytes.Buffer
	if err := pkg.Write(&out); err != nil {
		fmt.Println(err)
	}
	fmt.Println(pkg.Names())
	// Output: [word/document.xml]
}
