package longtail

import "math"

// LTTBLogLog reduces a series drawn on log–log axes, such as the rank–size
// series, to at most target points with the largest-triangle-three-buckets
// algorithm (Steinarsson, 2013) run on (ln x, ln y). The interior points are
// split into buckets of equal width in ln x, each bucket holding at least one
// point (so the head of a rank–size series, where ranks 1, 2, 3 … are far
// apart on a log axis, keeps every point, and the crowded tail is thinned);
// the bucket width is chosen so that there are as close to target − 2 buckets
// as possible. In each bucket LTTB keeps the point that makes the largest
// triangle with the point kept in the previous bucket and the mean of the
// next bucket, which preserves peaks and bends. First and last points are
// kept; kept points are original points, so a monotone series stays monotone.
//
// Series of at most target points are returned as a copy. Errors:
// ErrInvalidArgument when target < 2, a coordinate is not positive and
// finite, or x decreases.
func LTTBLogLog(points []Point, target int) ([]Point, error) {
	if target < 2 {
		return nil, newError("LTTBLogLog", ErrInvalidArgument, "target %d below 2", target)
	}
	n := len(points)
	lx := make([]float64, n)
	ly := make([]float64, n)
	for i, p := range points {
		if !(p.X > 0 && p.Y > 0) || math.IsInf(p.X, 1) || math.IsInf(p.Y, 1) {
			return nil, rowError("LTTBLogLog", i, ErrInvalidArgument, "point (%v, %v) is not positive and finite", p.X, p.Y)
		}
		if i > 0 && p.X < points[i-1].X {
			return nil, rowError("LTTBLogLog", i, ErrInvalidArgument, "x decreases from %v to %v", points[i-1].X, p.X)
		}
		lx[i], ly[i] = math.Log(p.X), math.Log(p.Y)
	}
	if n <= target {
		return append([]Point(nil), points...), nil
	}
	out := make([]Point, 0, target)
	out = append(out, points[0])
	if target == 2 {
		return append(out, points[n-1]), nil
	}
	starts := logBucketsNear(lx, target-2)
	starts = append(starts, n-1) // end sentinel
	a := 0                       // index of the last kept point
	for b := 0; b+1 < len(starts); b++ {
		// Mean of the next bucket (the last point for the last bucket).
		cx, cy := lx[n-1], ly[n-1]
		if b+2 < len(starts) {
			cx, cy = 0, 0
			lo, hi := starts[b+1], starts[b+2]
			for i := lo; i < hi; i++ {
				cx += lx[i]
				cy += ly[i]
			}
			cx /= float64(hi - lo)
			cy /= float64(hi - lo)
		}
		best, bestArea := starts[b], -1.0
		for i := starts[b]; i < starts[b+1]; i++ {
			area := math.Abs((lx[a]-cx)*(ly[i]-ly[a]) - (lx[a]-lx[i])*(cy-ly[a]))
			if area > bestArea {
				best, bestArea = i, area
			}
		}
		out = append(out, points[best])
		a = best
	}
	return append(out, points[n-1]), nil
}

// logBucketsNear returns the start indices of the buckets of the interior
// points 1 … n−2, for the bucket count closest to want from below (see
// logBuckets), found by bisection on the number of equal-width intervals.
func logBucketsNear(lx []float64, want int) []int {
	interior := len(lx) - 2
	lo, hi := want, interior
	best := logBuckets(lx, lo)
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if b := logBuckets(lx, mid); len(b) <= want {
			lo, best = mid, b
		} else {
			hi = mid - 1
		}
	}
	return best
}

// logBuckets splits the interior points 1 … n−2 into at most count buckets:
// bucket b takes the points with lx below lx[1] + (b+1)·w, w being the
// interior range over count, and at least one point. It returns the first
// index of each bucket.
func logBuckets(lx []float64, count int) []int {
	first, last := 1, len(lx)-2
	w := (lx[last] - lx[first]) / float64(count)
	var starts []int
	i := first
	for b := 0; b < count && i <= last; b++ {
		starts = append(starts, i)
		i++
		edge := lx[first] + float64(b+1)*w
		for i <= last && (lx[i] < edge || b == count-1) {
			i++
		}
	}
	return starts
}
