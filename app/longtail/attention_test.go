package longtail

import (
	"errors"
	"math"
	"testing"
)

func TestAttentionFromSnapshots(t *testing.T) {
	rows := []Snapshot{
		{"A", 1, 50}, {"A", 7, 80}, {"A", 30, 100},
		{"B", 2, 10}, {"B", 5, 8}, {"B", 10, 40}, // 8 < 10: an unlike, kept as 10
		{"C", 3, 0}, {"C", 40, 0},
	}
	got, err := AttentionFromSnapshots(rows, AttentionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := got.Posts[0], got.Posts[1], got.Posts[2]
	checks := []struct {
		name      string
		got, want float64
	}{
		{"A final", a.Final, 100},
		{"A after 1", a.After[0].Share, 0.5},
		{"A after 7", a.After[1].Share, 0.2},
		{"A half-life", a.HalfLife, 1},
		{"B final", b.Final, 40},
		{"B after 1", b.After[0].Share, 35.0 / 40}, // C(1) = 5 on the way to (2, 10)
		{"B after 7", b.After[1].Share, 18.0 / 40}, // C(7) = 10 + 30·2/5 = 22
		{"B half-life", b.HalfLife, 5 + 10.0/30*5},
		{"B decreases", float64(b.Decreases), 1},
		{"pooled after 1", got.Pooled[0].Share, 85.0 / 140},
		{"pooled after 7", got.Pooled[1].Share, 38.0 / 140},
		{"median half-life", got.MedianHalfLife, (1 + 5 + 10.0/30*5) / 2},
	}
	for _, ch := range checks {
		if math.Abs(ch.got-ch.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", ch.name, ch.got, ch.want)
		}
	}
	if a.After[2].Status != Unobserved || !math.IsNaN(a.After[2].Share) {
		t.Errorf("A after 30 (last reading at 30): %+v, want unobserved", a.After[2])
	}
	if c.HalfLifeStatus != NoInteractions || c.After[0].Status != NoInteractions || !math.IsNaN(c.HalfLife) {
		t.Errorf("C with no interactions: %+v", c)
	}
	if got.Pooled[2].Status != Unobserved || got.Pooled[2].Posts != 0 || got.Pooled[0].Posts != 2 || got.HalfLifePosts != 2 {
		t.Errorf("pooled: %+v, half-life posts %d", got.Pooled, got.HalfLifePosts)
	}
}

func TestAttentionHorizon(t *testing.T) {
	rows := []Snapshot{{"A", 1, 50}, {"A", 7, 80}, {"A", 30, 100}, {"short", 5, 10}}
	got, err := AttentionFromSnapshots(rows, AttentionOptions{Days: []float64{1, 7}, Horizon: 7})
	if err != nil {
		t.Fatal(err)
	}
	a, short := got.Posts[0], got.Posts[1]
	if a.Final != 80 || math.Abs(a.After[0].Share-30.0/80) > 1e-12 || a.After[1].Status != Unobserved {
		t.Errorf("A at horizon 7: %+v", a)
	}
	if short.HalfLifeStatus != Unobserved || !math.IsNaN(short.Final) || short.After[0].Status != Unobserved {
		t.Errorf("post observed 5 days, horizon 7: %+v", short)
	}
}

func TestAttentionFromDaily(t *testing.T) {
	rows := []DailyCount{
		{"P", 0, 10}, {"P", 2, 5}, {"P", 1, 5}, // any order
		{"Q", 0, 4}, {"Q", 2, 6}, // day 1 missing
	}
	got, err := AttentionFromDaily(rows, AttentionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, q := got.Posts[0], got.Posts[1]
	if p.Final != 20 || p.LastDay != 3 || p.After[0].Share != 0.5 || p.After[1].Status != Unobserved || p.HalfLife != 1 {
		t.Errorf("P: %+v", p)
	}
	if !q.StoppedAtGap || q.Final != 4 || q.LastDay != 1 || q.HalfLife != 0.5 || q.After[0].Status != Unobserved {
		t.Errorf("Q (gap at day 1): %+v", q)
	}
}

func TestAttentionErrors(t *testing.T) {
	var e *Error
	_, err := AttentionFromSnapshots([]Snapshot{{"A", 1, 5}, {"A", -1, 5}}, AttentionOptions{})
	if !errors.Is(err, ErrInvalidRow) || !errors.As(err, &e) || e.Row != 1 {
		t.Errorf("negative day: %v", err)
	}
	_, err = AttentionFromSnapshots([]Snapshot{{"A", 1, math.NaN()}}, AttentionOptions{})
	if !errors.Is(err, ErrInvalidRow) {
		t.Errorf("NaN total: %v", err)
	}
	_, err = AttentionFromDaily([]DailyCount{{"A", 0, 1}, {"A", 0, 2}}, AttentionOptions{})
	if !errors.Is(err, ErrInvalidRow) || !errors.As(err, &e) || e.Row != 1 {
		t.Errorf("duplicate day: %v", err)
	}
	_, err = AttentionFromDaily(nil, AttentionOptions{Horizon: -1})
	if !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("negative horizon: %v", err)
	}
}
