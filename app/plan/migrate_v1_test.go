package plan

import (
	"errors"
	"math"
	"os"
	"reachlab/app/text"
	"testing"
	"time"

	"github.com/google/uuid"
)

func TestImportV1Fixture(t *testing.T) {
	data, err := os.ReadFile("testdata/plan_v1.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Import(data)
	if err != nil {
		t.Fatal(err)
	}
	cet := time.FixedZone("", 3600)
	if p.SchemaVersion != SchemaVersion || p.Revision != 1 || p.Template != "" || p.Lang != "fr" {
		t.Errorf("schema %d, revision %d, template %q, lang %q", p.SchemaVersion, p.Revision, p.Template, p.Lang)
	}
	if p.ID != "6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab" || p.Title != "Lancement de la fibre à Lyon — été 2024" || p.Owner != "Élodie Marchand" {
		t.Errorf("identity: %q %q %q", p.ID, p.Title, p.Owner)
	}
	if p.Context != (Context{Market: MarketB2C, Sector: "télécoms"}) {
		t.Errorf("context = %+v", p.Context)
	}
	if p.Horizon != (Horizon{NewDate(2024, 3, 1), NewDate(2024, 12, 31)}) {
		t.Errorf("horizon = %+v", p.Horizon)
	}
	if !p.CreatedAt.Equal(time.Date(2024, 2, 12, 10, 15, 0, 0, cet)) || !p.UpdatedAt.Equal(time.Date(2024, 2, 20, 18, 42, 7, 5e8, cet)) {
		t.Errorf("times = %v, %v", p.CreatedAt, p.UpdatedAt)
	}
	if len(p.Phases) != 2 {
		t.Fatalf("%d phases, want 2", len(p.Phases))
	}
	ph := p.Phases[0]
	if ph.Name != "Déclenchement" || ph.Description != "Pilote sur Twitter avec deux conseillers.\nBilan en juin." ||
		ph.Start != NewDate(2024, 3, 1) || ph.End != NewDate(2024, 6, 30) {
		t.Errorf("phase 0 = %q %q %v %v", ph.Name, ph.Description, ph.Start, ph.End)
	}
	if ph.People != "" || ph.Process != "" || ph.Platforms != "" || ph.Risks != nil {
		t.Error("version 1 had no People/Process/Platforms or risks")
	}
	o := ph.Objectives[0]
	if o.Statement != "Répondre à 90 % des questions en moins de 2 h" || o.Who != "abonnés fibre lyonnais" ||
		o.What != "questions traitées en moins de 2 h" || o.Quantity != 90 || o.Unit != "%" ||
		!math.IsNaN(o.Baseline) || o.ByWhen != NewDate(2024, 6, 30) || o.BusinessGoal != "" {
		t.Errorf("objective = %+v", o)
	}
	if got := o.Check(p.Horizon); len(got) != 1 || got[0] != IssueNoBusinessGoal {
		t.Errorf("SMART issues of the migrated objective = %v, want only %v", got, IssueNoBusinessGoal)
	}
	k0, k1 := o.KPIs[0], o.KPIs[1]
	if k0.MetricID != MetricManual || k0.Baseline != 35 || k0.Target != 90 || k0.ManualCurrent != 52.5 || k0.Name != "Part des réponses en moins de 2 h" {
		t.Errorf("kpi 0 = %+v", k0)
	}
	if k1.MetricID != "conversation_rate" || k1.Baseline != 0.4 || k1.Target != 1 || !math.IsNaN(k1.ManualCurrent) {
		t.Errorf("kpi 1 = %+v", k1)
	}
	wantActions := []struct {
		status ActionStatus
		budget Money
	}{
		{StatusDone, Money{1500, "EUR"}},
		{StatusInProgress, Money{2750.5, "EUR"}},
		{StatusPlanned, Money{math.NaN(), ""}},
	}
	for i, w := range wantActions {
		a := ph.Actions[i]
		if a.Status != w.status || diff(a.Budget, w.budget) != "" {
			t.Errorf("action %d: status %q budget %+v, want %q %+v", i, a.Status, a.Budget, w.status, w.budget)
		}
	}
	if a := p.Phases[1].Actions[0]; a.Title != "Vidéos « les coulisses du raccordement »" || a.Channel != "YouTube" || a.Start != NewDate(2024, 7, 1) {
		t.Errorf("phase 1 action = %+v", a)
	}
	if d := diff(p.Scoring, DefaultResponseScoring("fr")); d != "" {
		t.Errorf("scoring differs from the default at %s", d)
	}

	// Child IDs are name-based in the plan's namespace: stable across imports.
	space := uuid.MustParse(p.ID)
	if want := uuid.NewSHA1(space, []byte("phases[0].objectives[0].kpis[1]")).String(); k1.ID != want {
		t.Errorf("kpi id = %s, want %s", k1.ID, want)
	}
	again, _ := Import(data)
	if d := diff(p, again); d != "" {
		t.Errorf("migrating twice differs at %s", d)
	}

	// The migrated plan exports as version 2 and reads back unchanged.
	out, err := Export(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Import(out)
	if err != nil {
		t.Fatal(err)
	}
	if d := diff(p, q); d != "" {
		t.Errorf("v2 round trip of the migrated plan differs at %s", d)
	}
}

func TestImportV1Errors(t *testing.T) {
	tests := []struct {
		name, plan, path string
		reason           error
	}{
		{"plan id not a uuid", `{"id":"plan-1"}`, "id", ErrBadID},
		{"b2b not a bool", `{"id":"6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab","b2b":"yes"}`, "b2b", ErrNotABoolean},
		{"unknown status", `{"id":"6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab","phases":[{"actions":[{"status":"late"}]}]}`, "phases[0].actions[0].status", ErrUnknownValue},
		{"budget as text", `{"id":"6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab","phases":[{"actions":[{"status":"todo","budget":"1 500 €"}]}]}`, "phases[0].actions[0].budget", ErrNotANumber},
		{"v2 field in v1", `{"id":"6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab","phases":[{"risks":[]}]}`, "phases[0].risks", ErrUnknownField},
		{"bad currency", `{"id":"6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab","currency":"€","phases":[{"actions":[{"status":"todo","budget":1}]}]}`, "phases[0].actions[0].budget.currency", ErrUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Import([]byte(`{"format":"reachlab-plan","version":1,"plan":` + tt.plan + `}`))
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Path != tt.path || !errors.Is(err, tt.reason) {
				t.Fatalf("err = %v, want %s: %v", err, tt.path, tt.reason)
			}
		})
	}
}

func TestImportV1Defaults(t *testing.T) {
	data := `{"format":"reachlab-plan","version":1,"plan":{"id":"6f1c2a4e-8b3d-4c5e-9a7f-0123456789ab",
		"phases":[{"actions":[{"status":"todo","budget":10}]}]}}`
	p, err := Import([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if p.Lang != text.FR || p.Context.Market != MarketUnset || p.Phases[0].Actions[0].Budget != (Money{10, "EUR"}) {
		t.Fatalf("lang %q, market %q, budget %+v; want fr, unset, 10 EUR", p.Lang, p.Context.Market, p.Phases[0].Actions[0].Budget)
	}
	if p.Scoring.Criteria[0].Name != "Influence de l'auteur" {
		t.Errorf("default scoring not in French: %q", p.Scoring.Criteria[0].Name)
	}
}
