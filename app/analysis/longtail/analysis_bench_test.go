package longtail

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"reachlab/app/data"
)

// BenchmarkAnalyze measures what the page does when a column is picked:
// concentration, the power-law fit, the three charts reduced and encoded in
// both languages (the likelihood-ratio tests and the bootstrap come later).
// The values are lognormal views rounded to whole numbers.
func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		rng := rand.New(rand.NewPCG(1, 2))
		buf := []byte("views\n")
		for range n {
			buf = strconv.AppendFloat(buf, math.Round(math.Exp(5+2*rng.NormFloat64())), 'f', -1, 64)
			buf = append(buf, '\n')
		}
		t, err := data.ReadCSV(context.Background(), buf, data.Options{Locale: "en"})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if a := analyzeTable(t, meta, Settings{}); !a.HasFit() {
					b.Fatal(a.Problem, a.FitErr)
				}
			}
		})
	}
}
