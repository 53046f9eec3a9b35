// Package examples holds the example plans in the authoring format, as
// files beside this package and embedded in programs that offer them: the
// seed plan 004 (ke-hoach-004.md, the Vĩnh Phúc Department of Information
// and Communications' 2021 emulation plan) and three real plans converted
// to the authoring format (plan-08.md, plan-09.md, plan-10.md). The web
// editor of package server starts from them. It holds the shipped layout
// profiles too (profiles/*.yaml, docs/profiles.md), which the service
// offers by name.
package examples

import (
	"embed"
	"io/fs"
)

//go:embed *.md
var plans embed.FS

//go:embed profiles/*.yaml
var profiles embed.FS

// Plans returns the example plans: Markdown files in the authoring
// format at the root of the file system, in name order.
func Plans() fs.FS { return plans }

// Profiles returns the shipped layout profiles (default.yaml,
// lao-cai.yaml): YAML files at the root of the file system, in name
// order, each read with layout.ReadProfile.
func Profiles() fs.FS {
	sub, err := fs.Sub(profiles, "profiles")
	if err != nil { // the directory is the package's own
		panic(err)
	}
	return sub
}
