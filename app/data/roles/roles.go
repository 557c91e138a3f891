// Package roles names what a column means to ReachLab's engines: the channel a
// row belongs to, its date, its reach, its reactions, and so on.
//
// A role is independent of how the column is stored (its type) and of the
// platform it came from: "Impressions" in an X export, "Vues" in a YouTube
// Studio export and "Views" in a TikTok export all get RoleImpressions.
package roles

import "reachlab/app/text"

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

// Info is what the rest of the program knows of a role: its name for people
// (in column pickers and in the reader's reasons), whether it needs a
// numeric column, and whether it counts an audience interaction (the parts
// summed into "interactions" by the engagement metrics). Adding a measure
// is one line of the table below, plus its field in the metrics engine.
type Info struct {
	Role        Role
	Name        text.Text // as the column picker offers it
	Short       text.Text // inside sentences: "the reach column"
	Numeric     bool
	Interaction bool
}

// table describes every role but None, in the order the UI offers them.
var table = []Info{
	{Channel, text.Text{EN: "channel / medium", FR: "canal / média"}, text.Text{EN: "channel", FR: "canal"}, false, false},
	{Kind, text.Text{EN: "medium kind (mass, social…)", FR: "type de média (masse, social…)"}, text.Text{EN: "medium kind", FR: "type de média"}, false, false},
	{Message, text.Text{EN: "message / post id", FR: "identifiant du message"}, text.Text{EN: "message", FR: "message"}, false, false},
	{Text, text.Text{EN: "message text", FR: "texte du message"}, text.Text{EN: "text", FR: "texte"}, false, false},
	{Date, text.Text{EN: "date", FR: "date"}, text.Text{EN: "date", FR: "date"}, false, false},
	{MessageCount, text.Text{EN: "number of messages (posts, spots)", FR: "nombre de messages (publications, spots)"}, text.Text{EN: "number of messages", FR: "nombre de messages"}, true, false},
	{Reach, text.Text{EN: "reach (people)", FR: "couverture (personnes)"}, text.Text{EN: "reach", FR: "couverture"}, true, false},
	{Impressions, text.Text{EN: "impressions / views", FR: "impressions / vues"}, text.Text{EN: "impressions", FR: "impressions"}, true, false},
	{Followers, text.Text{EN: "followers / audience", FR: "abonnés / audience"}, text.Text{EN: "followers", FR: "abonnés"}, true, false},
	{Reactions, text.Text{EN: "reactions / likes", FR: "réactions / j'aime"}, text.Text{EN: "reactions", FR: "réactions"}, true, true},
	{Comments, text.Text{EN: "comments", FR: "commentaires"}, text.Text{EN: "comments", FR: "commentaires"}, true, true},
	{Shares, text.Text{EN: "shares", FR: "partages"}, text.Text{EN: "shares", FR: "partages"}, true, true},
	{Clicks, text.Text{EN: "clicks", FR: "clics"}, text.Text{EN: "clicks", FR: "clics"}, true, true},
	{Saves, text.Text{EN: "saves", FR: "enregistrements"}, text.Text{EN: "saves", FR: "enregistrements"}, true, true},
	{Replies, text.Text{EN: "brand replies", FR: "réponses de la marque"}, text.Text{EN: "brand replies", FR: "réponses de la marque"}, true, false},
	{Cost, text.Text{EN: "cost / spend", FR: "coût / dépense"}, text.Text{EN: "cost", FR: "coût"}, true, false},
	{Share, text.Text{EN: "audience share (%)", FR: "part d'audience (%)"}, text.Text{EN: "audience share", FR: "part d’audience"}, true, false},
}

// All lists every role but None, in the order the UI offers them.
var All = func() []Role {
	out := make([]Role, len(table))
	for i, info := range table {
		out[i] = info.Role
	}
	return out
}()

// Of returns what is known of role r; ok is false for None and unknown
// roles.
func Of(r Role) (info Info, ok bool) {
	for _, info := range table {
		if info.Role == r {
			return info, true
		}
	}
	return Info{Role: r, Name: text.Text{EN: string(r), FR: string(r)}, Short: text.Text{EN: string(r), FR: string(r)}}, false
}

// Valid reports whether r is None or one of All.
func (r Role) Valid() bool {
	_, ok := Of(r)
	return ok || r == None
}

// Numeric reports whether the role needs a numeric column (a count, an
// amount or a share).
func (r Role) Numeric() bool {
	info, _ := Of(r)
	return info.Numeric
}

// Interaction reports whether the role counts an audience interaction, the
// parts that make up "interactions" in the engagement metrics.
func (r Role) Interaction() bool {
	info, _ := Of(r)
	return info.Interaction
}

// Name names the role in l, as column pickers offer it.
func (r Role) Name(l text.Lang) string {
	info, _ := Of(r)
	return info.Name.In(l)
}
