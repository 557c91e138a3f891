package plan

import (
	"errors"
	"reachlab/app/text"
	"strconv"
	"strings"
	"testing"
)

// datedPlan is a plan with no horizon whose only dates are its actions'.
func datedPlan(days ...Date) *Plan {
	ph := NewPhase("P")
	for i := 0; i+1 < len(days); i += 2 {
		a := NewAction("a" + strconv.Itoa(i/2))
		a.Start, a.End = days[i], days[i+1]
		ph.Actions = append(ph.Actions, a)
	}
	return &Plan{Phases: []Phase{ph}}
}

func TestSpan(t *testing.T) {
	d := NewDate
	tests := []struct {
		name string
		plan *Plan
		want Horizon
		ok   bool
	}{
		{"no date", &Plan{}, Horizon{}, false},
		{"the horizon when set", func() *Plan {
			p := datedPlan(d(2025, 2, 1), d(2025, 3, 1), d(2040, 1, 1), d(2040, 2, 1))
			p.Horizon = Horizon{d(2025, 1, 1), d(2025, 12, 31)}
			return p
		}(), Horizon{d(2025, 1, 1), d(2025, 12, 31)}, true},
		{"one date", datedPlan(d(2025, 2, 1), Date{}), Horizon{d(2025, 2, 1), d(2025, 2, 1)}, true},
		{"the dates around the median", datedPlan(d(2025, 1, 1), d(2025, 3, 1), d(2025, 6, 1), d(2025, 9, 1)), Horizon{d(2025, 1, 1), d(2025, 9, 1)}, true},
		// Issue 15: two slips in a year plan cannot move its span.
		{"slips left out", datedPlan(d(1336, 1, 1), d(2026, 3, 1), d(2026, 4, 1), d(2026, 5, 1), d(2026, 6, 1), d(3237, 1, 1)), Horizon{d(2026, 3, 1), d(2026, 6, 1)}, true},
		{"a long plan in small steps", datedPlan(d(2024, 1, 1), d(2025, 6, 1), d(2027, 1, 1), d(2028, 6, 1), d(2030, 1, 1), d(2030, 2, 1)), Horizon{d(2024, 1, 1), d(2030, 2, 1)}, true},
		{"a reversed horizon is not used", func() *Plan {
			p := datedPlan(d(2025, 2, 1), d(2025, 3, 1))
			p.Horizon = Horizon{d(2025, 12, 31), d(2025, 1, 1)}
			return p
		}(), Horizon{d(2025, 1, 1), d(2025, 12, 31)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.plan.Span()
			if got != tt.want || ok != tt.ok {
				t.Errorf("Span = %v → %v, %v; want %v → %v, %v", got.Start, got.End, ok, tt.want.Start, tt.want.End, tt.ok)
			}
		})
	}
}

func TestDateWarnings(t *testing.T) {
	p := NewFromTemplate(TemplateThreePhases, "fr", testNow) // 2025-01-06 → 2026-01-05
	if w := p.DateWarnings(); w != nil {
		t.Fatalf("a template plan has warnings: %+v", w)
	}
	p.Phases[1].Actions[0].End = NewDate(2052, 3, 1)                     // digits swapped
	p.Phases[0].Objectives[0].KPIs[1].BaselineDate = NewDate(2023, 1, 6) // two years before: fine
	p.Phases[0].Objectives[0].KPIs[1].Filter.From = NewDate(2022, 12, 31)
	got := p.DateWarnings()
	want := []string{"phases[0].objectives[0].kpis[1].filter.from", "phases[1].actions[0].end"}
	if len(got) != len(want) {
		t.Fatalf("warnings %+v, want %v", got, want)
	}
	for i, w := range want {
		if got[i].Path != w || got[i].Span != p.Horizon {
			t.Errorf("warning %d = %+v, want %s", i, got[i], w)
		}
	}
	if s := got[1].Text("fr"); s != "Le 2052-03-01 est à plus de 2 ans de la période du plan (2025-01-06 → 2026-01-05) : est-ce une faute de frappe ?" {
		t.Errorf("French text = %q", s)
	}
	if s := got[1].Text("en"); !strings.HasPrefix(s, "2052-03-01 is more than 2 years away") {
		t.Errorf("English text = %q", s)
	}
	for d, want := range map[Date]bool{
		{}: false, NewDate(2025, 6, 1): false, NewDate(2028, 1, 5): false, NewDate(2028, 1, 6): true,
		NewDate(2023, 1, 6): false, NewDate(2023, 1, 5): true, NewDate(2152, 1, 1): true,
	} {
		if got := p.FarFromPlan(d); got != want {
			t.Errorf("FarFromPlan(%v) = %v, want %v", d, got, want)
		}
	}
}

