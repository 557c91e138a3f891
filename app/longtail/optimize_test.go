package longtail

import (
	"math"
	"testing"
)

func TestNelderMead(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func([]float64) float64
		x0   []float64
		want []float64
	}{
		{"quadratic bowl", func(x []float64) float64 { return (x[0]-3)*(x[0]-3) + 10*(x[1]+1)*(x[1]+1) }, []float64{0, 0}, []float64{3, -1}},
		{"Rosenbrock", func(x []float64) float64 {
			return 100*(x[1]-x[0]*x[0])*(x[1]-x[0]*x[0]) + (1-x[0])*(1-x[0])
		}, []float64{-1.2, 1}, []float64{1, 1}},
		{"constraint as +Inf", func(x []float64) float64 {
			if x[0] < 2 {
				return math.Inf(1)
			}
			return (x[0] - 1) * (x[0] - 1)
		}, []float64{5}, []float64{2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			step := make([]float64, len(c.x0))
			for i := range step {
				step[i] = 0.5
			}
			x, _ := nelderMead(c.f, c.x0, step, 1e-14, 4000)
			for i := range x {
				if math.Abs(x[i]-c.want[i]) > 1e-4 {
					t.Errorf("x = %v, want %v", x, c.want)
				}
			}
		})
	}
}

func TestMinimize1D(t *testing.T) {
	for _, c := range []struct {
		name    string
		f       func(float64) float64
		a, b, x float64
	}{
		{"parabola", func(x float64) float64 { return (x - 0.3) * (x - 0.3) }, -2, 5, 0.3},
		{"minimum at the edge", func(x float64) float64 { return x }, 1, 4, 1},
		{"x − ln x", func(x float64) float64 { return x - math.Log(x) }, 0.01, 10, 1},
		{"cos", math.Cos, 2, 4, math.Pi},
	} {
		x, _ := minimize1D(c.f, c.a, c.b, 1e-9)
		if math.Abs(x-c.x) > 1e-6 {
			t.Errorf("%s: x = %v, want %v", c.name, x, c.x)
		}
	}
}
