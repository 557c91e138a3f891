package longtail

import "math"

// LogBinCCDF reduces a CCDF series (or any series drawn on log–log axes) to
// at most target points without changing its shape on the chart. The points
// are binned along the curve in log space: with log x and log y each rescaled
// to [0, 1] over the series, a point is kept whenever the path travelled
// since the last kept point, |Δ log x| + |Δ log y| summed point to point,
// reaches a bin length δ, the smallest (found by bisection) that keeps at
// most target points; δ ≤ L/(target − 2), L being the whole path (2 for a
// CCDF). So bins are equal steps in log x where the curve runs flat, equal
// steps in log y where it drops (the sparse tail of a CCDF keeps its detail),
// and every dropped point lies within δ (in those rescaled units) of a kept
// point before it along the path. The first and last points are always kept exactly and the kept points
// are original points, so a monotone series stays monotone.
//
// Series of at most target points are returned as a copy. Errors:
// ErrInvalidArgument when target < 2 or a coordinate is not positive and
// finite.
func LogBinCCDF(points []Point, target int) ([]Point, error) {
	if target < 2 {
		return nil, newError("LogBinCCDF", ErrInvalidArgument, "target %d below 2", target)
	}
	lx, ly, err := logCoordinates("LogBinCCDF", points)
	if err != nil {
		return nil, err
	}
	if len(points) <= target {
		return append([]Point(nil), points...), nil
	}
	last := len(points) - 1
	steps := make([]float64, len(points)) // steps[i]: path from point i−1 to i
	path := 0.0
	for i := 1; i <= last; i++ {
		steps[i] = math.Abs(lx[i]-lx[i-1]) + math.Abs(ly[i]-ly[i-1])
		path += steps[i]
	}
	if path == 0 {
		// Every point is the same point: its two ends say it all.
		return []Point{points[0], points[last]}, nil
	}
	// keep returns the kept interior points for a bin length delta.
	keep := func(delta float64, out []Point) []Point {
		travelled := 0.0
		for i := 1; i < last; i++ {
			travelled += steps[i]
			if travelled >= delta {
				out = append(out, points[i])
				travelled = 0
			}
		}
		return out
	}
	count := func(delta float64) int {
		n, travelled := 0, 0.0
		for i := 1; i < last; i++ {
			travelled += steps[i]
			if travelled >= delta {
				n++
				travelled = 0
			}
		}
		return n
	}
	// The smallest δ keeping at most target − 2 interior points. Large jumps
	// (the sparse end of a CCDF) use up more than one δ each, so δ is found
	// by bisection rather than set to path/(target − 2), which bounds it.
	lo, hi := 0.0, path/float64(max(target-2, 1))
	if target == 2 {
		hi = math.Inf(1)
	}
	for range 30 { // δ to within 2^−30 of its range: plenty for drawing
		if math.IsInf(hi, 1) {
			break
		}
		mid := lo + (hi-lo)/2
		if k := count(mid); k == target-2 {
			hi = mid
			break // cannot keep more
		} else if k < target-2 {
			hi = mid
		} else {
			lo = mid
		}
	}
	out := make([]Point, 0, target)
	out = append(out, points[0])
	if target > 2 {
		out = keep(hi, out)
	}
	return append(out, points[last]), nil
}

// logCoordinates returns ln x and ln y of the points, each rescaled to
// [0, 1] over the series (0 when the range is empty).
func logCoordinates(op string, points []Point) (lx, ly []float64, err error) {
	lx = make([]float64, len(points))
	ly = make([]float64, len(points))
	for i, p := range points {
		if !(p.X > 0 && p.Y > 0) || math.IsInf(p.X, 1) || math.IsInf(p.Y, 1) {
			return nil, nil, rowError(op, i, ErrInvalidArgument, "point (%v, %v) is not positive and finite", p.X, p.Y)
		}
		lx[i], ly[i] = math.Log(p.X), math.Log(p.Y)
	}
	rescale(lx)
	rescale(ly)
	return lx, ly, nil
}

// rescale maps v linearly onto [0, 1] (all zeros when v is constant).
func rescale(v []float64) {
	if len(v) == 0 {
		return
	}
	lo, hi := v[0], v[0]
	for _, x := range v {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	span := hi - lo
	for i, x := range v {
		if span > 0 {
			v[i] = (x - lo) / span
		} else {
			v[i] = 0
		}
	}
}
