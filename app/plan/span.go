package plan

import (
	"fmt"
	"reachlab/app/text"
	"slices"
	"strconv"
)

// FarYears is how far, in years, a date may lie outside the plan's span
// before it is flagged as far from the plan (DateWarnings) and left out of
// the calendar (Gantt). Two years leave room for a baseline measured the
// year before and a follow-up the year after; a slip in the year (2052 for
// 2025, 1336 for 2026 while typing) lands much further.
const FarYears = 2

// DatedField is one date of a plan and the path of its field.
type DatedField struct {
	Path string // as in FieldError: "phases[0].actions[2].end"
	Date Date
}

// Dates lists the set dates of p, in plan order: the horizon, then each
// phase's bounds, its objectives' deadlines with their KPIs' baseline and
// target dates and filter bounds, and its actions' bounds. KPI history
// points are left out: they are measurements, which may be of any time.
func (p *Plan) Dates() []DatedField {
	var out []DatedField
	add := func(path string, d Date) {
		if !d.IsZero() {
			out = append(out, DatedField{path, d})
		}
	}
	add("horizon.start", p.Horizon.Start)
	add("horizon.end", p.Horizon.End)
	for i := range p.Phases {
		ph := &p.Phases[i]
		pp := index("phases", i)
		add(pp+".start", ph.Start)
		add(pp+".end", ph.End)
		for j := range ph.Objectives {
			o := &ph.Objectives[j]
			op := index(pp+".objectives", j)
			add(op+".by_when", o.ByWhen)
			for k := range o.KPIs {
				kpi := &o.KPIs[k]
				kp := index(op+".kpis", k)
				add(kp+".baseline_date", kpi.BaselineDate)
				add(kp+".target_date", kpi.TargetDate)
				add(kp+".filter.from", kpi.Filter.From)
				add(kp+".filter.to", kpi.Filter.To)
			}
		}
		for j := range ph.Actions {
			ap := index(pp+".actions", j)
			add(ap+".start", ph.Actions[j].Start)
			add(ap+".end", ph.Actions[j].End)
		}
	}
	return out
}

// Span returns the period the plan's dates are judged against, and false
// when p has no date at all:
//   - the horizon, when both its bounds are set and Start ≤ End: the user
//     said what the plan covers;
//   - otherwise the run of the plan's dates (Dates) around their median in
//     which, sorted, no date is more than FarYears after the one before.
//     A few slips cannot move the median, and a plan spread over many years
//     in small steps keeps all of its dates.
func (p *Plan) Span() (Horizon, bool) {
	h := p.Horizon
	if !h.Start.IsZero() && !h.End.IsZero() && !h.End.Before(h.Start) {
		return h, true
	}
	fields := p.Dates()
	if len(fields) == 0 {
		return Horizon{}, false
	}
	ds := make([]Date, len(fields))
	for i, f := range fields {
		ds[i] = f.Date
	}
	slices.SortFunc(ds, Date.Compare)
	lo := (len(ds) - 1) / 2
	hi := lo
	for lo > 0 && !far(ds[lo-1], ds[lo]) {
		lo--
	}
	for hi < len(ds)-1 && !far(ds[hi], ds[hi+1]) {
		hi++
	}
	return Horizon{Start: ds[lo], End: ds[hi]}, true
}

// far reports whether b is more than FarYears after a.
func far(a, b Date) bool { return b.After(a.AddMonths(12 * FarYears)) }

// farFrom reports whether d lies more than FarYears outside span.
func farFrom(span Horizon, d Date) bool {
	return !d.IsZero() && (far(d, span.Start) || far(span.End, d))
}

// FarFromPlan reports whether d lies more than FarYears years before the
// plan's Span or after it. The zero Date, and any date of a plan without a
// date, are not far. The editor may call it before setting a date to warn
// (not refuse): "2052-03-01 is more than 2 years from the plan".
func (p *Plan) FarFromPlan(d Date) bool {
	span, ok := p.Span()
	return ok && farFrom(span, d)
}

// DateWarning is a date that is a real plan date but lies far from the rest
// of the plan (see FarFromPlan): most likely a slip, which the UI shows
// beside the field without refusing it.
type DateWarning struct {
	Path string  // the field, as in FieldError: "phases[0].actions[2].end"
	Date Date    // the date
	Span Horizon // the plan's Span it was judged against
}

var dateWarningText = text.Text{
	FR: "Le %s est à plus de %s ans de la période du plan (%s → %s) : est-ce une faute de frappe ?",
	EN: "%s is more than %s years away from the plan's period (%s → %s): is it a typo?",
}

// Text says the warning in lang: "Le 2052-03-01 est à plus de 2 ans de la
// période du plan (2025-01-06 → 2026-01-05) : est-ce une faute de frappe ?"
func (w DateWarning) Text(lang text.Lang) string {
	return fmt.Sprintf(dateWarningText.In(lang), w.Date, strconv.Itoa(FarYears), w.Span.Start, w.Span.End)
}

// DateWarnings lists the dates of p (Dates) that are far from its Span, in
// plan order; nil when there are none.
func (p *Plan) DateWarnings() []DateWarning {
	span, ok := p.Span()
	if !ok {
		return nil
	}
	var out []DateWarning
	for _, f := range p.Dates() {
		if farFrom(span, f.Date) {
			out = append(out, DateWarning{Path: f.Path, Date: f.Date, Span: span})
		}
	}
	return out
}
