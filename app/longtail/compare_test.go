package longtail

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// On exponential data the exponential must be favoured, and on power-law
// data the power law must beat the exponential while the nested cut-off test
// stays inconclusive.
func TestCompareSynthetic(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	exp := make([]float64, 2000)
	for i := range exp {
		exp[i] = 10 + 5*r.ExpFloat64()
	}
	s := NewSample(exp)
	fit, err := Fit(s, Options{Kind: KindContinuous, XMin: 10})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Compare(s, fit, Exponential)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Preference != FavoursAlternative || got[0].Parameters[0].Name != "lambda" || math.Abs(got[0].Parameters[0].Value-0.2) > 0.02 {
		t.Errorf("exponential data: %+v, want the exponential favoured with λ ≈ 0.2", got[0])
	}

	pl := NewSample(continuousPowerLaw(r, 3000, 2.5, 1))
	fit, err = Fit(pl, Options{XMin: 1})
	if err != nil {
		t.Fatal(err)
	}
	got, err = Compare(pl, fit)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range got {
		if c.Err != nil {
			t.Errorf("%v: %v", c.Alternative, c.Err)
		}
		switch c.Alternative {
		case Exponential:
			if c.Preference != FavoursPowerLaw {
				t.Errorf("power-law data vs exponential: %+v", c)
			}
		case PowerLawWithCutoff:
			if c.Preference != Inconclusive || c.R > 0 || !c.Nested || c.P != math.Erfc(math.Sqrt(-c.R)) {
				t.Errorf("power-law data vs cut-off: %+v", c)
			}
		}
	}
}

// Vuong's statistic recomputed by hand on a tiny tail.
func TestCompareVuongByHand(t *testing.T) {
	s := NewSample([]float64{1, 1.5, 2, 3, 5, 8, 13, 21, 34, 55})
	fit, err := Fit(s, Options{XMin: 1})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Compare(s, fit, Exponential)
	if err != nil {
		t.Fatal(err)
	}
	lambda := 1 / (14.35 - 1) // 1/(mean − x_min)
	var d []float64
	sum := 0.0
	for _, x := range s.values {
		l := math.Log(fit.Alpha-1) - fit.Alpha*math.Log(x) - (math.Log(lambda) - lambda*(x-1))
		d = append(d, l)
		sum += l
	}
	mean := sum / 10
	v := 0.0
	for _, l := range d {
		v += (l - mean) * (l - mean) / 10
	}
	lr := sum / math.Sqrt(10*v)
	if math.Abs(got[0].R-sum) > 1e-9 || math.Abs(got[0].LR-lr) > 1e-9 || math.Abs(got[0].P-math.Erfc(math.Abs(lr)/math.Sqrt2)) > 1e-12 {
		t.Errorf("R %v LR %v p %v, want %v %v", got[0].R, got[0].LR, got[0].P, sum, lr)
	}
}

func TestCompareErrors(t *testing.T) {
	s := NewSample(continuousPowerLaw(rand.New(rand.NewPCG(1, 1)), 100, 2.5, 1))
	fit, err := Fit(s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Compare(s, fit, Poisson); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("Poisson on continuous data: err = %v", err)
	}
	other := NewSample(continuousPowerLaw(rand.New(rand.NewPCG(2, 1)), 100, 2.5, 1))
	if _, err := Compare(other, fit); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("fit from another sample: err = %v", err)
	}
	if _, err := Compare(s, fit, Alternative(99)); !errors.Is(err, ErrInvalidArgument) {
		t.Errorf("unknown alternative: err = %v", err)
	}
}

// cutoffSum against a plain long sum.
func TestCutoffSum(t *testing.T) {
	for _, c := range []struct{ alpha, lambda, q float64 }{
		{2.5, 1e-3, 1}, {1.5, 1e-4, 7}, {0.5, 0.01, 3}, {-2, 0.2, 1}, {3, 2, 10}, {1.9, 0.04, 1},
	} {
		direct := 0.0
		for x := c.q; x < c.q+2e6; x++ {
			direct += math.Exp(-c.alpha*math.Log(x/c.q) - c.lambda*(x-c.q))
		}
		if got := cutoffSum(c.alpha, c.lambda, c.q); !closeRel(got, direct, 1e-9) {
			t.Errorf("cutoffSum(%v, %v, %v) = %.15g, direct %.15g", c.alpha, c.lambda, c.q, got, direct)
		}
	}
}
