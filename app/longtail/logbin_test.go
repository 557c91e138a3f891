package longtail

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestLogBinCCDF(t *testing.T) {
	for _, discrete := range []bool{false, true} {
		xs := continuousPowerLaw(rand.New(rand.NewPCG(1, 3)), 100000, 2.2, 1)
		if discrete {
			for i := range xs {
				xs[i] = math.Round(xs[i])
			}
		}
		ccdf := NewSample(xs).CCDF()
		for _, target := range []int{3, 50, 500} {
			got, err := LogBinCCDF(ccdf, target)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) > target || got[0] != ccdf[0] || got[len(got)-1] != ccdf[len(ccdf)-1] {
				t.Errorf("target %d: %d points, ends %v %v", target, len(got), got[0], got[len(got)-1])
			}
			for i := 1; i < len(got); i++ {
				if got[i].X <= got[i-1].X || got[i].Y > got[i-1].Y {
					t.Errorf("target %d: not monotone at %d: %v then %v", target, i, got[i-1], got[i])
				}
			}
			// Every original point lies within δ = 2/(target−2) (log x and log
			// y rescaled to [0, 1], Manhattan distance) of the last kept point
			// at or before it.
			if target > 2 && len(ccdf) > target {
				delta := 2 / float64(target-2)
				lx, ly, _ := logCoordinates("test", ccdf)
				k := 0
				for i := range ccdf {
					if j, found := slices.BinarySearchFunc(got, ccdf[i].X, func(p Point, x float64) int {
						switch {
						case p.X < x:
							return -1
						case p.X > x:
							return 1
						}
						return 0
					}); found && got[j] == ccdf[i] {
						k = i
						continue
					}
					if d := math.Abs(lx[i]-lx[k]) + math.Abs(ly[i]-ly[k]); d > delta+1e-12 {
						t.Errorf("target %d: point %d is %v from the kept point %d, above δ = %v", target, i, d, k, delta)
						break
					}
				}
			}
		}
	}
}

func TestLogBinCCDFSmallAndErrors(t *testing.T) {
	pts := []Point{{1, 1}, {2, 0.5}, {4, 0.1}}
	got, err := LogBinCCDF(pts, 10)
	if err != nil || !slices.Equal(got, pts) {
		t.Errorf("short series: %v, %v", got, err)
	}
	if got, _ := LogBinCCDF([]Point{{1, 1}, {2, 0.5}, {4, 0.1}, {8, 0.01}}, 2); len(got) != 2 || got[1] != (Point{8, 0.01}) {
		t.Errorf("target 2: %v, want the two ends", got)
	}
	for _, c := range []struct {
		pts    []Point
		target int
	}{{pts, 1}, {[]Point{{0, 1}, {1, 1}}, 5}, {[]Point{{1, math.NaN()}}, 5}, {[]Point{{1, 1}, {math.Inf(1), 1}}, 5}} {
		if _, err := LogBinCCDF(c.pts, c.target); !errors.Is(err, ErrInvalidArgument) {
			t.Errorf("LogBinCCDF(%v, %d): err = %v", c.pts, c.target, err)
		}
	}
}
