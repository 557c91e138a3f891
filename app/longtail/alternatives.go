package longtail

import (
	"math"
)

// Alternative names a distribution compared with the power law on the tail.
type Alternative int

const (
	// Lognormal: p(x) ∝ x^(−1)·exp(−(ln x − μ)²/(2σ²)). Parameters mu, sigma.
	Lognormal Alternative = iota + 1
	// Exponential: p(x) ∝ e^(−λx). Parameter lambda.
	Exponential
	// StretchedExponential (Weibull): p(x) ∝ x^(β−1)·e^(−λx^β). Parameters
	// beta, lambda.
	StretchedExponential
	// PowerLawWithCutoff: p(x) ∝ x^(−α)·e^(−λx). It contains the power law
	// (λ = 0), so the test is nested. Parameters alpha, lambda.
	PowerLawWithCutoff
	// Poisson (discrete data only): P(x) ∝ μ^x/x!. Parameter mu.
	Poisson
)

// String returns the alternative's identifier: "lognormal", "exponential",
// "stretched_exponential", "power_law_cutoff" or "poisson".
func (a Alternative) String() string {
	switch a {
	case Lognormal:
		return "lognormal"
	case Exponential:
		return "exponential"
	case StretchedExponential:
		return "stretched_exponential"
	case PowerLawWithCutoff:
		return "power_law_cutoff"
	case Poisson:
		return "poisson"
	}
	return "unknown"
}

// Parameter is one fitted parameter of an alternative, named by a stable
// identifier ("mu", "sigma", "lambda", "beta", "alpha") that the UI
// translates.
type Parameter struct {
	Name  string
	Value float64
}

// tail holds the values ≥ x_min of a sample, grouped, for the likelihood
// ratio tests.
type tail struct {
	x        []float64 // distinct values, ascending
	c        []float64 // their counts
	ly       []float64 // ln(x/q)
	n        float64
	q        float64 // x_min
	discrete bool
}

// newTail extracts the values ≥ fit.XMin of s.
func newTail(s *Sample, fit PowerLaw) tail {
	t := tail{q: fit.XMin, discrete: fit.Kind == KindDiscrete}
	for j, v := range s.values {
		if v < fit.XMin {
			continue
		}
		t.x = append(t.x, v)
		t.c = append(t.c, float64(s.counts[j]))
		t.ly = append(t.ly, logRatio(v, fit.XMin))
		t.n += float64(s.counts[j])
	}
	return t
}

// sum returns Σ count·f(i) over the distinct tail values.
func (t *tail) sum(f func(i int) float64) float64 {
	s := 0.0
	for i, c := range t.c {
		s += c * f(i)
	}
	return s
}

// powerLawLogPDF returns ln p(x_i) under the fitted power law.
func (t *tail) powerLawLogPDF(alpha float64) func(i int) float64 {
	if t.discrete {
		lz := math.Log(func() float64 { z, _, _ := zetaScaled(alpha, t.q, false); return z }())
		return func(i int) float64 { return -alpha*t.ly[i] - lz }
	}
	c := math.Log(alpha-1) - math.Log(t.q)
	return func(i int) float64 { return c - alpha*t.ly[i] }
}

// fittedAlternative is an alternative fitted on the tail: its parameters and
// per-value log-likelihood.
type fittedAlternative struct {
	params []Parameter
	logPDF func(i int) float64
}

// fitExponential fits the exponential tail by maximum likelihood, in closed
// form: continuous p(x) = λe^(−λ(x−q)) with λ̂ = 1/(x̄ − q); discrete
// P(x) = (1 − e^(−λ))e^(−λ(x−q)) with λ̂ = ln(1 + 1/(x̄ − q)).
func (t *tail) fitExponential() fittedAlternative {
	excess := t.sum(func(i int) float64 { return t.x[i] - t.q }) / t.n
	if t.discrete {
		lambda := math.Log1p(1 / excess)
		c := math.Log(-math.Expm1(-lambda))
		return fittedAlternative{
			params: []Parameter{{"lambda", lambda}},
			logPDF: func(i int) float64 { return c - lambda*(t.x[i]-t.q) },
		}
	}
	lambda := 1 / excess
	c := math.Log(lambda)
	return fittedAlternative{
		params: []Parameter{{"lambda", lambda}},
		logPDF: func(i int) float64 { return c - lambda*(t.x[i]-t.q) },
	}
}

