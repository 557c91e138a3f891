package longtail

import (
	"math"
	"slices"
)

// fitScan chooses x_min among the distinct values by the smallest KS distance.
func (f *fitter) fitScan(opt Options, op string) (PowerLaw, error) {
	d := &f.data
	last := len(d.u) - 2 // every distinct value except the largest
	for last >= 0 && d.tailCount(last) < opt.MinTail {
		last--
	}
	if last < 0 {
		return PowerLaw{}, newError(op, ErrTooFewValues,
			"no candidate x_min leaves %d values above it with two distinct values", opt.MinTail)
	}
	count := last + 1
	search := opt.Search
	if search == SearchAuto {
		search = SearchExhaustive
		if count > AutoExhaustiveLimit {
			search = SearchCoarseToFine
		}
	}
	var best candidate
	var compared int
	if search == SearchCoarseToFine {
		best, compared = f.scanCoarseToFine(last, opt)
	} else {
		best, compared = f.scanExhaustive(last, opt)
	}
	if best.k < 0 {
		return PowerLaw{}, newError(op, ErrNoVariation, "no candidate x_min gives a finite exponent")
	}
	return f.result(best, d.u[best.k], d.lr[best.k], opt, compared), nil
}

// noCandidate is the starting point of a scan: no candidate yet.
var noCandidate = candidate{k: -1, d: math.Inf(1), at: -1}

// try fits candidate k and computes its KS distance unless a deviation
// shows it cannot beat limit (ties: strict means that D equal to limit still
// wins). hint is a global distinct index to check first, or −1. It also
// returns the global index of the largest deviation found, a good hint for
// the next candidate whether or not this one was pruned.
func (f *fitter) try(k int, limit float64, strict bool, hint int, opt Options) (c candidate, complete bool, at int) {
	d := &f.data
	alpha, zq, ok := f.estimate(k, d.u[k], d.lr[k], opt)
	if !ok {
		return candidate{}, false, hint
	}
	f.ks.set(d, k, d.u[k], d.lr[k], alpha, opt.Kind == KindDiscrete, zq)
	dist, pos, complete := f.ks.distance(limit, strict, hint-k, &f.stack)
	if !complete {
		return candidate{}, false, k + pos
	}
	return candidate{k: k, alpha: alpha, zq: zq, d: dist, at: k + pos}, true, k + pos
}

// better reports whether a beats b: smaller D, or equal D and smaller x_min.
func better(a, b candidate) bool {
	return a.d < b.d || (a.d == b.d && a.k < b.k)
}

// improve tries candidate k against best, with hint as in try, and returns
// the new best and the hint for the next candidate.
func (f *fitter) improve(k int, best candidate, hint int, opt Options) (candidate, int) {
	strict := best.k >= 0 && k < best.k
	c, ok, at := f.try(k, best.d, strict, hint, opt)
	if ok && better(c, best) {
		return c, at
	}
	return best, at
}

// scanExhaustive compares every candidate 0..last. A few evenly spaced
// candidates go first so that the pruning bound is tight early; the result is
// the same as an ascending scan.
func (f *fitter) scanExhaustive(last int, opt Options) (candidate, int) {
	best, hint := noCandidate, -1
	var seeds [16]int
	for i := range seeds {
		seeds[i] = i * last / (len(seeds) - 1)
		if i == 0 || seeds[i] != seeds[i-1] {
			best, _ = f.improve(seeds[i], best, best.at, opt)
		}
	}
	for k := 0; k <= last; k++ {
		if _, seeded := slices.BinarySearch(seeds[:], k); !seeded {
			best, hint = f.improve(k, best, hint, opt)
		}
	}
	return best, last + 1
}

// scanCoarseToFine compares a grid of candidates, then every candidate
// within one grid step of the best grid points (see SearchCoarseToFine).
func (f *fitter) scanCoarseToFine(last int, opt Options) (candidate, int) {
	const keep = 4
	count := last + 1
	grid := int(math.Ceil(4 * math.Sqrt(float64(count))))
	step := max(1, (count+grid-1)/grid)
	done := make([]bool, count)
	compared := 0
	var top []candidate // the best grid candidates, best first
	hint := -1
	for k := 0; ; k += step {
		k = min(k, last)
		done[k] = true
		compared++
		limit := math.Inf(1)
		if len(top) == keep {
			limit = top[keep-1].d
		}
		if c, ok, _ := f.try(k, limit, false, hint, opt); ok {
			top = append(top, c)
			slices.SortFunc(top, func(a, b candidate) int {
				if better(a, b) {
					return -1
				}
				return 1
			})
			top = top[:min(len(top), keep)]
			hint = top[0].at
		}
		if k == last {
			break
		}
	}
	if len(top) == 0 {
		return noCandidate, compared
	}
	best := top[0]
	for _, t := range top {
		hint = t.at
		for k := max(0, t.k-step+1); k <= min(last, t.k+step-1); k++ {
			if !done[k] {
				done[k] = true
				compared++
				best, hint = f.improve(k, best, hint, opt)
			}
		}
	}
	return best, compared
}
