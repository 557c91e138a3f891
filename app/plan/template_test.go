package plan

import (
	"reachlab/app/text"
	"testing"
)

func TestTemplatesPhases(t *testing.T) {
	tests := []struct {
		id     TemplateID
		fr, en []string
	}{
		{TemplateThreePhases,
			[]string{"Déclenchement", "Développement", "Structuration"},
			[]string{"Proof of concept", "Scale-up", "Structuring"}},
		{TemplateGROW,
			[]string{"Grassroots (initiatives spontanées)", "Results & testing (résultats et tests)", "Operationalize (mise en ordre)", "Widespread adoption (adoption générale)"},
			[]string{"Grassroots", "Results & testing", "Operationalize", "Widespread adoption"}},
		{TemplateAMEC,
			[]string{"Objectifs", "Intrants (ressources)", "Activités", "Extrants (productions)", "Retombées immédiates (out-takes)", "Effets (outcomes)", "Impact"},
			[]string{"Objectives", "Inputs", "Activities", "Outputs", "Out-takes", "Outcomes", "Impact"}},
		{TemplatePOST,
			[]string{"Personnes (publics)", "Objectifs", "Stratégie", "Technologie"},
			[]string{"People", "Objectives", "Strategy", "Technology"}},
		{TemplateBlank, nil, nil},
	}
	for _, tt := range tests {
		for lang, want := range map[text.Lang][]string{text.FR: tt.fr, text.EN: tt.en} {
			t.Run(string(tt.id)+"/"+string(lang), func(t *testing.T) {
				p := NewFromTemplate(tt.id, lang, testNow)
				if len(p.Phases) != len(want) {
					t.Fatalf("%d phases, want %d", len(p.Phases), len(want))
				}
				for i, ph := range p.Phases {
					if ph.Name != want[i] {
						t.Errorf("phase %d = %q, want %q", i, ph.Name, want[i])
					}
					if ph.Description == "" {
						t.Errorf("phase %d has no description", i)
					}
				}
				if p.Template != tt.id || p.Lang != lang || p.Revision != 1 || p.SchemaVersion != SchemaVersion {
					t.Errorf("template %q lang %q revision %d schema %d", p.Template, p.Lang, p.Revision, p.SchemaVersion)
				}
				if !p.CreatedAt.Equal(testNow) || !p.UpdatedAt.Equal(testNow) {
					t.Errorf("times = %v, %v", p.CreatedAt, p.UpdatedAt)
				}
				if p.Horizon != (Horizon{NewDate(2025, 1, 6), NewDate(2026, 1, 5)}) {
					t.Errorf("horizon = %v → %v, want 2025-01-06 → 2026-01-05", p.Horizon.Start, p.Horizon.End)
				}
				if err := p.Validate(); err != nil {
					t.Errorf("template plan invalid: %v", err)
				}
				if len(p.Scoring.Criteria) != 5 {
					t.Errorf("%d criteria, want the 5 defaults", len(p.Scoring.Criteria))
				}
			})
		}
	}
}

func TestTemplateExamplesAreGoodExamples(t *testing.T) {
	for _, tpl := range Templates() {
		for _, lang := range []text.Lang{text.FR, text.EN} {
			p := NewFromTemplate(tpl.ID, lang, testNow)
			for _, c := range p.CheckObjectives() {
				if len(c.Issues) > 0 {
					t.Errorf("%s/%s %s: example objective is not SMART: %v", tpl.ID, lang, c.Path, c.Issues)
				}
			}
			rows, problems := p.Gantt()
			if len(problems) > 0 {
				t.Errorf("%s/%s: Gantt problems %v", tpl.ID, lang, problems)
			}
			for _, r := range rows {
				ph := p.Phases[r.Phase]
				if r.Start.Before(ph.Start) || r.End.After(ph.End) {
					t.Errorf("%s/%s: action %q (%v → %v) outside its phase (%v → %v)", tpl.ID, lang, r.Action, r.Start, r.End, ph.Start, ph.End)
				}
			}
			for i, ph := range p.Phases {
				if i > 0 && tpl.ID != TemplateAMEC && ph.Start != p.Phases[i-1].End.AddDays(1) {
					t.Errorf("%s: phase %d does not follow phase %d", tpl.ID, i, i-1)
				}
				for _, o := range ph.Objectives {
					for _, k := range o.KPIs {
						if k.Vanity() {
							t.Errorf("%s: example KPI %q uses a vanity metric", tpl.ID, k.Name)
						}
					}
				}
			}
			if n := len(p.Phases); n > 0 && p.Phases[n-1].End != p.Horizon.End {
				t.Errorf("%s: last phase ends %v, horizon %v", tpl.ID, p.Phases[n-1].End, p.Horizon.End)
			}
		}
	}
}

