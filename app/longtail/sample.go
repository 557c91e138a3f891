package longtail

import (
	"cmp"
	"math"
	"slices"
)

// maxExactInteger is 2^53: above it float64 no longer holds every integer,
// so values beyond it are not treated as counts.
const maxExactInteger = 1 << 53

// Excluded counts the values a Sample left out, by reason, so the UI can say
// "3 zero or negative values were left out". Every measure and fit in this
// package works on positive finite values only.
type Excluded struct {
	Zero     int // values equal to 0 (or −0)
	Negative int // finite values below 0
	NaN      int // NaN (missing) values
	Inf      int // +Inf or −Inf
}

// Total returns the number of values left out.
func (e Excluded) Total() int { return e.Zero + e.Negative + e.NaN + e.Inf }

// Sample is a set of positive finite values, stored sorted and grouped by
// distinct value (value, count), with the count of what was left out. Ties
// are frequent in social data (many posts with 0, 1, 2 … shares), so every
// computation works on the groups. A Sample is immutable and safe for
// concurrent use. Build one with NewSample or NewSampleCounts.
type Sample struct {
	values   []float64 // distinct kept values, ascending
	counts   []int     // counts[i] ≥ 1 occurrences of values[i]
	n        int       // Σ counts
	excluded Excluded
}

// NewSample keeps the positive finite values of xs (xs is not modified) and
// counts the others in Excluded. It never fails: a sample may be empty
// (N() == 0), and the measures then return ErrTooFewValues.
func NewSample(xs []float64) *Sample {
	s := &Sample{}
	kept := make([]float64, 0, len(xs))
	for _, x := range xs {
		if s.exclude(x, 1) {
			continue
		}
		kept = append(kept, x)
	}
	sortPositive(kept)
	for i := 0; i < len(kept); {
		j := i + 1
		for j < len(kept) && kept[j] == kept[i] {
			j++
		}
		s.values = append(s.values, kept[i])
		s.counts = append(s.counts, j-i)
		i = j
	}
	s.n = len(kept)
	return s
}

// NewSampleCounts builds a sample from a histogram: counts[i] occurrences of
// values[i] (for example a degree distribution such as "in-links per site",
// where expanding 241 million values would not fit in memory). Values may come
// in any order and repeat (their counts add up); rows with a zero count are
// ignored; values that are not positive and finite are counted in Excluded
// with their multiplicity.
//
// Errors: ErrInvalidArgument when the slices differ in length, ErrInvalidRow
// (with the row index) for a negative count.
func NewSampleCounts(values []float64, counts []int) (*Sample, error) {
	if len(values) != len(counts) {
		return nil, newError("NewSampleCounts", ErrInvalidArgument, "%d values but %d counts", len(values), len(counts))
	}
	type bin struct {
		value float64
		count int
	}
	s := &Sample{}
	bins := make([]bin, 0, len(values))
	for i, v := range values {
		c := counts[i]
		if c < 0 {
			return nil, rowError("NewSampleCounts", i, ErrInvalidRow, "negative count %d for value %v", c, v)
		}
		if c == 0 || s.exclude(v, c) {
			continue
		}
		bins = append(bins, bin{v, c})
	}
	slices.SortFunc(bins, func(a, b bin) int { return cmp.Compare(a.value, b.value) })
	for _, b := range bins {
		if k := len(s.values); k > 0 && s.values[k-1] == b.value {
			s.counts[k-1] += b.count
		} else {
			s.values = append(s.values, b.value)
			s.counts = append(s.counts, b.count)
		}
		s.n += b.count
	}
	return s, nil
}

// exclude counts x (with multiplicity c) in Excluded and reports whether it
// must be left out.
func (s *Sample) exclude(x float64, c int) bool {
	switch {
	case math.IsNaN(x):
		s.excluded.NaN += c
	case math.IsInf(x, 0):
		s.excluded.Inf += c
	case x == 0:
		s.excluded.Zero += c
	case x < 0:
		s.excluded.Negative += c
	default:
		return false
	}
	return true
}

// N returns the number of kept values (with repetitions).
func (s *Sample) N() int { return s.n }

// Distinct returns the number of distinct kept values.
func (s *Sample) Distinct() int { return len(s.values) }

// Excluded returns the counts of values left out.
func (s *Sample) Excluded() Excluded { return s.excluded }

// Integers reports whether every kept value is a whole number no larger than
// 2^53, i.e. whether the sample can be read as counts (KindAuto then fits the
// discrete power law). It is false for an empty sample.
func (s *Sample) Integers() bool {
	if s.n == 0 {
		return false
	}
	for _, v := range s.values {
		if v != math.Trunc(v) || v > maxExactInteger {
			return false
		}
	}
	return true
}

// errEmpty is the error of a measure asked of an empty sample.
func (s *Sample) errEmpty(op string) error {
	return newError(op, ErrTooFewValues, "no positive finite value (%d left out)", s.excluded.Total())
}

// sortPositive sorts positive finite values in ascending order. Large inputs
// use a least-significant-digit radix sort on the IEEE 754 bits (which order
// like the values when these are positive): four passes of 16 bits, skipping
// the passes where every value shares the digit, several times faster than a
// comparison sort on a million values.
func sortPositive(xs []float64) {
	if len(xs) < 1<<12 {
		slices.Sort(xs)
		return
	}
	keys := make([]uint64, len(xs))
	for i, x := range xs {
		keys[i] = math.Float64bits(x)
	}
	buf := make([]uint64, len(xs))
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, k := range keys {
			count[(k>>shift)&0xffff]++
		}
		if count[(keys[0]>>shift)&0xffff] == len(keys) {
			continue // every key has this digit
		}
		pos := 0
		for d, c := range count {
			count[d] = pos
			pos += c
		}
		for _, k := range keys {
			d := (k >> shift) & 0xffff
			buf[count[d]] = k
			count[d]++
		}
		keys, buf = buf, keys
	}
	for i, k := range keys {
		xs[i] = math.Float64frombits(k)
	}
}
