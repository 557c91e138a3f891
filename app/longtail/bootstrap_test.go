package longtail

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
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
	g, err := newResampler(NewSample([]float64{1}), fit, "Bootstrap")
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

// bootstrapCase is a sample and its fit for the partition tests.
type bootstrapCase struct {
	name string
	s    *Sample
	fit  PowerLaw
}

func bootstrapCases(t testing.TB) []bootstrapCase {
	t.Helper()
	var out []bootstrapCase
	for _, c := range []struct {
		name string
		xs   []float64
		opt  Options
	}{
		{"continuous", continuousPowerLaw(rand.New(rand.NewPCG(11, 1)), 400, 2.5, 1), Options{}},
		{"discrete", discretePowerLaw(rand.New(rand.NewPCG(12, 1)), 400, 2.2, 1), Options{}},
		{"coarse-to-fine", paretoMixture(400, 2.5, true, 13), Options{Search: SearchCoarseToFine}},
		{"fixed x_min", paretoMixture(400, 2.5, true, 13), Options{XMin: 3}},
		// Some refits fail (a resample of only ones has no variation).
		{"failures", []float64{1, 1, 1, 1, 1, 1, 1, 1, 2, 3}, Options{XMin: 1}},
	} {
		s := NewSample(c.xs)
		fit, err := Fit(s, c.opt)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, bootstrapCase{c.name, s, fit})
	}
	return out
}

// runParts computes the test as the given ranges, in that order.
func runParts(t testing.TB, c bootstrapCase, opt BootstrapOptions, ranges []ResampleRange) []BootstrapPartial {
	t.Helper()
	parts := make([]BootstrapPartial, len(ranges))
	for j, r := range ranges {
		p, err := BootstrapPart(context.Background(), c.s, c.fit, opt, r.First, r.Count)
		if err != nil {
			t.Fatalf("part %+v: %v", r, err)
		}
		if p.First != r.First || p.Count != r.Count || p.Done() != r.Count {
			t.Fatalf("part %+v: %+v", r, p)
		}
		parts[j] = p
	}
	return parts
}

// The same seed gives the same result however the resamples are split.
func TestBootstrapPartsSameResult(t *testing.T) {
	const total = 42
	for _, c := range bootstrapCases(t) {
		opt := BootstrapOptions{Resamples: total, Seed: 7}
		want, err := Bootstrap(context.Background(), c.s, c.fit, opt)
		if err != nil {
			t.Fatal(err)
		}
		if want.Resamples+want.Failed != total {
			t.Fatalf("%s: %+v", c.name, want)
		}
		for _, k := range []int{1, 2, 3, 7, total, total + 5} {
			t.Run(fmt.Sprintf("%s/parts=%d", c.name, k), func(t *testing.T) {
				got, err := MergeBootstrap(runParts(t, c, opt, SplitResamples(total, k))...)
				if err != nil || got != want {
					t.Errorf("merged: %+v, %v; one call: %+v", got, err, want)
				}
			})
		}
		// Uneven parts, including empty ones.
		t.Run(c.name+"/uneven", func(t *testing.T) {
			ranges := []ResampleRange{{0, 1}, {1, 0}, {1, 30}, {31, 2}, {33, 9}, {42, 0}}
			got, err := MergeBootstrap(runParts(t, c, opt, ranges)...)
			if err != nil || got != want {
				t.Errorf("merged: %+v, %v; one call: %+v", got, err, want)
			}
		})
	}
}

// Another seed gives other resamples (the seed reaches every stream).
func TestBootstrapSeedMatters(t *testing.T) {
	c := bootstrapCases(t)[0]
	results := map[int]bool{}
	for seed := range uint64(8) {
		g, err := Bootstrap(context.Background(), c.s, c.fit, BootstrapOptions{Resamples: 60, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		results[g.AtLeastAsFar] = true
	}
	if len(results) < 3 {
		t.Errorf("8 seeds give %d distinct counts: %v", len(results), results)
	}
	seen := map[[2]uint64]bool{}
	for seed := range uint64(50) {
		for i := range 200 {
			hi, lo := resampleSeed(seed, i)
			if seen[[2]uint64{hi, lo}] {
				t.Fatalf("seed %d resample %d: stream already used", seed, i)
			}
			seen[[2]uint64{hi, lo}] = true
		}
	}
}

// The parts merge to the same result in any order, and after a JSON round
// trip (what a Web Worker posts back).
func TestMergeBootstrapOrderAndJSON(t *testing.T) {
	c := bootstrapCases(t)[1]
	opt := BootstrapOptions{Resamples: 35, Seed: 3}
	parts := runParts(t, c, opt, SplitResamples(35, 5))
	want, err := MergeBootstrap(parts...)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 1))
	for range 20 {
		shuffled := slices.Clone(parts)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got, err := MergeBootstrap(shuffled...); err != nil || got != want {
			t.Errorf("order %v: %+v, %v; want %+v", shuffled, got, err, want)
		}
	}
	data, err := json.Marshal(parts)
	if err != nil {
		t.Fatal(err)
	}
	var back []BootstrapPartial
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back, parts) {
		t.Errorf("JSON round trip: %s gives %+v", data, back)
	}
	if got, err := MergeBootstrap(back...); err != nil || got != want {
		t.Errorf("after JSON: %+v, %v; want %+v", got, err, want)
	}
}

