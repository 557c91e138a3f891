package longtail

import "math"

// tailData is a sample prepared for power-law fitting: distinct values in
// ascending order with their counts, logarithms and suffix sums, so that
// α̂ for any candidate x_min costs O(1).
type tailData struct {
	u      []float64 // distinct values, ascending
	c      []int     // their counts
	lr     []float64 // lr[j] = ln(u[j]/u[0]), computed without cancellation
	before []int     // before[j] = Σ_{i<j} c[i]; before[len(u)] = n
	suffix []float64 // suffix[j] = Σ_{i≥j} c[i]·lr[i]; suffix[len(u)] = 0
	n      int
}

// reset fills d from distinct ascending values and their counts, reusing
// d's slices.
func (d *tailData) reset(values []float64, counts []int) {
	m := len(values)
	d.u = values
	d.c = counts
	d.lr = grow(d.lr, m)
	d.before = growInt(d.before, m+1)
	d.suffix = grow(d.suffix, m+1)
	u0 := values[0]
	for j, v := range values {
		d.lr[j] = logRatio(v, u0)
	}
	d.before[0] = 0
	for j, c := range counts {
		d.before[j+1] = d.before[j] + c
	}
	d.n = d.before[m]
	// Neumaier-compensated suffix sums.
	sum, comp := 0.0, 0.0
	d.suffix[m] = 0
	for j := m - 1; j >= 0; j-- {
		term := float64(d.c[j]) * d.lr[j]
		t := sum + term
		if math.Abs(sum) >= math.Abs(term) {
			comp += (sum - t) + term
		} else {
			comp += (term - t) + sum
		}
		sum = t
		d.suffix[j] = sum + comp
	}
}

// tailCount returns the number of values ≥ u[k].
func (d *tailData) tailCount(k int) int { return d.n - d.before[k] }

// sumLog returns Σ ln(x/q) over the values ≥ u[k], for a threshold q ≤ u[k]
// given as lq = ln(q/u[0]).
func (d *tailData) sumLog(k int, lq float64) float64 {
	return d.suffix[k] - float64(d.tailCount(k))*lq
}

// logRatio returns ln(v/u) for 0 < u ≤ v, accurately when v is close to u
// and without overflow when v/u exceeds the float64 range.
func logRatio(v, u float64) float64 {
	r := v / u
	switch {
	case math.IsInf(r, 1):
		return math.Log(v) - math.Log(u)
	case r < 2:
		return math.Log1p((v - u) / u)
	default:
		return math.Log(r)
	}
}

// grow returns s resized to n elements, reusing its storage when possible.
func grow(s []float64, n int) []float64 {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]float64, n)
}

func growInt(s []int, n int) []int {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]int, n)
}

// ksTail evaluates the Kolmogorov–Smirnov distance between the values
// ≥ u[k] and a fitted power law with threshold q and exponent alpha.
//
// The tail is seen as m = len(u) − k positions, one per distinct value. At
// position j the model takes values in [lo, hi] and the empirical CDF in
// [elo, ehi], both non-decreasing in j, and the exact deviation there is
// max(|lo − ehi|, |hi − elo|). Over a range of positions [a, b] every
// deviation is bounded by max(|lo(a) − ehi(b)|, |hi(b) − elo(a)|), which lets
// distance skip ranges that cannot hold the maximum (branch and bound).
//
// Continuous (Clauset's plfit.m convention): the sorted tail values
// x_(1) ≤ … ≤ x_(n) are compared one by one with the model CDF
// 1 − (q/x)^(α−1), F(x_(i)) against (i−1)/n, ties counted one by one. A run of
// c equal values starting at index i therefore spans (i−1)/n … (i+c−2)/n.
//
// Discrete: the model CDF P(X ≤ x) = 1 − ζ(α, x+1)/ζ(α, q) is compared with
// the empirical CDF at every integer x from q to the largest value. Between
// two observed values u_j < u_{j+1} the empirical CDF is flat and the model
// rises, so the maximum over the integers u_j … u_{j+1}−1 is at one of the
// two ends: position j spans the model values P(X ≤ u_j) … P(X ≤ u_{j+1}−1).
// When q is below the smallest tail value (a fixed x_min), the integers
// q … u_k−1 add the deviation P(X ≤ u_k − 1).
type ksTail struct {
	d        *tailData
	k, m     int
	base     int     // before[k]
	n        float64 // tail size
	q, lq    float64 // threshold and ln(q/u[0])
	alpha    float64
	discrete bool
	zq       float64 // discrete: q^α ζ(α, q)
}

// set prepares t for the tail starting at k with threshold q (lq = ln(q/u0)).
func (t *ksTail) set(d *tailData, k int, q, lq, alpha float64, discrete bool, zq float64) {
	*t = ksTail{d: d, k: k, m: len(d.u) - k, base: d.before[k], n: float64(d.tailCount(k)),
		q: q, lq: lq, alpha: alpha, discrete: discrete, zq: zq}
}

