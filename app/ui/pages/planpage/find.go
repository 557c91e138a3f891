package planpage

import "reachlab/app/plan"

// The editor names what a field edits by its ID; these find it in a plan
// (the copy an edit works on). A missing ID, which only a stale event could
// give, yields nil.

func findPhase(pl *plan.Plan, id string) *plan.Phase {
	for i := range pl.Phases {
		if pl.Phases[i].ID == id {
			return &pl.Phases[i]
		}
	}
	return nil
}

func findObjective(pl *plan.Plan, id string) *plan.Objective {
	for i := range pl.Phases {
		for j := range pl.Phases[i].Objectives {
			if pl.Phases[i].Objectives[j].ID == id {
				return &pl.Phases[i].Objectives[j]
			}
		}
	}
	return nil
}

func findKPI(pl *plan.Plan, id string) *plan.KPI {
	for i := range pl.Phases {
		for j := range pl.Phases[i].Objectives {
			o := &pl.Phases[i].Objectives[j]
			for k := range o.KPIs {
				if o.KPIs[k].ID == id {
					return &o.KPIs[k]
				}
			}
		}
	}
	return nil
}

func findAction(pl *plan.Plan, id string) *plan.Action {
	for i := range pl.Phases {
		for j := range pl.Phases[i].Actions {
			if pl.Phases[i].Actions[j].ID == id {
				return &pl.Phases[i].Actions[j]
			}
		}
	}
	return nil
}

func findRisk(pl *plan.Plan, id string) *plan.Risk {
	for i := range pl.Phases {
		for j := range pl.Phases[i].Risks {
			if pl.Phases[i].Risks[j].ID == id {
				return &pl.Phases[i].Risks[j]
			}
		}
	}
	return nil
}

// without returns s without the element whose ID is id.
func without[T any](s []T, id string, idOf func(T) string) []T {
	out := s[:0:0]
	for _, x := range s {
		if idOf(x) != id {
			out = append(out, x)
		}
	}
	return out
}
