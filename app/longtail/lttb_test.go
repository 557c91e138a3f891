package longtail

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestLTTBLogLog(t *testing.T) {
	xs := continuousPowerLaw(rand.New(rand.NewPCG(2, 3)), 100000, 2.2, 1)
	series := NewSample(xs).RankSize()
	for _, target := range []int{3, 100, 1000} {
		got, err := LTTBLogLog(series, target)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) > target || got[0] != series[0] || got[len(got)-1] != series[len(series)-1] {
			t.Errorf("target %d: %d points, ends %v %v", target, len(got), got[0], got[len(got)-1])
		}
		if target > 3 && len(got) < target*9/10 {
			t.Errorf("target %d: only %d points", target, len(got))
		}
		for i := 1; i < len(got); i++ {
			if got[i].X <= got[i-1].X || got[i].Y > got[i-1].Y {
				t.Errorf("target %d: not monotone at %d", target, i)
			}
		}
		// The reduced polyline, interpolated in log–log space, stays within
		// 2 % of the log-value range of every original point.
		if target >= 100 {
			maxErr := maxLogDeviation(series, got)
			span := math.Log(series[0].Y / series[len(series)-1].Y)
			if maxErr > 0.02*span {
				t.Errorf("target %d: deviation %.4f of a log range %.2f", target, maxErr, span)
			}
		}
	}
	// The head keeps every rank: ranks 1…10 span a decade of the log axis.
	got, _ := LTTBLogLog(series, 200)
	for r := 1; r <= 10; r++ {
		if got[r-1].X != float64(r) {
			t.Errorf("rank %d missing from the head: %v", r, got[:12])
			break
		}
	}
}

// maxLogDeviation returns the largest |ln y − interpolated ln y| over the
// original points, interpolating the reduced series linearly in ln x.
func maxLogDeviation(original, reduced []Point) float64 {
	worst, j := 0.0, 0
	for _, p := range original {
		for j+1 < len(reduced) && reduced[j+1].X < p.X {
			j++
		}
		a, b := reduced[j], reduced[min(j+1, len(reduced)-1)]
		y := math.Log(a.Y)
		if b.X > a.X {
			f := math.Log(p.X/a.X) / math.Log(b.X/a.X)
			y += f * math.Log(b.Y/a.Y)
		}
		worst = math.Max(worst, math.Abs(math.Log(p.Y)-y))
	}
	return worst
}

func TestLTTBLogLogSmallAndErrors(t *testing.T) {
	pts := []Point{{1, 5}, {2, 3}, {3, 1}}
	if got, err := LTTBLogLog(pts, 3); err != nil || !slices.Equal(got, pts) {
		t.Errorf("short series: %v, %v", got, err)
	}
	if got, _ := LTTBLogLog([]Point{{1, 5}, {2, 3}, {3, 1}, {4, 1}}, 2); len(got) != 2 {
		t.Errorf("target 2: %v", got)
	}
	// Peaks survive: a spike in the middle of a flat series is kept.
	var spike []Point
	for i := 1; i <= 1000; i++ {
		y := 1.0
		if i == 500 {
			y = 100
		}
		spike = append(spike, Point{float64(i), y})
	}
	got, _ := LTTBLogLog(spike, 20)
	if !slices.Contains(got, Point{500, 100}) {
		t.Errorf("the spike at x = 500 was dropped: %v", got)
	}
	for _, c := range []struct {
		pts    []Point
		target int
	}{{pts, 1}, {[]Point{{2, 1}, {1, 1}}, 5}, {[]Point{{1, -1}}, 5}} {
		if _, err := LTTBLogLog(c.pts, c.target); !errors.Is(err, ErrInvalidArgument) {
			t.Errorf("LTTBLogLog(%v, %d): err = %v", c.pts, c.target, err)
		}
	}
}
