package plan

import "strings"

// adminUnits are the administrative units (đơn vị hành chính) written
// before a place's name, in lower case: "tỉnh Lào Cai", "thành phố Hà
// Nội", "thị xã Sơn Tây", by their first word. The two-word ones keep
// their second word in lower case even where the first takes a capital
// ("Thành phố Hồ Chí Minh", Phụ lục II).
var adminUnits = map[string][]string{
	"tỉnh": {""}, "huyện": {""}, "quận": {""}, "xã": {""}, "phường": {""},
	"thành": {"phố"}, "thị": {"xã", "trấn"},
}

// AdminUnitAt returns the length in words (1 or 2) of the administrative
// unit that words start with ("tỉnh", "thành phố", "thị xã", …), or 0.
// Case is ignored; "xã hội" (society) is no unit. It allocates nothing
// for words already in lower case: line breaking asks it of every word.
func AdminUnitAt(words []string) int {
	if len(words) == 0 {
		return 0
	}
	first := strings.ToLower(words[0])
	seconds, ok := adminUnits[first]
	if !ok {
		return 0
	}
	second := ""
	if len(words) > 1 {
		second = strings.ToLower(words[1])
	}
	if first == "xã" && second == "hội" {
		return 0
	}
	for _, s := range seconds {
		switch {
		case s != "" && s == second:
			return 2
		case s == "":
			return 1
		}
	}
	return 0
}
