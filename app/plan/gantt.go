package plan

import "strconv"

// GanttRow is one bar of a Gantt chart: an action and its span.
type GanttRow struct {
	Phase     int // phase index
	PhaseName string
	ActionID  string
	Action    string // action title
	Start     Date
	End       Date // End ≥ Start
	Status    ActionStatus
}

// Gantt returns the actions that can be drawn, in plan order, and the
// problems of those that cannot: each problem is a *FieldError whose Path
// names the date ("phases[0].actions[2].end") and whose Err is ErrMissingDate
// (start or end not set), ErrEndBeforeStart, or ErrFarFromPlan (a date more
// than FarYears from the plan's Span: one slip in a year would otherwise
// stretch the calendar over centuries and squash every other bar). Actions
// ending the day they start are drawn (one-day bars). Dropped actions are
// drawn too; the chart may grey them out using Status.
func (p *Plan) Gantt() (rows []GanttRow, problems []error) {
	span, hasSpan := p.Span()
	for i := range p.Phases {
		ph := &p.Phases[i]
		for j := range ph.Actions {
			a := &ph.Actions[j]
			path := "phases[" + strconv.Itoa(i) + "].actions[" + strconv.Itoa(j) + "]"
			switch {
			case a.Start.IsZero():
				problems = append(problems, &FieldError{Path: path + ".start", Err: ErrMissingDate})
			case a.End.IsZero():
				problems = append(problems, &FieldError{Path: path + ".end", Err: ErrMissingDate})
			case a.End.Before(a.Start):
				problems = append(problems, &FieldError{Path: path + ".end", Err: ErrEndBeforeStart})
			case hasSpan && farFrom(span, a.Start):
				problems = append(problems, &FieldError{Path: path + ".start", Err: ErrFarFromPlan})
			case hasSpan && farFrom(span, a.End):
				problems = append(problems, &FieldError{Path: path + ".end", Err: ErrFarFromPlan})
			default:
				rows = append(rows, GanttRow{
					Phase: i, PhaseName: ph.Name, ActionID: a.ID, Action: a.Title,
					Start: a.Start, End: a.End, Status: a.Status,
				})
			}
		}
	}
	return rows, problems
}
