package longtail

import (
	"math"
	"testing"

	ltt "reachlab/app/analysis/longtail/longtailtest"
	"reachlab/app/data/roles"
	"reachlab/app/longtail"
)

func TestAttentionFromDailyRows(t *testing.T) {
	// Likes per day; a's go down, so the rows are daily counts.
	// a: 10, 6, 4 → 20 in all, 10 after day 1 (50 %), half by day 1.
	// b: 8, 2 → 10 in all, 2 after day 1 (20 %), half at 5/8 day.
	const daily = "post,date,likes\na,2026-03-01,10\na,2026-03-02,6\na,2026-03-03,4\nb,2026-03-01,8\nb,2026-03-02,2\n"
	a := attentionOf(ltt.ReadTable(t, daily, ltt.AttentionRoles), []int{0, 1, 2, 3, 4}, "likes")
	if a.Status != AttentionReady || a.Cumulative || a.Posts != 2 {
		t.Fatalf("attention %+v", a)
	}
	day1 := a.Result.Pooled[0]
	// Pooled: (10 + 2) / (20 + 10) = 40 %.
	if day1.Day != 1 || math.Abs(day1.Share-0.4) > 1e-12 || day1.Posts != 2 {
		t.Errorf("after day 1: %+v", day1)
	}
	if a.Result.Pooled[1].Status != longtail.Unobserved {
		t.Errorf("after day 7: %+v, want unobserved", a.Result.Pooled[1])
	}
	// Median of 1 and 0.625 days.
	if math.Abs(a.Result.MedianHalfLife-0.8125) > 1e-12 {
		t.Errorf("median half-life %v, want 0.8125", a.Result.MedianHalfLife)
	}
}

func TestAttentionFromSnapshots(t *testing.T) {
	// Cumulative readings that never go down: a reaches 10, 16, 20 at ages
	// 0, 1, 7 days; b 5 then 10 at ages 0 and 2. After day 1: a 4 of 20, b
	// 10 − 7.5 (interpolated) = 2.5 of 10; pooled 6.5/30.
	const snapshots = "post,date,likes\na,2026-03-01,10\na,2026-03-02,16\na,2026-03-08,20\nb,2026-03-01,5\nb,2026-03-03,10\n"
	a := attentionOf(ltt.ReadTable(t, snapshots, ltt.AttentionRoles), []int{0, 1, 2, 3, 4}, "likes")
	if a.Status != AttentionReady || !a.Cumulative {
		t.Fatalf("attention %+v", a)
	}
	if got := a.Result.Pooled[0].Share; math.Abs(got-6.5/30) > 1e-12 {
		t.Errorf("after day 1: %v, want 6.5/30", got)
	}
}

func TestAttentionNeedsSeveralRowsPerPost(t *testing.T) {
	one := "post,date,likes\na,2026-03-01,10\nb,2026-03-02,6\n"
	if a := attentionOf(ltt.ReadTable(t, one, ltt.AttentionRoles), []int{0, 1}, "likes"); a.Status != AttentionOneRow {
		t.Errorf("one row per post: status %d", a.Status)
	}
	if a := attentionOf(ltt.ReadTable(t, one, map[string]roles.Role{"post": roles.Message}), []int{0, 1}, "likes"); a.Status != AttentionNoColumns {
		t.Errorf("no date: status %d", a.Status)
	}
	// Two rows for post a on the same day, and values going down: not a
	// series of daily counts.
	twice := "post,date,likes\na,2026-03-01,10\na,2026-03-01,6\n"
	if a := attentionOf(ltt.ReadTable(t, twice, ltt.AttentionRoles), []int{0, 1}, "likes"); a.Status != AttentionBadRows || a.ErrRow != 2 {
		t.Errorf("same day twice: status %d, row %d", a.Status, a.ErrRow)
	}
}
