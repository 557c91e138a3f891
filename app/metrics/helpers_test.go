package metrics

import (
	"math"
	"testing"
	"time"
)

// mk builds a message of channel ch and kind kind, dated date ("2006-01-02",
// or "" for none), with the given values; every other measure is missing.
func mk(ch, kind, date string, vals map[Field]float64) Message {
	m := NewMessage(ch, kind)
	if date != "" {
		d, err := time.Parse(time.DateOnly, date)
		if err != nil {
			panic(err)
		}
		m.Date = d
	}
	for f, v := range vals {
		m.Set(f, v)
	}
	return m
}

// allFields is every field.
var allFields = func() Fields {
	var s Fields
	for f := range Field(numFields) {
		s = s.With(f)
	}
	return s
}()

// check is one expected figure: a value when why is ReasonNone, else a
// missing value with that reason.
type check struct {
	name string
	got  Value
	want float64
	why  Reason
}

// near reports whether a and b agree to 12 significant digits.
func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b))
}

// runChecks asserts every check of the table.
func runChecks(t *testing.T, checks []check) {
	t.Helper()
	for _, c := range checks {
		switch {
		case c.why != ReasonNone && (c.got.OK || c.got.Reason != c.why):
			t.Errorf("%s = %v, want n/a (%s)", c.name, c.got, c.why)
		case c.why == ReasonNone && (!c.got.OK || !near(c.got.V, c.want)):
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		case !c.got.OK && !math.IsNaN(c.got.V):
			t.Errorf("%s is not available but V = %v, want NaN", c.name, c.got.V)
		}
	}
}

// channel returns the row of the named channel.
func channel(t *testing.T, rep *Report, name string) *ChannelRow {
	t.Helper()
	for i := range rep.Channels {
		if rep.Channels[i].Channel == name {
			return &rep.Channels[i]
		}
	}
	t.Fatalf("no channel %q in report", name)
	return nil
}

// kindRow returns the row of kind k.
func kindRow(t *testing.T, rep *Report, k Kind) *ChannelRow {
	t.Helper()
	for i := range rep.Kinds {
		if rep.Kinds[i].Kind == k {
			return &rep.Kinds[i]
		}
	}
	t.Fatalf("no kind %q in report", k)
	return nil
}

// nan and inf return NaN and +∞.
func nan() float64 { return math.NaN() }
func inf() float64 { return math.Inf(1) }
