package plan

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
)

func TestExportImportRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		plan func() *Plan
	}{
		{"every field set", fullPlan},
		{"missing numbers and dates", func() *Plan {
			p := fullPlan()
			p.Horizon = Horizon{}
			k := &p.Phases[0].Objectives[0].KPIs[0]
			k.Baseline, k.Target, k.ManualCurrent = math.NaN(), math.NaN(), math.NaN()
			k.BaselineDate, k.TargetDate = Date{}, Date{}
			k.History = []Point{{NewDate(2025, 1, 1), math.NaN()}}
			p.Phases[0].Objectives[0].Quantity = math.NaN()
			p.Phases[0].Actions[0].Budget = Money{Amount: math.NaN()}
			p.CreatedAt = p.CreatedAt.AddDate(-2000, 0, 0) // year 0025
			p.Maturity.Answers = nil
			return p
		}},
		{"negative zero and extreme floats", func() *Plan {
			p := fullPlan()
			k := &p.Phases[0].Objectives[0].KPIs[0]
			k.Baseline, k.Target, k.ManualCurrent = math.Copysign(0, -1), math.MaxFloat64, math.SmallestNonzeroFloat64
			return p
		}},
		{"every template", func() *Plan { return NewFromTemplate(TemplateAMEC, "en", testNow) }},
		{"blank template", func() *Plan { return NewFromTemplate(TemplateBlank, "fr", testNow) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.plan()
			data, err := Export(p)
			if err != nil {
				t.Fatalf("Export: %v", err)
			}
			got, err := Import(data)
			if err != nil {
				t.Fatalf("Import: %v\n%s", err, data)
			}
			if d := diff(p, got); d != "" {
				t.Fatalf("round trip changed %s", d)
			}
			again, err := Export(got)
			if err != nil {
				t.Fatalf("second Export: %v", err)
			}
			if !bytes.Equal(data, again) {
				t.Fatalf("Export is not stable:\n%s\n---\n%s", data, again)
			}
		})
	}
}

func TestExportEnvelope(t *testing.T) {
	data, err := Export(fullPlan())
	if err != nil {
		t.Fatal(err)
	}
	var env struct {
		Format  string          `json:"format"`
		Version int             `json:"version"`
		Plan    json.RawMessage `json:"plan"`
	}
	if err := json.Unmarshal(data, &env); err != nil {
		t.Fatal(err)
	}
	if env.Format != "reachlab-plan" || env.Version != 3 {
		t.Errorf("envelope = %q v%d, want reachlab-plan v3", env.Format, env.Version)
	}
	for _, want := range []string{
		`"title": "Plan « Fibre » 2025 — 日本語 ✓ <b>gras</b> | a*b"`,
		`"created_at": "2025-01-06T09:30:00.123456789+01:00"`,
		`"updated_at": "2025-01-07T14:05:59.000000001+05:30"`,
		`"description": "Ligne 1\nLigne 2\twith tab"`,
		`"amount": 0.001`,
		`"by_when": "2025-04-05"`,
		`"strategy.goals": 3`,
	} {
		if !strings.Contains(string(env.Plan), want) {
			t.Errorf("export lacks %s", want)
		}
	}
	if !strings.HasSuffix(string(data), "}\n") {
		t.Error("export does not end with a newline")
	}
}

func TestExportMissingValuesAreNull(t *testing.T) {
	p := fullPlan()
	p.Phases[0].Objectives[0].Baseline = math.NaN()
	p.Phases[0].Objectives[0].ByWhen = Date{}
	data, err := Export(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"baseline": null`, `"by_when": null`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

func TestExportStripsControlCharacters(t *testing.T) {
	p := fullPlan()
	p.Title = "a\x00b\x1bc\r\nd\u0085e\u2028f"
	data, err := Export(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"title": "abc\nde\u2028f"`) {
		t.Errorf("title not cleaned/escaped as expected:\n%s", data)
	}
	got, err := Import(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "abc\nde\u2028f" {
		t.Errorf("title = %q", got.Title)
	}
}

func TestExportNil(t *testing.T) {
	if _, err := Export(nil); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Export(nil) = %v, want ErrInvalid", err)
	}
}

func TestExportRefusesInvalidPlan(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*Plan)
		path   string
		reason error
	}{
		{"infinite target", func(p *Plan) { p.Phases[1].Objectives[0].KPIs[0].Target = math.Inf(1) }, "phases[1].objectives[0].kpis[0].target", ErrNotFinite},
		{"title too long", func(p *Plan) { p.Title = strings.Repeat("é", MaxShortText+1) }, "title", ErrTooLong},
		{"description at limit is fine, over is not", func(p *Plan) { p.Phases[0].Description = strings.Repeat("x", MaxLongText+1) }, "phases[0].description", ErrTooLong},
		{"duplicate id", func(p *Plan) { p.Phases[1].Actions[0].ID = p.Phases[0].ID }, "phases[1].actions[0].id", ErrDuplicateID},
		{"id not a uuid", func(p *Plan) { p.Phases[0].Risks[0].ID = "r1" }, "phases[0].risks[0].id", ErrBadID},
		{"unknown status", func(p *Plan) { p.Phases[0].Actions[1].Status = "lost" }, "phases[0].actions[1].status", ErrUnknownValue},
		{"bad currency", func(p *Plan) { p.Phases[0].Actions[1].Budget.Currency = "euro" }, "phases[0].actions[1].budget.currency", ErrUnknownValue},
		{"negative budget", func(p *Plan) { p.Phases[0].Actions[1].Budget.Amount = -1 }, "phases[0].actions[1].budget.amount", ErrOutOfRange},
		{"impossible day", func(p *Plan) { p.Horizon.End = Date{2025, 2, 30} }, "horizon.end", ErrBadDate},
		{"answer above scale", func(p *Plan) { p.Maturity.Set("people.trained", 5) }, `maturity.answers["people.trained"]`, ErrOutOfRange},
		{"negative weight", func(p *Plan) { p.Scoring.Criteria[1].Weight = -2 }, "scoring.criteria[1].weight", ErrOutOfRange},
		{"band above 100", func(p *Plan) { p.Scoring.Bands[0].Min = 101 }, "scoring.bands[0].min", ErrOutOfRange},
		{"criterion id with space", func(p *Plan) { p.Scoring.Criteria[0].ID = "a b" }, "scoring.criteria[0].id", ErrBadID},
		{"duplicate criterion", func(p *Plan) { p.Scoring.Criteria[1].ID = "influence" }, "scoring.criteria[1].id", ErrDuplicateID},
		{"risk level 4", func(p *Plan) { p.Phases[1].Risks[0].Impact = 4 }, "phases[1].risks[0].impact", ErrOutOfRange},
		{"unknown lang", func(p *Plan) { p.Lang = "de" }, "lang", ErrUnknownValue},
		{"history point without date", func(p *Plan) { p.Phases[0].Objectives[0].KPIs[1].History[0].Date = Date{} }, "phases[0].objectives[0].kpis[1].history[0].date", ErrMissingDate},
		{"too many phases", func(p *Plan) {
			for len(p.Phases) <= MaxPhases {
				p.Phases = append(p.Phases, NewPhase("x"))
			}
		}, "phases", ErrTooMany},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := fullPlan()
			tt.edit(p)
			_, err := Export(p)
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *FieldError", err)
			}
			if fe.Path != tt.path || !errors.Is(err, tt.reason) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %q (path %q), want path %q and %v", err, fe.Path, tt.path, tt.reason)
			}
		})
	}
}
