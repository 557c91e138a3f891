package longtail_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"reachlab/app/longtail"
)

// zipf returns n values following Zipf's law, value = 1000/rank, rounded
// to whole numbers (ranks beyond 2000 round to 0 and are left out).
func zipf(n int) []float64 {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = math.Round(1000 / float64(i+1))
	}
	return xs
}

func ExampleSample_Describe() {
	s := longtail.NewSample(append(zipf(1000), 0, 0, -1))
	d, _ := s.Describe()
	fmt.Printf("%d values, %d left out (%d zeros)\n", d.N, d.Excluded.Total(), d.Excluded.Zero)
	fmt.Printf("top 1 %%: %d items hold %.1f %%\n", d.Top[0].Items, 100*d.Top[0].Share)
	fmt.Printf("half of the total: %d items\n", d.HalfCount)
	fmt.Printf("Gini %.3f, HHI %.0f points\n", d.Gini, d.HHIPoints)
	// Output:
	// 1000 values, 3 left out (2 zeros)
	// top 1 %: 10 items hold 39.3 %
	// half of the total: 23 items
	// Gini 0.741, HHI 296 points
}

func ExampleFit() {
	// 5000 values from a continuous power law of exponent 2.5 above 1,
	// x = (1−u)^(−1/1.5), with a fixed seed.
	r := rand.New(rand.NewPCG(1, 2))
	xs := make([]float64, 5000)
	for i := range xs {
		xs[i] = math.Pow(1-r.Float64(), -1/1.5)
	}
	s := longtail.NewSample(xs)
	fit, err := longtail.Fit(s, longtail.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%v fit: x_min = %.3f, α = %.2f ± %.2f, %d of %d values in the tail\n",
		fit.Kind, fit.XMin, fit.Alpha, fit.AlphaStdErr, fit.NTail, fit.N)
	comps, _ := longtail.Compare(s, fit, longtail.Exponential)
	fmt.Printf("vs exponential: %v\n", comps[0].Preference)
	gof, _ := longtail.Bootstrap(context.Background(), s, fit, longtail.BootstrapOptions{Resamples: 100, Seed: 1})
	fmt.Printf("plausible: %v\n", gof.Plausible)
	// Output:
	// continuous fit: x_min = 1.001, α = 2.49 ± 0.02, 4992 of 5000 values in the tail
	// vs exponential: power_law
	// plausible: true
}

func ExampleLogBinCCDF() {
	xs := make([]float64, 100000)
	for i := range xs {
		xs[i] = 1000 / float64(i+1) // Zipf's law: value ∝ 1/rank
	}
	ccdf := longtail.NewSample(xs).CCDF()
	reduced, _ := longtail.LogBinCCDF(ccdf, 50)
	fmt.Println(len(ccdf), "points reduced to", len(reduced))
	fmt.Println("first", reduced[0], "last", reduced[len(reduced)-1])
	// Output:
	// 100000 points reduced to 50
	// first {0.01 1} last {1000 1e-05}
}

func ExampleFragmentation() {
	rows := []longtail.AudienceShare{
		{Period: "2024", Channel: "A", Share: 0.30},
		{Period: "2024", Channel: "B", Share: 0.20},
		{Period: "2024", Channel: "C", Share: 0.05},
		{Period: "2024", Channel: "D", Share: 0.05},
	}
	periods, _ := longtail.Fragmentation(rows, 2)
	p := periods[0]
	fmt.Printf("%s: %d channels, top %d hold %.0f %%, the other %d hold %.0f %%, HHI %.0f points\n",
		p.Period, p.Channels, p.TopK, 100*p.TopShare, p.OutsideTopN, 100*p.OutsideTop, p.HHIPoints)
	// Output:
	// 2024: 4 channels, top 2 hold 50 %, the other 2 hold 10 %, HHI 1350 points
}

func ExampleAttentionFromDaily() {
	rows := []longtail.DailyCount{
		{Post: "p1", Day: 0, Count: 60}, {Post: "p1", Day: 1, Count: 30}, {Post: "p1", Day: 2, Count: 10},
	}
	a, _ := longtail.AttentionFromDaily(rows, longtail.AttentionOptions{Days: []float64{1, 7}})
	p := a.Posts[0]
	fmt.Printf("after day 1: %.0f %% (%v); after day 7: %v\n", 100*p.After[0].Share, p.After[0].Status, p.After[1].Status)
	fmt.Printf("half-life: %.2f days\n", p.HalfLife)
	// Output:
	// after day 1: 40 % (available); after day 7: unobserved
	// half-life: 0.83 days
}
