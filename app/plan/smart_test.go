package plan

import (
	"math"
	"slices"
	"testing"
)

func smartObjective() Objective {
	return Objective{
		ID: newID(), Statement: "s", Who: "clients", What: "questions résolues",
		Quantity: 300, Unit: "questions", Baseline: 60, ByWhen: NewDate(2025, 6, 30),
		BusinessGoal: "moins d'appels",
		KPIs:         []KPI{{Name: "k", MetricID: MetricManual, Baseline: 60, Target: 300}},
	}
}

func TestObjectiveCheck(t *testing.T) {
	year := Horizon{NewDate(2025, 1, 1), NewDate(2025, 12, 31)}
	tests := []struct {
		name    string
		edit    func(*Objective)
		horizon Horizon
		want    []SMARTIssue
	}{
		{"complete", func(*Objective) {}, year, nil},
		{"no what", func(o *Objective) { o.What = "  " }, year, []SMARTIssue{IssueNoWhat}},
		{"no who", func(o *Objective) { o.Who = "" }, year, []SMARTIssue{IssueNoWho}},
		{"no quantity", func(o *Objective) { o.Quantity = math.NaN() }, year, []SMARTIssue{IssueNoQuantity}},
		{"no KPI", func(o *Objective) { o.KPIs = nil }, year, []SMARTIssue{IssueNoKPI}},
		{"jump above ten", func(o *Objective) { o.Quantity = 601 }, year, []SMARTIssue{IssueImplausibleJump}},
		{"jump of exactly ten is allowed", func(o *Objective) { o.Quantity = 600; o.KPIs[0].Target = 600 }, year, nil},
		{"decrease below a tenth", func(o *Objective) { o.Baseline = 24; o.Quantity = 2 }, year, []SMARTIssue{IssueImplausibleJump}},
		{"KPI jump", func(o *Objective) { o.KPIs[0].Baseline = 1; o.KPIs[0].Target = 11 }, year, []SMARTIssue{IssueImplausibleJump}},
		{"zero baseline not judged", func(o *Objective) { o.Baseline = 0 }, year, nil},
		{"missing baseline not judged", func(o *Objective) { o.Baseline = math.NaN() }, year, nil},
		{"no business goal", func(o *Objective) { o.BusinessGoal = "" }, year, []SMARTIssue{IssueNoBusinessGoal}},
		{"no date", func(o *Objective) { o.ByWhen = Date{} }, year, []SMARTIssue{IssueNoDate}},
		{"after horizon", func(o *Objective) { o.ByWhen = NewDate(2026, 1, 1) }, year, []SMARTIssue{IssueOutsideHorizon}},
		{"before horizon", func(o *Objective) { o.ByWhen = NewDate(2024, 12, 31) }, year, []SMARTIssue{IssueOutsideHorizon}},
		{"on the last day", func(o *Objective) { o.ByWhen = NewDate(2025, 12, 31) }, year, nil},
		{"open horizon", func(o *Objective) { o.ByWhen = NewDate(2030, 1, 1) }, Horizon{Start: NewDate(2025, 1, 1)}, nil},
		{"empty objective", func(o *Objective) { *o = NewObjective() }, year,
			[]SMARTIssue{IssueNoWhat, IssueNoWho, IssueNoQuantity, IssueNoKPI, IssueNoBusinessGoal, IssueNoDate}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := smartObjective()
			tt.edit(&o)
			if got := o.Check(tt.horizon); !slices.Equal(got, tt.want) {
				t.Fatalf("Check = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSMARTIssueTexts(t *testing.T) {
	letters := map[SMARTIssue]SMARTCriterion{
		IssueNoWhat: Specific, IssueNoWho: Specific, IssueNoQuantity: Measurable, IssueNoKPI: Measurable,
		IssueImplausibleJump: Achievable, IssueNoBusinessGoal: Relevant, IssueNoDate: TimeBound, IssueOutsideHorizon: TimeBound,
	}
	if len(SMARTIssues) != len(letters) {
		t.Fatalf("%d issue codes listed, %d expected", len(SMARTIssues), len(letters))
	}
	for _, is := range SMARTIssues {
		if is.Criterion() != letters[is] {
			t.Errorf("%s: criterion %q, want %q", is, is.Criterion(), letters[is])
		}
		fr, en := is.Text("fr"), is.Text("en")
		if fr == "" || en == "" || fr == en {
			t.Errorf("%s: texts %q / %q", is, fr, en)
		}
		if is.Criterion().Text("fr") == "" || is.Criterion().Text("en") == "" {
			t.Errorf("%s: criterion has no name", is)
		}
	}
	if SMARTIssue("x.y").Criterion() != "" || SMARTIssue("x.y").Text("fr") != "" {
		t.Error("unknown code should have no criterion and no text")
	}
}

func TestCheckObjectives(t *testing.T) {
	p := fullPlan()
	p.Phases[1].Objectives[0].BusinessGoal = ""
	got := p.CheckObjectives()
	if len(got) != 2 {
		t.Fatalf("%d checks, want 2", len(got))
	}
	if got[0].Path != "phases[0].objectives[0]" || got[0].Issues != nil {
		t.Errorf("first = %+v, want no issue", got[0])
	}
	if got[1].Path != "phases[1].objectives[0]" || got[1].Phase != 1 || got[1].Objective != 0 ||
		!slices.Equal(got[1].Issues, []SMARTIssue{IssueNoBusinessGoal}) {
		t.Errorf("second = %+v", got[1])
	}
}

func TestObjectiveSummary(t *testing.T) {
	o := smartObjective()
	if got, want := o.Summary("fr"), "questions résolues — clients : 300 questions d'ici le 2025-06-30"; got != want {
		t.Errorf("fr = %q, want %q", got, want)
	}
	if got, want := o.Summary("en"), "questions résolues — clients: 300 questions by 2025-06-30"; got != want {
		t.Errorf("en = %q, want %q", got, want)
	}
	empty := NewObjective()
	if got := empty.Summary("en"); got != "" {
		t.Errorf("empty objective summary = %q", got)
	}
}
