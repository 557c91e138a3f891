package plan

import (
	"fmt"
	"math"
	"reachlab/app/text"

	"github.com/google/uuid"
)

// Schema version 1, as the first ReachLab wrote it:
//
//	{"format": "reachlab-plan", "version": 1, "plan": {
//	  "id": UUID, "title", "owner", "lang": "fr"|"en" (optional, default "fr"),
//	  "b2b": true|false (optional), "sector", "currency": "EUR" (optional,
//	  default "EUR"), "start", "end": "YYYY-MM-DD",
//	  "created", "updated": RFC 3339,
//	  "phases": [{"name", "description", "start", "end",
//	    "objectives": [{"text", "audience", "what", "target": number, "unit",
//	      "deadline": "YYYY-MM-DD",
//	      "kpis": [{"name", "metric": metric id or "", "baseline", "target",
//	        "current": number}]}],
//	    "actions": [{"title", "owner", "channel", "start", "end",
//	      "budget": number in the plan currency,
//	      "status": "todo"|"doing"|"done"}]}]}}
//
// Migration to version 2:
//   - IDs: the plan keeps its ID; phases, objectives, KPIs and actions get
//     name-based UUIDs (SHA-1, in the plan ID's namespace, of the item's path
//     such as "phases[0].actions[2]"), so migrating the same file twice gives
//     the same IDs;
//   - b2b true → MarketB2B, false → MarketB2C, absent → MarketUnset;
//   - objective text → Statement, audience → Who, target → Quantity,
//     deadline → ByWhen; Baseline and BusinessGoal did not exist (missing);
//   - KPI metric "" → MetricManual, current → ManualCurrent; no dates, no
//     history, no dataset binding;
//   - action budget → Money{budget, plan currency} (null → no budget);
//     status todo → planned, doing → in_progress, done → done;
//   - Template "", DefaultResponseScoring(lang), no maturity answers,
//     Revision 1; no risks and empty People/Process/Platforms notes.

// v1Statuses maps version 1 action statuses to version 2.
var v1Statuses = map[string]ActionStatus{
	"todo":  StatusPlanned,
	"doing": StatusInProgress,
	"done":  StatusDone,
}

func readPlanV1(o *object) *Plan {
	p := &Plan{SchemaVersion: SchemaVersion, Revision: 1}
	p.ID = o.str("id")
	space, err := uuid.Parse(p.ID)
	if err != nil || len(p.ID) != 36 {
		o.r.fail("id", fmt.Errorf("%w: %q (want a UUID)", ErrBadID, p.ID))
		return p
	}
	childID := func(path string) string { return uuid.NewSHA1(space, []byte(path)).String() }

	p.Title = o.str("title")
	p.Owner = o.str("owner")
	p.Lang = text.FR
	if o.has("lang") {
		p.Lang = text.Lang(o.str("lang"))
	}
	if o.has("b2b") {
		p.Context.Market = MarketB2C
		if o.boolean("b2b") {
			p.Context.Market = MarketB2B
		}
	}
	p.Context.Sector = o.str("sector")
	currency := "EUR"
	if o.has("currency") {
		currency = o.str("currency")
	}
	p.Horizon = Horizon{Start: o.date("start"), End: o.date("end")}
	p.CreatedAt = o.time("created")
	p.UpdatedAt = o.time("updated")
	for i, po := range o.list("phases", MaxPhases) {
		path := index("phases", i)
		ph := Phase{
			ID:          childID(path),
			Name:        po.str("name"),
			Description: po.str("description"),
			Start:       po.date("start"),
			End:         po.date("end"),
		}
		for j, oo := range po.list("objectives", MaxObjectivesPerPhase) {
			opath := index(path+".objectives", j)
			obj := Objective{
				ID:        childID(opath),
				Statement: oo.str("text"),
				Who:       oo.str("audience"),
				What:      oo.str("what"),
				Quantity:  oo.num("target"),
				Unit:      oo.str("unit"),
				Baseline:  math.NaN(),
				ByWhen:    oo.date("deadline"),
			}
			for k, ko := range oo.list("kpis", MaxKPIsPerObjective) {
				kpi := KPI{
					ID:            childID(index(opath+".kpis", k)),
					Name:          ko.str("name"),
					MetricID:      ko.str("metric"),
					Baseline:      ko.num("baseline"),
					Target:        ko.num("target"),
					ManualCurrent: ko.num("current"),
				}
				if kpi.MetricID == "" {
					kpi.MetricID = MetricManual
				}
				ko.done()
				obj.KPIs = append(obj.KPIs, kpi)
			}
			oo.done()
			ph.Objectives = append(ph.Objectives, obj)
		}
		for j, ao := range po.list("actions", MaxActionsPerPhase) {
			apath := index(path+".actions", j)
			a := Action{
				ID:      childID(apath),
				Title:   ao.str("title"),
				Owner:   ao.str("owner"),
				Channel: ao.str("channel"),
				Start:   ao.date("start"),
				End:     ao.date("end"),
				Budget:  Money{Amount: ao.num("budget")},
			}
			if a.Budget.IsSet() {
				a.Budget.Currency = currency
			}
			status := ao.str("status")
			s, ok := v1Statuses[status]
			if !ok {
				ao.r.fail(apath+".status", fmt.Errorf("%w %q (want todo, doing or done)", ErrUnknownValue, status))
			}
			a.Status = s
			ao.done()
			ph.Actions = append(ph.Actions, a)
		}
		po.done()
		p.Phases = append(p.Phases, ph)
	}
	o.done()
	p.Scoring = DefaultResponseScoring(p.Lang)
	return p
}