// TestGanttLeavesOutFarDates is issue 15's calendar: one action's year
// typed wrong stretched it from 1336 to 3237 and squashed every other bar.
func TestGanttLeavesOutFarDates(t *testing.T) {
	p := NewFromTemplate(TemplateThreePhases, "en", testNow)
	p.Phases[0].Actions[0].Start = NewDate(1936, 1, 6)
	p.Phases[2].Actions[1].End = NewDate(2137, 1, 1)
	rows, problems := p.Gantt()
	if len(rows) != 7 {
		t.Errorf("%d rows, want the 7 other actions", len(rows))
	}
	for _, r := range rows {
		if !p.Horizon.Contains(r.Start) || !p.Horizon.Contains(r.End) {
			t.Errorf("row %q (%v → %v) is outside the horizon", r.Action, r.Start, r.End)
		}
	}
	want := []string{"phases[0].actions[0].start", "phases[2].actions[1].end"}
	if len(problems) != len(want) {
		t.Fatalf("problems %v, want %v", problems, want)
	}
	for i, w := range want {
		var fe *FieldError
		if !errors.As(problems[i], &fe) || fe.Path != w || !errors.Is(problems[i], ErrFarFromPlan) {
			t.Errorf("problem %d = %v, want %s: %v", i, problems[i], w, ErrFarFromPlan)
		}
	}
}

func TestImportRefusesImpossibleDates(t *testing.T) {
	base := string(threePhaseExport(t))
	tests := []struct {
		name, from, to, path string
		reason               error
	}{
		{"six-digit year", `"end": "2025-04-05"`, `"end": "152027-04-05"`, "phases[0].end", ErrBadDate},
		{"year out of range", `"end": "2025-04-05"`, `"end": "1336-04-05"`, "phases[0].end", ErrDateOutOfRange},
		{"horizon", `"start": "2025-01-06"`, `"start": "3237-01-06"`, "horizon.start", ErrDateOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(base, tt.from) {
				t.Fatalf("export lacks %s", tt.from)
			}
			_, err := Import([]byte(strings.Replace(base, tt.from, tt.to, 1)))
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Path != tt.path || !errors.Is(err, tt.reason) {
				t.Fatalf("Import = %v, want %s: %v", err, tt.path, tt.reason)
			}
		})
	}
}

