package longtail

import "math"

// Line returns the fitted power law as a series to draw over Sample.CCDF on
// log–log axes: at up to points values of x spaced evenly in log x from XMin
// to xmax, Y = (NTail/N)·P(X ≥ x), the model's survival function scaled to
// the whole sample (the tail holds NTail of the N values). Continuous:
// P(X ≥ x) = (x/x_min)^(1−α). Discrete: x is rounded up to a whole number
// (duplicates dropped) and P(X ≥ x) = ζ(α, x)/ζ(α, x_min).
//
// Errors: ErrInvalidArgument when points < 2, xmax < XMin or the fit is
// empty.
func (p PowerLaw) Line(xmax float64, points int) ([]Point, error) {
	if points < 2 || !(xmax >= p.XMin) || math.IsInf(xmax, 1) || !(p.XMin > 0) || !(p.Alpha > 1) || p.N == 0 {
		return nil, newError("PowerLaw.Line", ErrInvalidArgument, "%d points from x_min %v to %v", points, p.XMin, xmax)
	}
	scale := float64(p.NTail) / float64(p.N)
	discrete := p.Kind == KindDiscrete
	var zq float64
	if discrete {
		zq, _, _ = zetaScaled(p.Alpha, p.XMin, false)
	}
	span := logRatio(xmax, p.XMin)
	out := make([]Point, 0, points)
	for i := range points {
		x := p.XMin * math.Exp(span*float64(i)/float64(points-1))
		if i == points-1 {
			x = xmax
		}
		var survival float64
		if discrete {
			x = math.Max(math.Ceil(x-1e-9*x), p.XMin)
			if k := len(out); k > 0 && out[k-1].X == x {
				continue
			}
			z, _, _ := zetaScaled(p.Alpha, x, false)
			survival = math.Exp(-p.Alpha*logRatio(x, p.XMin)) * z / zq
		} else {
			survival = math.Exp((1 - p.Alpha) * logRatio(x, p.XMin))
		}
		out = append(out, Point{x, scale * survival})
	}
	return out, nil
}
