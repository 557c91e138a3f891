package metrics

import "reachlab/app/text"

// Metric is the definition of one figure: what it is called, how it is
// computed and how to read it. Every figure ReachLab shows is one of the
// declared metrics (see All), so that each can be explained on screen with
// its formula and denominator.
type Metric struct {
	ID          string    // stable id, stored in plans: "engagement_rate_reach"
	Group       Group     // family the metric belongs to
	Name        text.Text // short name for tables and axes
	Formula     text.Text // the formula written for people: "interactions ÷ reach × 100"
	Numerator   text.Text // what is counted on top; for a plain sum or count, the thing summed or counted
	Denominator text.Text // what it is divided by; empty for sums and counts
	Unit        Unit      // unit of the result
	Better      Direction // which way is better
	Definition  text.Text // one sentence saying what the figure means
	Vanity      bool      // a vanity metric: likes or fans taken alone, which say little about results
	Caveat      text.Text // a warning to show with the figure, if any
	Inputs      []Field   // columns the metric reads (interaction parts are listed as reactions, comments, shares, clicks, saves)

	// of reads the metric from a channel, kind or total row; nil for
	// dataset-level metrics (concentration, equivalences, implied CPM).
	of func(*ChannelRow) Value
}

// PerRow reports whether the metric has a value in each ChannelRow (and so a
// column in the channel table and its CSV export).
func (m Metric) PerRow() bool { return m.of != nil }

// Unit is the unit of a metric's value.
type Unit string

// The units.
const (
	UnitCount       Unit = "count"        // a number of messages, people, contacts or interactions
	UnitPercent     Unit = "percent"      // a percentage, 0–100 for shares
	UnitPerThousand Unit = "per_thousand" // per 1 000 (of followers)
	UnitCurrency    Unit = "currency"     // an amount in the dataset's currency
	UnitRatio       Unit = "ratio"        // a plain ratio, such as comments per reaction
	UnitPoints      Unit = "points"       // rating points (GRP) or index points (HHI)
)

// Symbol returns a short symbol for headers: "%", "pts", or "" when the
// name says enough (counts, ratios, amounts in an unnamed currency, and
// rates whose name already says "per 1,000").
func (u Unit) Symbol() string {
	switch u {
	case UnitPercent:
		return "%"
	case UnitPoints:
		return "pts"
	}
	return ""
}

// Direction says which way a metric is better.
type Direction string

// The directions.
const (
	NoDirection    Direction = ""       // descriptive: neither more nor less is better in itself
	HigherIsBetter Direction = "higher" // more is better
	LowerIsBetter  Direction = "lower"  // less is better (costs)
)

// Group is a family of metrics.
type Group string

// The groups, in display order.
const (
	GroupVolume      Group = "volume"      // how many messages and how large an audience
	GroupEngagement  Group = "engagement"  // what the audience did
	GroupCost        Group = "cost"        // what it cost
	GroupBroadcast   Group = "broadcast"   // mass-media audience measures against a universe
	GroupEquivalence Group = "equivalence" // mass media expressed in posts, and the other way round
	GroupValue       Group = "value"       // money equivalents
)

// All returns every metric in display order. The slice is a fresh copy.
func All() []Metric {
	out := make([]Metric, len(catalog))
	for i, m := range catalog {
		out[i] = *m
	}
	return out
}

// ByID returns the metric with the given id and reports whether it exists.
func ByID(id string) (Metric, bool) {
	for _, m := range catalog {
		if m.ID == id {
			return *m, true
		}
	}
	return Metric{}, false
}

// Metric returns the row's value of the metric with the given id. It reports
// false for unknown ids and for dataset-level metrics, which have no
// per-row value.
func (r *ChannelRow) Metric(id string) (Value, bool) {
	m, ok := ByID(id)
	if !ok || m.of == nil {
		return Value{}, false
	}
	return m.of(r), true
}
