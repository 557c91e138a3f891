package plan

import (
	"errors"
	"math"
	"testing"
)

func TestSampleMessagesScores(t *testing.T) {
	// Weights 2, 2, 3, 2, 1 (Σ = 10), so score = 100 × Σ wᵢsᵢ / 50 = 2 × Σ wᵢsᵢ.
	want := map[string]struct {
		score float64
		band  BandCode
	}{
		"outage-journalist": {92, RespondNow},      // 2·5 + 2·4 + 3·5 + 2·4 + 1·5 = 46
		"billing-customer":  {54, RespondToday},    // 2·1 + 2·3 + 3·4 + 2·1 + 1·5 = 27
		"compliment":        {14, Monitor},         // 2·1 + 0 + 0 + 2·1 + 1·3 = 7
		"expert-suggestion": {46, RespondThisWeek}, // 2·4 + 2·1 + 3·1 + 2·3 + 1·4 = 23
		"viral-joke":        {44, RespondThisWeek}, // 2·2 + 2·2 + 3·1 + 2·5 + 1·1 = 22
		"safety-report":     {72, RespondNow},      // 2·1 + 2·5 + 3·5 + 2·2 + 1·5 = 36
	}
	s := DefaultResponseScoring("fr")
	msgs := SampleMessages()
	if len(msgs) != len(want) {
		t.Fatalf("%d samples, want %d", len(msgs), len(want))
	}
	for _, m := range msgs {
		got, err := s.Score(m.Ratings)
		if err != nil {
			t.Fatalf("%s: %v", m.ID, err)
		}
		w := want[m.ID]
		if !sameFloat(got, w.score) || s.Band(got) != w.band {
			t.Errorf("%s: score %v band %q, want %v %q", m.ID, got, s.Band(got), w.score, w.band)
		}
		if m.Text.FR == "" || m.Text.EN == "" {
			t.Errorf("%s: missing text", m.ID)
		}
	}
	msgs[0].Ratings["influence"] = 0
	if SampleMessages()[0].Ratings["influence"] != 5 {
		t.Error("SampleMessages shares its maps between calls")
	}
}

func TestScore(t *testing.T) {
	two := ResponseScoring{Criteria: []Criterion{{ID: "a", Weight: 1}, {ID: "b", Weight: 3}}}
	tests := []struct {
		name    string
		s       ResponseScoring
		ratings map[string]float64
		want    float64
		err     error
	}{
		{"weighted mean", two, map[string]float64{"a": 5, "b": 1}, 40, nil},          // 100·(5+3)/(5·4)
		{"all top", two, map[string]float64{"a": 5, "b": 5}, 100, nil},               // 100·20/20
		{"all zero", two, map[string]float64{"a": 0, "b": 0}, 0, nil},                //
		{"fractional ratings", two, map[string]float64{"a": 2.5, "b": 4.5}, 80, nil}, // 100·(2.5+13.5)/20
		{"unknown ratings ignored", two, map[string]float64{"a": 5, "b": 1, "z": 5}, 40, nil},
		{"zero weight switches off", ResponseScoring{Criteria: []Criterion{{ID: "a", Weight: 0}, {ID: "b", Weight: 2}}},
			map[string]float64{"a": 5, "b": 3}, 60, nil}, // 100·6/10
		{"missing rating", two, map[string]float64{"a": 5}, math.NaN(), ErrMissingRating},
		{"NaN rating", two, map[string]float64{"a": 5, "b": math.NaN()}, math.NaN(), ErrMissingRating},
		{"rating above 5", two, map[string]float64{"a": 6, "b": 1}, math.NaN(), ErrRatingOutOfRange},
		{"negative rating", two, map[string]float64{"a": -1, "b": 1}, math.NaN(), ErrRatingOutOfRange},
		{"no criteria", ResponseScoring{}, nil, math.NaN(), ErrNoWeight},
		{"all weights zero", ResponseScoring{Criteria: []Criterion{{ID: "a"}}}, map[string]float64{"a": 1}, math.NaN(), ErrNoWeight},
		{"negative weight", ResponseScoring{Criteria: []Criterion{{ID: "a", Weight: -1}, {ID: "b", Weight: 2}}},
			map[string]float64{"a": 1, "b": 1}, math.NaN(), ErrBadWeight},
		{"infinite weight", ResponseScoring{Criteria: []Criterion{{ID: "a", Weight: math.Inf(1)}}},
			map[string]float64{"a": 1}, math.NaN(), ErrBadWeight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.s.Score(tt.ratings)
			if !sameFloat(got, tt.want) || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Fatalf("Score = %v, %v; want %v, %v", got, err, tt.want, tt.err)
			}
		})
	}
}

