package server

import (
	"net/http"
	"strconv"
	"strings"
)

// acceptedLanguage returns the language of the messages a request asks
// for with Accept-Language: "en" when English is preferred to
// Vietnamese, "vi" otherwise (the default, for no header too).
func acceptedLanguage(r *http.Request) string {
	best, bestQ := "vi", 0.0
	for _, item := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, params, _ := strings.Cut(item, ";")
		primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		if primary != "vi" && primary != "en" {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			parsed, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil || parsed < 0 || parsed > 1 {
				continue
			}
			q = parsed
		}
		if q > bestQ {
			best, bestQ = primary, q
		}
	}
	return best
}
