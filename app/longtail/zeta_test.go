package longtail

import (
	"math"
	"testing"
)

// Reference values computed with arbitrary precision (mpmath, 30 digits):
// ζ(s, q), and the first and second s-derivatives of q^s·ζ(s, q).
var zetaCases = []struct {
	name         string
	s, q         float64
	zeta, d1, d2 float64
}{
	{"riemann ζ(2)=π²/6", 2, 1, math.Pi * math.Pi / 6, -0.937548254315843754, 1.98928023429890102},
	{"Apéry ζ(3)", 3, 1, 1.20205690315959429, -0.198126242885636853, 0.239746917305387184},
	{"ζ(2,2)=π²/6−1", 2, 2, math.Pi*math.Pi/6 - 1, -1.96205609693174522, 3.99769156903521143},
	{"ζ(1.5)", 1.5, 1, 2.61237534868548834, -3.93223973743110151, 15.9895563712256867},
	{"ζ(4)=π⁴/90", 4, 1, math.Pow(math.Pi, 4) / 90, -0.0689112658961253798, 0.0650581613678806619},
	{"ζ(2,½)=π²/2", 2, 0.5, math.Pi * math.Pi / 2, -0.418115838076169626, 0.969452328636724278},
	{"ζ(3,½)=7ζ(3)", 3, 0.5, 8.41439832211716, -0.0692101683627207475, 0.103254408226409427},
	{"near pole s=1.01", 1.01, 1, 100.577943338496784, -9999.92728116043498, 1999999.99028920927},
	{"near pole s=1.0001", 1.0001, 1, 10000.577222947539, -99999999.9272071504, 2000000000000.65111},
	{"words tail", 1.95, 7, 0.177509188228241526, -7.7444277107086033, 16.3288413529593427},
	{"q=12", 2.5, 12, 0.0170745922403350569, -5.32641739352721309, 7.1110944527625506},
	{"large q", 2, 1e6, 1.00000050000016667e-6, -999999.999999916667, 2000000.0},
	{"s=7.5", 7.5, 3, 0.000302455808502905168, -0.0508816083713705975, 0.0204999781648788134},
	{"s=30", 30, 2, 9.31327432419668183e-10, -2.11518568401074208e-6, 8.57820246754094788e-7},
	{"huge q", 3.2, 1e12, 1.80957804797242356e-27, -206611570247.933851, 187828700225.394395},
	{"s=100", 100, 1, 1.0, -5.4679671234104995e-31, 3.79010599475703144e-31},
	{"cities-like", 2.37, 52, 0.00329671481169651754, -27.7036564336403502, 40.4456328970673549},
	{"half-integer q", 1.2, 1000.5, 1.25594320319536114, -25012.4999167083424, 250125.000000000148},
	{"s=12", 12, 9, 5.04692495210820103e-12, -0.0659905554137791322, 0.0134010224565553179},
}

func TestHurwitzZeta(t *testing.T) {
	for _, c := range zetaCases {
		t.Run(c.name, func(t *testing.T) {
			got := HurwitzZeta(c.s, c.q)
			if !closeRel(got, c.zeta, 2e-14) {
				t.Errorf("ζ(%v, %v) = %.17g, want %.17g", c.s, c.q, got, c.zeta)
			}
			_, d1, d2 := zetaScaled(c.s, c.q, true)
			if !closeRel(d1, c.d1, 1e-9) || !closeRel(d2, c.d2, 1e-9) {
				t.Errorf("derivatives at (%v, %v) = %.17g, %.17g, want %.17g, %.17g", c.s, c.q, d1, d2, c.d1, c.d2)
			}
		})
	}
}

func TestHurwitzZetaDomain(t *testing.T) {
	for _, c := range []struct {
		name string
		s, q float64
	}{{"s=1", 1, 1}, {"s<1", 0.5, 1}, {"q=0", 2, 0}, {"q<0", 2, -1}, {"NaN s", math.NaN(), 1}, {"NaN q", 2, math.NaN()}} {
		if got := HurwitzZeta(c.s, c.q); !math.IsNaN(got) {
			t.Errorf("%s: HurwitzZeta(%v, %v) = %v, want NaN", c.name, c.s, c.q, got)
		}
	}
	if got := HurwitzZeta(2, math.Inf(1)); got != 0 {
		t.Errorf("HurwitzZeta(2, +Inf) = %v, want 0", got)
	}
}

// closeRel reports whether got is within rel relative error of want (or
// within rel absolutely when want is 0).
func closeRel(got, want, rel float64) bool {
	if want == 0 {
		return math.Abs(got) <= rel
	}
	return math.Abs(got-want) <= rel*math.Abs(want)
}
