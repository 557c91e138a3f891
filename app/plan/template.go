package plan

import (
	"reachlab/app/text"
	"time"
)

// TemplateID names a plan template.
type TemplateID string

// Templates a plan can start from.
const (
	TemplateThreePhases TemplateID = "three_phases" // déclenchement, développement, structuration
	TemplateGROW        TemplateID = "grow"         // Intel's G.R.O.W.
	TemplateAMEC        TemplateID = "amec"         // AMEC Integrated Evaluation Framework
	TemplatePOST        TemplateID = "post"         // Forrester's POST
	TemplateBlank       TemplateID = "blank"        // no phase
)

// Template describes a starting point for a plan, for the template picker.
type Template struct {
	ID TemplateID
	// Name is the template's title.
	Name text.Text
	// Summary explains the template in one sentence.
	Summary text.Text
	// Source says who proposed the model, where and when.
	Source text.Text
	// Phases lists the phases the template creates.
	Phases []PhaseOutline
}

// PhaseOutline is the name and purpose of a template phase.
type PhaseOutline struct {
	Name        text.Text
	Description text.Text
}

// templateSpec is a template with the example content it fills in.
type templateSpec struct {
	id                    TemplateID
	name, summary, source text.Text
	phases                []phaseSpec
}

// phaseSpec is one phase of a template. months is its length; 0 means the
// phase spans the whole horizon (AMEC's stages are a logic chain, not a
// sequence in time).
type phaseSpec struct {
	name, descr                text.Text
	months                     int
	people, process, platforms text.Text
	objectives                 []objectiveSpec
	actions                    []actionSpec
	risks                      []riskSpec
}

// objectiveSpec is an example objective, due at the end of its phase or, with
// byPlanEnd, at the end of the plan.
type objectiveSpec struct {
	byPlanEnd                        bool
	statement, who, what, unit, goal text.Text
	quantity, baseline               float64
	kpis                             []kpiSpec
}

type kpiSpec struct {
	name             text.Text
	metric           string
	unit             text.Text
	baseline, target float64
}

// actionSpec places an action from month offset, for months months, inside
// its phase.
type actionSpec struct {
	title, owner, channel text.Text
	offset, months        int
	budget                float64
}

type riskSpec struct {
	descr, mitigation  text.Text
	likelihood, impact RiskLevel
}

// templateSpecs lists the templates in picker order.
var templateSpecs = []*templateSpec{&threePhasesTemplate, &growTemplate, &amecTemplate, &postTemplate, &blankTemplate}

var blankTemplate = templateSpec{
	id:      TemplateBlank,
	name:    text.Text{FR: "Plan vierge", EN: "Blank plan"},
	summary: text.Text{FR: "Une page blanche : ajoutez vous-même les phases, objectifs et actions.", EN: "A clean slate: add the phases, objectives and actions yourself."},
	source:  text.Text{FR: "ReachLab.", EN: "ReachLab."},
}

// Templates returns the templates in the order the picker shows them.
func Templates() []Template {
	out := make([]Template, len(templateSpecs))
	for i, s := range templateSpecs {
		t := Template{ID: s.id, Name: s.name, Summary: s.summary, Source: s.source}
		for _, ph := range s.phases {
			t.Phases = append(t.Phases, PhaseOutline{Name: ph.name, Description: ph.descr})
		}
		out[i] = t
	}
	return out
}

// templateMonths is the horizon of templates whose phases all span it.
const templateMonths = 12

// templateCurrency is the currency of the example budgets.
const templateCurrency = "EUR"

// NewFromTemplate returns a new plan built from template id, with its texts in
// lang (see NormalizeLang), created at now. It returns nil for an unknown id.
//
// The horizon starts on now's calendar day and lasts as long as the
// template's phases (12 months for every template; blank plans get 12 months
// and no phase). Phases follow each other (AMEC's stages all span the
// horizon); each objective is due at the end of its phase, or of the plan
// when its statement says so; KPIs have the plan start as baseline date and the phase end
// as target date. Example budgets are in euros. Every ID is fresh; the
// response scoring is DefaultResponseScoring(lang); Revision is 1.
func NewFromTemplate(id TemplateID, lang text.Lang, now time.Time) *Plan {
	var spec *templateSpec
	for _, s := range templateSpecs {
		if s.id == id {
			spec = s
		}
	}
	if spec == nil {
		return nil
	}
	lang = lang.OrDefault()
	start := DateOf(now)
	p := &Plan{
		SchemaVersion: SchemaVersion,
		ID:            newID(),
		Title:         spec.name.In(lang),
		Lang:          lang,
		Template:      id,
		Horizon:       Horizon{Start: start, End: start.AddMonths(templateMonths).AddDays(-1)},
		Scoring:       DefaultResponseScoring(lang),
		CreatedAt:     now,
		UpdatedAt:     now,
		Revision:      1,
	}
	phaseStart := start
	for _, ps := range spec.phases {
		ph := NewPhase(ps.name.In(lang))
		ph.Description = ps.descr.In(lang)
		ph.People, ph.Process, ph.Platforms = ps.people.In(lang), ps.process.In(lang), ps.platforms.In(lang)
		if ps.months == 0 {
			ph.Start, ph.End = p.Horizon.Start, p.Horizon.End
		} else {
			ph.Start, ph.End = phaseStart, phaseStart.AddMonths(ps.months).AddDays(-1)
			phaseStart = phaseStart.AddMonths(ps.months)
		}
		for _, os := range ps.objectives {
			due := ph.End
			if os.byPlanEnd {
				due = p.Horizon.End
			}
			ph.Objectives = append(ph.Objectives, os.build(lang, start, due))
		}
		for _, as := range ps.actions {
			ph.Actions = append(ph.Actions, as.build(lang, ph.Start, ph.End))
		}
		for _, rs := range ps.risks {
			r := NewRisk(rs.descr.In(lang))
			r.Mitigation, r.Likelihood, r.Impact = rs.mitigation.In(lang), rs.likelihood, rs.impact
			ph.Risks = append(ph.Risks, r)
		}
		p.Phases = append(p.Phases, ph)
	}
	return p
}

func (s objectiveSpec) build(lang text.Lang, planStart, due Date) Objective {
	o := NewObjective()
	o.Statement, o.Who, o.What = s.statement.In(lang), s.who.In(lang), s.what.In(lang)
	o.Quantity, o.Baseline, o.Unit = s.quantity, s.baseline, s.unit.In(lang)
	o.ByWhen, o.BusinessGoal = due, s.goal.In(lang)
	for _, ks := range s.kpis {
		k := NewKPI(ks.name.In(lang), ks.metric)
		k.Unit, k.Baseline, k.Target = ks.unit.In(lang), ks.baseline, ks.target
		k.BaselineDate, k.TargetDate = planStart, due
		o.KPIs = append(o.KPIs, k)
	}
	return o
}

func (s actionSpec) build(lang text.Lang, phaseStart, phaseEnd Date) Action {
	a := NewAction(s.title.In(lang))
	a.Owner, a.Channel = s.owner.In(lang), s.channel.In(lang)
	a.Start = phaseStart.AddMonths(s.offset)
	a.End = a.Start.AddMonths(s.months).AddDays(-1)
	if a.End.After(phaseEnd) {
		a.End = phaseEnd
	}
	a.Budget = Money{Amount: s.budget, Currency: templateCurrency}
	return a
}