func TestImportRepairingDates(t *testing.T) {
	p := NewFromTemplate(TemplateThreePhases, "fr", testNow)
	k := &p.Phases[0].Objectives[0].KPIs[0]
	k.History = []Point{{NewDate(2025, 2, 1), 90}, {NewDate(2025, 3, 1), 150}}
	data, err := Export(p)
	if err != nil {
		t.Fatal(err)
	}
	// What the editor let through before dates were checked.
	s := strings.Replace(string(data), `"2025-04-05"`, `"1336-04-05"`, 1)     // the first phase's end
	s = strings.Replace(s, `"date": "2025-03-01"`, `"date": "0202-03-01"`, 1) // a history point
	s = strings.Replace(s, `"end": "2026-01-05"`, `"end": "3237-01-05"`, 1)   // the horizon's end
	if _, err := Import([]byte(s)); !errors.Is(err, ErrDateOutOfRange) {
		t.Fatalf("Import = %v, want ErrDateOutOfRange", err)
	}
	q, repaired, err := ImportRepairingDates([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	wantPaths := []string{"horizon.end", "phases[0].end", "phases[0].objectives[0].kpis[0].history[1].date"}
	var got []string
	for _, fe := range repaired {
		if !errors.Is(fe, ErrDateOutOfRange) {
			t.Errorf("%v does not wrap ErrDateOutOfRange", fe)
		}
		got = append(got, fe.Path)
	}
	if strings.Join(got, " ") != strings.Join(wantPaths, " ") {
		t.Errorf("repaired %v, want %v", got, wantPaths)
	}
	if !q.Horizon.End.IsZero() || !q.Phases[0].End.IsZero() || len(q.Phases[0].Objectives[0].KPIs[0].History) != 1 {
		t.Errorf("dates not cleared: horizon end %v, phase end %v, history %v", q.Horizon.End, q.Phases[0].End, q.Phases[0].Objectives[0].KPIs[0].History)
	}
	if _, err := Export(q); err != nil {
		t.Errorf("the repaired plan does not export: %v", err)
	}
	// A plan with nothing to repair reads as Import reads it.
	q, repaired, err = ImportRepairingDates(data)
	if err != nil || repaired != nil || diff(p, q) != "" {
		t.Errorf("clean plan: %v, %v, %s", err, repaired, diff(p, q))
	}
	// Other problems are refused.
	if _, _, err := ImportRepairingDates([]byte(strings.Replace(string(data), `"2025-04-05"`, `"2025-02-30"`, 1))); !errors.Is(err, ErrBadDate) {
		t.Errorf("impossible day: %v, want ErrBadDate", err)
	}
}

func TestErrorText(t *testing.T) {
	_, dateErr := ParseDate("0202-03-01")
	k := NewKPI("K", "reach")
	_, noSource := k.Current(nil)
	tests := []struct {
		err    error
		fr, en string
	}{
		{dateErr, "Date impossible : l'année doit être comprise entre 1900 et 2200.", "Impossible date: the year must be between 1900 and 2200."},
		{&FieldError{Path: "x", Err: ErrBadDate}, "Ce n'est pas une date du calendrier (AAAA-MM-JJ).", "This is not a calendar date (YYYY-MM-DD)."},
		{noSource, "pas de données pour calculer la valeur", "no data to compute the value"},
		{errors.Join(errors.New("detail"), ErrNoDataset), "aucun jeu de données choisi", "no dataset chosen"},
		{ErrNoRows, "le filtre de l'indicateur ne garde aucune ligne du jeu de données", "the KPI's filter keeps no row of the dataset"},
	}
	for _, tt := range tests {
		fr, okFR := ErrorText(tt.err, "fr")
		en, okEN := ErrorText(tt.err, "en")
		if fr != tt.fr || en != tt.en || !okFR || !okEN {
			t.Errorf("ErrorText(%v) = %q, %q; want %q, %q", tt.err, fr, en, tt.fr, tt.en)
		}
	}
	for _, err := range []error{nil, errors.New("other")} {
		if s, ok := ErrorText(err, "fr"); s != "" || ok {
			t.Errorf("ErrorText(%v) = %q, %v", err, s, ok)
		}
	}
	// The texts state the constants.
	for _, e := range errorTexts {
		for _, lang := range []text.Lang{text.FR, text.EN} {
			s := e.text.In(lang)
			if e.err == ErrDateOutOfRange && (!strings.Contains(s, strconv.Itoa(MinYear)) || !strings.Contains(s, strconv.Itoa(MaxYear))) {
				t.Errorf("%q does not say MinYear…MaxYear", s)
			}
			if e.err == ErrFarFromPlan && !strings.Contains(s, strconv.Itoa(FarYears)+" ") {
				t.Errorf("%q does not say FarYears", s)
			}
		}
	}
}
