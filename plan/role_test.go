package plan

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestDetectRole(t *testing.T) {
	cases := map[string]Role{
		"MỤC ĐÍCH, YÊU CẦU":     RolePurpose,
		"Mục đích, yêu cầu":     RolePurpose,
		"MỤC ĐÍCH":              RolePurpose,
		"YÊU CẦU":               RolePurpose,
		"MỤC TIÊU":              RolePurpose,
		"NỘI DUNG":              RoleContent,
		"NHIỆM VỤ":              RoleContent,
		"NỘI DUNG THI ĐUA":      RoleContent,
		"NHIỆM VỤ VÀ GIẢI PHÁP": RoleContent,
		"GIẢI PHÁP":             RoleSolutions,
		"KINH PHÍ":              RoleFunding,
		"TỔ CHỨC THỰC HIỆN":     RoleOrganisation,
		"Tổ chức thực hiện":     RoleOrganisation,
		"  TỔ CHỨC  THỰC HIỆN ": RoleOrganisation,
		"TIẾN ĐỘ":               RoleOther,
		"":                      RoleOther,
	}
	for title, want := range cases {
		assert.Equal(t, want, DetectRole(title), title)
		assert.Equal(t, want, DetectRole(norm.NFD.String(title)), "NFD %s", title)
	}
	// The old placement of tone marks is the same text.
	assert.Equal(t, DetectRole("Hòa"), DetectRole("Hoà"))
}

func TestPartByRole(t *testing.T) {
	solutions := NewPart("GIẢI PHÁP")
	p := &Plan{Sections: []*Section{NewPart("MỤC ĐÍCH, YÊU CẦU"), NewPart("NỘI DUNG"), solutions, NewPart("TỔ CHỨC THỰC HIỆN")}}
	assert.Same(t, solutions, p.PartByRole(RoleSolutions))
	assert.Nil(t, p.PartByRole(RoleFunding))
	// A part built from a struct literal has no role set: it is detected.
	lit := &Section{Level: LevelPart, Title: Plain("KINH PHÍ")}
	p.Sections = append(p.Sections, lit)
	assert.Same(t, lit, p.PartByRole(RoleFunding))
	assert.Equal(t, RoleOther, (&Section{Level: LevelSection, Title: Plain("KINH PHÍ")}).EffectiveRole())
}
