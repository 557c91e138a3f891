package plan

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// amountPlan is a valid plan whose every action (n in phase 0) has amount x.
func amountPlan(t *testing.T, n int, x float64) *Plan {
	t.Helper()
	p := fullPlan()
	p.Phases = p.Phases[:1]
	p.Phases[0].Actions = nil
	for range n {
		a := NewAction("a")
		a.Budget = Money{Amount: x, Currency: "EUR"}
		p.Phases[0].Actions = append(p.Phases[0].Actions, a)
	}
	return p
}

func TestValidateMaxAmount(t *testing.T) {
	for _, tc := range []struct {
		name   string
		amount float64
		ok     bool
	}{
		{"zero", 0, true},
		{"max", MaxAmount, true},
		{"just above max", math.Nextafter(MaxAmount, math.Inf(1)), false},
		{"1e308", 1e308, false},
		{"1.7e308", 1.7e308, false},
		{"max float", math.MaxFloat64, false},
		{"missing", math.NaN(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := amountPlan(t, 2, tc.amount).Validate()
			if tc.ok {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) || !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("Validate() = %v, want a *FieldError wrapping ErrOutOfRange", err)
			}
			if want := "phases[0].actions[0].budget.amount"; fe.Path != want {
				t.Errorf("path = %q, want %q", fe.Path, want)
			}
			var ae *AmountError
			if !errors.As(err, &ae) || ae.Action != "a" || ae.Amount != tc.amount {
				t.Errorf("Validate() = %v, want an *AmountError naming action \"a\" and %g", err, tc.amount)
			}
			if !strings.Contains(err.Error(), "1e+12") {
				t.Errorf("error %q does not state the maximum", err)
			}
		})
	}
}

func TestImportRefusesHugeAmounts(t *testing.T) {
	p := amountPlan(t, 3, MaxAmount)
	b, err := Export(p)
	if err != nil {
		t.Fatal(err)
	}
	huge := strings.ReplaceAll(string(b), `"amount": 1e+12`, `"amount": 1.7e308`)
	if huge == string(b) {
		t.Fatalf("the export does not write the amount as expected:\n%s", b)
	}
	if _, err := Import([]byte(huge)); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("Import(1.7e308 on every action) = %v, want ErrOutOfRange", err)
	}
}

func TestBudgetSumsStayFinite(t *testing.T) {
	// The largest valid plan: every action of every phase at MaxAmount.
	p := amountPlan(t, MaxActionsPerPhase, MaxAmount)
	for len(p.Phases) < MaxPhases {
		p.Phases = append(p.Phases, Phase{Actions: p.Phases[0].Actions})
	}
	total := p.BudgetTotal()
	if len(total) != 1 || math.IsInf(total[0].Amount, 0) || total[0].Amount != MaxPhases*MaxActionsPerPhase*MaxAmount {
		t.Fatalf("BudgetTotal() = %+v, want one finite line of %g", total, float64(MaxPhases*MaxActionsPerPhase*MaxAmount))
	}
	// A plan that escaped Validate: the sums saturate instead of reaching +Inf.
	bad := amountPlan(t, 10, 1.7e308)
	for _, lines := range [][]BudgetLine{bad.BudgetTotal(), bad.BudgetByPhase(), bad.BudgetByChannel()} {
		for _, l := range lines {
			if l.Amount != math.MaxFloat64 {
				t.Errorf("line %+v: amount %g, want math.MaxFloat64", l, l.Amount)
			}
		}
	}
}

func TestSaturatingAdd(t *testing.T) {
	for _, tc := range []struct{ x, y, want float64 }{
		{1, 2, 3},
		{math.MaxFloat64, math.MaxFloat64, math.MaxFloat64},
		{-math.MaxFloat64, -math.MaxFloat64, -math.MaxFloat64},
		{1e308, 1e308, math.MaxFloat64},
		{math.MaxFloat64, -math.MaxFloat64, 0},
	} {
		if got := saturatingAdd(tc.x, tc.y); got != tc.want {
			t.Errorf("saturatingAdd(%g, %g) = %g, want %g", tc.x, tc.y, got, tc.want)
		}
	}
}
