package longtail

import (
	"slices"
	"testing"
)

// The sample {1, 2, 2, 3} (total 8) used across the descriptive tests.
func smallSample() *Sample { return NewSample([]float64{3, 2, 0, 1, 2}) }

func TestRankSize(t *testing.T) {
	got := smallSample().RankSize()
	want := []Point{{1, 3}, {2, 2}, {3, 2}, {4, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("RankSize = %v, want %v", got, want)
	}
	// A run of 5 equal values is compressed to its two ends.
	got = NewSample([]float64{7, 1, 1, 1, 1, 1}).RankSize()
	want = []Point{{1, 7}, {2, 1}, {6, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("RankSize with a run = %v, want %v", got, want)
	}
	if got := NewSample(nil).RankSize(); len(got) != 0 {
		t.Errorf("RankSize of an empty sample = %v, want none", got)
	}
}

func TestCCDF(t *testing.T) {
	got := smallSample().CCDF()
	want := []Point{{1, 1}, {2, 0.75}, {3, 0.25}}
	if !slices.Equal(got, want) {
		t.Errorf("CCDF = %v, want %v", got, want)
	}
}

func TestLorenz(t *testing.T) {
	got := smallSample().Lorenz()
	want := []Point{{0, 0}, {0.25, 0.125}, {0.75, 0.625}, {1, 1}}
	if !slices.Equal(got, want) {
		t.Errorf("Lorenz = %v, want %v", got, want)
	}
	if got := NewSample(nil).Lorenz(); got != nil {
		t.Errorf("Lorenz of an empty sample = %v, want nil", got)
	}
}
