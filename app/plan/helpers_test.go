package plan

import (
	"fmt"
	"math"
	"reachlab/app/text"
	"reflect"
	"testing"
	"time"
)

// Fixed instants and zones for deterministic tests.
var (
	paris   = time.FixedZone("CET", 3600)
	kolkata = time.FixedZone("IST", 5*3600+30*60)
	testNow = time.Date(2025, time.January, 6, 9, 30, 0, 0, paris)
)

// fullPlan returns a plan with every field set to a non-zero value (checked
// by TestFullPlanSetsEveryField), with unicode text and times in two zones.
// Its IDs are fixed so that tests can point at them.
func fullPlan() *Plan {
	kpi := func(id, name, metric string, base, target float64) KPI {
		return KPI{
			ID: id, Name: name, MetricID: metric, DatasetID: "ds-été", Column: "Réactions 👍",
			Filter: Filter{Channels: []string{"Instagram", "TF1 20h"}, Kind: "social", From: NewDate(2024, 10, 1), To: NewDate(2025, 3, 31)},
			Unit:   "%", Baseline: base, BaselineDate: NewDate(2025, 1, 6), Target: target,
			TargetDate: NewDate(2025, 6, 30), ManualCurrent: 1.75,
			History: []Point{{NewDate(2025, 2, 1), 1.25}, {NewDate(2025, 3, 1), -0.5}},
		}
	}
	action := func(id, title, channel string, amount float64, status ActionStatus) Action {
		return Action{
			ID: id, Title: title, Owner: "Zoë « CM »", Channel: channel,
			Start: NewDate(2025, 2, 1), End: NewDate(2025, 2, 28),
			Budget: Money{Amount: amount, Currency: "EUR"}, Status: status,
		}
	}
	return &Plan{
		SchemaVersion: SchemaVersion,
		ID:            "00000000-0000-4000-8000-000000000001",
		Title:         "Plan « Fibre » 2025 — 日本語 ✓ <b>gras</b> | a*b",
		Owner:         "Direction digitale & service client",
		Lang:          text.FR,
		Template:      TemplateThreePhases,
		Context:       Context{Market: MarketBoth, Sector: "télécoms"},
		Horizon:       Horizon{Start: NewDate(2025, 1, 6), End: NewDate(2025, 12, 31)},
		Phases: []Phase{
			{
				ID: "00000000-0000-4000-8000-000000000010", Name: "Déclenchement",
				Description: "Ligne 1\nLigne 2\twith tab",
				Start:       NewDate(2025, 1, 6), End: NewDate(2025, 4, 5),
				Objectives: []Objective{{
					ID: "00000000-0000-4000-8000-000000000011", Statement: "Résoudre 300 questions/mois",
					Who: "clients", What: "questions résolues", Quantity: 300, Unit: "questions",
					Baseline: 60, ByWhen: NewDate(2025, 4, 5), BusinessGoal: "moins d'appels",
					KPIs: []KPI{
						kpi("00000000-0000-4000-8000-000000000012", "Taux de conversation", "conversation_rate", 0.5, 1.5),
						kpi("00000000-0000-4000-8000-000000000013", "Délai de réponse", MetricManual, 24, 4),
					},
				}},
				Actions: []Action{
					action("00000000-0000-4000-8000-000000000014", "Ouvrir le compte", "Twitter", 2000.5, StatusDone),
					action("00000000-0000-4000-8000-000000000015", "Former l'équipe", "Interne", 1e-3, StatusInProgress),
				},
				People: "2 CM", Process: "Charte v0", Platforms: "Outil d'écoute",
				Risks: []Risk{{
					ID: "00000000-0000-4000-8000-000000000016", Description: "Pas de sponsor",
					Likelihood: RiskMedium, Impact: RiskHigh, Mitigation: "Comité mensuel",
				}},
			},
			{
				ID: "00000000-0000-4000-8000-000000000020", Name: "Développement",
				Description: "Monter en charge",
				Start:       NewDate(2025, 4, 6), End: NewDate(2025, 12, 31),
				Objectives: []Objective{{
					ID: "00000000-0000-4000-8000-000000000021", Statement: "Engagement ×2",
					Who: "abonnés", What: "engagement", Quantity: 2.5, Unit: "%",
					Baseline: 1.25, ByWhen: NewDate(2025, 12, 31), BusinessGoal: "fidéliser",
					KPIs: []KPI{kpi("00000000-0000-4000-8000-000000000022", "Engagement", "engagement_rate", 1, 2.5)},
				}},
				Actions: []Action{action("00000000-0000-4000-8000-000000000023", "Page LinkedIn", "LinkedIn", 4000, StatusPlanned)},
				People:  "Réseau", Process: "Calendrier", Platforms: "Publication",
				Risks: []Risk{{
					ID: "00000000-0000-4000-8000-000000000024", Description: "Audience achetée",
					Likelihood: RiskHigh, Impact: RiskLow, Mitigation: "Plafond pub",
				}},
			},
		},
		Scoring: ResponseScoring{
			Criteria: []Criterion{
				{ID: "influence", Name: "Influence", Description: "0 à 5", Weight: 2},
				{ID: "urgency", Name: "Urgence", Description: "panne = 5", Weight: 3.5},
			},
			Bands: []Band{{RespondNow, 70}, {Monitor, 0.5}},
		},
		Maturity:  Assessment{Answers: map[string]int{"strategy.goals": 3, "tools.crm": 1}},
		CreatedAt: time.Date(2025, 1, 6, 9, 30, 0, 123456789, paris),
		UpdatedAt: time.Date(2025, 1, 7, 14, 5, 59, 1, kolkata),
		Revision:  42,
	}
}

