package metrics

import (
	"math/bits"
	"slices"
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
