package longtail

import (
	"math"
)

// Kind says whether values are treated as continuous or as whole-number
// counts (discrete) when fitting.
type Kind int

const (
	// KindAuto fits the discrete power law when every value is a whole
	// number no larger than 2^53 (Sample.Integers), the continuous one
	// otherwise.
	KindAuto Kind = iota
	// KindContinuous: density p(x) = (α−1)/x_min·(x/x_min)^(−α), x ≥ x_min.
	KindContinuous
	// KindDiscrete: P(X = x) = x^(−α)/ζ(α, x_min) on the integers x ≥ x_min.
	KindDiscrete
)

// String returns "auto", "continuous" or "discrete".
func (k Kind) String() string {
	switch k {
	case KindContinuous:
		return "continuous"
	case KindDiscrete:
		return "discrete"
	default:
		return "auto"
	}
}

// Search selects how the x_min candidates are scanned.
type Search int

const (
	// SearchAuto scans exhaustively when there are at most
	// AutoExhaustiveLimit candidates, coarse-to-fine otherwise.
	SearchAuto Search = iota
	// SearchExhaustive computes the KS distance for every candidate (with
	// exact pruning: a candidate is abandoned as soon as one deviation shows
	// it cannot beat the best so far).
	SearchExhaustive
	// SearchCoarseToFine scans a grid of ⌈4√C⌉ candidates evenly spaced in
	// rank among the C candidates, then every candidate within one grid step
	// of the 4 best grid points. It can miss an isolated minimum between grid
	// points; the tests check that it picks the same x_min as the exhaustive
	// scan on every reference data set.
	SearchCoarseToFine
)

// AutoExhaustiveLimit is the largest number of x_min candidates (distinct
// values) that SearchAuto scans exhaustively.
const AutoExhaustiveLimit = 2_000_000

// DefaultMinTail is the smallest tail (number of values ≥ x_min) a candidate
// x_min may leave when Options.MinTail is 0. With fewer than 10 values the
// standard error of α̂, (α−1)/√n, exceeds a third of α−1 and the KS distance
// of tiny tails is meaningless. Clauset's plfit.m has no such floor; on the
// reference data sets it changes nothing (their tails hold 59 values or
// more).
const DefaultMinTail = 10

// Options controls Fit. The zero value is ready to use: kind chosen from the
// data, x_min scanned, tails of at least DefaultMinTail values, exact
// discrete estimator, automatic search.
type Options struct {
	Kind Kind
	// XMin, when > 0, fixes x_min instead of scanning for it: only α is
	// estimated, on the values ≥ XMin. For a discrete fit it must be a whole
	// number.
	XMin float64
	// MinTail is the smallest number of values ≥ x_min a candidate may leave
	// (0 means DefaultMinTail; values below 2 count as 2).
	MinTail int
	// DiscreteApprox replaces the exact discrete estimator by Clauset et
	// al.'s approximation (their eq. 3.7)
	// α̂ ≈ 1 + n / Σ ln(x_i/(x_min − ½)), accurate to about 1 % for
	// x_min ≥ 6. The exact estimator is the default.
	DiscreteApprox bool
	Search         Search
}

// PowerLaw is a fitted power-law tail.
type PowerLaw struct {
	Kind  Kind    // KindContinuous or KindDiscrete (never KindAuto)
	XMin  float64 // x̂_min: the tail is the values ≥ XMin
	Alpha float64 // α̂, the exponent of the density or probability mass
	// AlphaStdErr is the standard error of α̂: (α̂−1)/√NTail for continuous
	// data; 1/√(NTail·Var(ln X)) for discrete data, the inverse square root
	// of the Fisher information, with
	// Var(ln X) = ζ''(α, x_min)/ζ(α, x_min) − (ζ'(α, x_min)/ζ(α, x_min))².
	AlphaStdErr float64
	NTail       int     // number of values ≥ XMin
	N           int     // number of values in the sample
	D           float64 // KS distance between the tail and the fitted law
	// LogLikelihood is the log-likelihood of the tail under the fit:
	// n ln(α−1) − n ln x_min − α Σ ln(x_i/x_min) (continuous),
	// −n ln ζ(α, x_min) − α Σ ln x_i (discrete).
	LogLikelihood float64
	Candidates    int     // x_min candidates compared (0 when XMin was fixed)
	Options       Options // the options used, defaults filled in (Bootstrap refits with them)
}

