package plan

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of p: no slice or map is shared, so editing the
// copy never changes p. IDs, times and Revision are kept (see Duplicate for a
// copy with new identities). Clone of nil is nil.
func (p *Plan) Clone() *Plan {
	if p == nil {
		return nil
	}
	c := *p
	c.Phases = cloneSlice(p.Phases, Phase.clone)
	c.Scoring.Criteria = slices.Clone(p.Scoring.Criteria)
	c.Scoring.Bands = slices.Clone(p.Scoring.Bands)
	c.Maturity.Answers = maps.Clone(p.Maturity.Answers)
	return &c
}

func (ph Phase) clone() Phase {
	ph.Objectives = cloneSlice(ph.Objectives, Objective.clone)
	ph.Actions = slices.Clone(ph.Actions)
	ph.Risks = slices.Clone(ph.Risks)
	return ph
}

func (o Objective) clone() Objective {
	o.KPIs = cloneSlice(o.KPIs, KPI.clone)
	return o
}

func (k KPI) clone() KPI {
	k.History = slices.Clone(k.History)
	k.Filter = k.Filter.clone()
	return k
}

// cloneSlice copies s element by element with clone; nil stays nil.
func cloneSlice[T any](s []T, clone func(T) T) []T {
	if s == nil {
		return nil
	}
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = clone(v)
	}
	return out
}
