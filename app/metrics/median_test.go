package metrics

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		xs   []float64
		want float64
		ok   bool
	}{
		{"empty", nil, 0, false},
		{"one", []float64{7}, 7, true},
		{"two", []float64{4, 1}, 2.5, true},
		{"odd", []float64{5, 1, 3}, 3, true},
		{"even", []float64{8, 2, 6, 4}, 5, true},       // (4 + 6) ÷ 2
		{"ties", []float64{2, 2, 2, 9, 1, 2}, 2, true}, // {1, 2, 2, 2, 2, 9}
		{"zeros", []float64{0, 0, 0, 1}, 0, true},
		{"long tail", []float64{120, 80, 95, 6_000_000, 110}, 110, true},
	}
	for _, tt := range tests {
		got, ok := median(slices.Clone(tt.xs))
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("%s: median(%v) = %v, %v; want %v, %v", tt.name, tt.xs, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMedianMatchesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 1; n < 300; n++ {
		xs := make([]float64, n)
		for i := range xs {
			switch n % 3 {
			case 0:
				xs[i] = float64(rng.IntN(5)) // many ties
			case 1:
				xs[i] = rng.ExpFloat64() * 1000
			default:
				xs[i] = float64(n - i) // sorted descending
			}
		}
		sorted := slices.Clone(xs)
		slices.Sort(sorted)
		want := sorted[n/2]
		if n%2 == 0 {
			want = (sorted[n/2-1] + sorted[n/2]) / 2
		}
		if got, _ := median(xs); !near(got, want) {
			t.Fatalf("n=%d: median = %v, want %v", n, got, want)
		}
	}
}