func TestMergeBootstrapErrors(t *testing.T) {
	c := bootstrapCases(t)[0]
	opt := BootstrapOptions{Resamples: 20, Seed: 1}
	a, b := runParts(t, c, opt, []ResampleRange{{0, 10}})[0], runParts(t, c, opt, []ResampleRange{{10, 10}})[0]
	other := runParts(t, c, BootstrapOptions{Resamples: 20, Seed: 2}, []ResampleRange{{10, 10}})[0]
	overlap := runParts(t, c, opt, []ResampleRange{{5, 15}})[0]
	cancelled := b
	cancelled.Resamples--
	for name, parts := range map[string][]BootstrapPartial{
		"no part":      nil,
		"gap":          {a},
		"gap inside":   {b},
		"overlap":      {a, overlap},
		"twice":        {a, b, b},
		"other seed":   {a, other},
		"other total":  {a, runParts(t, c, BootstrapOptions{Resamples: 30, Seed: 1}, []ResampleRange{{10, 20}})[0]},
		"cancelled":    {a, cancelled},
		"zero partial": {{}},
	} {
		if g, err := MergeBootstrap(parts...); !errors.Is(err, ErrInvalidArgument) {
			t.Errorf("%s: %+v, %v; want ErrInvalidArgument", name, g, err)
		}
	}
}

func TestBootstrapPartCancel(t *testing.T) {
	c := bootstrapCases(t)[0]
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls []int
	opt := BootstrapOptions{Resamples: 100, Seed: 5, Progress: func(done, total int) {
		if total != 30 {
			t.Errorf("progress total %d, want the part's 30", total)
		}
		calls = append(calls, done)
		if done == 4 {
			cancel()
		}
	}}
	p, err := BootstrapPart(ctx, c.s, c.fit, opt, 50, 30)
	var e *Error
	if !errors.Is(err, context.Canceled) || !errors.As(err, &e) || e.Op != "BootstrapPart" || p.Done() != 4 || p.Count != 30 {
		t.Fatalf("after cancel: %+v, %v; want 4 of 30 done and context.Canceled", p, err)
	}
	if !slices.Equal(calls, []int{1, 2, 3, 4}) {
		t.Errorf("progress calls %v", calls)
	}
	// The 4 resamples done are those of the part 50…53.
	opt.Progress = nil
	want := runParts(t, c, opt, []ResampleRange{{50, 4}})[0]
	if p.AtLeastAsFar != want.AtLeastAsFar || p.Resamples != want.Resamples || p.Failed != want.Failed {
		t.Errorf("cancelled part %+v, part of 4: %+v", p, want)
	}
	if _, err := MergeBootstrap(p); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("merging a cancelled part: %v", err)
	}
	// A context cancelled before the start: nothing done.
	if p, err := BootstrapPart(ctx, c.s, c.fit, opt, 0, 10); !errors.Is(err, context.Canceled) || p.Done() != 0 {
		t.Errorf("cancelled before the start: %+v, %v", p, err)
	}
}

func TestBootstrapPartErrors(t *testing.T) {
	c := bootstrapCases(t)[0]
	other := bootstrapCases(t)[1]
	opt := BootstrapOptions{Resamples: 20}
	for _, r := range []struct {
		s            *Sample
		opt          BootstrapOptions
		first, count int
	}{
		{c.s, opt, -1, 5},
		{c.s, opt, 0, -1},
		{c.s, opt, 15, 6},
		{c.s, opt, 21, 0},
		{c.s, opt, 1, math.MaxInt},
		{c.s, BootstrapOptions{Resamples: -3}, 0, 1},
		{other.s, opt, 0, 5},
	} {
		if p, err := BootstrapPart(context.Background(), r.s, c.fit, r.opt, r.first, r.count); !errors.Is(err, ErrInvalidArgument) {
			t.Errorf("BootstrapPart(%+v, %d, %d) = %+v, %v; want ErrInvalidArgument", r.opt, r.first, r.count, p, err)
		}
	}
	// Resamples 0 is DefaultResamples, as in Bootstrap.
	p, err := BootstrapPart(context.Background(), c.s, c.fit, BootstrapOptions{}, DefaultResamples-2, 2)
	if err != nil || p.Total != DefaultResamples || p.Done() != 2 {
		t.Errorf("default total: %+v, %v", p, err)
	}
}

func TestSplitResamples(t *testing.T) {
	for _, c := range []struct {
		total, parts int
		want         []ResampleRange
	}{
		{10, 1, []ResampleRange{{0, 10}}},
		{10, 3, []ResampleRange{{0, 4}, {4, 3}, {7, 3}}},
		{2, 4, []ResampleRange{{0, 1}, {1, 1}, {2, 0}, {2, 0}}},
		{5, 0, []ResampleRange{{0, 5}}},
		{0, 2, []ResampleRange{{0, DefaultResamples / 2}, {DefaultResamples / 2, DefaultResamples / 2}}},
	} {
		if got := SplitResamples(c.total, c.parts); !slices.Equal(got, c.want) {
			t.Errorf("SplitResamples(%d, %d) = %v, want %v", c.total, c.parts, got, c.want)
		}
	}
}