// Fit fits a power law to the tail of the sample after Clauset, Shalizi and
// Newman (2009): for each candidate x_min (every distinct value except the
// largest, leaving at least MinTail values), α̂ is the maximum-likelihood
// estimate on the values ≥ x_min, and x̂_min is the candidate whose fit has
// the smallest Kolmogorov–Smirnov distance D (the first one on ties).
//
// Estimators: continuous α̂ = 1 + n/Σ ln(x_i/x_min); discrete α̂ maximises
// −n ln ζ(α, x_min) − α Σ ln x_i (Hurwitz zeta), solved by safeguarded Newton
// iterations on the score equation.
//
// KS conventions. Continuous data follow Clauset's plfit.m: with the tail
// sorted, x_(1) ≤ … ≤ x_(n), D = max_i |F(x_(i)) − (i−1)/n| where
// F(x) = 1 − (x/x_min)^(1−α), ties counted one by one (this is what
// reproduces the paper for quakes and surnames, whose values repeat).
// Discrete data: D = max |P(X ≤ x) − F_n(x)| over every integer x from x_min
// to the largest value, with P(X ≤ x) = 1 − ζ(α, x+1)/ζ(α, x_min) and F_n the
// empirical CDF of the tail (computed at the two ends of each gap between
// observed values, where the maximum lies).
//
// Cost: one sort (done by NewSample), O(1) per candidate for α (suffix sums
// of ln x), and a KS distance computed by branch and bound over distinct
// values, usually O(√m) model evaluations instead of m.
//
// Errors: ErrTooFewValues when fewer than MinTail values are usable or no
// candidate leaves MinTail values; ErrNoVariation when all values are equal;
// ErrInvalidArgument for a discrete fit of non-integer values or a negative
// XMin.
func Fit(s *Sample, opt Options) (PowerLaw, error) {
	var f fitter
	return f.fit(s.values, s.counts, s.n, opt, "Fit")
}

// fitter holds the scratch space of a fit so that Bootstrap can refit
// thousands of resamples without allocating.
type fitter struct {
	data  tailData
	ks    ksTail
	stack []ksNode
}

// resolveOptions fills in the defaults of opt; integers says whether every
// value is a whole number (for KindAuto).
func resolveOptions(opt Options, integers bool) Options {
	if opt.Kind == KindAuto {
		opt.Kind = KindContinuous
		if integers {
			opt.Kind = KindDiscrete
		}
	}
	if opt.MinTail == 0 {
		opt.MinTail = DefaultMinTail
	}
	opt.MinTail = max(opt.MinTail, 2)
	return opt
}

func (f *fitter) fit(values []float64, counts []int, n int, opt Options, op string) (PowerLaw, error) {
	if n == 0 {
		return PowerLaw{}, newError(op, ErrTooFewValues, "no positive finite value")
	}
	integers := true
	for _, v := range values {
		if v != math.Trunc(v) || v > maxExactInteger {
			integers = false
			break
		}
	}
	opt = resolveOptions(opt, integers)
	discrete := opt.Kind == KindDiscrete
	switch {
	case discrete && !integers:
		return PowerLaw{}, newError(op, ErrInvalidArgument, "a discrete fit needs whole numbers up to 2^53")
	case opt.XMin < 0 || math.IsNaN(opt.XMin) || math.IsInf(opt.XMin, 0):
		return PowerLaw{}, newError(op, ErrInvalidArgument, "XMin %v is not a positive finite number", opt.XMin)
	case discrete && opt.XMin != math.Trunc(opt.XMin):
		return PowerLaw{}, newError(op, ErrInvalidArgument, "XMin %v is not a whole number, as a discrete fit needs", opt.XMin)
	case n < opt.MinTail:
		return PowerLaw{}, newError(op, ErrTooFewValues, "%d usable values, need at least %d", n, opt.MinTail)
	case len(values) < 2:
		return PowerLaw{}, newError(op, ErrNoVariation, "all %d values equal %v", n, values[0])
	}
	f.data.reset(values, counts)
	if opt.XMin > 0 {
		return f.fitFixed(opt, op)
	}
	return f.fitScan(opt, op)
}

// candidate is the fit at one x_min candidate.
type candidate struct {
	k     int     // index of x_min among the distinct values
	alpha float64 // α̂
	zq    float64 // discrete: q^α ζ(α, q)
	d     float64 // KS distance
	at    int     // position of the largest deviation
}