func TestFullPlanSetsEveryField(t *testing.T) {
	if path := firstZero(reflect.ValueOf(*fullPlan()), "plan"); path != "" {
		t.Fatalf("fullPlan leaves %s unset: the round-trip test would not cover it", path)
	}
}

// firstZero returns the path of the first zero, NaN or empty value in v.
func firstZero(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			if v.Interface().(time.Time).IsZero() {
				return path
			}
			return ""
		}
		for i := 0; i < v.NumField(); i++ {
			if p := firstZero(v.Field(i), path+"."+v.Type().Field(i).Name); p != "" {
				return p
			}
		}
		return ""
	case reflect.Slice, reflect.Map:
		if v.Len() == 0 {
			return path
		}
		if v.Kind() == reflect.Slice {
			for i := 0; i < v.Len(); i++ {
				if p := firstZero(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
					return p
				}
			}
		}
		return ""
	case reflect.Float64:
		if v.Float() == 0 || math.IsNaN(v.Float()) {
			return path
		}
		return ""
	default:
		if v.IsZero() {
			return path
		}
		return ""
	}
}

// diff returns the path of the first difference between a and b, or "".
// NaN equals NaN, times are equal when they are the same instant with the
// same UTC offset (zone names are not kept), nil and empty slices or maps are
// equal.
func diff(a, b any) string { return diffValue(reflect.ValueOf(a), reflect.ValueOf(b), "") }

func diffValue(a, b reflect.Value, path string) string {
	if a.Type() != b.Type() {
		return path + " (type)"
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return path + " (nil)"
			}
			return ""
		}
		return diffValue(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		if ta, ok := a.Interface().(time.Time); ok {
			tb := b.Interface().(time.Time)
			_, oa := ta.Zone()
			_, ob := tb.Zone()
			if !ta.Equal(tb) || oa != ob {
				return fmt.Sprintf("%s (%v vs %v)", path, ta, tb)
			}
			return ""
		}
		for i := 0; i < a.NumField(); i++ {
			if p := diffValue(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
		return ""
	case reflect.Slice:
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s (len %d vs %d)", path, a.Len(), b.Len())
		}
		for i := 0; i < a.Len(); i++ {
			if p := diffValue(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
		return ""
	case reflect.Map:
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s (len %d vs %d)", path, a.Len(), b.Len())
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() {
				return fmt.Sprintf("%s[%v] (missing)", path, k)
			}
			if p := diffValue(a.MapIndex(k), bv, fmt.Sprintf("%s[%v]", path, k)); p != "" {
				return p
			}
		}
		return ""
	case reflect.Float64:
		x, y := a.Float(), b.Float()
		if (math.IsNaN(x) && math.IsNaN(y)) || math.Float64bits(x) == math.Float64bits(y) {
			return ""
		}
		return fmt.Sprintf("%s (%v vs %v)", path, x, y)
	default:
		if !a.Equal(b) {
			return fmt.Sprintf("%s (%v vs %v)", path, a, b)
		}
		return ""
	}
}

// sameFloat reports whether got equals want within 1e-9, NaN equal to NaN.
func sameFloat(got, want float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want))
}
