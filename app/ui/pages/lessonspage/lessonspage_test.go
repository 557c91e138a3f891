package lessonspage

import (
	"context"
	"net/url"
	"testing"

	"reachlab/app/cases"
	"reachlab/app/store"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"
)

func TestLocationFromTheURL(t *testing.T) {
	for _, c := range []struct {
		query   string
		lesson  string
		step    int
		present bool
		unknown bool
	}{
		{"", "", 0, false, false},
		{"lesson=mass-vs-social", "mass-vs-social", 0, false, false},
		{"lesson=long-tail&step=3&present=1", "long-tail", 2, true, false},
		{"lesson=long-tail&step=99", "long-tail", 4, false, false},
		{"lesson=long-tail&step=-4", "long-tail", 0, false, false},
		{"lesson=nope", "", 0, false, true},
	} {
		q, _ := url.ParseQuery(c.query)
		loc := locationFrom(q)
		id := ""
		if loc.lesson != nil {
			id = loc.lesson.ID
		}
		if id != c.lesson || loc.step != c.step || loc.present != c.present || loc.unknown != c.unknown {
			t.Errorf("%q → lesson %q step %d present %v unknown %v", c.query, id, loc.step, loc.present, loc.unknown)
		}
		if c.lesson != "" {
			if again := locationFrom(loc.query()); again.lesson.ID != id || again.step != loc.step || again.present != loc.present {
				t.Errorf("%q does not survive a round trip through the URL", c.query)
			}
		}
	}
}

func TestNextAndPreviousCrossLessons(t *testing.T) {
	all := cases.Lessons()
	first := location{lesson: &all[0]}
	if _, ok := first.previous(); ok {
		t.Error("there is a step before the first lesson's first step")
	}
	loc := first
	steps := 0
	for {
		next, ok := loc.next()
		if !ok {
			break
		}
		back, _ := next.previous()
		if back.lesson.ID != loc.lesson.ID || back.step != loc.step {
			t.Fatalf("previous of next(%s %d) = %s %d", loc.lesson.ID, loc.step, back.lesson.ID, back.step)
		}
		loc = next
		steps++
	}
	want := 0
	for _, ls := range all {
		want += len(ls.Steps)
	}
	if steps != want-1 || loc.lesson.ID != all[len(all)-1].ID || !loc.last() {
		t.Errorf("walked %d steps to %s %d; want %d steps to the last lesson's last step", steps, loc.lesson.ID, loc.step, want-1)
	}
}

func TestProgressIsKeptAndMerged(t *testing.T) {
	ctx := context.Background()
	s := store.NewMemory()
	if p, err := loadProgress(ctx, s); err != nil || len(p) != 0 {
		t.Fatalf("fresh progress = %v, %v", p, err)
	}
	if _, err := markSeen(ctx, s, "mass-vs-social", 2); err != nil {
		t.Fatal(err)
	}
	// Another tab saw less of it, and another lesson: nothing goes back.
	if _, err := markSeen(ctx, s, "mass-vs-social", 0); err != nil {
		t.Fatal(err)
	}
	if _, err := markSeen(ctx, s, "long-tail", 4); err != nil {
		t.Fatal(err)
	}
	p, err := loadProgress(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	ls, _ := cases.LessonByID("long-tail")
	one, _ := cases.LessonByID("mass-vs-social")
	if p["mass-vs-social"] != 3 || !p.done(ls) || p.done(one) {
		t.Errorf("progress = %v", p)
	}
}

func TestDecodeProgressDropsWhatItDoesNotKnow(t *testing.T) {
	p := decodeProgress([]byte(`{"mass-vs-social": 99, "gone": 2, "long-tail": -1}`))
	if len(p) != 1 || p["mass-vs-social"] != 5 {
		t.Errorf("decoded %v, want only mass-vs-social capped at its 5 steps", p)
	}
	if p := decodeProgress([]byte(`<script>`)); len(p) != 0 {
		t.Errorf("garbage decoded to %v", p)
	}
}

func TestEveryLessonDrawsItsChart(t *testing.T) {
	w := workspace.New(store.NewMemory(), workspace.BuiltInCases()...)
	for _, ls := range cases.Lessons() {
		for _, l := range text.Langs {
			f := drawFigure(context.Background(), w, ls, l)
			if f.err != "" || f.option.Option == "" || f.option.Alt == "" {
				t.Errorf("%s in %s: err %q, %d bytes of option, alt %q", ls.ID, l, f.err, len(f.option.Option), f.option.Alt)
			}
			// Every chart over data is read in words under it.
			if chartOf(ls) != cases.ChartPlanPhases && f.reading == "" {
				t.Errorf("%s in %s: no reading under the chart", ls.ID, l)
			}
		}
	}
	ave, _ := cases.LessonByID("advertising-value-equivalent")
	if got := drawFigure(context.Background(), w, ave, text.EN).reading; got != "3,600,000 mentions in 12 months: 300,000 a month on average." {
		t.Errorf("AVE reading = %q", got)
	}
}
