package longtail

import "math"

// logNormalSF returns ln Q(z), the log of the standard normal survival
// function Q(z) = P(Z > z) = ½·erfc(z/√2). For z ≥ 30, where erfc nears
// underflow, it uses the asymptotic series
// Q(z) = φ(z)/z·(1 − 1/z² + 3/z⁴ − 15/z⁶ + 105/z⁸ − 945/z¹⁰), whose relative
// error there is below 1e-13. ln Q(+Inf) = −Inf, ln Q(−Inf) = 0.
func logNormalSF(z float64) float64 {
	if z < 30 {
		return math.Log(0.5 * math.Erfc(z/math.Sqrt2))
	}
	u := 1 / (z * z)
	series := 1 - u*(1-3*u*(1-5*u*(1-7*u*(1-9*u))))
	return -0.5*z*z - math.Log(z) - 0.5*math.Log(2*math.Pi) + math.Log(series)
}

// logNormalInterval returns ln(Φ(b) − Φ(a)) for a < b, the log probability
// that a standard normal falls in (a, b], computed without cancellation in
// either tail.
func logNormalInterval(a, b float64) float64 {
	switch {
	case a > 0: // both in the upper tail: Q(a) − Q(b)
		la, lb := logNormalSF(a), logNormalSF(b)
		return la + math.Log1p(-math.Exp(lb-la))
	case b < 0: // both in the lower tail: Φ(b) − Φ(a) = Q(−b) − Q(−a)
		la, lb := logNormalSF(-b), logNormalSF(-a)
		return la + math.Log1p(-math.Exp(lb-la))
	default:
		return math.Log1p(-(math.Exp(logNormalSF(b)) + math.Exp(logNormalSF(-a))))
	}
}

// logRegularizedGammaP returns ln P(a, x), the log of the regularized lower
// incomplete gamma function P(a, x) = γ(a, x)/Γ(a), a > 0, x ≥ 0. For an
// integer k ≥ 1, P(k, μ) is the probability that a Poisson variable of mean μ
// is at least k. It uses the power series for x < a + 1 (kept in logs, so
// that tiny probabilities do not underflow) and Lentz's continued fraction
// for the complement otherwise.
func logRegularizedGammaP(a, x float64) float64 {
	if x <= 0 {
		return math.Inf(-1)
	}
	lga, _ := math.Lgamma(a)
	if x < a+1 {
		sum, term := 1/a, 1/a
		for n := 1.0; n < 10000; n++ {
			term *= x / (a + n)
			sum += term
			if term < sum*1e-17 {
				break
			}
		}
		return -x + a*math.Log(x) - lga + math.Log(sum)
	}
	// Q(a, x) by the continued fraction of Numerical Recipes' gcf, modified
	// Lentz method.
	const tiny = 1e-300
	b := x + 1 - a
	c := 1 / tiny
	d := 1 / b
	h := d
	for i := 1.0; i < 10000; i++ {
		an := -i * (i - a)
		b += 2
		d = an*d + b
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = b + an/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		delta := d * c
		h *= delta
		if math.Abs(delta-1) < 1e-16 {
			break
		}
	}
	q := math.Exp(-x+a*math.Log(x)-lga) * h
	return math.Log1p(-q)
}

// expIntegralScaled returns e^ν·E_α(ν) = ∫_0^∞ (1+s)^(−α) e^(−ν s) ds, the
// generalized exponential integral E_α(ν) = ∫_1^∞ t^(−α) e^(−ν t) dt scaled
// so that it neither underflows for large ν nor needs α > 1 when ν > 0.
// Preconditions: ν ≥ 0, and α > 1 when ν = 0 (then the value is 1/(α−1)).
//
// The substitution s = e^t − 1 gives ∫_0^∞ exp(g(t)) dt with
// g(t) = (1−α)t − ν(e^t − 1), a concave function. The integral is cut where
// g has fallen 50 below its maximum (a relative error of e^−50) and computed
// with 20-point Gauss–Legendre panels at most one unit of t wide, split at the
// maximum. The relative error is below 1e-13.
func expIntegralScaled(alpha, nu float64) float64 {
	if nu == 0 {
		return 1 / (alpha - 1)
	}
	g := func(t float64) float64 { return (1-alpha)*t - nu*math.Expm1(t) }
	peak := 0.0
	if alpha < 1 && (1-alpha) > nu {
		peak = math.Log((1 - alpha) / nu)
	}
	top := g(peak)
	width := 1e-3
	for g(peak+width) > top-50 && width < 1e6 {
		width *= 2
	}
	sum := gaussLegendrePanels(func(t float64) float64 { return math.Exp(g(t) - top) }, peak, peak+width)
	if peak > 0 {
		sum += gaussLegendrePanels(func(t float64) float64 { return math.Exp(g(t) - top) }, 0, peak)
	}
	return sum * math.Exp(top)
}

// gaussLegendrePanels integrates f over [a, b] with 20-point Gauss–Legendre
// rules on max(4, ⌈b−a⌉) equal panels, at most 400.
func gaussLegendrePanels(f func(float64) float64, a, b float64) float64 {
	panels := int(math.Ceil(b - a))
	panels = min(max(panels, 4), 400)
	h := (b - a) / float64(panels)
	sum := 0.0
	for p := range panels {
		mid := a + (float64(p)+0.5)*h
		for i, x := range gaussLegendre20.nodes {
			sum += gaussLegendre20.weights[i] * f(mid+0.5*h*x)
		}
	}
	return sum * 0.5 * h
}

// gaussLegendre20 holds the nodes and weights of the 20-point
// Gauss–Legendre rule on [−1, 1].
var gaussLegendre20 = newGaussLegendre(20)

type gaussLegendreRule struct{ nodes, weights []float64 }

// newGaussLegendre computes the n-point Gauss–Legendre rule by Newton's
// method on the Legendre polynomial P_n, from the classical starting guesses
// cos(π(i − ¼)/(n + ½)).
func newGaussLegendre(n int) gaussLegendreRule {
	r := gaussLegendreRule{nodes: make([]float64, n), weights: make([]float64, n)}
	for i := range n {
		x := math.Cos(math.Pi * (float64(i) + 0.75) / (float64(n) + 0.5))
		var dp float64
		for range 100 {
			p0, p1 := 1.0, x
			for k := 2; k <= n; k++ {
				p0, p1 = p1, (float64(2*k-1)*x*p1-float64(k-1)*p0)/float64(k)
			}
			dp = float64(n) * (x*p1 - p0) / (x*x - 1)
			dx := p1 / dp
			x -= dx
			if math.Abs(dx) < 1e-16 {
				break
			}
		}
		r.nodes[i] = x
		r.weights[i] = 2 / ((1 - x*x) * dp * dp)
	}
	return r
}
