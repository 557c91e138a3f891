package compare

import (
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/view"
)

// definitions lists every metric the page can show with its id, name,
// formula, numerator, denominator, unit, definition and caveats, as the
// metrics catalog defines them.
func definitions(l text.Lang) []view.Definition {
	all := metrics.All()
	out := make([]view.Definition, len(all))
	for i, m := range all {
		out[i] = view.Definition{
			ID: m.ID, Name: m.Name.In(l), Definition: m.Definition.In(l),
			Formula: m.Formula.In(l), Numerator: m.Numerator.In(l), Denominator: m.Denominator.In(l),
			Unit: unitName(l, m.Unit), Caveat: m.Caveat.In(l), Vanity: m.Vanity,
		}
	}
	return out
}

// unitName says in words what a unit is.
func unitName(l text.Lang, u metrics.Unit) string {
	switch u {
	case metrics.UnitPercent:
		return i18n.T(l, i18n.CompareUnitPercent)
	case metrics.UnitPerThousand:
		return i18n.T(l, i18n.CompareUnitPerThousand)
	case metrics.UnitCurrency:
		return i18n.T(l, i18n.CompareUnitCurrency)
	case metrics.UnitRatio:
		return i18n.T(l, i18n.CompareUnitRatio)
	case metrics.UnitPoints:
		return i18n.T(l, i18n.CompareUnitPoints)
	}
	return i18n.T(l, i18n.CompareUnitCount)
}
