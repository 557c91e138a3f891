package plan

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// BudgetLine is the budget of a group of actions in one currency.
type BudgetLine struct {
	// Group is the phase name (BudgetByPhase), the channel as first written
	// (BudgetByChannel, "" for actions without a channel), or "" (BudgetTotal).
	Group string
	// Phase is the phase index for BudgetByPhase, -1 otherwise.
	Phase    int
	Currency string
	// Amount is the sum of the budgets, in major units.
	Amount float64
	// Actions counts the actions summed.
	Actions int
}

// Budget totals sum the budgets of actions that are not dropped and have an
// amount (Money.IsSet). Amounts in different currencies are never added:
// each currency gets its own line, and no conversion is made. Sums are plain
// float64 additions; show them rounded to cents.

// BudgetByPhase returns one line per phase and currency, in phase order then
// currency order. Phases without a budgeted action have no line.
func (p *Plan) BudgetByPhase() []BudgetLine {
	var out []BudgetLine
	for i := range p.Phases {
		lines := sumBudgets(p.Phases[i].Actions, func(*Action) string { return "" })
		for _, l := range lines {
			l.Group, l.Phase = p.Phases[i].Name, i
			out = append(out, l)
		}
	}
	return out
}

// BudgetByChannel returns one line per channel and currency, across phases,
// sorted by channel key (trimmed, lower-cased) then currency.
func (p *Plan) BudgetByChannel() []BudgetLine {
	return sumBudgets(p.allActions(), func(a *Action) string { return strings.TrimSpace(a.Channel) })
}

// BudgetTotal returns one line per currency for the whole plan.
func (p *Plan) BudgetTotal() []BudgetLine {
	return sumBudgets(p.allActions(), func(*Action) string { return "" })
}

func (p *Plan) allActions() []Action {
	var all []Action
	for i := range p.Phases {
		all = append(all, p.Phases[i].Actions...)
	}
	return all
}

// sumBudgets groups actions by (key, currency); group(a) gives the display
// name, its lower-case form the key.
func sumBudgets(actions []Action, group func(*Action) string) []BudgetLine {
	type key struct{ group, currency string }
	index := map[key]int{}
	var out []BudgetLine
	for i := range actions {
		a := &actions[i]
		if a.Status == StatusDropped || !a.Budget.IsSet() {
			continue
		}
		name := group(a)
		k := key{strings.ToLower(name), a.Budget.Currency}
		j, ok := index[k]
		if !ok {
			j = len(out)
			index[k] = j
			out = append(out, BudgetLine{Group: name, Phase: -1, Currency: a.Budget.Currency})
		}
		out[j].Amount = saturatingAdd(out[j].Amount, a.Budget.Amount)
		out[j].Actions++
	}
	slices.SortStableFunc(out, func(a, b BudgetLine) int {
		return cmp.Or(
			cmp.Compare(strings.ToLower(a.Group), strings.ToLower(b.Group)),
			cmp.Compare(a.Currency, b.Currency))
	})
	return out
}

// saturatingAdd returns x + y for finite x and y, or ±math.MaxFloat64 where
// the sum would overflow to ±Inf, so that a budget total stays finite even
// for a plan that escaped Validate (whose amounts are at most MaxAmount, so
// that their sums never come near the bound).
func saturatingAdd(x, y float64) float64 {
	s := x + y
	if math.IsInf(s, 0) {
		return math.Copysign(math.MaxFloat64, s)
	}
	return s
}
