package longtail

import (
	"errors"
	"math"
	"testing"
)

func TestDescribe(t *testing.T) {
	d, err := smallSample().Describe()
	if err != nil {
		t.Fatal(err)
	}
	// Hand computation for {1, 2, 2, 3}: total 8, shares 1/8, 2/8, 2/8, 3/8.
	checks := []struct {
		name      string
		got, want float64
	}{
		{"N", float64(d.N), 4},
		{"Distinct", float64(d.Distinct), 3},
		{"Excluded.Zero", float64(d.Excluded.Zero), 1},
		{"Min", d.Min, 1},
		{"Max", d.Max, 3},
		{"Mean", d.Mean, 2},
		{"Median", d.Median, 2},
		// Σ(2i−n−1)x_(i) = −3·1 − 1·2 + 1·2 + 3·3 = 6; G = 6/(4·8).
		{"Gini", d.Gini, 0.1875},
		{"HHI", d.HHI, 18.0 / 64},
		{"HHIPoints", d.HHIPoints, 2812.5},
		{"EffectiveNumber", d.EffectiveNumber, 64.0 / 18},
		// 3 < 4 = half, 3 + 2 ≥ 4: two items.
		{"HalfCount", float64(d.HalfCount), 2},
		{"HalfFraction", d.HalfFraction, 0.5},
		// Top 1 %, 10 %, 20 % of 4 items: ⌈0.04⌉ = ⌈0.4⌉ = ⌈0.8⌉ = 1 item, 3/8.
		{"Top1.Items", float64(d.Top[0].Items), 1},
		{"Top1.Share", d.Top[0].Share, 0.375},
		{"Top20.Share", d.Top[2].Share, 0.375},
	}
	for _, c := range checks {
		if math.Abs(c.got-c.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestTopShare(t *testing.T) {
	xs := make([]float64, 30)
	for i := range xs {
		xs[i] = float64(i + 1) // total 465
	}
	s := NewSample(xs)
	for _, c := range []struct {
		fraction float64
		items    int
		share    float64
	}{
		{0.1, 3, (30 + 29 + 28) / 465.0}, // 0.1·30 = 3.0000000000000004 counts as 3
		{0.01, 1, 30 / 465.0},            // ⌈0.3⌉ = 1
		{0.2, 6, (30 + 29 + 28 + 27 + 26 + 25) / 465.0},
		{1, 30, 1},
	} {
		got, err := s.TopShare(c.fraction)
		if err != nil {
			t.Fatal(err)
		}
		if got.Items != c.items || math.Abs(got.Share-c.share) > 1e-12 {
			t.Errorf("TopShare(%v) = %d items, %v; want %d, %v", c.fraction, got.Items, got.Share, c.items, c.share)
		}
	}
	for _, f := range []float64{0, -0.1, 1.5, math.NaN()} {
		if _, err := s.TopShare(f); !errors.Is(err, ErrInvalidArgument) {
			t.Errorf("TopShare(%v): err = %v, want ErrInvalidArgument", f, err)
		}
	}
}

func TestConcentrationExtremes(t *testing.T) {
	equal := NewSample([]float64{5, 5, 5, 5})
	if g, _ := equal.Gini(); g != 0 {
		t.Errorf("Gini of equal values = %v, want 0", g)
	}
	if h, _ := equal.HHI(); math.Abs(h-0.25) > 1e-15 {
		t.Errorf("HHI of 4 equal values = %v, want 1/4", h)
	}
	if k, _ := equal.HalfCount(); k != 2 {
		t.Errorf("HalfCount of 4 equal values = %d, want 2", k)
	}
	// One item holds (almost) everything: G → 1 − 1/n.
	one := NewSample([]float64{1e-300, 1e-300, 1e-300, 1e300})
	if g, _ := one.Gini(); math.Abs(g-0.75) > 1e-12 {
		t.Errorf("Gini = %v, want 0.75", g)
	}
	if k, _ := one.HalfCount(); k != 1 {
		t.Errorf("HalfCount = %d, want 1", k)
	}
	// Huge values must not overflow into Inf or NaN.
	huge := NewSample([]float64{1e308, 1e308, 1e308, 5e307})
	d, err := huge.Describe()
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]float64{"Mean": d.Mean, "Median": d.Median, "Gini": d.Gini, "HHI": d.HHI} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Errorf("%s = %v for values near MaxFloat64", name, v)
		}
	}
	if math.Abs(d.Mean-8.75e307) > 1e294 {
		t.Errorf("Mean = %v, want 8.75e307", d.Mean)
	}
}

func TestDescribeEmpty(t *testing.T) {
	s := NewSample([]float64{0, -2, math.NaN()})
	_, err := s.Describe()
	if !errors.Is(err, ErrTooFewValues) {
		t.Errorf("Describe of an empty sample: err = %v, want ErrTooFewValues", err)
	}
	for name, f := range map[string]func() error{
		"Gini":      func() error { _, err := s.Gini(); return err },
		"HHI":       func() error { _, err := s.HHI(); return err },
		"HalfCount": func() error { _, err := s.HalfCount(); return err },
		"TopShare":  func() error { _, err := s.TopShare(0.1); return err },
	} {
		if err := f(); !errors.Is(err, ErrTooFewValues) {
			t.Errorf("%s: err = %v, want ErrTooFewValues", name, err)
		}
	}
}
