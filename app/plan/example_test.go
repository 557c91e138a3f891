package plan_test

import (
	"errors"
	"fmt"
	"math"
	"time"

	"reachlab/app/plan"
)

func ExampleNewFromTemplate() {
	now := time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC)
	p := plan.NewFromTemplate(plan.TemplateGROW, "fr", now)
	fmt.Println(p.Title)
	for _, ph := range p.Phases {
		fmt.Println(ph.Start, ph.End, ph.Name)
	}
	// Output:
	// G.R.O.W. (Intel)
	// 2025-01-06 2025-04-05 Grassroots (initiatives spontanées)
	// 2025-04-06 2025-07-05 Results & testing (résultats et tests)
	// 2025-07-06 2025-10-05 Operationalize (mise en ordre)
	// 2025-10-06 2026-01-05 Widespread adoption (adoption générale)
}

func ExampleKPI_Progress() {
	// A decreasing KPI: median response time, from 24 h down to 4 h.
	k := plan.NewKPI("Délai médian de réponse", plan.MetricManual)
	k.Baseline, k.Target = 24, 4
	k.BaselineDate, k.TargetDate = plan.NewDate(2025, 1, 1), plan.NewDate(2025, 12, 31)
	k.ManualCurrent = 14

	current, _ := k.Current(nil)
	p := k.Progress(current, plan.NewDate(2025, 7, 1))
	fmt.Printf("fraction %.2f, %.0f h to go, pace %.2f: %s\n", p.Fraction, p.Distance, p.Expected, p.Status.Text("en"))
	// Output:
	// fraction 0.50, 10 h to go, pace 0.50: on track
}

func ExampleResponseScoring_Score() {
	s := plan.DefaultResponseScoring("en")
	msg := plan.SampleMessages()[1] // a customer who cannot log in
	score, _ := s.Score(msg.Ratings)
	explained, _ := s.Explain(msg.Ratings, "en")
	fmt.Println(explained)
	fmt.Println(s.Band(score).Text("en"))
	// Output:
	// 100 × (2×1 + 2×3 + 3×4 + 2×1 + 1×5) ÷ (5 × 10) = 54
	// Respond today
}

func ExampleObjective_Check() {
	o := plan.NewObjective()
	o.What, o.Who = "questions résolues sur Twitter", "abonnés fibre"
	o.Quantity, o.Baseline = 900, 60 // fifteen times the baseline
	o.ByWhen = plan.NewDate(2026, 3, 31)
	horizon := plan.Horizon{Start: plan.NewDate(2025, 1, 1), End: plan.NewDate(2025, 12, 31)}
	for _, issue := range o.Check(horizon) {
		fmt.Printf("%s %s\n", issue.Criterion(), issue)
	}
	// Output:
	// M measurable.no_kpi
	// A achievable.implausible_jump
	// R relevant.no_business_goal
	// T time.outside_horizon
}

func ExampleAssessment_SuggestedStage() {
	var a plan.Assessment
	for _, d := range plan.MaturityDimensions() {
		for _, q := range d.Questions {
			a.Set(q.ID, 1) // "a little, now and then" everywhere
		}
	}
	stage, overall, _ := a.SuggestedStage()
	fmt.Println(overall, stage.Text("fr"))
	// Output:
	// 25 Déclenchement (preuve de concept)
}

func ExampleHistory() {
	now := time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC)
	p := plan.NewFromTemplate(plan.TemplateBlank, "en", now)
	h := plan.NewHistory(p, 100)

	p.Title = "Fibre launch"
	p.Touch(now)
	h.Do(p)

	p, _ = h.Undo(now.Add(time.Minute))
	fmt.Println(p.Title, p.Revision, h.CanUndo(), h.CanRedo())
	p, _ = h.Redo(now.Add(2 * time.Minute))
	fmt.Println(p.Title, p.Revision)
	// Output:
	// Blank plan 3 false true
	// Fibre launch 4
}

