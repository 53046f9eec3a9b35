package kehoach

import (
	"github.com/kehoach/kehoach/check"
	"github.com/kehoach/kehoach/plan"
)

// Check returns everything kehoach check reports about a plan as [Read]
// returned it, in one list ordered by line: the reader's and
// validation's problems (readErr, as findings of rule KEHOACH-INVALID)
// and every rule's findings, the layout's included. Pass the error Read
// returned, or nil for a plan built in code, which Check then validates
// itself. An error that is not a list of problems (an unreadable file)
// is not a finding: the caller reports it.
func Check(p *plan.Plan, readErr error, opts ...check.Option) []check.Finding {
	if p != nil && readErr == nil {
		readErr = p.Validate()
	}
	return check.Parsed(p, readErr, opts...)
}
