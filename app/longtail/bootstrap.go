package longtail

import (
	"context"
	"math"
	"math/rand/v2"
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

// BootstrapOptions controls Bootstrap.
type BootstrapOptions struct {
	// Resamples is the number of synthetic data sets (0 means
	// DefaultResamples).
	Resamples int
	// Seed seeds the PCG generator of math/rand/v2: the same seed, sample and
	// fit give the same p-value on every platform.
	Seed uint64
	// Progress, when not nil, is called after each resample with the number
	// done and the total. It runs on the caller's goroutine, so the UI may
	// yield to the browser inside it.
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
// ctx is checked before each resample; on cancellation the result so far is
// returned with an error wrapping ctx.Err(). Errors: ErrInvalidArgument when
// fit does not come from s or Resamples < 0.
func Bootstrap(ctx context.Context, s *Sample, fit PowerLaw, opt BootstrapOptions) (GoodnessOfFit, error) {
	total := opt.Resamples
	if total == 0 {
		total = DefaultResamples
	}
	if total < 0 {
		return GoodnessOfFit{}, newError("Bootstrap", ErrInvalidArgument, "%d resamples", total)
	}
	g, err := newResampler(s, fit)
	if err != nil {
		return GoodnessOfFit{}, err
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9e3779b97f4a7c15))
	var f fitter
	var out GoodnessOfFit
	for i := range total {
		if err := ctx.Err(); err != nil {
			out.finish()
			return out, newError("Bootstrap", err, "stopped after %d of %d resamples", i, total)
		}
		values, counts := g.draw(rng)
		sim, err := f.fit(values, counts, g.n, fit.Options, "Bootstrap")
		if err != nil {
			out.Failed++
		} else {
			out.Resamples++
			if sim.D >= fit.D {
				out.AtLeastAsFar++
			}
		}
		if opt.Progress != nil {
			opt.Progress(i+1, total)
		}
	}
	out.finish()
	return out, nil
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

func newResampler(s *Sample, fit PowerLaw) (*resampler, error) {
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
		return nil, newError("Bootstrap", ErrInvalidArgument,
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
