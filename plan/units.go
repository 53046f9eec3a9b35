package plan

import "strings"

// adminUnits are the administrative units (đơn vị hành chính) written
// before a place's name, in lower case: "tỉnh Lào Cai", "thành phố Hà
// Nội", "thị xã Sơn Tây". The two-word ones keep their second word in
// lower case even where the first takes a capital ("Thành phố Hồ Chí
// Minh", Phụ lục II).
var adminUnits = map[string]bool{
	"tỉnh": true, "thành phố": true, "huyện": true, "quận": true,
	"thị xã": true, "xã": true, "phường": true, "thị trấn": true,
}

// notAdminUnits start with a unit's word but are not units.
var notAdminUnits = map[string]bool{"xã hội": true}

// AdminUnitAt returns the length in words (1 or 2) of the administrative
// unit that words start with ("tỉnh", "thành phố", "thị xã", …), or 0.
// Case is ignored; "xã hội" (society) is no unit.
func AdminUnitAt(words []string) int {
	if len(words) >= 2 && notAdminUnits[strings.ToLower(words[0]+" "+words[1])] {
		return 0
	}
	for k := min(2, len(words)); k > 0; k-- {
		if adminUnits[strings.ToLower(strings.Join(words[:k], " "))] {
			return k
		}
	}
	return 0
}
