package metrics

import (
	"math"
	"time"
)

// Bucket is the time step of the timeline.
type Bucket string

// The time steps, finest first.
const (
	BucketAuto  Bucket = ""      // chosen from the date span, see Timeline
	BucketDay   Bucket = "day"   // calendar days
	BucketWeek  Bucket = "week"  // weeks starting on Monday (ISO 8601)
	BucketMonth Bucket = "month" // calendar months
	BucketYear  Bucket = "year"  // calendar years
)

// MaxBuckets is the most buckets a timeline holds. A step that would need
// more is replaced by the next coarser one.
const MaxBuckets = 1000

// bucketSteps lists the steps, finest first.
var bucketSteps = [...]Bucket{BucketDay, BucketWeek, BucketMonth, BucketYear}

// Timeline is reach (or impressions) and interactions over time, per
// channel, for the messages with a valid date.
//
// The step is chosen from the span between the first and last dates, so
// that the chart has between a dozen and about a hundred points: days up to
// 92 days (a quarter), weeks up to 731 days (two years), months up to 3 653
// days (ten years), years beyond. A step set in Options.Bucket is used as
// given unless it needs more than MaxBuckets buckets, in which case the next
// coarser step is used. Buckets run without gaps from the first date's
// bucket to the last's; a date's bucket is read from its calendar date in
// its own time zone, and bucket starts are midnight UTC.
type Timeline struct {
	Reason  Reason      // why there is no timeline (NoDateColumn, NoDates, DateSpanTooWide); ReasonNone when there is one
	Bucket  Bucket      // the step used
	Basis   Basis       // what Audience counts: reach or impressions
	Starts  []time.Time // start of each bucket
	Dated   int         // messages on the timeline
	Undated int         // messages left off: no date, or a date outside years 1–9999
	Series  []Series    // one per channel, in the order of Report.Channels
}

// Series is one channel's timeline.
type Series struct {
	Channel string
	Kind    Kind
	Points  []TimePoint // one per bucket, aligned with Timeline.Starts
}

// TimePoint is a channel's activity in one bucket. With no row in the
// bucket, Audience and Interactions are not available (NoMessages).
type TimePoint struct {
	Messages     int   // messages published in the bucket (rows weighted by their counts of messages)
	Audience     Value // sum of their reach (or impressions)
	Interactions Value // sum of their interactions
}

// timelineBuilder accumulates the timeline during the second pass.
type timelineBuilder struct {
	t     Timeline
	s     *settings
	first int64        // index of the first bucket
	n     int          // buckets
	cells []bucketCell // channel-major: channel ci, bucket b at ci*n+b
	on    bool         // the timeline can be built: messages are to be added
}

// bucketCell accumulates one channel in one bucket.
type bucketCell struct {
	rows         int
	messages     int
	audN, interN int
	aud, inter   float64
}

// newTimelineBuilder picks the step from the scanned date span.
func newTimelineBuilder(want Bucket, sc *scanned, s *settings) *timelineBuilder {
	b := &timelineBuilder{s: s}
	b.t.Basis = s.basis
	b.t.Dated = sc.dated
	b.t.Undated = len(sc.chanOf) - sc.dated
	switch {
	case !s.present.Has(FieldDate):
		b.t.Reason = NoDateColumn
		return b
	case sc.dated == 0:
		b.t.Reason = NoDates
		return b
	}
	lo, hi := dayTime(sc.minDay), dayTime(sc.maxDay)
	step := 0
	if want == BucketAuto {
		span := sc.maxDay - sc.minDay
		switch {
		case span <= 92:
			step = 0
		case span <= 731:
			step = 1
		case span <= 3653:
			step = 2
		default:
			step = 3
		}
	} else {
		for step < len(bucketSteps)-1 && bucketSteps[step] != want {
			step++
		}
	}
	for ; step < len(bucketSteps); step++ {
		size := bucketSteps[step]
		first, last := bucketIndex(size, lo), bucketIndex(size, hi)
		if last-first+1 <= MaxBuckets {
			b.t.Bucket, b.first, b.n = size, first, int(last-first+1)
			b.on = true
			b.cells = make([]bucketCell, len(sc.names)*b.n)
			return b
		}
	}
	b.t.Reason = DateSpanTooWide
	return b
}

// add accounts for one row of channel ci dated d, standing for w
// messages, with audience aud and interactions inter (NaN when unknown).
func (b *timelineBuilder) add(ci int, d time.Time, aud, inter float64, w int) {
	c := &b.cells[ci*b.n+int(bucketIndex(b.t.Bucket, d)-b.first)]
	c.rows++
	c.messages += w
	if !math.IsNaN(aud) {
		c.audN++
		c.aud += aud
	}
	if !math.IsNaN(inter) {
		c.interN++
		c.inter += inter
	}
}

// build returns the timeline, one series per channel.
func (b *timelineBuilder) build(names []string, kinds []Kind) Timeline {
	t := b.t
	if !b.on {
		return t
	}
	t.Starts = make([]time.Time, b.n)
	for i := range t.Starts {
		t.Starts[i] = bucketStart(t.Bucket, b.first+int64(i))
	}
	audField := b.s.basis.Field()
	t.Series = make([]Series, len(names))
	for ci := range names {
		points := make([]TimePoint, b.n)
		for i := range points {
			c := &b.cells[ci*b.n+i]
			p := TimePoint{Messages: c.messages}
			switch {
			case c.rows == 0:
				p.Audience, p.Interactions = missing(NoMessages), missing(NoMessages)
			default:
				p.Audience = b.cellSum(c.aud, c.audN, audField)
				p.Interactions = b.cellSum(c.inter, c.interN, needInter)
			}
			points[i] = p
		}
		t.Series[ci] = Series{Channel: names[ci], Kind: kinds[ci], Points: points}
	}
	return t
}

// cellSum returns a bucket's sum of f, or why it is missing.
func (b *timelineBuilder) cellSum(sum float64, n int, f Field) Value {
	switch {
	case !b.s.hasColumn(f):
		return missing(noColumn[f])
	case n == 0:
		return missing(noValues[f])
	}
	return known(sum)
}

// dayNumber returns the number of days from 1970-01-01 to t's calendar date
// in t's own time zone.
func dayNumber(t time.Time) int64 {
	_, offset := t.Zone()
	return floorDiv(t.Unix()+int64(offset), 86400)
}

// dayTime returns midnight UTC of day number day.
func dayTime(day int64) time.Time { return time.Unix(day*86400, 0).UTC() }

// bucketIndex numbers the buckets of one step: days since 1970-01-01, weeks
// since Monday 1970-01-05, months since year 0, or years.
func bucketIndex(size Bucket, t time.Time) int64 {
	switch size {
	case BucketWeek:
		return floorDiv(dayNumber(t)-4, 7)
	case BucketMonth:
		y, m, _ := t.Date()
		return int64(y)*12 + int64(m) - 1
	case BucketYear:
		return int64(t.Year())
	}
	return dayNumber(t)
}

// bucketStart returns the start of bucket i of the given step, midnight UTC.
func bucketStart(size Bucket, i int64) time.Time {
	switch size {
	case BucketWeek:
		return dayTime(i*7 + 4)
	case BucketMonth:
		return time.Date(int(floorDiv(i, 12)), time.Month(i-floorDiv(i, 12)*12+1), 1, 0, 0, 0, 0, time.UTC)
	case BucketYear:
		return time.Date(int(i), time.January, 1, 0, 0, 0, 0, time.UTC)
	}
	return dayTime(i)
}

// floorDiv returns ⌊a ÷ b⌋ for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
