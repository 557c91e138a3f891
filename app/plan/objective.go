package plan

import (
	"math"
	"reachlab/app/text"
	"strings"
)

// Objective is a SMART objective: for whom (Who), what changes (What), how
// much (Quantity and Unit, from Baseline), by when (ByWhen), and why it
// matters to the business (BusinessGoal), measured by KPIs (2011 ESCP notes,
// Dell: choose the KPIs that match your objectives).
//
// Quantity and Baseline are NaN when not set.
type Objective struct {
	ID string
	// Statement is the objective in the user's words.
	Statement string
	// Who is the audience: "clients Fibre déjà abonnés", "DSI de PME".
	Who string
	// What is the change sought: "questions résolues sur Twitter".
	What string
	// Quantity is the target amount in Unit.
	Quantity float64
	Unit     string
	// Baseline is the amount at the start, in Unit; it lets Check judge
	// whether the target is achievable.
	Baseline float64
	ByWhen   Date
	// BusinessGoal is the business result the objective serves
	// ("réduire les appels au centre de contact").
	BusinessGoal string
	KPIs         []KPI
}

// NewObjective returns an empty objective with a fresh ID and missing
// quantities.
func NewObjective() Objective {
	return Objective{ID: newID(), Quantity: math.NaN(), Baseline: math.NaN()}
}

// Summary writes the objective as one sentence from its fields, in lang:
// "What — Who: Quantity Unit by ByWhen". Missing parts are left out; it
// returns "" when What, Who, Quantity and ByWhen are all missing. The UI shows
// it next to Statement so the student sees what the fields say.
func (o *Objective) Summary(lang text.Lang) string {
	var b strings.Builder
	b.WriteString(o.What)
	if o.Who != "" {
		if b.Len() > 0 {
			b.WriteString(" — ")
		}
		b.WriteString(o.Who)
	}
	if finite(o.Quantity) {
		if b.Len() > 0 {
			b.WriteString(text.Text{FR: " : ", EN: ": "}.In(lang))
		}
		b.WriteString(formatNumber(o.Quantity, lang))
		if o.Unit != "" {
			b.WriteString(" " + o.Unit)
		}
	}
	if !o.ByWhen.IsZero() {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(text.Text{FR: "d'ici le ", EN: "by "}.In(lang) + o.ByWhen.String())
	}
	return b.String()
}
