package plan

import (
	"errors"
	"testing"
)

func TestGantt(t *testing.T) {
	mk := func(title string, start, end Date, status ActionStatus) Action {
		a := NewAction(title)
		a.Start, a.End, a.Status = start, end, status
		return a
	}
	d := func(m, day int) Date { return NewDate(2025, 1, 1).AddMonths(m - 1).AddDays(day - 1) }
	p := &Plan{Phases: []Phase{
		{Name: "P1", Actions: []Action{
			mk("ok", d(1, 1), d(1, 31), StatusDone),
			mk("one day", d(2, 3), d(2, 3), StatusPlanned),
			mk("no start", Date{}, d(2, 1), StatusPlanned),
		}},
		{Name: "P2", Actions: []Action{
			mk("reversed", d(3, 10), d(3, 9), StatusPlanned),
			mk("no end", d(3, 1), Date{}, StatusPlanned),
			mk("dropped", d(4, 1), d(4, 30), StatusDropped),
		}},
	}}
	rows, problems := p.Gantt()
	wantRows := []struct {
		phase  int
		title  string
		start  string
		end    string
		status ActionStatus
	}{
		{0, "ok", "2025-01-01", "2025-01-31", StatusDone},
		{0, "one day", "2025-02-03", "2025-02-03", StatusPlanned},
		{1, "dropped", "2025-04-01", "2025-04-30", StatusDropped},
	}
	if len(rows) != len(wantRows) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(wantRows), rows)
	}
	for i, w := range wantRows {
		r := rows[i]
		if r.Phase != w.phase || r.Action != w.title || r.Start.String() != w.start || r.End.String() != w.end || r.Status != w.status ||
			r.PhaseName != p.Phases[w.phase].Name || r.ActionID == "" {
			t.Errorf("row %d = %+v, want %+v", i, r, w)
		}
	}
	wantProblems := []struct {
		path string
		err  error
	}{
		{"phases[0].actions[2].start", ErrMissingDate},
		{"phases[1].actions[0].end", ErrEndBeforeStart},
		{"phases[1].actions[1].end", ErrMissingDate},
	}
	if len(problems) != len(wantProblems) {
		t.Fatalf("%d problems, want %d: %v", len(problems), len(wantProblems), problems)
	}
	for i, w := range wantProblems {
		var fe *FieldError
		if !errors.As(problems[i], &fe) || fe.Path != w.path || !errors.Is(problems[i], w.err) {
			t.Errorf("problem %d = %v, want %s: %v", i, problems[i], w.path, w.err)
		}
	}
}
