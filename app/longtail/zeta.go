package longtail

import "math"

// bernoulliOverFactorial[j-1] is B_{2j}/(2j)!, the Euler–Maclaurin
// coefficients, j = 1..20.
var bernoulliOverFactorial = [...]float64{
	8.3333333333333333e-2,   // B_2/2!
	-1.3888888888888889e-3,  // B_4/4!
	3.3068783068783069e-5,   // B_6/6!
	-8.2671957671957672e-7,  // B_8/8!
	2.0876756987868099e-8,   // B_10/10!
	-5.2841901386874932e-10, // B_12/12!
	1.3382536530684679e-11,  // B_14/14!
	-3.3896802963225829e-13, // B_16/16!
	8.5860620562778446e-15,  // B_18/18!
	-2.1748686985580619e-16, // B_20/20!
	5.5090028283602295e-18,  // B_22/22!
	-1.3954464685812523e-19, // B_24/24!
	3.5347070396294675e-21,  // B_26/26!
	-8.9535174270375469e-23, // B_28/28!
	2.2679524523376831e-24,  // B_30/30!
	-5.7447906688722024e-26, // B_32/32!
	1.4551724756148649e-27,  // B_34/34!
	-3.6859949406653102e-29, // B_36/36!
	9.3367342570950447e-31,  // B_38/38!
	-2.3650224157006299e-32, // B_40/40!
}

// HurwitzZeta returns the Hurwitz zeta function
//
//	ζ(s, q) = Σ_{k=0}^{∞} (k + q)^(−s),  s > 1, q > 0,
//
// the normalising constant of the discrete power law on the integers
// x ≥ q: P(X = x) = x^(−s)/ζ(s, q). ζ(s, 1) is the Riemann zeta function.
//
// Method: the first N terms are summed directly, with N the smallest count
// such that q + N ≥ max(10, s); the rest is the Euler–Maclaurin formula with
// up to 20 Bernoulli terms, stopped when a term falls below 1e-17 of the sum.
// When the terms decay so fast that the remainder is negligible (large s),
// the direct sum stops early. The relative error is about 1e-15.
//
// It returns NaN when s ≤ 1, q ≤ 0 or an argument is NaN; the result may
// underflow to 0 or overflow to +Inf when q^(−s) does.
func HurwitzZeta(s, q float64) float64 {
	if !(s > 1) || !(q > 0) || math.IsInf(s, 1) || math.IsInf(q, 1) {
		if s > 1 && math.IsInf(q, 1) {
			return 0
		}
		return math.NaN()
	}
	z, _, _ := zetaScaled(s, q, false)
	return math.Exp(-s*math.Log(q)) * z
}

// zetaScaled returns z(s, q) = q^s ζ(s, q) = Σ_{k≥0} (1 + k/q)^(−s) (so
// z ≥ 1 and never overflows for q ≥ 1) and, when derivs is true, its first
// and second derivatives in s:
//
//	z' = −Σ ln(1 + k/q) (1 + k/q)^(−s),   z'' = Σ ln²(1 + k/q) (1 + k/q)^(−s).
//
// Preconditions: s > 1, 0 < q < +Inf (not checked).
//
// Writing a = q + N and E = (q/a)^s, the Euler–Maclaurin remainder is
//
//	Σ_{k≥N} = E·a/(s−1) + E/2 + Σ_j B_2j/(2j)! · s(s+1)…(s+2j−2) · E · a^(1−2j),
//
// whose s-derivatives follow from d/ds E = −ln(a/q)·E.
func zetaScaled(s, q float64, derivs bool) (z, d1, d2 float64) {
	target := math.Max(10, s)
	n := 0.0
	for q+n < target {
		l := math.Log1p(n / q)
		t := math.Exp(-s * l)
		z += t
		if derivs {
			d1 -= l * t
			d2 += l * l * t
		}
		// The remaining terms sum to at most the integral of the decreasing
		// summand from n, t·(q+n)/(s−1); stop when it is negligible.
		bound := t * (q + n) / (s - 1)
		if derivs {
			g := l + 1/(s-1)
			bound *= 1 + g*g
		}
		if bound < 1e-18*z {
			return z, d1, d2
		}
		n++
	}
	a := q + n
	l := math.Log1p(n / q)
	w := -l
	e := math.Exp(-s * l)
	inv := 1 / (s - 1)
	integral := e * a * inv
	half := e / 2
	z += integral + half
	if derivs {
		g := w - inv
		d1 += integral*g + half*w
		d2 += integral*(g*g+inv*inv) + half*w*w
	}
	rising := s          // s(s+1)…(s+m−1) with m = 2j−1
	harm := 1 / s        // Σ_{i<m} 1/(s+i)
	harm2 := 1 / (s * s) // Σ_{i<m} 1/(s+i)²
	scale := e / a       // E·a^(−m)
	invA2 := 1 / (a * a) // a^(−2)
	previous := math.Inf(1)
	for j, b := range bernoulliOverFactorial {
		term := b * rising * scale
		if math.Abs(term) > previous {
			break // the asymptotic series started to diverge
		}
		z += term
		if derivs {
			h := w + harm
			d1 += term * h
			d2 += term * (h*h - harm2)
		}
		if math.Abs(term) < 1e-17*z {
			break
		}
		previous = math.Abs(term)
		m := float64(2*j + 1)
		rising *= (s + m) * (s + m + 1)
		harm += 1/(s+m) + 1/(s+m+1)
		harm2 += 1/((s+m)*(s+m)) + 1/((s+m+1)*(s+m+1))
		scale *= invA2
	}
	return z, d1, d2
}
