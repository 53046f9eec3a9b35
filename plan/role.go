package plan

import (
	"sync"

	"github.com/kehoach/kehoach/internal/textutil"
)

// Role says what a top-level part of a plan is for, so that a program can
// ask for, say, the solutions part whatever its number.
type Role string

// The roles of a plan's parts.
const (
	RolePurpose      Role = "purpose"      // MỤC ĐÍCH, YÊU CẦU
	RoleContent      Role = "content"      // NỘI DUNG, NHIỆM VỤ
	RoleSolutions    Role = "solutions"    // GIẢI PHÁP
	RoleFunding      Role = "funding"      // KINH PHÍ
	RoleOrganisation Role = "organisation" // TỔ CHỨC THỰC HIỆN
	RoleOther        Role = "other"
)

// Roles returns every role, in the order a plan usually has its parts.
func Roles() []Role {
	return []Role{RolePurpose, RoleContent, RoleSolutions, RoleFunding, RoleOrganisation, RoleOther}
}

// Valid reports whether r is one of the defined roles or empty.
func (r Role) Valid() bool {
	if r == "" {
		return true
	}
	for _, v := range Roles() {
		if r == v {
			return true
		}
	}
	return false
}

// roleNames holds the usual part titles of each role. The first names of
// each role are those of the authoring format's specification; the others
// are common variants seen in real plans.
var roleNames = map[Role][]string{
	RolePurpose: {"MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH", "YÊU CẦU", "MỤC TIÊU",
		"MỤC ĐÍCH VÀ YÊU CẦU", "MỤC TIÊU, YÊU CẦU", "MỤC TIÊU VÀ YÊU CẦU"},
	RoleContent: {"NỘI DUNG", "NHIỆM VỤ", "NỘI DUNG THI ĐUA", "NHIỆM VỤ VÀ GIẢI PHÁP",
		"NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG THỰC HIỆN", "NHIỆM VỤ TRỌNG TÂM", "NỘI DUNG, NHIỆM VỤ"},
	RoleSolutions: {"GIẢI PHÁP", "CÁC GIẢI PHÁP", "GIẢI PHÁP THỰC HIỆN", "GIẢI PHÁP CHỦ YẾU"},
	RoleFunding:   {"KINH PHÍ", "KINH PHÍ THỰC HIỆN", "NGUỒN KINH PHÍ"},
	RoleOrganisation: {"TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "PHÂN CÔNG THỰC HIỆN", "PHÂN CÔNG TRÁCH NHIỆM",
		"TRÁCH NHIỆM THỰC HIỆN", "TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO"},
}

// roleIndex maps folded titles to roles; made on first use, so that a
// process that detects no role does not fold them at start.
var roleIndex = sync.OnceValue(func() map[string]Role {
	m := map[string]Role{}
	for r, names := range roleNames {
		for _, n := range names {
			m[textutil.FoldKey(n)] = r
		}
	}
	return m
})

// DetectRole returns the role of a part with the given title, RoleOther
// when the title is not one of the usual names. Matching ignores case,
// punctuation, spacing, Unicode normalisation (NFC and NFD are the same
// text) and the placement of tone marks ("hoà" and "hòa").
func DetectRole(title string) Role {
	if r, ok := roleIndex()[textutil.FoldKey(title)]; ok {
		return r
	}
	return RoleOther
}
