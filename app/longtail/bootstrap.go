package longtail

import (
	"cmp"
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// PlausibilityLevel is the goodness-of-fit p-value at or above which the
// power law is a plausible model of the tail (Clauset et al. use 0.1).
const PlausibilityLevel = 0.1

// DefaultResamples is the number of resamples Bootstrap draws when
// BootstrapOptions.Resamples is 0. The p-value's standard error is then at
// most √(¼/1000) ≈ 0.016; Clauset et al. advise ¼ε⁻² resamples for an
// accuracy ε (2500 for ±0.01).
const DefaultResamples = 1000

// BootstrapOptions controls Bootstrap and BootstrapPart.
type BootstrapOptions struct {
	// Resamples is the number of synthetic data sets of the whole test (0
	// means DefaultResamples), also when BootstrapPart computes only some
	// of them.
	Resamples int
	// Seed seeds the test. Resample i draws from its own PCG generator of
	// math/rand/v2, seeded from (Seed, i) only (see BootstrapPart), so the
	// same seed, sample and fit give the same p-value on every platform,
	// however the resamples are split among workers.
	Seed uint64
	// Progress, when not nil, is called after each resample with the number
	// done and the total: of the whole test for Bootstrap, of the part for
	// BootstrapPart. It runs on the caller's goroutine, so the UI may yield
	// to the browser inside it.
	Progress func(done, total int)
}

// GoodnessOfFit is the result of the semi-parametric bootstrap test.
type GoodnessOfFit struct {
	// P is the fraction of resamples whose refitted KS distance is at least
	// the observed one: small P (< PlausibilityLevel) rules the power law out.
	P            float64
	AtLeastAsFar int  // resamples with D_sim ≥ D
	Resamples    int  // resamples fitted (P's denominator)
	Failed       int  // resamples whose refit failed (left out of P)
	Plausible    bool // P ≥ PlausibilityLevel
}

// Bootstrap tests whether the power law fit is plausible for s, by
// Clauset et al.'s semi-parametric bootstrap (their §4.1): each synthetic
// data set has the sample's size n; each value is, with probability
// NTail/n, drawn from the fitted power law above x_min, otherwise drawn
// uniformly from the sample's own values below x_min. Each synthetic set is
// refitted with the fit's Options (so with the same x_min search, or the same
// fixed x_min), and P = #(D_sim ≥ D)/#resamples.
//
// Draws: continuous values by inverting the CDF, x = x_min·V^(−1/(α−1));
// discrete values exactly, as the largest integer x with
// P(X ≥ x) = ζ(α, x)/ζ(α, x_min) > V (search from Clauset's approximation
// ⌊(x_min − ½)·V^(−1/(α−1)) + ½⌋, then galloping and bisection on the exact
// survival function). The uniforms V of a resample are generated already
// sorted (exponential spacings), so no resample is sorted. Draws beyond the
// float64 range (continuous) or 2^53 (discrete), which only α close to 1 can
// produce, are clamped there.
//
// Bootstrap is MergeBootstrap of the single part BootstrapPart(ctx, s, fit,
// opt, 0, opt.Resamples): splitting the resamples among workers gives the
// same result.
//
// ctx is checked before each resample; on cancellation the result so far is
// returned with an error wrapping ctx.Err(). Errors: ErrInvalidArgument when
// fit does not come from s or Resamples < 0.
func Bootstrap(ctx context.Context, s *Sample, fit PowerLaw, opt BootstrapOptions) (GoodnessOfFit, error) {
	part, err := bootstrapPart(ctx, s, fit, opt, 0, -1, "Bootstrap")
	if err != nil {
		return part.counts(), err // the resamples done before cancellation
	}
	return MergeBootstrap(part)
}

// BootstrapPartial is the outcome of resamples First … First+Count−1 of a
// bootstrap test: plain data (JSON-friendly, no NaN) that a Web Worker can
// post back, for MergeBootstrap.
type BootstrapPartial struct {
	Seed  uint64  `json:"seed"`  // BootstrapOptions.Seed
	Total int     `json:"total"` // resamples of the whole test (defaults resolved)
	D     float64 `json:"d"`     // the fit's KS distance the resamples are compared with
	First int     `json:"first"` // first resample index of the part
	Count int     `json:"count"` // resamples asked of the part

	AtLeastAsFar int `json:"atLeastAsFar"` // resamples with D_sim ≥ D
	Resamples    int `json:"resamples"`    // resamples fitted
	Failed       int `json:"failed"`       // resamples whose refit failed
}

// Done returns the number of resamples the part went through (fitted or
// failed): Count unless it was cancelled.
func (p BootstrapPartial) Done() int { return p.Resamples + p.Failed }

// counts returns the part's counts as a GoodnessOfFit, P computed.
func (p BootstrapPartial) counts() GoodnessOfFit {
	out := GoodnessOfFit{AtLeastAsFar: p.AtLeastAsFar, Resamples: p.Resamples, Failed: p.Failed}
	out.finish()
	return out
}

// BootstrapPart runs resamples first … first+count−1 of the test that
// Bootstrap(ctx, s, fit, opt) runs in full, for a worker computing part of
// it; MergeBootstrap combines the parts. opt.Resamples is the whole test's
// number; opt.Progress receives the part's count as its total.
//
// Resample i draws every random number from a PCG generator seeded with two
// words derived from (opt.Seed, i) alone by SplitMix64's finalizer, so that
// neighbouring resamples start from unrelated states; its result therefore
// does not depend on which part computes it, nor on the order of the parts.
//
// ctx is checked before each resample; on cancellation the part so far is
// returned (Done() < Count) with an error wrapping ctx.Err(). Errors:
// ErrInvalidArgument when fit does not come from s, Resamples < 0, or the
// range is not within [0, Resamples).
func BootstrapPart(ctx context.Context, s *Sample, fit PowerLaw, opt BootstrapOptions, first, count int) (BootstrapPartial, error) {
	if count < 0 {
		return BootstrapPartial{}, newError("BootstrapPart", ErrInvalidArgument, "%d resamples in the part", count)
	}
	return bootstrapPart(ctx, s, fit, opt, first, count, "BootstrapPart")
}

// bootstrapPart is BootstrapPart; count −1 means every resample from first
// on, op names the exported function in errors.
func bootstrapPart(ctx context.Context, s *Sample, fit PowerLaw, opt BootstrapOptions, first, count int, op string) (BootstrapPartial, error) {
	total := opt.Resamples
	if total == 0 {
		total = DefaultResamples
	}
	if total < 0 {
		return BootstrapPartial{}, newError(op, ErrInvalidArgument, "%d resamples", total)
	}
	if count == -1 {
		count = total - first
	}
	if first < 0 || first > total || count > total-first {
		return BootstrapPartial{}, newError(op, ErrInvalidArgument,
			"%d resamples from resample %d, of %d", count, first, total)
	}
	g, err := newResampler(s, fit, op)
	if err != nil {
		return BootstrapPartial{}, err
	}
	out := BootstrapPartial{Seed: opt.Seed, Total: total, D: fit.D, First: first, Count: count}
	src := new(rand.PCG)
	rng := rand.New(src)
	var f fitter
	for k := range count {
		if err := ctx.Err(); err != nil {
			return out, newError(op, err, "stopped after %d of %d resamples", k, count)
		}
		src.Seed(resampleSeed(opt.Seed, first+k))
		values, counts := g.draw(rng)
		sim, err := f.fit(values, counts, g.n, fit.Options, op)
		if err != nil {
			out.Failed++
		} else {
			out.Resamples++
			if sim.D >= fit.D {
				out.AtLeastAsFar++
			}
		}
		if opt.Progress != nil {
			opt.Progress(k+1, count)
		}
	}
	return out, nil
}

// resampleSeed returns the two PCG seed words of resample i of the test
// seeded with seed. The map (seed, i) → (hi, lo) is one-to-one (mix64 is a
// bijection: lo gives i, then hi gives seed), and both words change
// unpredictably from one resample to the next.
func resampleSeed(seed uint64, i int) (hi, lo uint64) {
	lo = mix64(uint64(i) + 0x9e3779b97f4a7c15)
	return mix64(seed ^ lo), lo
}

// mix64 is SplitMix64's finalizer (Stafford's variant 13), a bijection of
// uint64 that spreads every input bit over the whole output.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// MergeBootstrap combines the parts of one bootstrap test, in any order,
// into its result: the same as Bootstrap with the same options. The parts
// must come from the same test (seed, total and KS distance) and cover every
// resample exactly once, each to its end; empty parts are allowed.
// Errors: ErrInvalidArgument otherwise (no part, parts of different tests,
// a gap, an overlap, a cancelled part).
func MergeBootstrap(parts ...BootstrapPartial) (GoodnessOfFit, error) {
	if len(parts) == 0 {
		return GoodnessOfFit{}, newError("MergeBootstrap", ErrInvalidArgument, "no part")
	}
	sorted := slices.Clone(parts)
	slices.SortFunc(sorted, func(a, b BootstrapPartial) int {
		return cmp.Or(cmp.Compare(a.First, b.First), cmp.Compare(a.Count, b.Count))
	})
	ref := sorted[0]
	if ref.Total < 1 {
		return GoodnessOfFit{}, newError("MergeBootstrap", ErrInvalidArgument, "a test of %d resamples", ref.Total)
	}
	next := 0 // first resample not yet covered
	var out BootstrapPartial
	for _, p := range sorted {
		switch {
		case p.Seed != ref.Seed || p.Total != ref.Total || p.D != ref.D:
			return GoodnessOfFit{}, newError("MergeBootstrap", ErrInvalidArgument,
				"parts of different tests (seed %d, %d resamples, D %v; seed %d, %d resamples, D %v)",
				ref.Seed, ref.Total, ref.D, p.Seed, p.Total, p.D)
		case p.Count < 0 || p.Done() != p.Count || p.AtLeastAsFar < 0 || p.AtLeastAsFar > p.Resamples || p.Failed < 0:
			return GoodnessOfFit{}, newError("MergeBootstrap", ErrInvalidArgument,
				"part from resample %d: %d of %d resamples done", p.First, p.Done(), p.Count)
		case p.Count == 0:
			continue
		case p.First < next:
			return GoodnessOfFit{}, newError("MergeBootstrap", ErrInvalidArgument,
				"resamples %d to %d in two parts", p.First, min(next, p.First+p.Count)-1)
		case p.First > next:
			return GoodnessOfFit{}, newError("MergeBootstrap", ErrInvalidArgument,
				"resamples %d to %d in no part", next, p.First-1)
		}
		next += p.Count
		out.AtLeastAsFar += p.AtLeastAsFar
		out.Resamples += p.Resamples
		out.Failed += p.Failed
	}
	if next != ref.Total {
		return GoodnessOfFit{}, newError("MergeBootstrap", ErrInvalidArgument,
			"%d resamples in the parts, %d in the test", next, ref.Total)
	}
	return out.counts(), nil
}

// ResampleRange is the range of resamples First … First+Count−1 of a test.
type ResampleRange struct {
	First, Count int
}

// SplitResamples splits a test of total resamples (0 means
// DefaultResamples) into parts contiguous ranges, one per worker, whose
// counts differ by at most one (empty ranges when parts > total). Parts
// below 1 count as 1.
func SplitResamples(total, parts int) []ResampleRange {
	if total == 0 {
		total = DefaultResamples
	}
	total, parts = max(total, 0), max(parts, 1)
	out := make([]ResampleRange, parts)
	first := 0
	for j := range out {
		count := total / parts
		if j < total%parts {
			count++
		}
		out[j] = ResampleRange{first, count}
		first += count
	}
	return out
}

// finish computes P and Plausible from the counts.
func (g *GoodnessOfFit) finish() {
	if g.Resamples > 0 {
		g.P = float64(g.AtLeastAsFar) / float64(g.Resamples)
	}
	g.Plausible = g.Resamples > 0 && g.P >= PlausibilityLevel
}

// resampler draws synthetic data sets for Bootstrap.
type resampler struct {
	n        int
	pTail    float64
	q, alpha float64
	discrete bool
	zq       float64 // discrete: q^α ζ(α, q)

	bodyValues []float64 // distinct values below x_min
	bodyCum    []int     // bodyCum[j] = Σ_{i≤j} counts: for uniform draws
	bodyGroup  []int32   // bodyGroup[r] = group of body item r, when not too large
	bodyN      int

	// scratch
	bodyCounts []int
	spacings   []float64
	values     []float64
	counts     []int
}

func newResampler(s *Sample, fit PowerLaw, op string) (*resampler, error) {
	g := &resampler{n: s.n, q: fit.XMin, alpha: fit.Alpha, discrete: fit.Kind == KindDiscrete}
	tailN := 0
	for j, v := range s.values {
		if v < fit.XMin {
			g.bodyValues = append(g.bodyValues, v)
			g.bodyN += s.counts[j]
			g.bodyCum = append(g.bodyCum, g.bodyN)
		} else {
			tailN += s.counts[j]
		}
	}
	if tailN != fit.NTail || fit.NTail == 0 || fit.N != s.n || !(fit.Alpha > 1) {
		return nil, newError(op, ErrInvalidArgument,
			"the fit (%d values ≥ %v of %d) does not come from this sample (%d of %d)", fit.NTail, fit.XMin, fit.N, tailN, s.n)
	}
	g.pTail = float64(tailN) / float64(s.n)
	if g.bodyN <= 1<<22 {
		g.bodyGroup = make([]int32, 0, g.bodyN)
		for j, c := range g.bodyCum {
			for len(g.bodyGroup) < c {
				g.bodyGroup = append(g.bodyGroup, int32(j))
			}
		}
	}
	if g.discrete {
		g.zq, _, _ = zetaScaled(g.alpha, g.q, false)
	}
	g.bodyCounts = make([]int, len(g.bodyValues))
	return g, nil
}

// draw returns one synthetic data set as distinct ascending values and
// counts (valid until the next call).
func (g *resampler) draw(rng *rand.Rand) ([]float64, []int) {
	m := 0 // values from the power law
	for range g.n {
		if rng.Float64() < g.pTail {
			m++
		}
	}
	clear(g.bodyCounts)
	for range g.n - m {
		r := rng.IntN(g.bodyN)
		if g.bodyGroup != nil {
			g.bodyCounts[g.bodyGroup[r]]++
		} else {
			g.bodyCounts[sort.SearchInts(g.bodyCum, r+1)]++
		}
	}
	g.values, g.counts = g.values[:0], g.counts[:0]
	for j, c := range g.bodyCounts {
		if c > 0 {
			g.values = append(g.values, g.bodyValues[j])
			g.counts = append(g.counts, c)
		}
	}
	g.drawTail(rng, m)
	return g.values, g.counts
}

// drawTail appends m sorted power-law draws to g.values/g.counts (grouped).
// The m uniforms are order statistics built from m+1 exponential spacings:
// V_i = (E_{i+1} + … + E_{m+1})/(E_1 + … + E_{m+1}), decreasing in i, so the
// draws come out in ascending order.
func (g *resampler) drawTail(rng *rand.Rand, m int) {
	if m == 0 {
		return
	}
	g.spacings = grow(g.spacings, m+1)
	for i := range g.spacings {
		g.spacings[i] = rng.ExpFloat64()
	}
	total := 0.0
	for _, e := range g.spacings {
		total += e
	}
	rest := total
	var sampler discreteSampler
	if g.discrete {
		sampler = discreteSampler{g: g, cur: g.q, sNext: g.survival(g.q + 1)}
	}
	for i := range m {
		rest -= g.spacings[i]
		v := math.Max(rest, 0) / total
		if v <= 0 {
			v = math.SmallestNonzeroFloat64
		}
		var x float64
		if g.discrete {
			x = sampler.next(v)
		} else {
			x = g.q * math.Exp(-math.Log(v)/(g.alpha-1))
			if math.IsInf(x, 1) {
				x = math.MaxFloat64
			}
		}
		if k := len(g.values); k > 0 && g.values[k-1] == x {
			g.counts[k-1]++
		} else {
			g.values = append(g.values, x)
			g.counts = append(g.counts, 1)
		}
	}
}

// survival returns the discrete P(X ≥ x) = (q/x)^α z(α, x)/z(α, q).
func (g *resampler) survival(x float64) float64 {
	z, _, _ := zetaScaled(g.alpha, x, false)
	return math.Exp(-g.alpha*logRatio(x, g.q)) * z / g.zq
}

// discreteSampler inverts the discrete survival function for decreasing
// uniforms, remembering where the previous draw ended.
type discreteSampler struct {
	g     *resampler
	cur   float64 // previous draw: S(cur) > every later v
	sNext float64 // S(cur + 1)
}

// next returns the largest integer x ≥ cur with S(x) > v.
func (d *discreteSampler) next(v float64) float64 {
	if d.sNext <= v {
		return d.cur
	}
	g := d.g
	const limit = maxExactInteger
	lo := d.cur + 1 // S(lo) > v
	guess := math.Floor((g.q-0.5)*math.Exp(-math.Log(v)/(g.alpha-1)) + 0.5)
	guess = math.Min(math.Max(guess, lo), limit)
	hi := 0.0 // S(hi) ≤ v, found below
	if g.survival(guess) > v {
		lo = guess
		for step := 1.0; ; step *= 2 {
			if lo >= limit {
				d.cur, d.sNext = limit, 0
				return limit
			}
			probe := math.Min(lo+step, limit)
			if g.survival(probe) <= v {
				hi = probe
				break
			}
			lo = probe
		}
	} else {
		hi = guess
	}
	for hi-lo > 1 {
		mid := math.Floor(lo + (hi-lo)/2)
		if g.survival(mid) > v {
			lo = mid
		} else {
			hi = mid
		}
	}
	d.cur = lo
	d.sNext = g.survival(lo + 1)
	return lo
}