// LognormalMaxZ bounds the lognormal fitted in Compare: x_min may lie at
// most this many standard deviations above the median on the log scale,
// (ln x_min − μ)/σ ≤ 30. On tails close to a power law the likelihood keeps
// creeping up as μ → −∞ and σ → ∞, where the truncated lognormal becomes a
// power law over the observed range and the test can only find "no
// difference" (for the words data the ratio drifts from 0.40 to 0.06). The
// bound leaves every other reference data set unchanged and gives 0.40 for
// words, the paper's 0.395.
const LognormalMaxZ = 30

// fitLognormal fits the lognormal conditioned on X ≥ q by maximum likelihood
// (Nelder–Mead on μ and ln σ, from the mean and standard deviation of ln x),
// with (ln q − μ)/σ ≤ LognormalMaxZ.
// Continuous: ln p(x) = −ln x − ln σ − ½ ln 2π − (ln x − μ)²/(2σ²) − ln Q(z_q),
// z_q = (ln q − μ)/σ, Q the standard normal survival function.
// Discrete: the mass of the continuous lognormal on [x − ½, x + ½) conditioned
// on X ≥ q − ½, P(x) = (Φ(z(x+½)) − Φ(z(x−½)))/Q(z(q−½)).
func (t *tail) fitLognormal() (fittedAlternative, error) {
	mean := t.sum(func(i int) float64 { return math.Log(t.x[i]) }) / t.n
	variance := t.sum(func(i int) float64 { d := math.Log(t.x[i]) - mean; return d * d }) / t.n
	sd := math.Sqrt(math.Max(variance, 1e-12))
	logPDF := func(mu, sigma float64) func(i int) float64 {
		if t.discrete {
			norm := logNormalSF((math.Log(t.q-0.5) - mu) / sigma)
			return func(i int) float64 {
				a := (math.Log(t.x[i]-0.5) - mu) / sigma
				b := (math.Log(t.x[i]+0.5) - mu) / sigma
				return logNormalInterval(a, b) - norm
			}
		}
		c := -math.Log(sigma) - 0.5*math.Log(2*math.Pi) - logNormalSF((math.Log(t.q)-mu)/sigma)
		return func(i int) float64 {
			lx := math.Log(t.x[i])
			z := (lx - mu) / sigma
			return c - lx - 0.5*z*z
		}
	}
	negLL := func(p []float64) float64 {
		sigma := math.Exp(p[1])
		if sigma < 1e-12 || sigma > 1e12 || (math.Log(t.q)-p[0])/sigma > LognormalMaxZ {
			return math.Inf(1)
		}
		return -t.sum(logPDF(p[0], sigma))
	}
	best, bestValue := []float64(nil), math.Inf(1)
	for _, start := range [][]float64{{mean, math.Log(sd)}, {mean - 2*sd, math.Log(2 * sd)}} {
		x, v := nelderMead(negLL, start, []float64{0.5 * sd, 0.5}, 1e-13, 4000)
		if v < bestValue {
			best, bestValue = x, v
		}
	}
	if math.IsInf(bestValue, 0) {
		return fittedAlternative{}, newError("Compare", ErrNumerical, "the lognormal likelihood is not finite anywhere")
	}
	mu, sigma := best[0], math.Exp(best[1])
	return fittedAlternative{params: []Parameter{{"mu", mu}, {"sigma", sigma}}, logPDF: logPDF(mu, sigma)}, nil
}

// MinStretchedBeta is the smallest stretching exponent β the stretched
// exponential may take in Compare. As β → 0 with λβ fixed, the stretched
// exponential tends to a power law, and on tails that are close to a power law
// the unconstrained maximum likelihood runs off towards β = 0, where the test
// can only say "no difference" (Clauset et al.'s own fits were constrained,
// though their bound is not published). With β ≥ 0.05 every reference data
// set gets the paper's verdict (favoured, disfavoured or inconclusive); the
// values of cities (0.28, paper 0.204), flares (−0.08, paper −0.546),
// words (1.76, paper 4.13) and terrorism (−0.13, paper 0.772) differ, and the
// unconstrained values are −0.092, −0.815, 0.06 and −0.278.
const MinStretchedBeta = 0.05