// survivalRatio returns (q/u_g)^α, the factor of the discrete survival
// function S(u_g) = (q/u_g)^α·z(α, u_g)/z(α, q).
func (t *ksTail) survivalRatio(g int) float64 {
	return math.Exp(-t.alpha * (t.d.lr[g] - t.lq))
}

// survival returns the discrete P(X ≥ u_g).
func (t *ksTail) survival(g int) float64 {
	z, _, _ := zetaScaled(t.alpha, t.d.u[g], false)
	return t.survivalRatio(g) * z / t.zq
}

// model returns the model CDF range at position j.
func (t *ksTail) model(j int) (lo, hi float64) {
	g := t.k + j
	if !t.discrete {
		cf := -math.Expm1(-(t.alpha - 1) * (t.d.lr[g] - t.lq))
		return cf, cf
	}
	// P(X ≤ u) = 1 − S(u) + P(X = u) = 1 − (q/u)^α (z(α,u) − 1)/z(α,q).
	z, _, _ := zetaScaled(t.alpha, t.d.u[g], false)
	lo = 1 - t.survivalRatio(g)*(z-1)/t.zq
	hi = lo
	if g+1 < len(t.d.u) {
		hi = 1 - t.survival(g+1)
	}
	return lo, hi
}

// emp returns the empirical CDF range at position j.
func (t *ksTail) emp(j int) (lo, hi float64) {
	g := t.k + j
	if t.discrete {
		e := float64(t.d.before[g+1]-t.base) / t.n
		return e, e
	}
	first := float64(t.d.before[g] - t.base)
	return first / t.n, (first + float64(t.d.c[g]) - 1) / t.n
}

// ksNode is a range of positions [a, b] whose ends have been evaluated.
type ksNode struct {
	a, b          int
	aLo, aHi      float64
	bLo, bHi      float64
	bound         float64
	boundComputed bool
}

// distance returns the KS distance D of the tail, the position where it is
// reached, and ok = true; or, as soon as some deviation shows that D would
// exceed limit (D ≥ limit, or D > limit when strict), the deviation found,
// its position and ok = false. hint is a position to evaluate first (−1 for
// none): the position of the maximum for a neighbouring candidate, which
// usually prunes a poor candidate at once. stack is reused scratch space.
func (t *ksTail) distance(limit float64, strict bool, hint int, stack *[]ksNode) (d float64, at int, ok bool) {
	exceeds := func(x float64) bool {
		if strict {
			return x > limit
		}
		return x >= limit
	}
	eval := func(j int) (lo, hi float64) {
		lo, hi = t.model(j)
		elo, ehi := t.emp(j)
		if e := math.Max(math.Abs(lo-ehi), math.Abs(hi-elo)); e > d {
			d, at = e, j
		}
		return lo, hi
	}
	if t.discrete && t.q < t.d.u[t.k] {
		// Integers q … u_k − 1 carry an empirical CDF of 0.
		d = 1 - t.survival(t.k)
		if exceeds(d) {
			return d, 0, false
		}
	}
	if hint > 0 && hint < t.m-1 {
		eval(hint)
		if exceeds(d) {
			return d, at, false
		}
	}
	aLo, aHi := eval(0)
	if exceeds(d) {
		return d, at, false
	}
	if t.m == 1 {
		return d, at, true
	}
	bLo, bHi := eval(t.m - 1)
	if exceeds(d) {
		return d, at, false
	}
	s := (*stack)[:0]
	s = append(s, ksNode{a: 0, b: t.m - 1, aLo: aLo, aHi: aHi, bLo: bLo, bHi: bHi})
	for len(s) > 0 {
		nd := s[len(s)-1]
		s = s[:len(s)-1]
		if nd.b-nd.a <= 1 {
			continue
		}
		if t.bound(&nd) <= d {
			continue
		}
		if nd.b-nd.a <= 4 {
			for j := nd.a + 1; j < nd.b; j++ {
				eval(j)
				if exceeds(d) {
					*stack = s
					return d, at, false
				}
			}
			continue
		}
		mid := (nd.a + nd.b) / 2
		mLo, mHi := eval(mid)
		if exceeds(d) {
			*stack = s
			return d, at, false
		}
		left := ksNode{a: nd.a, b: mid, aLo: nd.aLo, aHi: nd.aHi, bLo: mLo, bHi: mHi}
		right := ksNode{a: mid, b: nd.b, aLo: mLo, aHi: mHi, bLo: nd.bLo, bHi: nd.bHi}
		// Explore the range with the larger bound first (pushed last).
		if t.bound(&left) > t.bound(&right) {
			s = append(s, right, left)
		} else {
			s = append(s, left, right)
		}
	}
	*stack = s
	return d, at, true
}

// bound returns (and caches) the largest deviation possible in nd's range.
func (t *ksTail) bound(nd *ksNode) float64 {
	if !nd.boundComputed {
		elo, _ := t.emp(nd.a)
		_, ehi := t.emp(nd.b)
		nd.bound = math.Max(math.Abs(nd.aLo-ehi), math.Abs(nd.bHi-elo))
		nd.boundComputed = true
	}
	return nd.bound
}
