package longtail

import (
	"math"
	"slices"
)

// nelderMead minimises f from x0 by the Nelder–Mead simplex method
// (reflection 1, expansion 2, contraction ½, shrink ½), with step[i] the
// initial simplex edge along coordinate i. NaN values of f count as +Inf, so
// f may return +Inf outside its domain (a cheap way to impose constraints).
// It stops when the spread of f over the simplex falls below
// tol·(|f_best| + tol), or after maxEval evaluations, and restarts once
// from the best point to escape a collapsed simplex. It returns the best
// point and its value.
func nelderMead(f func([]float64) float64, x0, step []float64, tol float64, maxEval int) ([]float64, float64) {
	eval := func(x []float64) float64 {
		v := f(x)
		if math.IsNaN(v) {
			return math.Inf(1)
		}
		return v
	}
	best := slices.Clone(x0)
	bestValue := eval(best)
	evals := 1
	for restart := 0; restart < 2 && evals < maxEval; restart++ {
		x, v, used := nelderMeadRun(eval, best, step, tol, maxEval-evals)
		evals += used
		if v <= bestValue {
			best, bestValue = x, v
		}
	}
	return best, bestValue
}

// nelderMeadRun is one Nelder–Mead descent; it returns the best vertex, its
// value and the number of evaluations used.
func nelderMeadRun(eval func([]float64) float64, x0, step []float64, tol float64, maxEval int) ([]float64, float64, int) {
	dim := len(x0)
	points := make([][]float64, dim+1)
	values := make([]float64, dim+1)
	for i := range points {
		points[i] = slices.Clone(x0)
		if i > 0 {
			points[i][i-1] += step[i-1]
		}
		values[i] = eval(points[i])
	}
	evals := dim + 1
	order := make([]int, dim+1)
	centroid := make([]float64, dim)
	trial := func(from []float64, t float64) []float64 {
		p := make([]float64, dim)
		for i := range p {
			p[i] = centroid[i] + t*(from[i]-centroid[i])
		}
		return p
	}
	for evals < maxEval {
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int {
			switch {
			case values[a] < values[b]:
				return -1
			case values[a] > values[b]:
				return 1
			}
			return 0
		})
		lo, hi, second := order[0], order[dim], order[dim-1]
		spread := values[hi] - values[lo]
		if !math.IsInf(values[hi], 1) && spread <= tol*(math.Abs(values[lo])+tol) {
			break
		}
		clear(centroid)
		for _, i := range order[:dim] {
			for j := range centroid {
				centroid[j] += points[i][j] / float64(dim)
			}
		}
		reflected := trial(points[hi], -1)
		rv := eval(reflected)
		evals++
		switch {
		case rv < values[lo]:
			expanded := trial(points[hi], -2)
			ev := eval(expanded)
			evals++
			if ev < rv {
				points[hi], values[hi] = expanded, ev
			} else {
				points[hi], values[hi] = reflected, rv
			}
		case rv < values[second]:
			points[hi], values[hi] = reflected, rv
		default:
			t := 0.5 // inside contraction, or outside when the reflection helped
			if rv < values[hi] {
				t = -0.5
			}
			contracted := trial(points[hi], t)
			cv := eval(contracted)
			evals++
			if cv < math.Min(rv, values[hi]) {
				points[hi], values[hi] = contracted, cv
				continue
			}
			for _, i := range order[1:] {
				for j := range points[i] {
					points[i][j] = points[lo][j] + 0.5*(points[i][j]-points[lo][j])
				}
				values[i] = eval(points[i])
				evals++
			}
		}
	}
	b := 0
	for i, v := range values {
		if v < values[b] {
			b = i
		}
	}
	return points[b], values[b], evals
}

// minimize1D returns the minimiser of f on [a, b] and its value, by Brent's
// method (golden-section steps with parabolic interpolation), to an absolute
// tolerance of about tol in x. NaN values of f count as +Inf.
func minimize1D(f func(float64) float64, a, b, tol float64) (float64, float64) {
	eval := func(x float64) float64 {
		v := f(x)
		if math.IsNaN(v) {
			return math.Inf(1)
		}
		return v
	}
	const golden = 0.3819660112501051 // (3 − √5)/2
	x := a + golden*(b-a)
	w, v := x, x
	fx := eval(x)
	fw, fv := fx, fx
	d, e := 0.0, 0.0
	for range 200 {
		m := 0.5 * (a + b)
		tol1 := tol + 1e-10*math.Abs(x)
		if math.Abs(x-m) <= 2*tol1-0.5*(b-a) {
			break
		}
		parabolic := false
		if math.Abs(e) > tol1 && !math.IsInf(fx, 1) && !math.IsInf(fw, 1) && !math.IsInf(fv, 1) {
			r := (x - w) * (fx - fv)
			q := (x - v) * (fx - fw)
			p := (x-v)*q - (x-w)*r
			q = 2 * (q - r)
			if q > 0 {
				p = -p
			}
			q = math.Abs(q)
			if math.Abs(p) < math.Abs(0.5*q*e) && p > q*(a-x) && p < q*(b-x) {
				e, d = d, p/q
				parabolic = true
				if u := x + d; u-a < 2*tol1 || b-u < 2*tol1 {
					d = math.Copysign(tol1, m-x)
				}
			}
		}
		if !parabolic {
			if x < m {
				e = b - x
			} else {
				e = a - x
			}
			d = golden * e
		}
		u := x + d
		if math.Abs(d) < tol1 {
			u = x + math.Copysign(tol1, d)
		}
		fu := eval(u)
		if fu <= fx {
			if u < x {
				b = x
			} else {
				a = x
			}
			v, fv, w, fw, x, fx = w, fw, x, fx, u, fu
		} else {
			if u < x {
				a = u
			} else {
				b = u
			}
			if fu <= fw || w == x {
				v, fv, w, fw = w, fw, u, fu
			} else if fu <= fv || v == x || v == w {
				v, fv = u, fu
			}
		}
	}
	return x, fx
}