// fitStretched fits the stretched exponential (Weibull) conditioned on
// X ≥ q, with β in [MinStretchedBeta, 50], written with y = x/q and
// κ = λq^β: S(x)/S(q) = exp(−κ(y^β − 1)).
// Continuous: ln p(x) = ln β + ln κ − ln q + (β−1) ln y − κ(y^β − 1); for a
// given β the maximum over κ is κ̂ = n/Σ(y^β − 1), so the fit is a
// one-dimensional search over ln β (Brent).
// Discrete: the mass on [x − ½, x + ½) conditioned on X ≥ q − ½, fitted by
// Nelder–Mead on (ln κ, ln β) from the continuous solution.
func (t *tail) fitStretched() (fittedAlternative, error) {
	// Continuous profile likelihood in b = ln β.
	sumLy := t.sum(func(i int) float64 { return t.ly[i] })
	profile := func(b float64) (kappa, ll float64) {
		beta := math.Exp(b)
		s := t.sum(func(i int) float64 { return math.Expm1(beta * t.ly[i]) })
		kappa = t.n / s
		ll = t.n*math.Log(beta) + t.n*math.Log(kappa) - t.n*math.Log(t.q) + (beta-1)*sumLy - t.n
		return kappa, ll
	}
	lo, hi := math.Log(MinStretchedBeta), math.Log(50.0)
	b, _ := minimize1D(func(b float64) float64 { _, ll := profile(b); return -ll }, lo, hi, 1e-10)
	kappa, ll := profile(b)
	if math.IsInf(ll, 0) || math.IsNaN(ll) {
		return fittedAlternative{}, newError("Compare", ErrNumerical, "the stretched exponential likelihood is not finite")
	}
	beta := math.Exp(b)
	if !t.discrete {
		c := math.Log(beta) + math.Log(kappa) - math.Log(t.q)
		return fittedAlternative{
			params: []Parameter{{"beta", beta}, {"lambda", kappa * math.Exp(-beta*math.Log(t.q))}},
			logPDF: func(i int) float64 { return c + (beta-1)*t.ly[i] - kappa*math.Expm1(beta*t.ly[i]) },
		}, nil
	}
	r := t.q - 0.5
	logPDF := func(lk, lb float64) func(i int) float64 {
		kappa, beta := math.Exp(lk), math.Exp(lb)
		return func(i int) float64 {
			a := kappa * math.Expm1(beta*math.Log((t.x[i]-0.5)/r))
			b := kappa * math.Expm1(beta*math.Log((t.x[i]+0.5)/r))
			return -a + math.Log(-math.Expm1(-(b - a)))
		}
	}
	negLL := func(p []float64) float64 {
		if p[1] < lo || p[1] > hi {
			return math.Inf(1)
		}
		return -t.sum(logPDF(p[0], p[1]))
	}
	start := []float64{math.Log(kappa) + beta*math.Log(t.q/r), b}
	x, v := nelderMead(negLL, start, []float64{0.5, 0.2}, 1e-13, 4000)
	if math.IsInf(v, 0) {
		return fittedAlternative{}, newError("Compare", ErrNumerical, "the discrete stretched exponential likelihood is not finite")
	}
	kappa, beta = math.Exp(x[0]), math.Exp(x[1])
	return fittedAlternative{
		params: []Parameter{{"beta", beta}, {"lambda", kappa * math.Exp(-beta*math.Log(r))}},
		logPDF: logPDF(x[0], x[1]),
	}, nil
}

