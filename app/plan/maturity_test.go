package plan

import (
	"errors"
	"math"
	"testing"
)

// answerAll answers every question of the named dimensions with the value.
func answerAll(a *Assessment, value int, dims ...string) {
	for _, d := range MaturityDimensions() {
		for _, want := range dims {
			if d.ID == want {
				for _, q := range d.Questions {
					a.Set(q.ID, value)
				}
			}
		}
	}
}

func TestMaturityScores(t *testing.T) {
	var a Assessment
	answerAll(&a, 4, "strategy")   // 100
	answerAll(&a, 2, "governance") // 50
	a.Set("people.trained", 3)     // one of three answered: 75
	answerAll(&a, 0, "process")    // 0: answered zeros count
	a.Set("tools.listening", 4)    // two of four answered: (4+0)/2 → 50
	a.Set("tools.crm", 0)
	a.Set("tools.dashboard", 7) // outside the scale: ignored
	a.Set("unknown.question", 4)
	want := []struct {
		id              string
		score           float64
		answered, total int
	}{
		{"strategy", 100, 3, 3}, {"governance", 50, 4, 4}, {"people", 75, 1, 3}, {"process", 0, 4, 4}, {"tools", 50, 2, 4},
	}
	got := a.Scores()
	for i, w := range want {
		if got[i].ID != w.id || !sameFloat(got[i].Score, w.score) || got[i].Answered != w.answered || got[i].Total != w.total {
			t.Errorf("dimension %d = %+v, want %+v", i, got[i], w)
		}
	}
	overall, err := a.Overall()
	if err != nil || !sameFloat(overall, 55) { // (100 + 50 + 75 + 0 + 50) / 5
		t.Errorf("Overall = %v, %v; want 55", overall, err)
	}
	stage, _, _ := a.SuggestedStage()
	if stage != StageDeveloppement {
		t.Errorf("stage = %q, want développement", stage)
	}
}

func TestSuggestedStage(t *testing.T) {
	tests := []struct {
		name    string
		answers func(*Assessment)
		overall float64
		want    Stage
	}{
		{"all ones", func(a *Assessment) { answerAll(a, 1, "strategy", "governance", "people", "process", "tools") }, 25, StageDeclenchement},
		{"all zeros", func(a *Assessment) { answerAll(a, 0, "strategy", "governance", "people", "process", "tools") }, 0, StageDeclenchement},
		{"exactly 40", func(a *Assessment) {
			answerAll(a, 4, "strategy", "process")
			answerAll(a, 0, "governance", "people", "tools")
		}, 40, StageDeveloppement},
		{"all twos", func(a *Assessment) { answerAll(a, 2, "strategy", "governance", "people", "process", "tools") }, 50, StageDeveloppement},
		{"exactly 70", func(a *Assessment) {
			answerAll(a, 4, "strategy", "governance", "people")
			answerAll(a, 2, "process")
			answerAll(a, 0, "tools")
		}, 70, StageStructuration},
		{"all fours", func(a *Assessment) { answerAll(a, 4, "strategy", "governance", "people", "process", "tools") }, 100, StageStructuration},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a Assessment
			tt.answers(&a)
			stage, overall, err := a.SuggestedStage()
			if err != nil || stage != tt.want || !sameFloat(overall, tt.overall) {
				t.Fatalf("SuggestedStage = %q, %v, %v; want %q, %v", stage, overall, err, tt.want, tt.overall)
			}
		})
	}
}

func TestSuggestedStageIncomplete(t *testing.T) {
	var a Assessment
	answerAll(&a, 3, "strategy", "governance", "people", "process")
	stage, overall, err := a.SuggestedStage()
	if !errors.Is(err, ErrIncomplete) || stage != "" || !math.IsNaN(overall) {
		t.Fatalf("SuggestedStage = %q, %v, %v; want ErrIncomplete", stage, overall, err)
	}
	if got := err.Error(); got != `dimension "tools": assessment incomplete` {
		t.Errorf("message = %q", got)
	}
	if s := a.Scores()[4]; !math.IsNaN(s.Score) || s.Answered != 0 {
		t.Errorf("unanswered dimension = %+v, want NaN score", s)
	}
}

func TestMaturityQuestions(t *testing.T) {
	dims := MaturityDimensions()
	if len(dims) != 5 {
		t.Fatalf("%d dimensions, want 5", len(dims))
	}
	seen := map[string]bool{}
	for _, d := range dims {
		if n := len(d.Questions); n < 3 || n > 4 {
			t.Errorf("%s has %d questions, want 3–4", d.ID, n)
		}
		if d.Name.FR == "" || d.Name.EN == "" {
			t.Errorf("%s unnamed", d.ID)
		}
		for _, q := range d.Questions {
			if seen[q.ID] || q.Text.FR == "" || q.Text.EN == "" || q.Text.FR == q.Text.EN {
				t.Errorf("question %q duplicated or not translated", q.ID)
			}
			seen[q.ID] = true
		}
	}
	dims[0].Questions[0].ID = "changed"
	if MaturityDimensions()[0].Questions[0].ID == "changed" {
		t.Error("MaturityDimensions shares the package's questions")
	}
	if len(AnswerScale) != MaxAnswer+1 {
		t.Errorf("answer scale has %d labels, want %d", len(AnswerScale), MaxAnswer+1)
	}
	for _, s := range []Stage{StageDeclenchement, StageDeveloppement, StageStructuration} {
		if s.Text("fr") == "" || s.Text("en") == "" {
			t.Errorf("%s unnamed", s)
		}
	}
}
