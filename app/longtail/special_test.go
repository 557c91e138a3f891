package longtail

import (
	"math"
	"testing"
)

// Reference values from arbitrary-precision arithmetic (mpmath).

func TestExpIntegralScaled(t *testing.T) {
	for _, c := range []struct {
		alpha, nu, want float64
	}{
		{1, 1, 0.596347362323194074}, // e·E_1(1)
		{2, 1, 0.403652637676805926},
		{0.5, 2, 0.421369229288054473}, // e²·√(π/2)·erfc(√2)
		{1.5, 1e-3, 1.89179068751275149},
		{2.5, 1e-8, 0.666666653335696338},
		{1.01, 1e-6, 12.3922263596147428},
		{0.3, 1e-9, 2589959.46199459715},
		{-1.5, 0.01, 134269.64697380556},
		{3, 50, 0.0188874126435879566},
		{1.7, 1000, 0.000998304573096368151},
		{2.2, 0.3, 0.571433173785281807},
		{0, 1e-4, 9999.99999999999952},
		{3, 0, 0.5}, // 1/(α−1)
	} {
		if got := expIntegralScaled(c.alpha, c.nu); !closeRel(got, c.want, 1e-12) {
			t.Errorf("expIntegralScaled(%v, %v) = %.17g, want %.17g", c.alpha, c.nu, got, c.want)
		}
	}
}

func TestLogRegularizedGammaP(t *testing.T) {
	for _, c := range []struct {
		a, x, want float64
	}{
		{1, 0.5, -0.932752129567188572}, // ln(1 − e^−½)
		{5, 2, -2.9440317325720809},
		{12, 3, -9.54739997542462945},
		{3, 10, -0.00277323758657301823},
		{50, 40, -2.65448479003147587},
		{2.5, 1e-3, -18.4710760628397876},
		{100, 300, -1.41102151021115214e-41},
		{7, 7.5, -0.475063921875211729},
	} {
		got := logRegularizedGammaP(c.a, c.x)
		if !closeRel(got, c.want, 1e-12) && math.Abs(got-c.want) > 1e-40 {
			t.Errorf("ln P(%v, %v) = %.17g, want %.17g", c.a, c.x, got, c.want)
		}
	}
	if got := logRegularizedGammaP(3, 0); !math.IsInf(got, -1) {
		t.Errorf("ln P(3, 0) = %v, want −Inf", got)
	}
}

func TestLogNormalSF(t *testing.T) {
	for _, c := range []struct{ z, want float64 }{
		{-3, -0.0013508099647481938},
		{0, -math.Ln2},
		{1.5, -2.70594440082388981},
		{10, -53.2312851505124706},
		{29.9, -451.322912458528634},
		{30, -454.321243956343197},
		{45, -1017.22609424195237},
		{100, -5005.52420869420509},
	} {
		if got := logNormalSF(c.z); !closeRel(got, c.want, 1e-12) {
			t.Errorf("ln Q(%v) = %.17g, want %.17g", c.z, got, c.want)
		}
	}
	if got := logNormalSF(math.Inf(1)); !math.IsInf(got, -1) {
		t.Errorf("ln Q(+Inf) = %v, want −Inf", got)
	}
	if got := logNormalSF(math.Inf(-1)); got != 0 {
		t.Errorf("ln Q(−Inf) = %v, want 0", got)
	}
}

func TestLogNormalInterval(t *testing.T) {
	for _, c := range []struct{ a, b, want float64 }{
		{-1, 1, -0.381715146302126072},
		{2, 2.5, -4.10194537803102482},
		{-40, -39, -765.083156564377544},
		{35, 36, -616.975101261922514},
		{-0.5, 50, -0.368946415288656393},
		{-50, 0.1, -0.616505010115026289},
		{-math.Inf(1), math.Inf(1), 0},
	} {
		if got := logNormalInterval(c.a, c.b); !closeRel(got, c.want, 1e-11) {
			t.Errorf("ln(Φ(%v) − Φ(%v)) = %.17g, want %.17g", c.b, c.a, got, c.want)
		}
	}
}