// fitCutoff fits the power law with exponential cut-off conditioned on
// X ≥ q, by Nelder–Mead on (α, ln λ) from several starting points; α may
// take any real value, λ > 0.
// Continuous: ln p(x) = −α ln y − ν(y − 1) − ln q − ln Ẽ(α, ν), y = x/q,
// ν = λq, Ẽ(α, ν) = e^ν E_α(ν) (see expIntegralScaled).
// Discrete: ln P(x) = −α ln y − λ(x − q) − ln C(α, λ),
// C = Σ_{x≥q} (x/q)^(−α) e^(−λ(x−q)) (see cutoffSum).
// Both log-likelihoods depend on the data through Σ ln y and Σ (x − q) only.
func (t *tail) fitCutoff(alphaPL float64) (fittedAlternative, error) {
	sumLy := t.sum(func(i int) float64 { return t.ly[i] })
	sumExcess := t.sum(func(i int) float64 { return t.x[i] - t.q })
	logNorm := func(alpha, lambda float64) float64 {
		if t.discrete {
			return math.Log(cutoffSum(alpha, lambda, t.q))
		}
		return math.Log(t.q) + math.Log(expIntegralScaled(alpha, lambda*t.q))
	}
	negLL := func(p []float64) float64 {
		alpha, lambda := p[0], math.Exp(p[1])
		if lambda*t.q < 1e-12 || alpha > 50 || alpha < -50 {
			return math.Inf(1)
		}
		return alpha*sumLy + lambda*sumExcess + t.n*logNorm(alpha, lambda)
	}
	scale := t.n / sumExcess // the exponential's λ̂, a natural scale for λ
	best, bestValue := []float64(nil), math.Inf(1)
	for _, start := range [][]float64{
		{alphaPL, math.Log(1e-3 * scale)},
		{alphaPL, math.Log(1e-1 * scale)},
		{alphaPL - 0.5, math.Log(1e-2 * scale)},
	} {
		x, v := nelderMead(negLL, start, []float64{0.1, 1}, 1e-13, 4000)
		if v < bestValue {
			best, bestValue = x, v
		}
	}
	if math.IsInf(bestValue, 0) {
		return fittedAlternative{}, newError("Compare", ErrNumerical, "the cut-off power-law likelihood is not finite")
	}
	alpha, lambda := best[0], math.Exp(best[1])
	ln := logNorm(alpha, lambda)
	return fittedAlternative{
		params: []Parameter{{"alpha", alpha}, {"lambda", lambda}},
		logPDF: func(i int) float64 { return -alpha*t.ly[i] - lambda*(t.x[i]-t.q) - ln },
	}, nil
}

// cutoffSum returns C = Σ_{x = q, q+1, …} (x/q)^(−α) e^(−λ(x−q)) for λ > 0
// and q ≥ 1: terms are summed directly until the remainder is negligible or
// until x ≥ q + 16 with |α|/x ≤ 0.05 and λ ≤ 0.05, where the Euler–Maclaurin
// formula takes over: Σ_{x≥N} f(x) = ∫_N^∞ f + f(N)/2 − f'(N)/12 + f”'(N)/720,
// with ∫_N^∞ f = q·a^(1−α)·e^(−λq(a−1))·Ẽ(α, λN), a = N/q. The relative error
// is below 1e-10.
func cutoffSum(alpha, lambda, q float64) float64 {
	sum := 0.0
	for k := 0.0; ; k++ {
		x := q + k
		f := math.Exp(-alpha*math.Log(x/q) - lambda*k)
		if k >= 16 && math.Abs(alpha)/x <= 0.05 && lambda <= 0.05 {
			a := x / q
			integral := q * math.Exp((1-alpha)*math.Log(a)-lambda*k) * expIntegralScaled(alpha, lambda*x)
			g1 := -alpha/x - lambda // f'/f
			g2 := alpha / (x * x)   // (f'/f)'
			g3 := -2 * alpha / (x * x * x)
			d1 := f * g1
			d3 := f * (g1*g1*g1 + 3*g1*g2 + g3)
			return sum + integral + f/2 - d1/12 + d3/720
		}
		sum += f
		if f < 1e-18*sum && lambda*k > 40 {
			return sum
		}
	}
}

// fitPoisson fits the Poisson distribution conditioned on X ≥ q by maximum
// likelihood over μ (Brent on ln μ):
// ln P(x) = x ln μ − μ − ln x! − ln P(q, μ), with P(q, μ) = P(X ≥ q) the
// regularized lower incomplete gamma function.
func (t *tail) fitPoisson() (fittedAlternative, error) {
	sumX := t.sum(func(i int) float64 { return t.x[i] })
	mean := sumX / t.n
	negLL := func(lm float64) float64 {
		mu := math.Exp(lm)
		return -(sumX*lm - t.n*mu - t.n*logRegularizedGammaP(t.q, mu))
	}
	lm, v := minimize1D(negLL, math.Log(mean)-40, math.Log(mean)+1, 1e-12)
	if math.IsInf(v, 0) {
		return fittedAlternative{}, newError("Compare", ErrNumerical, "the Poisson likelihood is not finite")
	}
	mu := math.Exp(lm)
	norm := logRegularizedGammaP(t.q, mu)
	return fittedAlternative{
		params: []Parameter{{"mu", mu}},
		logPDF: func(i int) float64 {
			lf, _ := math.Lgamma(t.x[i] + 1)
			return t.x[i]*lm - mu - lf - norm
		},
	}, nil
}
