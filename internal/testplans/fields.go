package testplans

import "github.com/kehoach/kehoach/plan"

// PrintedFields returns the fields of a plan's header, title and
// signature as its print shows them, by name: what a reader of the
// printed document gives back field for field (the readers' round trips
// compare them).
func PrintedFields(p *plan.Plan) map[string]any {
	return map[string]any{
		"type": p.DocType(), "parent": p.Parent, "issuer": p.Issuer, "number": p.Number, "symbol": p.Symbol,
		"place": p.Place, "date": p.Date, "subject": p.Subject, "recipients": p.Recipients, "archive": p.Archive,
		"signer": p.Signer, "appendices": len(p.Appendices),
	}
}
