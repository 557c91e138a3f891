package longtail

import (
	"math"
	"testing"
)

// Judge must reproduce the last column of Clauset et al.'s Tables 4 and 5
// for all 24 data sets, from their goodness-of-fit p and likelihood ratios
// (p-values recomputed from LR, as Compare does: erfc(|LR|/√2), and
// erfc(√|R|) for the nested cut-off).
func TestJudgePaperTables(t *testing.T) {
	rows := []struct {
		name                     string
		p                        float64
		lognormal, exp, str, cut float64
		poisson                  float64 // NaN when not tested
		want                     Support
	}{
		{"words", 0.49, 0.395, 9.09, 4.13, -0.899, 4.43, SupportGood},
		{"terrorism", 0.68, -0.278, 2.457, 0.772, -0.077, 1.81, SupportModerate},
		{"blackouts", 0.62, -0.412, 1.21, -0.417, -0.382, math.NaN(), SupportModerate},
		{"cities", 0.76, -0.090, 3.65, 0.204, -0.123, math.NaN(), SupportModerate},
		{"fires", 0.05, -1.78, 4.00, -1.82, -5.02, math.NaN(), SupportWithCutoff},
		{"flares", 1.00, -0.803, 13.7, -0.546, -4.52, math.NaN(), SupportWithCutoff},
		{"quakes", 0.00, -7.14, 11.6, -7.09, -24.4, math.NaN(), SupportWithCutoff},
		{"surnames", 0.20, -0.836, 2.89, -0.844, -1.36, math.NaN(), SupportWithCutoff},
		{"web links", 0.00, -2.24, 25.3, -1.08, -21.2, math.NaN(), SupportWithCutoff},
		{"birds", 0.55, -0.850, 1.87, -0.882, -1.24, math.NaN(), SupportModerate},
		{"book sales", 0.66, -0.267, 2.70, 3.885, -0.140, math.NaN(), SupportModerate},
		{"HTTP", 0.00, 1.77, 11.8, 2.65, 0.000, math.NaN(), SupportNone},
		{"religions", 0.42, -0.073, 1.59, 1.75, -0.167, math.NaN(), SupportModerate},
		{"wars", 0.20, -0.737, 3.68, -0.767, -0.847, math.NaN(), SupportModerate},
		{"wealth", 0.00, 0.249, 6.20, 8.05, -0.142, math.NaN(), SupportNone},
		{"web hits", 0.00, -10.21, 8.55, 10.94, -74.66, math.NaN(), SupportWithCutoff},
		{"Internet", 0.29, -0.807, 6.49, 0.493, -1.97, 5.31, SupportWithCutoff},
		{"calls", 0.63, -2.03, 35.0, 14.3, -30.2, 17.9, SupportWithCutoff},
		{"citations", 0.20, -0.141, 5.91, 1.72, -0.007, 6.54, SupportModerate},
		{"email", 0.16, -1.10, 0.639, -1.13, -1.89, 4.65, SupportWithCutoff},
		{"metabolic", 0.00, -1.05, 5.59, 3.66, 0.000, 3.53, SupportNone},
		{"papers", 0.90, -0.091, 3.08, 0.709, -0.016, 5.71, SupportModerate},
		{"proteins", 0.31, -0.456, 2.21, 0.055, -0.414, 3.05, SupportModerate},
		{"species", 0.10, -1.63, 2.39, -1.59, -3.80, 5.04, SupportWithCutoff},
	}
	for _, r := range rows {
		comps := []Comparison{
			vuong(Lognormal, r.lognormal), vuong(Exponential, r.exp), vuong(StretchedExponential, r.str), nested(r.cut),
		}
		if !math.IsNaN(r.poisson) {
			comps = append(comps, vuong(Poisson, r.poisson))
		}
		gof := GoodnessOfFit{P: r.p, Resamples: 1000, Plausible: r.p >= PlausibilityLevel}
		v := Judge(&gof, comps)
		if v.Support != r.want {
			t.Errorf("%s: support %v, want %v", r.name, v.Support, r.want)
		}
	}
}

// vuong builds a non-nested comparison from its normalised LR.
func vuong(a Alternative, lr float64) Comparison {
	c := Comparison{Alternative: a, LR: lr, P: math.Erfc(math.Abs(lr) / math.Sqrt2)}
	c.Preference = preference(c.LR, c.P)
	return c
}

// nested builds the cut-off comparison from its raw R.
func nested(r float64) Comparison {
	c := Comparison{Alternative: PowerLawWithCutoff, Nested: true, R: r, LR: r, P: math.Erfc(math.Sqrt(-r))}
	c.Preference = preference(c.LR, c.P)
	return c
}

func preference(lr, p float64) Preference {
	switch {
	case p >= SignificanceLevel:
		return Inconclusive
	case lr > 0:
		return FavoursPowerLaw
	}
	return FavoursAlternative
}

func TestJudgeEdges(t *testing.T) {
	comps := []Comparison{vuong(Lognormal, 0.5), nested(-0.1)}
	if v := Judge(nil, comps); v.Support != SupportNotAssessed || v.GoodnessKnown {
		t.Errorf("without goodness of fit: %+v", v)
	}
	plausible := GoodnessOfFit{P: 0.5, Plausible: true}
	// A significantly better lognormal rules the power law out.
	if v := Judge(&plausible, []Comparison{vuong(Lognormal, -3), nested(-0.1)}); v.Support != SupportNone {
		t.Errorf("lognormal favoured: %v, want none", v.Support)
	}
	// A comparison that failed is listed as unavailable and ignored.
	failed := Comparison{Alternative: Lognormal, Err: errNumericalForTest, LR: math.NaN(), P: math.NaN()}
	v := Judge(&plausible, []Comparison{failed, vuong(Exponential, 3), nested(-0.1)})
	if v.Support != SupportGood || v.Alternatives[0].Available || !v.Alternatives[1].Available {
		t.Errorf("with a failed comparison: %+v", v)
	}
}

var errNumericalForTest = newError("Compare", ErrNumerical, "test")
