// Package roles names what a column means to ReachLab's engines: the channel a
// row belongs to, its date, its reach, its reactions, and so on.
//
// A role is independent of how the column is stored (its type) and of the
// platform it came from: "Impressions" in an X export, "Vues" in a YouTube
// Studio export and "Views" in a TikTok export all get RoleImpressions.
package roles

// Role is what a column measures or identifies. The zero value, None, means
// the column plays no role the engines use (it is still shown and kept).
type Role string

// The roles a column can play. The string values are stable: they are stored
// in saved mappings and workspace files.
const (
	None        Role = ""
	Channel     Role = "channel"     // the channel or medium: "TF1", "Facebook page", "LinkedIn"
	Kind        Role = "kind"        // the medium kind: mass, social, owned, earned, paid
	Message     Role = "message"     // a post or message identifier (id or permalink)
	Text        Role = "text"        // the message's text or title
	Date        Role = "date"        // when the message was published or the period measured
	Reach       Role = "reach"       // distinct people reached
	Impressions Role = "impressions" // impressions or views (times shown)
	Followers   Role = "followers"   // followers, fans, subscribers: the audience at hand
	Reactions   Role = "reactions"   // likes and other reactions
	Comments    Role = "comments"    // comments and replies from the audience
	Shares      Role = "shares"      // shares, reposts, retweets
	Clicks      Role = "clicks"      // link and content clicks
	Saves       Role = "saves"       // saves and bookmarks
	Replies     Role = "replies"     // answers the brand gave to comments
	Cost        Role = "cost"        // spend or cost of the message or channel
	Share       Role = "share"       // audience share, in percent of the total audience

	// MessageCount is the number of messages a row stands for, in a table
	// of one row per channel or period ("Messages", "Posts", "Spots",
	// "Nb de posts": 42 posts, 1 spot). Without it each row is one message.
	MessageCount Role = "message_count"
)

// All lists every role but None, in the order the UI offers them.
var All = []Role{
	Channel, Kind, Message, Text, Date, MessageCount,
	Reach, Impressions, Followers,
	Reactions, Comments, Shares, Clicks, Saves, Replies,
	Cost, Share,
}

// Valid reports whether r is None or one of All.
func (r Role) Valid() bool {
	if r == None {
		return true
	}
	for _, known := range All {
		if r == known {
			return true
		}
	}
	return false
}

// Numeric reports whether the role needs a numeric column (a count, an
// amount or a share).
func (r Role) Numeric() bool {
	switch r {
	case MessageCount, Reach, Impressions, Followers, Reactions, Comments, Shares, Clicks, Saves, Replies, Cost, Share:
		return true
	}
	return false
}

// Interaction reports whether the role counts an audience interaction, the
// parts that make up "interactions" in the engagement metrics.
func (r Role) Interaction() bool {
	switch r {
	case Reactions, Comments, Shares, Clicks, Saves:
		return true
	}
	return false
}
