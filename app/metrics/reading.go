package metrics

import "math"

// ReadingCode names a finding. The UI turns a code and its figures into a
// sentence in the reader's language.
type ReadingCode string

// The findings. Each lists the Reading fields it fills; the others are zero.
const (
	// OneMassMessageEqualsPosts: one message of the mass channel Channel
	// reaches as many people as Posts typical social posts. Fills Channel,
	// Basis, Audience (its audience per message), MedianAudience (median
	// social post audience), Ratio (Audience ÷ MedianAudience) and Posts
	// (Ratio rounded up: posts needed to reach at least as many).
	OneMassMessageEqualsPosts ReadingCode = "one_mass_message_equals_posts"

	// MassMessageRateToMatchSocial: one message of the mass channel Channel
	// would match all social interactions with an engagement rate of Rate %.
	// Fills Channel, Basis, Audience, Interactions (all social interactions)
	// and Rate.
	MassMessageRateToMatchSocial ReadingCode = "mass_message_rate_to_match_social"

	// ConversationNotAudience: the channel gets at least
	// ConversationThreshold comments per reaction: a conversation, not an
	// audience. Fills Channel, Comments, Reactions and Ratio, counted on the
	// messages where both comments and reactions are known.
	ConversationNotAudience ReadingCode = "conversation_not_audience"

	// CommentsUnanswered: the brand answered fewer comments than it got.
	// Fills Channel, Comments, Replies, Unanswered (Comments − Replies) and
	// Rate (response rate, percent), counted on the messages where both
	// comments and replies are known.
	CommentsUnanswered ReadingCode = "comments_unanswered"

	// AudienceFragmented, AudienceModeratelyConcentrated and
	// AudienceConcentrated give the concentration band of the audience across
	// at least two channels. They fill Channel (the largest channel), Channels,
	// HHI (HHIWithin), EffectiveChannels, TopK and TopShare.
	AudienceFragmented             ReadingCode = "audience_fragmented"
	AudienceModeratelyConcentrated ReadingCode = "audience_moderately_concentrated"
	AudienceConcentrated           ReadingCode = "audience_concentrated"
)

// ConversationThreshold is the comments-per-reaction ratio from which a
// channel reads as a conversation rather than an audience: one comment for
// every four reactions. It is a rule of thumb, not a norm; the seed case
// (22 comments for 39 likes) is at 0.56.
const ConversationThreshold = 0.25

// Reading is one finding: a code and the figures it rests on, with no
// sentence. All figures are finite.
type Reading struct {
	Code    ReadingCode // what was found
	Channel string      // the channel it is about
	Basis   Basis       // what audience counts, for the equivalences

	Audience          float64 // mass channel audience per message
	MedianAudience    float64 // median audience of a social post
	Posts             float64 // posts needed, a whole number
	Ratio             float64 // an exact ratio: posts per mass message, comments per reaction
	Interactions      float64 // interactions of all social channels
	Rate              float64 // a rate in percent: engagement needed, response rate
	Comments          float64 // comments counted
	Reactions         float64 // reactions counted
	Replies           float64 // brand replies counted
	Unanswered        float64 // comments without a reply
	HHI               float64 // Herfindahl–Hirschman index on shares summing to 100, points
	EffectiveChannels float64 // equivalent number of equal channels
	Channels          int     // channels with a share
	TopK              int     // how many top channels TopShare sums
	TopShare          float64 // their share, percent
}

// readings lists the report's findings: equivalences first, then the
// concentration, then channel findings in channel order.
func (rep *Report) readings() []Reading {
	var out []Reading
	e := &rep.Equivalences
	for _, row := range e.Rows {
		if row.Posts.OK {
			out = append(out, Reading{
				Code: OneMassMessageEqualsPosts, Channel: row.Channel, Basis: e.Basis,
				Audience: row.AudiencePerMessage.V, MedianAudience: e.MedianSocialAudience.V,
				Ratio: row.Posts.V, Posts: math.Ceil(row.Posts.V),
			})
		}
		if row.RequiredRate.OK {
			out = append(out, Reading{
				Code: MassMessageRateToMatchSocial, Channel: row.Channel, Basis: e.Basis,
				Audience: row.AudiencePerMessage.V, Interactions: e.SocialInteractions.V, Rate: row.RequiredRate.V,
			})
		}
	}
	if c := &rep.Concentration; c.Channels >= 2 && c.HHIWithin.OK && c.EffectiveChannels.OK && c.TopShare.OK {
		code := AudienceFragmented
		switch c.Band {
		case BandModerate:
			code = AudienceModeratelyConcentrated
		case BandHigh:
			code = AudienceConcentrated
		}
		out = append(out, Reading{
			Code: code, Channel: c.TopChannels[0], Channels: c.Channels,
			HHI: c.HHIWithin.V, EffectiveChannels: c.EffectiveChannels.V, TopK: c.TopK, TopShare: c.TopShare.V,
		})
	}
	for i := range rep.Channels {
		r := &rep.Channels[i]
		if r.CommentsToReactions.OK && r.CommentsToReactions.V >= ConversationThreshold {
			out = append(out, Reading{
				Code: ConversationNotAudience, Channel: r.Channel,
				Comments: r.talk.num, Reactions: r.talk.den, Ratio: r.CommentsToReactions.V,
			})
		}
		if r.ResponseRate.OK && r.response.num < r.response.den {
			out = append(out, Reading{
				Code: CommentsUnanswered, Channel: r.Channel,
				Comments: r.response.den, Replies: r.response.num,
				Unanswered: r.response.den - r.response.num, Rate: r.ResponseRate.V,
			})
		}
	}
	return out
}
