package longtail

// Point is one point of a chart series.
type Point struct{ X, Y float64 }

// RankSize returns the rank–size (Zipf) series: the values sorted in
// descending order against their rank, X = rank (1 = largest), Y = value.
// Ties are compressed without changing the drawn line: a run of c equal
// values from rank r to r+c−1 gives the two points (r, v) and (r+c−1, v)
// (one point when c = 1), so the series has at most 2·Distinct() points and
// draws the same staircase as the n individual points. Empty sample: nil.
func (s *Sample) RankSize() []Point {
	out := make([]Point, 0, 2*len(s.values))
	rank := 0
	for j := len(s.values) - 1; j >= 0; j-- {
		v, c := s.values[j], s.counts[j]
		out = append(out, Point{float64(rank + 1), v})
		if c > 1 {
			out = append(out, Point{float64(rank + c), v})
		}
		rank += c
	}
	return out
}

// CCDF returns the empirical complementary cumulative distribution
// P(X ≥ x) at each distinct value x, in ascending x: X = x, Y = (number of
// values ≥ x)/n. Y starts at 1 and stays > 0, so the series can be drawn on
// log–log axes as is. Empty sample: nil.
func (s *Sample) CCDF() []Point {
	out := make([]Point, 0, len(s.values))
	n := float64(s.n)
	atLeast := s.n
	for j, v := range s.values {
		out = append(out, Point{v, float64(atLeast) / n})
		atLeast -= s.counts[j]
	}
	return out
}

// Lorenz returns the Lorenz curve: with the values sorted in ascending order,
// X = share of the items (i/n) and Y = share of the total held by the i
// smallest items, from (0, 0) to (1, 1). Within a run of equal values the
// curve is a straight line, so only the ends of the runs are returned
// (Distinct()+1 points), which draws the exact curve. Shares are computed
// on values divided by the maximum, so huge values (1e300) do not overflow.
// Empty sample: nil.
func (s *Sample) Lorenz() []Point {
	if s.n == 0 {
		return nil
	}
	total := s.scaledTotal()
	top := s.values[len(s.values)-1]
	out := make([]Point, 0, len(s.values)+1)
	out = append(out, Point{0, 0})
	items, sum := 0, 0.0
	for j, v := range s.values {
		items += s.counts[j]
		sum += float64(s.counts[j]) * (v / top)
		out = append(out, Point{float64(items) / float64(s.n), min(sum/total, 1)})
	}
	out[len(out)-1] = Point{1, 1}
	return out
}

// scaledTotal returns Σ x_i / max x, the total in units of the largest value
// (between 1 and n, so it never overflows).
func (s *Sample) scaledTotal() float64 {
	top := s.values[len(s.values)-1]
	total := 0.0
	for j, v := range s.values {
		total += float64(s.counts[j]) * (v / top)
	}
	return total
}
