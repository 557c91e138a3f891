package metrics

import (
	"math"
	"math/bits"
	"slices"
	"sort"
)

// median returns the median of xs, reordering xs; ok is false when xs is
// empty. For an even count it is the mean of the two middle values. It runs
// in linear expected time (quickselect on a median-of-three pivot) and falls
// back to sorting when partitions keep coming out lopsided, so adversarial
// orders cost O(n log n), not O(n²). xs must hold no NaN.
func median(xs []float64) (m float64, ok bool) {
	n := len(xs)
	if n == 0 {
		return 0, false
	}
	k := n / 2
	selectNth(xs, k)
	if n%2 == 1 {
		return xs[k], true
	}
	// xs[:k] holds the k smallest values; the largest of them is the lower
	// middle. Halving the gap, not the sum, cannot overflow.
	lower := slices.Max(xs[:k])
	return lower + (xs[k]-lower)/2, true
}

// selectNth reorders xs so that xs[k] is the value a sort would put there,
// with no larger value before it and no smaller value after it.
func selectNth(xs []float64, k int) {
	lo, hi := 0, len(xs)-1
	budget := 2 * bits.Len(uint(len(xs)))
	for hi > lo {
		if budget == 0 {
			slices.Sort(xs[lo : hi+1])
			return
		}
		budget--
		// Median of three as pivot, moved to xs[hi].
		mid := lo + (hi-lo)/2
		if xs[mid] < xs[lo] {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if xs[hi] < xs[lo] {
			xs[hi], xs[lo] = xs[lo], xs[hi]
		}
		if xs[mid] < xs[hi] {
			xs[mid], xs[hi] = xs[hi], xs[mid]
		}
		pivot := xs[hi]
		// Three-way partition: [lo,lt) < pivot, [lt,gt] == pivot, (gt,hi] > pivot.
		lt, i, gt := lo, lo, hi
		for i <= gt {
			switch {
			case xs[i] < pivot:
				xs[lt], xs[i] = xs[i], xs[lt]
				lt++
				i++
			case xs[i] > pivot:
				xs[i], xs[gt] = xs[gt], xs[i]
				gt--
			default:
				i++
			}
		}
		switch {
		case k < lt:
			hi = lt - 1
		case k > gt:
			lo = gt + 1
		default:
			return
		}
	}
}

// weightedMedian returns the median of the values xs[i] each counted ws[i]
// times (whole numbers ≥ 0): the median of the messages when a row stands
// for ws[i] messages of value xs[i] each. With W = Σ ws it is the value at
// position ⌊(W−1)/2⌋ of the values sorted with their repeats, averaged
// with the one at ⌊W/2⌋ when W is even: the same as median on the values
// written out. ok is false when W is 0. It reorders xs and ws together
// and runs in linear expected time, like median; xs must hold no NaN.
func weightedMedian(xs, ws []float64) (m float64, ok bool) {
	total := 0.0
	for _, w := range ws {
		total += w
	}
	if total == 0 {
		return 0, false
	}
	lo, hi := math.Floor((total-1)/2), math.Floor(total/2)
	a := weightedSelect(xs, ws, lo)
	if hi == lo {
		return a, true
	}
	b := weightedSelect(xs, ws, hi)
	return a + (b-a)/2, true
}

// weightedSelect returns the value at position k (0-based) of xs sorted
// with each xs[i] repeated ws[i] times; k must be below Σ ws. It reorders
// xs and ws together.
func weightedSelect(xs, ws []float64, k float64) float64 {
	lo, hi := 0, len(xs)-1
	budget := 2 * bits.Len(uint(len(xs)))
	swap := func(i, j int) {
		xs[i], xs[j] = xs[j], xs[i]
		ws[i], ws[j] = ws[j], ws[i]
	}
	for lo < hi {
		if budget == 0 {
			sort.Sort(weighted{xs[lo : hi+1], ws[lo : hi+1]})
			for i := lo; i < hi; i++ {
				if k < ws[i] {
					return xs[i]
				}
				k -= ws[i]
			}
			return xs[hi]
		}
		budget--
		mid := lo + (hi-lo)/2
		if xs[mid] < xs[lo] {
			swap(mid, lo)
		}
		if xs[hi] < xs[lo] {
			swap(hi, lo)
		}
		if xs[mid] < xs[hi] {
			swap(mid, hi)
		}
		pivot := xs[hi]
		// Three-way partition, adding up the weights below and at the pivot.
		lt, i, gt := lo, lo, hi
		below, at := 0.0, 0.0
		for i <= gt {
			switch {
			case xs[i] < pivot:
				below += ws[i]
				swap(lt, i)
				lt++
				i++
			case xs[i] > pivot:
				swap(i, gt)
				gt--
			default:
				at += ws[i]
				i++
			}
		}
		switch {
		case k < below:
			hi = lt - 1
		case k < below+at:
			return pivot
		default:
			k -= below + at
			lo = gt + 1
		}
	}
	return xs[lo]
}

// weighted sorts values and their weights together, by value.
type weighted struct{ xs, ws []float64 }

func (w weighted) Len() int           { return len(w.xs) }
func (w weighted) Less(i, j int) bool { return w.xs[i] < w.xs[j] }
func (w weighted) Swap(i, j int) {
	w.xs[i], w.xs[j] = w.xs[j], w.xs[i]
	w.ws[i], w.ws[j] = w.ws[j], w.ws[i]
}
