package plan

import (
	"reachlab/app/text"
	"time"
)

// copySuffix is appended to the title of a duplicated plan.
var copySuffix = text.Text{FR: " (copie)", EN: " (copy)"}

// Duplicate returns a deep copy of p as a new plan: fresh IDs for the plan and
// every phase, objective, KPI, action and risk; the title followed by
// " (copie)" or " (copy)" in the plan's language (the title is first cut so
// that the result fits MaxShortText); CreatedAt and UpdatedAt set to now;
// Revision 1. Criterion IDs are kept: they are keys of ratings, not
// identities. Duplicate of nil is nil.
func (p *Plan) Duplicate(now time.Time) *Plan {
	if p == nil {
		return nil
	}
	d := p.Clone()
	d.ID = newID()
	suffix := copySuffix.In(p.Lang)
	d.Title = CleanText(p.Title, MaxShortText-len([]rune(suffix))) + suffix
	d.CreatedAt, d.UpdatedAt, d.Revision = now, now, 1
	for i := range d.Phases {
		ph := &d.Phases[i]
		ph.ID = newID()
		for j := range ph.Objectives {
			o := &ph.Objectives[j]
			o.ID = newID()
			for k := range o.KPIs {
				o.KPIs[k].ID = newID()
			}
		}
		for j := range ph.Actions {
			ph.Actions[j].ID = newID()
		}
		for j := range ph.Risks {
			ph.Risks[j].ID = newID()
		}
	}
	return d
}