func TestBand(t *testing.T) {
	s := DefaultResponseScoring("en")
	tests := []struct {
		score float64
		want  BandCode
	}{
		{100, RespondNow}, {70, RespondNow}, {69.99, RespondToday}, {50, RespondToday},
		{49.9, RespondThisWeek}, {30, RespondThisWeek}, {29.9, Monitor}, {0, Monitor},
		{-1, ""}, {math.NaN(), ""},
	}
	for _, tt := range tests {
		if got := s.Band(tt.score); got != tt.want {
			t.Errorf("Band(%v) = %q, want %q", tt.score, got, tt.want)
		}
	}
	unsorted := ResponseScoring{Bands: []Band{{Monitor, 0}, {RespondNow, 90}, {RespondToday, 40}}}
	if got := unsorted.Band(45); got != RespondToday {
		t.Errorf("unsorted bands: Band(45) = %q, want %q", got, RespondToday)
	}
	for _, b := range BandCodes {
		if b.Text("fr") == "" || b.Text("en") == "" {
			t.Errorf("%s has no name", b)
		}
	}
}

func TestDefaultResponseScoring(t *testing.T) {
	fr, en := DefaultResponseScoring("fr"), DefaultResponseScoring("en")
	wantIDs := []string{"influence", "sentiment", "urgency", "reach", "relevance"}
	wantWeights := []float64{2, 2, 3, 2, 1}
	for i, c := range fr.Criteria {
		if c.ID != wantIDs[i] || c.Weight != wantWeights[i] || en.Criteria[i].ID != c.ID {
			t.Errorf("criterion %d = %+v", i, c)
		}
		if c.Name == en.Criteria[i].Name || c.Description == "" || en.Criteria[i].Description == "" {
			t.Errorf("criterion %d not named in both languages: %q / %q", i, c.Name, en.Criteria[i].Name)
		}
	}
	if fr.Criteria[0].Name != "Influence de l'auteur" || en.Criteria[0].Name != "Author influence" {
		t.Errorf("names = %q, %q", fr.Criteria[0].Name, en.Criteria[0].Name)
	}
	name, descr, ok := CriterionText("urgency")
	if !ok || name.FR != fr.Criteria[2].Name || name.EN != en.Criteria[2].Name || descr.EN != en.Criteria[2].Description {
		t.Errorf("CriterionText(urgency) = %+v %+v %v", name, descr, ok)
	}
	if _, _, ok := CriterionText("vip"); ok {
		t.Error("CriterionText knows a user criterion")
	}
}

func TestExplain(t *testing.T) {
	s := DefaultResponseScoring("fr")
	got, err := s.Explain(SampleMessages()[0].Ratings, "fr")
	if want := "100 × (2×5 + 2×4 + 3×5 + 2×4 + 1×5) ÷ (5 × 10) = 92"; got != want || err != nil {
		t.Errorf("Explain = %q, %v; want %q", got, err, want)
	}
	s.Criteria[2].Weight = 1.5 // Σ = 8.5; 2·1 + 2·3 + 1.5·4 + 2·1 + 1·5 = 21; 100·21/42.5 = 49.41…
	got, _ = s.Explain(SampleMessages()[1].Ratings, "fr")
	if want := "100 × (2×1 + 2×3 + 1,5×4 + 2×1 + 1×5) ÷ (5 × 8,5) = 49,41"; got != want {
		t.Errorf("Explain = %q, want %q", got, want)
	}
	got, _ = s.Explain(SampleMessages()[1].Ratings, "en")
	if want := "100 × (2×1 + 2×3 + 1.5×4 + 2×1 + 1×5) ÷ (5 × 8.5) = 49.41"; got != want {
		t.Errorf("Explain = %q, want %q", got, want)
	}
	if _, err := s.Explain(map[string]float64{}, "en"); !errors.Is(err, ErrMissingRating) {
		t.Errorf("Explain without ratings: %v", err)
	}
	if Formula("fr") == Formula("en") || Formula("fr") == "" {
		t.Error("formula not in both languages")
	}
}

func TestNewCriterion(t *testing.T) {
	c := NewCriterion("Client VIP", 1.5)
	p := fullPlan()
	p.Scoring.Criteria = append(p.Scoring.Criteria, c)
	if err := p.Validate(); err != nil {
		t.Fatalf("a plan with a new criterion is invalid: %v", err)
	}
}
