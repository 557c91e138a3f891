package longtail

import (
	"math"
)

// TopShare is the share of the total held by the largest items.
type TopShare struct {
	Fraction float64 // the requested fraction of items, e.g. 0.01 for the top 1 %
	Items    int     // k = ⌈Fraction·n⌉, at least 1 (see Sample.TopShare)
	Share    float64 // Σ of the k largest values / Σ of all values, in (0, 1]
}

// Description gathers the descriptive long-tail measures of a sample.
type Description struct {
	N        int      // kept values
	Distinct int      // distinct kept values
	Excluded Excluded // values left out, by reason
	Min, Max float64  // smallest and largest kept values
	Mean     float64  // arithmetic mean
	Median   float64  // middle value, or the mean of the two middle values when n is even
	Gini     float64  // see Sample.Gini
	Top      [3]TopShare
	// HHI is the Herfindahl–Hirschman index of the items' shares, in (0, 1];
	// HHIPoints is the same in the 0..10 000 convention of competition law
	// (shares in percent, squared); EffectiveNumber = 1/HHI is the number of
	// equal items that would give the same concentration.
	HHI, HHIPoints, EffectiveNumber float64
	// HalfCount is the smallest number of (largest) items that together
	// hold at least half of the total; HalfFraction = HalfCount/n.
	HalfCount    int
	HalfFraction float64
}

// TopFractions are the fractions of items reported in Description.Top:
// the top 1 %, 10 % and 20 %.
var TopFractions = [3]float64{0.01, 0.10, 0.20}

// Describe computes every descriptive measure at once.
// Error: ErrTooFewValues for an empty sample.
func (s *Sample) Describe() (Description, error) {
	if s.n == 0 {
		return Description{Excluded: s.excluded}, s.errEmpty("Describe")
	}
	d := Description{
		N:        s.n,
		Distinct: len(s.values),
		Excluded: s.excluded,
		Min:      s.values[0],
		Max:      s.values[len(s.values)-1],
	}
	d.Mean = d.Max * (s.scaledTotal() / float64(s.n))
	d.Median = s.median()
	d.Gini, _ = s.Gini()
	for i, f := range TopFractions {
		d.Top[i], _ = s.TopShare(f)
	}
	d.HHI, _ = s.HHI()
	d.HHIPoints = 10000 * d.HHI
	d.EffectiveNumber = 1 / d.HHI
	d.HalfCount, _ = s.HalfCount()
	d.HalfFraction = float64(d.HalfCount) / float64(s.n)
	return d, nil
}

// median returns the middle value of a non-empty sample.
func (s *Sample) median() float64 {
	lo, hi := s.valueAtRank((s.n-1)/2), s.valueAtRank(s.n/2)
	return lo/2 + hi/2
}

// valueAtRank returns the value of 0-based rank r in ascending order.
func (s *Sample) valueAtRank(r int) float64 {
	for j, c := range s.counts {
		if r < c {
			return s.values[j]
		}
		r -= c
	}
	return s.values[len(s.values)-1]
}

// Gini returns the sample Gini coefficient
//
//	G = Σ_{i=1}^{n} (2i − n − 1)·x_(i) / (n·Σ x_i),
//
// with x_(1) ≤ … ≤ x_(n) the sorted values; it equals the mean absolute
// difference over all ordered pairs divided by twice the mean,
// Σ_i Σ_j |x_i − x_j| / (2n²·x̄). G = 0 when all values are equal and at most
// 1 − 1/n (one item holds everything). This is the plain (not n/(n−1)
// bias-corrected) estimator. Values are divided by the maximum first, so
// huge values do not overflow. Error: ErrTooFewValues for an empty sample.
func (s *Sample) Gini() (float64, error) {
	if s.n == 0 {
		return 0, s.errEmpty("Gini")
	}
	top := s.values[len(s.values)-1]
	n := float64(s.n)
	before := 0.0 // items before the current run
	weighted := 0.0
	for j, v := range s.values {
		c := float64(s.counts[j])
		// Σ_{i=before+1}^{before+c} (2i − n − 1) = c·(2·before + c − n)
		weighted += c * (2*before + c - n) * (v / top)
		before += c
	}
	g := weighted / (n * s.scaledTotal())
	return math.Max(0, g), nil
}

// TopShare returns the share of the total held by the k largest items,
// k = ⌈fraction·n⌉ and at least 1: the top 1 % of 50 items is the single
// largest item, the top 10 % of 25 items the 3 largest. (A product fraction·n
// within 1e-9 of a whole number counts as that number, so that 0.1·30 is 3.)
// Ties at the boundary do not matter: equal values hold equal shares.
// Errors: ErrInvalidArgument unless 0 < fraction ≤ 1, ErrTooFewValues for an
// empty sample.
func (s *Sample) TopShare(fraction float64) (TopShare, error) {
	if !(fraction > 0 && fraction <= 1) {
		return TopShare{}, newError("TopShare", ErrInvalidArgument, "fraction %v outside (0, 1]", fraction)
	}
	if s.n == 0 {
		return TopShare{}, s.errEmpty("TopShare")
	}
	k := max(ceilTolerant(fraction*float64(s.n)), 1)
	top := s.values[len(s.values)-1]
	left, sum := k, 0.0
	for j := len(s.values) - 1; j >= 0 && left > 0; j-- {
		take := min(left, s.counts[j])
		sum += float64(take) * (s.values[j] / top)
		left -= take
	}
	return TopShare{Fraction: fraction, Items: k, Share: min(sum/s.scaledTotal(), 1)}, nil
}

// HHI returns the Herfindahl–Hirschman index Σ s_i² of the items' shares
// s_i = x_i/Σ x. It lies in [1/n, 1]: 1/n when all items are equal, 1 when a
// single item holds everything. Multiply by 10 000 for the points convention
// (shares in percent). Error: ErrTooFewValues for an empty sample.
func (s *Sample) HHI() (float64, error) {
	if s.n == 0 {
		return 0, s.errEmpty("HHI")
	}
	top := s.values[len(s.values)-1]
	total := s.scaledTotal()
	h := 0.0
	for j, v := range s.values {
		share := (v / top) / total
		h += float64(s.counts[j]) * share * share
	}
	return h, nil
}

// HalfCount returns the smallest number k of items such that the k largest
// hold at least half of the total (k = 1 when one item holds half or more).
// Error: ErrTooFewValues for an empty sample.
func (s *Sample) HalfCount() (int, error) {
	if s.n == 0 {
		return 0, s.errEmpty("HalfCount")
	}
	top := s.values[len(s.values)-1]
	half := s.scaledTotal() / 2
	k, sum := 0, 0.0
	for j := len(s.values) - 1; j >= 0; j-- {
		v := s.values[j] / top
		need := max(ceilTolerant((half-sum)/v), 1)
		if need <= s.counts[j] {
			return k + need, nil
		}
		k += s.counts[j]
		sum += float64(s.counts[j]) * v
	}
	return s.n, nil
}

// ceilTolerant returns ⌈x⌉, except that x within 1e-9 (relative) of a whole
// number counts as that number, so that rounding noise such as
// 0.1·30 = 3.0000000000000004 does not add one item.
func ceilTolerant(x float64) int {
	r := math.Round(x)
	if math.Abs(x-r) <= 1e-9*math.Max(1, math.Abs(x)) {
		return int(r)
	}
	return int(math.Ceil(x))
}
