package longtail

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"testing"
)

// paretoMixture returns n values: with probability 0.7 a Pareto draw
// x = (1−u)^(−1/(α−1)) (density exponent alpha, x ≥ 1), otherwise an
// exponential body value of mean 2; rounded to whole numbers when discrete
// (heavy ties, like social media counts; zeros are kept and excluded later).
func paretoMixture(n int, alpha float64, discrete bool, seed uint64) []float64 {
	r := rand.New(rand.NewPCG(seed, 7))
	xs := make([]float64, n)
	for i := range xs {
		x := math.Pow(1-r.Float64(), -1/(alpha-1))
		if r.Float64() < 0.3 {
			x = 2 * r.ExpFloat64()
		}
		if discrete {
			x = math.Round(x)
		}
		xs[i] = x
	}
	return xs
}

var sizes = []int{10_000, 100_000, 1_000_000}

func BenchmarkNewSample(b *testing.B) {
	for _, kind := range []Kind{KindContinuous, KindDiscrete} {
		for _, n := range sizes {
			xs := paretoMixture(n, 2.5, kind == KindDiscrete, 1)
			b.Run(fmt.Sprintf("%v/n=%d", kind, n), func(b *testing.B) {
				for b.Loop() {
					NewSample(xs)
				}
			})
		}
	}
}

// BenchmarkFit measures the x_min scan and α (the sample is sorted once,
// outside the loop, as in the UI).
func BenchmarkFit(b *testing.B) {
	for _, kind := range []Kind{KindContinuous, KindDiscrete} {
		for _, n := range sizes {
			s := NewSample(paretoMixture(n, 2.5, kind == KindDiscrete, 1))
			b.Run(fmt.Sprintf("%v/n=%d", kind, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := Fit(s, Options{Kind: kind}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkBootstrap measures 100 resamples; 1000 take ten times as long.
func BenchmarkBootstrap(b *testing.B) {
	for _, kind := range []Kind{KindContinuous, KindDiscrete} {
		s := NewSample(paretoMixture(10_000, 2.5, kind == KindDiscrete, 1))
		fit, err := Fit(s, Options{Kind: kind})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%v/n=10000/resamples=100", kind), func(b *testing.B) {
			for b.Loop() {
				if _, err := Bootstrap(context.Background(), s, fit, BootstrapOptions{Resamples: 100, Seed: 1}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBootstrapPart measures the parts of a test of 1000 resamples
// that one worker (part=1of1) or each of two workers (part=1of2: resamples
// 0…499, part=2of2: 500…999) computes; run the two halves in two processes
// at once to see the speed-up.
func BenchmarkBootstrapPart(b *testing.B) {
	const total = 1000
	for _, kind := range []Kind{KindContinuous, KindDiscrete} {
		s := NewSample(paretoMixture(10_000, 2.5, kind == KindDiscrete, 1))
		fit, err := Fit(s, Options{Kind: kind})
		if err != nil {
			b.Fatal(err)
		}
		opt := BootstrapOptions{Resamples: total, Seed: 1}
		for _, parts := range []int{1, 2} {
			for j, r := range SplitResamples(total, parts) {
				b.Run(fmt.Sprintf("%v/n=10000/resamples=%d/part=%dof%d", kind, total, j+1, parts), func(b *testing.B) {
					for b.Loop() {
						if _, err := BootstrapPart(context.Background(), s, fit, opt, r.First, r.Count); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// BenchmarkBootstrapSplit measures a test of 1000 resamples split into
// parts run by as many goroutines, then merged: with GOMAXPROCS ≥ parts the
// time falls by up to the number of parts (natively; a js/wasm process
// has one thread, so there it does not).
func BenchmarkBootstrapSplit(b *testing.B) {
	const total = 1000
	s := NewSample(paretoMixture(10_000, 2.5, false, 1))
	fit, err := Fit(s, Options{Kind: KindContinuous})
	if err != nil {
		b.Fatal(err)
	}
	opt := BootstrapOptions{Resamples: total, Seed: 1}
	want, err := Bootstrap(context.Background(), s, fit, opt)
	if err != nil {
		b.Fatal(err)
	}
	for _, k := range []int{1, 2} {
		b.Run(fmt.Sprintf("continuous/n=10000/resamples=%d/parts=%d", total, k), func(b *testing.B) {
			for b.Loop() {
				ranges := SplitResamples(total, k)
				parts := make([]BootstrapPartial, k)
				errs := make([]error, k)
				var wg sync.WaitGroup
				for j, r := range ranges {
					wg.Go(func() {
						parts[j], errs[j] = BootstrapPart(context.Background(), s, fit, opt, r.First, r.Count)
					})
				}
				wg.Wait()
				got, err := MergeBootstrap(parts...)
				if err := errors.Join(append(errs, err)...); err != nil || got != want {
					b.Fatalf("%+v, %v; want %+v", got, err, want)
				}
			}
		})
	}
}

func BenchmarkCompare(b *testing.B) {
	for _, kind := range []Kind{KindContinuous, KindDiscrete} {
		s := NewSample(paretoMixture(10_000, 2.5, kind == KindDiscrete, 1))
		fit, err := Fit(s, Options{Kind: kind})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%v/n=10000", kind), func(b *testing.B) {
			for b.Loop() {
				if _, err := Compare(s, fit); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLogBinCCDF(b *testing.B) {
	ccdf := NewSample(paretoMixture(1_000_000, 2.5, false, 1)).CCDF()
	b.Run("n=1000000/target=1000", func(b *testing.B) {
		for b.Loop() {
			if _, err := LogBinCCDF(ccdf, 1000); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkLTTBLogLog(b *testing.B) {
	series := NewSample(paretoMixture(1_000_000, 2.5, false, 1)).RankSize()
	b.Run("n=1000000/target=1000", func(b *testing.B) {
		for b.Loop() {
			if _, err := LTTBLogLog(series, 1000); err != nil {
				b.Fatal(err)
			}
		}
	})
}
