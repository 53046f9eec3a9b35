package docx

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kehoach/kehoach/limits"
	"github.com/kehoach/kehoach/render/layout"
)

// TestInspectOwn: kehoach's own DOCX of every example and test plan
// gets no layout finding at all.
func TestInspectOwn(t *testing.T) {
	for name, p := range ownPlans(t) {
		t.Run(name, func(t *testing.T) {
			doc, err := read(ownDocx(t, p), limits.Default(), true)
			require.NoError(t, err)
			in := inspect(doc)
			assert.Empty(t, in.out)
			// and it found what it judges
			a := in.a
			require.NotNil(t, a.national)
			require.NotNil(t, a.motto)
			require.NotNil(t, a.date)
			require.NotNil(t, a.number)
			require.NotNil(t, a.title)
			l := layout.Default()
			h := l.Head(p)
			assert.Equal(t, l.DateLine(p, h.DateSize), a.date.text())
			assert.Equal(t, l.NumberLine(p), a.number.text())
			assert.Equal(t, p.Title(), a.title.text())
			var agency []string
			for _, s := range append(append([]string{}, h.Parent...), h.Issuer...) {
				agency = append(agency, strings.Split(s, "\n")...)
			}
			var got []string
			for _, s := range a.agency {
				got = append(got, s.text())
			}
			assert.Equal(t, agency, got, "the agency lines")
			assert.Equal(t, len(strings.Split(strings.Join(h.Parent, "\n"), "\n"))*min(len(h.Parent), 1), a.issuerFrom, "the issuer's lines are the bold ones")
			assert.NotEmpty(t, a.subject)
			assert.NotEmpty(t, a.body)
			if len(p.RecipientLines()) > 0 {
				require.NotNil(t, a.recipientsLabel)
				assert.Len(t, a.recipients, len(p.RecipientLines()))
			}
			assert.NotEmpty(t, a.signer)
			for _, s := range []string{"issuer", "motto", "subject"} {
				length, how := in.ruleUnder(in.spanOf(s))
				assert.Equal(t, "drawn", how, s)
				assert.Positive(t, length, s)
			}
		})
	}
}

// spanOf returns the span an element's rule is under: the issuer's last
// line, the Tiêu ngữ, the subject's last line.
func (in *inspector) spanOf(element string) span {
	switch element {
	case "issuer":
		return in.a.agency[len(in.a.agency)-1]
	case "motto":
		return *in.a.motto
	}
	return in.a.subject[len(in.a.subject)-1]
}