// estimate returns α̂ (and z(α̂, q) for discrete fits) for the values ≥ u[k]
// with threshold q, lq = ln(q/u[0]); ok is false when the tail has no spread.
func (f *fitter) estimate(k int, q, lq float64, opt Options) (alpha, zq float64, ok bool) {
	n := float64(f.data.tailCount(k))
	sum := f.data.sumLog(k, lq)
	if !(sum > 0) {
		return 0, 0, false
	}
	switch {
	case opt.Kind == KindContinuous:
		alpha = 1 + n/sum
	case opt.DiscreteApprox:
		alpha = 1 + n/(sum+n*math.Log(q/(q-0.5)))
	default:
		alpha = discreteAlpha(q, sum/n)
	}
	if math.IsInf(alpha, 0) || math.IsNaN(alpha) {
		return 0, 0, false
	}
	if opt.Kind == KindDiscrete {
		zq, _, _ = zetaScaled(alpha, q, false)
	}
	return alpha, zq, true
}

// discreteAlpha solves the discrete power-law score equation
//
//	−z'(α, q)/z(α, q) = mean ln(x/q) = mbar,   z(α, q) = q^α ζ(α, q),
//
// whose left side, the model mean of ln(X/q), falls from +∞ at α → 1 to 0 as
// α → ∞; its derivative is −Var(ln X). Newton steps from the eq. 3.7 guess,
// kept inside a shrinking bracket (bisection when a step leaves it).
// Precondition: q ≥ 1, mbar > 0.
func discreteAlpha(q, mbar float64) float64 {
	alpha := 1 + 1/(mbar+math.Log(q/(q-0.5)))
	lo, hi := 1.0, math.Inf(1)
	for range 200 {
		z, d1, d2 := zetaScaled(alpha, q, true)
		mean := -d1 / z
		variance := d2/z - mean*mean
		h := mean - mbar
		if h > 0 {
			lo = alpha
		} else {
			hi = alpha
		}
		next := alpha + h/variance
		if !(next > lo && next < hi) || variance <= 0 {
			if math.IsInf(hi, 1) {
				next = lo + 2*(alpha-lo) + 1
			} else {
				next = lo + (hi-lo)/2
			}
		}
		if math.Abs(next-alpha) <= 1e-13*alpha {
			return next
		}
		alpha = next
	}
	return alpha
}

// fitFixed fits α on the values ≥ opt.XMin.
func (f *fitter) fitFixed(opt Options, op string) (PowerLaw, error) {
	d := &f.data
	k := len(d.u)
	for j, v := range d.u {
		if v >= opt.XMin {
			k = j
			break
		}
	}
	if k == len(d.u) || d.tailCount(k) < opt.MinTail {
		tail := 0
		if k < len(d.u) {
			tail = d.tailCount(k)
		}
		return PowerLaw{}, newError(op, ErrTooFewValues, "%d values ≥ XMin %v, need at least %d", tail, opt.XMin, opt.MinTail)
	}
	q := opt.XMin
	var lq float64 // ln(q/u[0])
	if q >= d.u[0] {
		lq = logRatio(q, d.u[0])
	} else {
		lq = -logRatio(d.u[0], q)
	}
	alpha, zq, ok := f.estimate(k, q, lq, opt)
	if !ok {
		return PowerLaw{}, newError(op, ErrNoVariation, "all values ≥ XMin %v are equal to it", opt.XMin)
	}
	f.ks.set(d, k, q, lq, alpha, opt.Kind == KindDiscrete, zq)
	dist, _, _ := f.ks.distance(math.Inf(1), false, -1, &f.stack)
	return f.result(candidate{k: k, alpha: alpha, zq: zq, d: dist}, q, lq, opt, 0), nil
}

// result assembles the PowerLaw of the chosen candidate.
func (f *fitter) result(c candidate, q, lq float64, opt Options, candidates int) PowerLaw {
	d := &f.data
	n := float64(d.tailCount(c.k))
	sum := d.sumLog(c.k, lq)
	p := PowerLaw{Kind: opt.Kind, XMin: q, Alpha: c.alpha, NTail: d.tailCount(c.k), N: d.n,
		D: c.d, Candidates: candidates, Options: opt}
	if opt.Kind == KindContinuous {
		p.AlphaStdErr = (c.alpha - 1) / math.Sqrt(n)
		p.LogLikelihood = n*math.Log(c.alpha-1) - n*math.Log(q) - c.alpha*sum
	} else {
		z, d1, d2 := zetaScaled(c.alpha, q, true)
		mean := d1 / z
		p.AlphaStdErr = 1 / math.Sqrt(n*(d2/z-mean*mean))
		p.LogLikelihood = -n*math.Log(z) - c.alpha*sum
	}
	return p
}