func TestTemplateThreePhasesContent(t *testing.T) {
	p := NewFromTemplate(TemplateThreePhases, "fr", testNow)
	ph := p.Phases[0]
	if ph.Start != NewDate(2025, 1, 6) || ph.End != NewDate(2025, 4, 5) {
		t.Errorf("phase 1 = %v → %v, want 2025-01-06 → 2025-04-05 (3 months)", ph.Start, ph.End)
	}
	if p.Phases[1].End != NewDate(2025, 8, 5) || p.Phases[2].End != NewDate(2026, 1, 5) {
		t.Errorf("phase ends = %v, %v", p.Phases[1].End, p.Phases[2].End)
	}
	o := ph.Objectives[0]
	if o.Quantity != 300 || o.Baseline != 60 || o.ByWhen != ph.End || len(o.KPIs) != 2 {
		t.Errorf("objective = %+v", o)
	}
	k := o.KPIs[1]
	if k.MetricID != "conversation_rate" || k.BaselineDate != p.Horizon.Start || k.TargetDate != ph.End {
		t.Errorf("kpi = %+v", k)
	}
	if ph.People == "" || ph.Process == "" || ph.Platforms == "" || len(ph.Risks) != 1 {
		t.Error("phase 1 lacks People/Process/Platforms notes or its risk")
	}
	decreasing := p.Phases[2].Objectives[0].KPIs[0]
	if decreasing.Baseline != 24 || decreasing.Target != 4 {
		t.Errorf("structuring KPI = %v → %v, want the decreasing 24 → 4", decreasing.Baseline, decreasing.Target)
	}
	a := ph.Actions[0]
	if a.Budget != (Money{2000, "EUR"}) || a.Start != ph.Start || a.End != NewDate(2025, 2, 5) || a.Status != StatusPlanned {
		t.Errorf("action = %+v", a)
	}
}

func TestTemplatesList(t *testing.T) {
	ts := Templates()
	want := []TemplateID{TemplateThreePhases, TemplateGROW, TemplateAMEC, TemplatePOST, TemplateBlank}
	if len(ts) != len(want) {
		t.Fatalf("%d templates, want %d", len(ts), len(want))
	}
	for i, tpl := range ts {
		if tpl.ID != want[i] {
			t.Errorf("template %d = %q, want %q", i, tpl.ID, want[i])
		}
		for _, txt := range []text.Text{tpl.Name, tpl.Summary, tpl.Source} {
			if txt.FR == "" || txt.EN == "" || txt.FR == txt.EN && tpl.ID != TemplateGROW && tpl.ID != TemplatePOST && tpl.ID != TemplateBlank {
				t.Errorf("%s: text missing or untranslated: %+v", tpl.ID, txt)
			}
		}
		p := NewFromTemplate(tpl.ID, "en", testNow)
		if len(tpl.Phases) != len(p.Phases) {
			t.Errorf("%s: outline has %d phases, plan %d", tpl.ID, len(tpl.Phases), len(p.Phases))
		}
	}
	if NewFromTemplate("swot", "fr", testNow) != nil {
		t.Error("unknown template should give nil")
	}
}

func TestNewFromTemplateFreshIDs(t *testing.T) {
	a := NewFromTemplate(TemplateGROW, "fr", testNow)
	b := NewFromTemplate(TemplateGROW, "fr", testNow)
	if a.ID == b.ID || a.Phases[0].ID == b.Phases[0].ID {
		t.Error("two plans from the same template share IDs")
	}
}
