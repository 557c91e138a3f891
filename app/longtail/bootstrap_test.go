package longtail

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

func TestBootstrapDeterministicAndProgress(t *testing.T) {
	s := NewSample(discretePowerLaw(rand.New(rand.NewPCG(5, 5)), 800, 2.3, 1))
	fit, err := Fit(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var calls []int
	opt := BootstrapOptions{Resamples: 40, Seed: 42, Progress: func(done, total int) {
		if total != 40 {
			t.Errorf("total = %d, want 40", total)
		}
		calls = append(calls, done)
	}}
	a, err := Bootstrap(context.Background(), s, fit, opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Progress = nil
	b, _ := Bootstrap(context.Background(), s, fit, opt)
	if a != b {
		t.Errorf("same seed, different results: %+v vs %+v", a, b)
	}
	if len(calls) != 40 || calls[0] != 1 || calls[39] != 40 {
		t.Errorf("progress calls = %v, want 1…40", calls)
	}
	if a.Resamples != 40 || a.P != float64(a.AtLeastAsFar)/40 || a.Plausible != (a.P >= 0.1) {
		t.Errorf("result %+v is inconsistent", a)
	}
	// Data drawn from the power law itself: p should not be small.
	if a.P < 0.05 {
		t.Errorf("p = %v on power-law data", a.P)
	}
}

// On exponential data the power law must be ruled out.
func TestBootstrapRejects(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	xs := make([]float64, 2000)
	for i := range xs {
		xs[i] = 1 + r.ExpFloat64()
	}
	s := NewSample(xs)
	fit, err := Fit(s, Options{XMin: 1})
	if err != nil {
		t.Fatal(err)
	}
	gof, err := Bootstrap(context.Background(), s, fit, BootstrapOptions{Resamples: 30, Seed: 1})
	if err != nil || gof.P != 0 || gof.Plausible {
		t.Errorf("exponential data: %+v, %v; want p = 0", gof, err)
	}
}

func TestBootstrapCancel(t *testing.T) {
	s := NewSample(continuousPowerLaw(rand.New(rand.NewPCG(7, 7)), 500, 2.5, 1))
	fit, _ := Fit(s, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	opt := BootstrapOptions{Resamples: 1000, Seed: 1, Progress: func(done, _ int) {
		if done == 5 {
			cancel()
		}
	}}
	gof, err := Bootstrap(ctx, s, fit, opt)
	if !errors.Is(err, context.Canceled) || gof.Resamples != 5 {
		t.Errorf("after cancel: %+v, %v; want 5 resamples and context.Canceled", gof, err)
	}
}

func TestBootstrapErrors(t *testing.T) {
	s := NewSample(continuousPowerLaw(rand.New(rand.NewPCG(7, 7)), 100, 2.5, 1))
	fit, _ := Fit(s, Options{})
	other := NewSample(continuousPowerLaw(rand.New(rand.NewPCG(8, 7)), 100, 2.5, 1))
	if _, err := Bootstrap(context.Background(), other, fit, BootstrapOptions{}); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("fit of another sample: err = %v", err)
	}
	if _, err := Bootstrap(context.Background(), s, fit, BootstrapOptions{Resamples: -1}); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("negative resamples: err = %v", err)
	}
}

// The exact discrete sampler must reproduce the power-law probabilities:
// compare the frequencies of x = 1, 2, 3 and of x ≥ 10 with ζ.
func TestDiscreteSamplerFrequencies(t *testing.T) {
	const alpha, n = 2.2, 200000
	fit := PowerLaw{Kind: KindDiscrete, XMin: 1, Alpha: alpha, NTail: 1, N: 1}
	g, err := newResampler(NewSample([]float64{1}), fit)
	if err != nil {
		t.Fatal(err)
	}
	g.n = n
	values, counts := g.draw(rand.New(rand.NewPCG(1, 2)))
	freq := map[float64]int{}
	atLeast10 := 0
	for i, v := range values {
		freq[v] = counts[i]
		if v >= 10 {
			atLeast10 += counts[i]
		}
	}
	z := HurwitzZeta(alpha, 1)
	check := func(name string, got int, p float64) {
		sd := math.Sqrt(n * p * (1 - p))
		if math.Abs(float64(got)-n*p) > 4*sd {
			t.Errorf("%s: %d draws, expected %.0f ± %.0f", name, got, n*p, sd)
		}
	}
	check("x=1", freq[1], 1/z)
	check("x=2", freq[2], math.Pow(2, -alpha)/z)
	check("x=3", freq[3], math.Pow(3, -alpha)/z)
	check("x≥10", atLeast10, HurwitzZeta(alpha, 10)/z)
}
