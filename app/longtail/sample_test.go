package longtail

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestNewSample(t *testing.T) {
	s := NewSample([]float64{0, -1, math.NaN(), math.Inf(1), math.Inf(-1), 3, 1, 2, 2, math.Copysign(0, -1)})
	if s.N() != 4 || s.Distinct() != 3 {
		t.Fatalf("N, Distinct = %d, %d, want 4, 3", s.N(), s.Distinct())
	}
	want := Excluded{Zero: 2, Negative: 1, NaN: 1, Inf: 2}
	if s.Excluded() != want || s.Excluded().Total() != 6 {
		t.Errorf("Excluded = %+v (total %d), want %+v (total 6)", s.Excluded(), s.Excluded().Total(), want)
	}
	if !slices.Equal(s.values, []float64{1, 2, 3}) || !slices.Equal(s.counts, []int{1, 2, 1}) {
		t.Errorf("groups = %v × %v", s.values, s.counts)
	}
	if !s.Integers() {
		t.Error("Integers() = false for {1, 2, 2, 3}")
	}
}

func TestIntegers(t *testing.T) {
	for _, c := range []struct {
		name string
		xs   []float64
		want bool
	}{
		{"counts", []float64{1, 5, 100}, true},
		{"fraction", []float64{1, 2.5}, false},
		{"beyond 2^53", []float64{1, 1 << 54}, false},
		{"empty", nil, false},
	} {
		if got := NewSample(c.xs).Integers(); got != c.want {
			t.Errorf("%s: Integers() = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestNewSampleCounts(t *testing.T) {
	s, err := NewSampleCounts([]float64{3, 0, 1, 3, 7}, []int{2, 5, 1, 1, 0})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(s.values, []float64{1, 3}) || !slices.Equal(s.counts, []int{1, 3}) || s.N() != 4 {
		t.Errorf("groups = %v × %v, N = %d; want [1 3] × [1 3], N = 4", s.values, s.counts, s.N())
	}
	if s.Excluded().Zero != 5 {
		t.Errorf("Excluded.Zero = %d, want 5 (the multiplicity of 0)", s.Excluded().Zero)
	}
	_, err = NewSampleCounts([]float64{1, 2}, []int{1})
	if !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("length mismatch: err = %v, want ErrInvalidArgument", err)
	}
	_, err = NewSampleCounts([]float64{1, 2}, []int{1, -3})
	var e *Error
	if !errors.Is(err, ErrInvalidRow) || !errors.As(err, &e) || e.Row != 1 {
		t.Errorf("negative count: err = %v, want ErrInvalidRow at row 1", err)
	}
}

// The radix sort must agree with the standard library on positive values,
// including subnormals, huge values and ties.
func TestSortPositive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	xs := make([]float64, 10000)
	for i := range xs {
		switch i % 4 {
		case 0:
			xs[i] = math.Exp(r.NormFloat64() * 200)
		case 1:
			xs[i] = float64(r.IntN(50) + 1)
		case 2:
			xs[i] = math.SmallestNonzeroFloat64 * float64(r.IntN(1000)+1)
		default:
			xs[i] = math.MaxFloat64 / float64(r.IntN(1000)+1)
		}
	}
	want := slices.Clone(xs)
	slices.Sort(want)
	sortPositive(xs)
	if !slices.Equal(xs, want) {
		t.Error("sortPositive differs from slices.Sort")
	}
}
