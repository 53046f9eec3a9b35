package server

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fileFuncs are the functions of packages os, io/ioutil and net/http
// that open, make or remove files, or serve them.
var fileFuncs = map[string]bool{
	"Open": true, "OpenFile": true, "Create": true, "ReadFile": true, "WriteFile": true, "Remove": true,
	"RemoveAll": true, "Mkdir": true, "MkdirAll": true, "MkdirTemp": true, "CreateTemp": true, "Rename": true,
	"ReadDir": true, "Lstat": true, "Stat": true, "Chdir": true, "OpenRoot": true, "DirFS": true,
	"ServeFile": true, "ServeFileFS": true, "FileServer": true, "Dir": true, "TempFile": true,
}

// formMethods are the methods that make net/http or mime/multipart write
// a form's files to disk (ParseMultipartForm and what calls it).
var formMethods = map[string]bool{
	"ParseMultipartForm": true, "ParseForm": true, "FormFile": true, "FormValue": true, "PostFormValue": true, "ReadForm": true,
}

// No request can make the server read or write a file: its code calls
// nothing that opens, makes or removes a file with a name that is not a
// constant of the program (the one file it reads is /proc/self/statm,
// for the metrics), and reads forms part by part in memory.
func TestNoFileCalls(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if formMethods[sel.Sel.Name] {
				t.Errorf("%s: %s may write a form's files to disk", fset.Position(call.Pos()), sel.Sel.Name)
			}
			pkg, ok := sel.X.(*ast.Ident)
			if !ok || !fileFuncs[sel.Sel.Name] || pkg.Name != "os" && pkg.Name != "ioutil" && pkg.Name != "http" {
				return true
			}
			checked++
			constant := len(call.Args) > 0
			for _, a := range call.Args {
				if lit, ok := a.(*ast.BasicLit); !ok || lit.Kind != token.STRING {
					constant = false
				}
			}
			assert.True(t, constant, "%s: %s is called with a name that is not a constant", fset.Position(call.Pos()), sel.Sel.Name)
			return true
		})
	}
	assert.Equal(t, 1, checked, "the one call with a constant name: /proc/self/statm")
}

// Plans and forms that name files get answers from the request's bytes
// alone: a front matter naming a template, a form's file names with
// "../" and absolute paths. Nothing is written where they point, and no
// file's content comes back.
func TestNoFileAccess(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	h := New()

	withTemplate := bytes.Replace(seed(t), []byte("---\n"), []byte("---\ntemplate: ../../../../../../etc/passwd\n"), 1)
	p := problemOf(t, post(t, h, "/v1/render?format=docx", "text/markdown", withTemplate), http.StatusUnprocessableEntity, codeInvalidPlan)
	assert.Equal(t, "unknown-key", p.Findings[0]["code"])

	for _, name := range []string{"../../../../../../etc/passwd.json", "/etc/passwd.json", "..\\..\\windows\\win.ini.json", "../escaped.md", "sub/../../x.md"} {
		ct, body := form(t, formPart{"plan", name, []byte(`{"issuer": ["SỞ Y TẾ"]}`)})
		rec := post(t, h, "/v1/check", ct, body)
		require.Equal(t, http.StatusOK, rec.Code, "%s: %s", name, rec.Body.String())
		assert.NotContains(t, rec.Body.String(), "root:", name)
		assert.Contains(t, rec.Body.String(), `"file": "`+baseName(name)+`"`, "findings name the file by its base name only")
		if !strings.HasSuffix(name, ".md") {
			continue
		}

		ct, body = form(t, formPart{"plan", name, seed(t)})
		rec = post(t, h, "/v1/render?format=docx", ct, body)
		require.Equal(t, http.StatusOK, rec.Code, name)
	}
	ct, body := form(t, formPart{"plan", "ke-hoach.md", seed(t)}, formPart{"template", "/etc/passwd", []byte("x")})
	problemOf(t, post(t, h, "/v1/render?format=docx", ct, body), http.StatusUnprocessableEntity, codeInvalidTemplate)

	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "nothing written in the working directory")
	_, err = os.Stat(filepath.Join(filepath.Dir(dir), "escaped.md"))
	assert.True(t, os.IsNotExist(err), "nothing written beside it")
	_, err = os.Stat(filepath.Join(filepath.Dir(dir), "x.md"))
	assert.True(t, os.IsNotExist(err))
}

// A client's file name is reduced to its last element.
func TestBaseName(t *testing.T) {
	for in, want := range map[string]string{
		"ke-hoach.md": "ke-hoach.md", "../../etc/passwd": "passwd", `C:\fakepath\Kế hoạch.md`: "Kế hoạch.md",
		"..": "", "a/..": "", "": "", "x\x00y\n.md": "xy.md", "dir/": "",
	} {
		assert.Equal(t, want, baseName(in), in)
	}
}
