// Package examples holds the example plans in the authoring format, as
// files beside this package and embedded in programs that offer them: the
// seed plan 004 (ke-hoach-004.md, the Vĩnh Phúc Department of Information
// and Communications' 2021 emulation plan) and three real plans converted
// to the authoring format (plan-08.md, plan-09.md, plan-10.md). The web
// editor of package server starts from them.
package examples

import (
	"embed"
	"io/fs"
)

//go:embed *.md
var plans embed.FS

// Plans returns the example plans: Markdown files in the authoring
// format at the root of the file system, in name order.
func Plans() fs.FS { return plans }
