package textutil

// Suggest returns ` (có phải là "x"?)` and ` (did you mean "x"?)`, in
// Vietnamese and in English, for the known word closest to word, when it
// is close enough to be a likely misspelling, and "" otherwise.
func Suggest(word string, known []string) (vi, en string) {
	best, bestDist := "", len(word)/2+1
	for _, k := range known {
		if d := editDistance(word, k); d < bestDist && d > 0 {
			best, bestDist = k, d
		}
	}
	if best == "" {
		return "", ""
	}
	return ` (có phải là "` + best + `"?)`, ` (did you mean "` + best + `"?)`
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
