package plan

import (
	"math"
	"testing"
)

func budgetPlan() *Plan {
	act := func(channel string, amount float64, currency string, status ActionStatus) Action {
		a := NewAction("a")
		a.Channel, a.Budget, a.Status = channel, Money{amount, currency}, status
		return a
	}
	p := &Plan{Phases: []Phase{
		{Name: "Pilote", Actions: []Action{
			act("Twitter", 1000, "EUR", StatusDone),
			act(" twitter ", 250.5, "EUR", StatusPlanned),
			act("LinkedIn", 300, "USD", StatusInProgress),
			act("LinkedIn", 99999, "EUR", StatusDropped),
			act("Blog", math.NaN(), "", StatusPlanned),
		}},
		{Name: "Croissance", Actions: []Action{
			act("LinkedIn", 4000, "EUR", StatusPlanned),
			act("", 0.1, "EUR", StatusPlanned),
			act("", 0.2, "EUR", StatusPlanned),
		}},
		{Name: "Vide"},
	}}
	return p
}

func TestBudgetByPhase(t *testing.T) {
	got := budgetPlan().BudgetByPhase()
	want := []BudgetLine{
		{Group: "Pilote", Phase: 0, Currency: "EUR", Amount: 1250.5, Actions: 2},
		{Group: "Pilote", Phase: 0, Currency: "USD", Amount: 300, Actions: 1},
		{Group: "Croissance", Phase: 1, Currency: "EUR", Amount: 4000.3, Actions: 3},
	}
	checkBudget(t, got, want)
}

func TestBudgetByChannel(t *testing.T) {
	got := budgetPlan().BudgetByChannel()
	want := []BudgetLine{
		{Group: "", Phase: -1, Currency: "EUR", Amount: 0.3, Actions: 2},
		{Group: "LinkedIn", Phase: -1, Currency: "EUR", Amount: 4000, Actions: 1},
		{Group: "LinkedIn", Phase: -1, Currency: "USD", Amount: 300, Actions: 1},
		{Group: "Twitter", Phase: -1, Currency: "EUR", Amount: 1250.5, Actions: 2},
	}
	checkBudget(t, got, want)
}

func TestBudgetTotal(t *testing.T) {
	checkBudget(t, budgetPlan().BudgetTotal(), []BudgetLine{
		{Phase: -1, Currency: "EUR", Amount: 5250.8, Actions: 5},
		{Phase: -1, Currency: "USD", Amount: 300, Actions: 1},
	})
	if got := (&Plan{}).BudgetTotal(); got != nil {
		t.Errorf("empty plan total = %v, want nil", got)
	}
}

func checkBudget(t *testing.T, got, want []BudgetLine) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d lines %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Group != w.Group || g.Phase != w.Phase || g.Currency != w.Currency || g.Actions != w.Actions || !sameFloat(g.Amount, w.Amount) {
			t.Errorf("line %d = %+v, want %+v", i, g, w)
		}
	}
}
