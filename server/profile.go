package server

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/kehoach/kehoach/examples"
	"github.com/kehoach/kehoach/render/layout"
)

// The ways a request chooses an agency's layout profile (docs/profiles.md):
// the part "profile" of a form, holding the YAML file, or the query
// parameter "profile" naming a profile shipped with the server
// (examples/profiles), for a plan sent as the body.
const (
	partProfile  = "profile"
	paramProfile = "profile"
)

// shippedProfiles are the layout profiles the server ships, by name (the
// file's, without ".yaml"), read once.
var shippedProfiles = sync.OnceValue(func() map[string]layout.Layout {
	out := map[string]layout.Layout{}
	names, _ := fs.Glob(examples.Profiles(), "*.yaml")
	for _, name := range names {
		data, _ := fs.ReadFile(examples.Profiles(), name)
		l, err := layout.ReadProfile(data)
		if err != nil {
			panic(fmt.Sprintf("examples/profiles/%s: %v", name, err)) // the server's own files
		}
		out[strings.TrimSuffix(name, ".yaml")] = l
	}
	return out
})

// profileNames returns the names of the shipped profiles, in order.
func profileNames() []string {
	names := make([]string, 0, len(shippedProfiles()))
	for name := range shippedProfiles() {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// chooseLayout sets the layout the request's plan is checked and laid
// out with: the profile of its form's part "profile", or the shipped
// profile its query parameter "profile" names; none keeps the default.
// Both at once, an unknown name and a profile with problems are 400.
func chooseLayout(r *http.Request, in *input) *problem {
	name, named := r.URL.Query()[paramProfile]
	switch {
	case named && in.profile != nil:
		return malformed(msg{
			"yêu cầu gửi hai hồ sơ bố cục: phần \"profile\" của biểu mẫu và tham số \"profile=\"; chỉ gửi một",
			"the request sends two layout profiles, the form's part \"profile\" and the parameter \"profile=\": send one"})
	case named:
		l, ok := shippedProfiles()[name[len(name)-1]]
		if !ok {
			return malformed(msgf(
				"không có hồ sơ bố cục %q: tham số \"profile=\" là tên một hồ sơ có sẵn (%s); hồ sơ riêng của cơ quan gửi trong phần \"profile\" của biểu mẫu multipart/form-data",
				"no layout profile %q: the parameter \"profile=\" names a shipped profile (%s); an agency's own profile goes in the part \"profile\" of a multipart/form-data form",
				name[len(name)-1], quotedList(profileNames())))
		}
		in.layout = &l
	case in.profile != nil:
		l, err := layout.ReadProfile(in.profile)
		if err != nil {
			return profileProblem(in.profileName, err)
		}
		in.layout = &l
	}
	return nil
}

// profileProblem is the 400 of a profile that cannot be used: each of
// its problems on its line, as kehoach render -profile prints them
// ("lao-cai.yaml:9: line_spacing: …"), and each in profile_problems.
func profileProblem(name string, err error) *problem {
	var pe *layout.ProfileError
	if !errors.As(err, &pe) {
		pe = &layout.ProfileError{Problems: []layout.ProfileProblem{{Vi: fmt.Sprintf("lỗi %q", err.Error()), En: err.Error()}}}
	}
	text := msg{
		"hồ sơ bố cục (phần \"profile\") không dùng được, xem từng vấn đề trong profile_problems:",
		"the layout profile (the part \"profile\") cannot be used, see each problem in profile_problems:"}
	for _, p := range pe.Problems {
		vi, en := p.In(name)
		text.vi += "\n" + vi
		text.en += "\n" + en
	}
	return &problem{status: http.StatusBadRequest, code: codeInvalidProfile, text: text, profile: pe.Problems}
}

// profileProblemJSON is one problem of a profile as a problem answers
// it: its line (0 for the whole file), its key ("" for none), and what is
// wrong in both languages and in the request's.
type profileProblemJSON struct {
	Line      int    `json:"line,omitempty"`
	Key       string `json:"key,omitempty"`
	MessageVi string `json:"message_vi"`
	MessageEn string `json:"message_en"`
	Message   string `json:"message"`
}

// profileProblemsJSON words a profile's problems in lang.
func profileProblemsJSON(problems []layout.ProfileProblem, lang string) []profileProblemJSON {
	out := make([]profileProblemJSON, len(problems))
	for i, p := range problems {
		out[i] = profileProblemJSON{Line: p.Line, Key: p.Key, MessageVi: p.Vi, MessageEn: p.En, Message: msg{p.Vi, p.En}.in(lang)}
	}
	return out
}

// quotedList writes names quoted, separated by commas: "a", "b".
func quotedList(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = strconv.Quote(n)
	}
	return strings.Join(quoted, ", ")
}
