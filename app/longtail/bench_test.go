package longtail

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
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
