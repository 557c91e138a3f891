package cases

import "math"

// Message is one row of a built-in dataset: a TV programme or a social post,
// with the counts the sources give. Counts a source does not give are NaN
// (missing), never 0.
type Message struct {
	ID        string
	Channel   string
	Kind      string // "mass" or "social"
	Date      string // ISO 8601 date
	Reach     float64
	Reactions float64
	Comments  float64
	Shares    float64
	Source    string // the Source.ID the row comes from
}

// na marks a count the source does not give.
var na = math.NaN()
