package plan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAdminUnitAt(t *testing.T) {
	for text, want := range map[string]int{
		"tỉnh Lào Cai": 1, "THÀNH PHỐ HÀ NỘI": 2, "Thị xã Sơn Tây": 2, "thị trấn Phố Lu": 2, "xã Tân Phú": 1,
		"xã hội": 0, "Thanh Hóa": 0, "thành viên": 0, "thị trường": 0, "": 0, "phường": 1,
	} {
		assert.Equal(t, want, AdminUnitAt(strings.Fields(text)), text)
	}
	words := []string{"tỉnh", "lào"}
	assert.Zero(t, testing.AllocsPerRun(100, func() { AdminUnitAt(words) }), "no allocation for lower-case words")
}
