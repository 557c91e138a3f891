package longtail

import (
	"math"
)

// SignificanceLevel is the p-value below which a likelihood-ratio test is
// taken to favour one side (Clauset et al. use 0.1).
const SignificanceLevel = 0.1

// Preference is the outcome of one likelihood-ratio test.
type Preference int

const (
	// Inconclusive: p ≥ SignificanceLevel, the data cannot tell the two
	// distributions apart.
	Inconclusive Preference = iota
	// FavoursPowerLaw: LR > 0 and p < SignificanceLevel.
	FavoursPowerLaw
	// FavoursAlternative: LR < 0 and p < SignificanceLevel.
	FavoursAlternative
)

// String returns "inconclusive", "power_law" or "alternative".
func (p Preference) String() string {
	switch p {
	case FavoursPowerLaw:
		return "power_law"
	case FavoursAlternative:
		return "alternative"
	}
	return "inconclusive"
}

// Comparison is the likelihood-ratio test of the power law against one
// alternative, both fitted by maximum likelihood on the tail x ≥ x_min and
// conditioned on it (truncated densities).
type Comparison struct {
	Alternative Alternative
	Parameters  []Parameter // the alternative's fitted parameters
	// LogLikelihood is the alternative's log-likelihood on the tail.
	LogLikelihood float64
	// R = Σ_i [ln p_PL(x_i) − ln p_alt(x_i)] over the tail; R > 0 favours
	// the power law.
	R float64
	// LR is the statistic the paper reports: Vuong's normalised ratio
	// R/(σ√n) for non-nested alternatives, where σ² is the (1/n) variance of
	// the pointwise differences; R itself for the nested cut-off.
	LR float64
	// P is the two-sided p-value: erfc(|LR|/√2) for non-nested alternatives;
	// for the nested cut-off, p = 1 − χ²₁(2|R|) = erfc(√|R|).
	P          float64
	Nested     bool
	Preference Preference
	// Err is non-nil when the alternative could not be fitted (an
	// ErrNumerical *Error); the numbers are then NaN: not available.
	Err error
}

// DefaultAlternatives returns the alternatives of Clauset et al.'s tables:
// lognormal, exponential, stretched exponential and power law with cut-off,
// plus Poisson for discrete fits.
func DefaultAlternatives(kind Kind) []Alternative {
	alts := []Alternative{Lognormal, Exponential, StretchedExponential, PowerLawWithCutoff}
	if kind == KindDiscrete {
		alts = append(alts, Poisson)
	}
	return alts
}

// Compare tests the fitted power law against each alternative (all of
// DefaultAlternatives(fit.Kind) when none is given), on the values of s that
// are ≥ fit.XMin. Discrete fits use discrete alternatives: exact geometric
// (exponential), Poisson and cut-off power law; for the lognormal and the
// stretched exponential, the continuous law's mass on [x − ½, x + ½).
//
// Errors: ErrInvalidArgument when fit does not come from s (its tail size
// differs) or Poisson is asked of a continuous fit. An alternative that
// cannot be fitted gets a Comparison with Err set, not an error.
func Compare(s *Sample, fit PowerLaw, alternatives ...Alternative) ([]Comparison, error) {
	if len(alternatives) == 0 {
		alternatives = DefaultAlternatives(fit.Kind)
	}
	t := newTail(s, fit)
	if int(t.n) != fit.NTail || fit.NTail == 0 || len(t.x) < 2 {
		return nil, newError("Compare", ErrInvalidArgument, "the fit's tail (%d values ≥ %v) does not match the sample (%v)", fit.NTail, fit.XMin, t.n)
	}
	pl := t.powerLawLogPDF(fit.Alpha)
	out := make([]Comparison, 0, len(alternatives))
	for _, alt := range alternatives {
		var fa fittedAlternative
		var err error
		switch alt {
		case Lognormal:
			fa, err = t.fitLognormal()
		case Exponential:
			fa = t.fitExponential()
		case StretchedExponential:
			fa, err = t.fitStretched()
		case PowerLawWithCutoff:
			fa, err = t.fitCutoff(fit.Alpha)
		case Poisson:
			if !t.discrete {
				return nil, newError("Compare", ErrInvalidArgument, "the Poisson alternative needs a discrete fit")
			}
			fa, err = t.fitPoisson()
		default:
			return nil, newError("Compare", ErrInvalidArgument, "unknown alternative %d", int(alt))
		}
		c := Comparison{Alternative: alt, Nested: alt == PowerLawWithCutoff}
		if err == nil {
			err = c.test(&t, pl, fa)
		}
		if err != nil {
			nan := math.NaN()
			c = Comparison{Alternative: alt, Nested: c.Nested, LogLikelihood: nan, R: nan, LR: nan, P: nan, Err: err}
		}
		out = append(out, c)
	}
	return out, nil
}

// test fills in the likelihood ratio, its p-value and the preference.
func (c *Comparison) test(t *tail, pl func(int) float64, fa fittedAlternative) error {
	c.Parameters = fa.params
	diff := make([]float64, len(t.x))
	logLik := 0.0
	for i := range t.x {
		la := fa.logPDF(i)
		logLik += t.c[i] * la
		diff[i] = pl(i) - la
	}
	if math.IsNaN(logLik) || math.IsInf(logLik, 0) {
		return newError("Compare", ErrNumerical, "the %v log-likelihood is not finite", c.Alternative)
	}
	c.LogLikelihood = logLik
	c.R = t.sum(func(i int) float64 { return diff[i] })
	if c.Nested {
		// The cut-off law contains the power law: its maximum cannot be lower.
		// A positive R only means the optimiser stopped short; report 0.
		c.R = math.Min(c.R, 0)
		c.LR = c.R
		c.P = math.Erfc(math.Sqrt(-c.R))
	} else {
		mean := c.R / t.n
		variance := t.sum(func(i int) float64 { d := diff[i] - mean; return d * d }) / t.n
		if variance > 0 {
			c.LR = c.R / math.Sqrt(variance*t.n)
		}
		c.P = math.Erfc(math.Abs(c.LR) / math.Sqrt2)
	}
	switch {
	case c.P >= SignificanceLevel:
		c.Preference = Inconclusive
	case c.LR > 0:
		c.Preference = FavoursPowerLaw
	case c.LR < 0:
		c.Preference = FavoursAlternative
	}
	return nil
}
