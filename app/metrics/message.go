package metrics

import (
	"math"
	"time"
)

// Message is one row of the input: a post, a spot, an article or a mention,
// with what was measured about it; or, in a summary table, a channel's
// messages together (Count of them, measures added up).
//
// A numeric field holds NaN when the value is missing (a blank cell). Missing
// is not zero: a missing value is left out of sums and averages, and a figure
// that needs it is "not available" with a Reason. Counts and amounts are
// finite numbers ≥ 0; a negative or infinite value is treated as missing and
// counted in Report.Invalid. Build messages with NewMessage, which starts
// every measure missing: a zero Message claims zero reach, zero cost, ...
type Message struct {
	Channel string    // channel or medium the message was published on: "TF1 20h", "LinkedIn"
	Kind    string    // medium kind as written in the data, read with ParseKind
	ID      string    // message id or permalink
	Text    string    // text or title
	Date    time.Time // publication date; the zero time means unknown

	// Count is the number of messages the row stands for, in a table of one
	// row per channel or period (42 posts, 1 spot), whose measures are then
	// totals over those messages. It weighs every per-message figure and
	// every median (see the package documentation, Rows that stand for
	// several messages). NaN, or FieldMessageCount absent from
	// Input.Present, means one message. A valid count is a whole number
	// from 0 to MaxMessageCount; 0 is a row of no message, whose measures
	// still add up in the sums. Any other value (negative, fractional,
	// infinite, too large) is left out as invalid, counted in
	// Report.Invalid[FieldMessageCount], and the row counts as one message.
	Count float64

	Reach         float64 // distinct people reached (for broadcast: the programme's average audience)
	Impressions   float64 // impressions or views, times the message was shown
	Followers     float64 // channel followers when the message was measured
	Reactions     float64 // likes and other reactions
	Comments      float64 // comments from the audience
	Shares        float64 // shares, reposts, retweets
	Clicks        float64 // link and content clicks
	Saves         float64 // saves and bookmarks
	Replies       float64 // answers the brand gave to the comments
	Cost          float64 // spend for the message, in the dataset's currency
	AudienceShare float64 // audience share in percent (0–100) of all people using the medium at that time
}

// NewMessage returns a message of the given channel and kind with every
// measure missing (NaN) and no date.
func NewMessage(channel, kind string) Message {
	nan := math.NaN()
	return Message{
		Channel: channel, Kind: kind,
		Reach: nan, Impressions: nan, Followers: nan,
		Reactions: nan, Comments: nan, Shares: nan, Clicks: nan, Saves: nan, Replies: nan,
		Cost: nan, AudienceShare: nan, Count: nan,
	}
}

// MaxMessageCount is the largest count of messages one row may stand for.
// A larger count is a data error (no channel publishes a billion
// messages), and the bound keeps the sums of counts exact.
const MaxMessageCount = 1e9

// validCount reports whether n is a valid Message.Count: a whole number
// from 0 to MaxMessageCount.
func validCount(n float64) bool { return n >= 0 && n <= MaxMessageCount && n == math.Trunc(n) }

// weight returns how many messages m stands for (see Message.Count) and
// whether its count was given and valid; it counts an invalid count in
// invalid (when not nil).
func weight(m *Message, present Fields, invalid *FieldCounts) (w int, given bool) {
	n := m.Count
	switch {
	case !present.Has(FieldMessageCount) || math.IsNaN(n):
		return 1, false
	case validCount(n):
		return int(n), true
	}
	if invalid != nil {
		invalid[FieldMessageCount]++
	}
	return 1, false
}

// value returns the numeric field f of m, or NaN for a non-numeric field.
func (m *Message) value(f Field) float64 {
	switch f {
	case FieldReach:
		return m.Reach
	case FieldImpressions:
		return m.Impressions
	case FieldFollowers:
		return m.Followers
	case FieldReactions:
		return m.Reactions
	case FieldComments:
		return m.Comments
	case FieldShares:
		return m.Shares
	case FieldClicks:
		return m.Clicks
	case FieldSaves:
		return m.Saves
	case FieldReplies:
		return m.Replies
	case FieldCost:
		return m.Cost
	case FieldAudienceShare:
		return m.AudienceShare
	}
	return math.NaN()
}

// Input is what Compute measures: the messages, and which columns the data
// had at all. A field absent from Present is "not available: no such column"
// even if messages carry values for it; a field in Present whose cells are all
// blank for a channel is "not available: no values" for that channel.
type Input struct {
	Messages []Message // the rows, in any order
	// Rows, when not nil, gives the rows instead of Messages, one at a time:
	// a table read column by column, so that twelve million rows are
	// measured without ever being twelve million Messages (184 bytes each).
	Rows    Rows
	Present Fields // the columns the data has, whatever their cells hold
}

// Rows gives an Input's messages on demand: Len of them, and Read, which
// writes message i (every field) into m. Read is called several times for
// the same i, and must give the same message each time.
type Rows interface {
	Len() int
	Read(i int, m *Message)
}

// Len is the number of messages in in.
func (in *Input) Len() int {
	if in.Rows != nil {
		return in.Rows.Len()
	}
	return len(in.Messages)
}

// message returns message i of in: in Messages, or read from Rows into buf.
func (in *Input) message(i int, buf *Message) *Message {
	if in.Rows != nil {
		in.Rows.Read(i, buf)
		return buf
	}
	return &in.Messages[i]
}

// cells are a message's numeric values after cleaning: NaN where the column
// is absent, the cell blank, or the value invalid.
type cells [numNumeric]float64

// usable reports whether v is a valid count or amount: finite and ≥ 0.
func usable(v float64) bool { return v >= 0 && v <= math.MaxFloat64 }

// validDate reports whether t is a usable date: not the zero time, and in
// years 1 to 9999 (later or earlier dates are data errors, and would make
// time buckets overflow).
func validDate(t time.Time) bool {
	if t.IsZero() {
		return false
	}
	y := t.Year()
	return y >= 1 && y <= 9999
}

// clean fills c with m's values for the fields in present, NaN elsewhere, and
// counts invalid values (negative or infinite) in invalid.
func clean(m *Message, present Fields, c *cells, invalid *FieldCounts) {
	for f := range Field(numNumeric) {
		v := math.NaN()
		if present.Has(f) {
			raw := m.value(f)
			switch {
			case usable(raw):
				v = raw
			case !math.IsNaN(raw):
				invalid[f]++
			}
		}
		c[f] = v
	}
}

// Set writes v into m's numeric field f (Reach to AudienceShare, or
// MessageCount); other fields are left as they are.
func (m *Message) Set(f Field, v float64) {
	switch f {
	case FieldReach:
		m.Reach = v
	case FieldImpressions:
		m.Impressions = v
	case FieldFollowers:
		m.Followers = v
	case FieldReactions:
		m.Reactions = v
	case FieldComments:
		m.Comments = v
	case FieldShares:
		m.Shares = v
	case FieldClicks:
		m.Clicks = v
	case FieldSaves:
		m.Saves = v
	case FieldReplies:
		m.Replies = v
	case FieldCost:
		m.Cost = v
	case FieldAudienceShare:
		m.AudienceShare = v
	case FieldMessageCount:
		m.Count = v
	}
}