func ExampleImport() {
	v1 := `{"format": "reachlab-plan", "version": 1, "plan": {
	  "id": "6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab", "title": "Pilote Twitter", "b2b": true,
	  "phases": [{"name": "Déclenchement", "actions": [{"title": "Ouvrir le compte", "budget": 1500, "status": "doing"}]}]}}`
	p, err := plan.Import([]byte(v1))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := p.Phases[0].Actions[0]
	fmt.Println(p.Title, p.Context.Market, a.Budget.Amount, a.Budget.Currency, a.Status)

	_, err = plan.Import([]byte(`{"format": "reachlab-plan", "version": 2, "plan": {"title": 12}}`))
	var fe *plan.FieldError
	fmt.Println(err, errors.As(err, &fe), errors.Is(err, plan.ErrInvalid))
	// Output:
	// Pilote Twitter b2b 1500 EUR in_progress
	// title: not a string true true
}

func ExampleEscapeMarkdown() {
	fmt.Println(plan.EscapeMarkdown(`<script>alert(1)</script> | *promo* [ici](http://x)`))
	// Output:
	// \<script\>alert(1)\</script\> \| \*promo\* \[ici\](http://x)
}

func ExampleMarkdown() {
	now := time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC)
	p := plan.NewFromTemplate(plan.TemplateBlank, "en", now)
	p.Title = "Q1 | pilot"
	md := plan.Markdown(p, plan.MarkdownOptions{})
	fmt.Println(md[:len("# Q1 \\| pilot")])
	// Output:
	// # Q1 \| pilot
}

func ExampleFilter() {
	// "Instagram engagement rate": the KPI reads the metric over the
	// Instagram rows of its dataset, not over every network.
	k := plan.NewKPI("Taux d'engagement Instagram", "engagement_rate_reach")
	k.DatasetID = "case:tv-vs-brand"
	k.Filter = plan.Filter{From: plan.NewDate(2025, 1, 1)}.WithChannels("Instagram")
	k.Baseline, k.Target = 4, 4.5

	// The source applies the filter to its rows with Filter.Keeps.
	src := plan.MetricQueryFunc(func(q plan.MetricQuery) (float64, error) {
		if q.Filter.Keeps("Instagram", "social", plan.NewDate(2025, 2, 1)) {
			return 4.28, nil
		}
		return math.NaN(), plan.ErrNoRows
	})
	v, _ := k.Current(src)
	p := k.Progress(v, plan.Date{})
	fmt.Println(k.Filter.Describe("fr"))
	fmt.Printf("%.2f %%: %s\n", v, p.Status.Text("fr"))

	// A plain MetricSource computes over every row: Current refuses.
	plain := plan.MetricSourceFunc(func(string, string, string) (float64, error) { return 3.53, nil })
	_, err := k.Current(plain)
	why, _ := plan.ErrorText(err, "en")
	fmt.Println(errors.Is(err, plan.ErrFilterUnsupported), why)
	// Output:
	// canal Instagram · depuis le 2025-01-01
	// 4.28 %: en bonne voie
	// true the KPI's filter cannot be applied here
}

func ExamplePlan_DateWarnings() {
	p := plan.NewFromTemplate(plan.TemplateThreePhases, "en", time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC))
	// A date field refuses what cannot be a plan date...
	_, err := plan.ParseDate("0202-03-01") // the year being typed, digit by digit
	fmt.Println(errors.Is(err, plan.ErrDateOutOfRange))
	// ...and the plan warns about a real date far from the rest.
	d, _ := plan.ParseDate("2052-03-01")
	p.Phases[1].Actions[0].End = d
	for _, w := range p.DateWarnings() {
		fmt.Println(w.Path, w.Text("en"))
	}
	// Output:
	// true
	// phases[1].actions[0].end 2052-03-01 is more than 2 years away from the plan's period (2025-01-06 → 2026-01-05): is it a typo?
}
