package cases

import "math"

// Message is one row of a built-in dataset: a TV programme, a social post, a
// channel's audience over a period or a month of mentions, with the counts
// the sources give. Counts a source does not give are NaN (missing), never 0:
// build messages with message, which starts with every count missing.
type Message struct {
	ID      string
	Channel string
	Kind    string // "mass", "social", "paid" or "earned", as metrics.Kind spells them
	// Period is the period a row measures ("2015", "2010-01") when the row
	// is a channel's audience or a count over time rather than one message.
	Period string
	Date   string // ISO 8601 date
	Reach  float64
	// Impressions counts views or impressions: times shown or played.
	Impressions float64
	// Mentions counts mentions of the brand, which an advertising value
	// equivalent prices like bought impressions.
	Mentions  float64
	Followers float64 // the page's followers when the message was measured
	Reactions float64
	Comments  float64
	Shares    float64
	Replies   float64 // the brand's replies to the comments
	Share     float64 // audience share, in percent of the whole TV audience
	Source    string  // the Source.ID the row comes from
}

// message returns a message of the given source with every count missing; a
// case then sets the counts its source gives.
func message(id, channel, kind, source string) Message {
	return Message{
		ID: id, Channel: channel, Kind: kind, Source: source,
		Reach: na, Impressions: na, Mentions: na, Followers: na,
		Reactions: na, Comments: na, Shares: na, Replies: na, Share: na,
	}
}

// na marks a count the source does not give.
var na = math.NaN()
