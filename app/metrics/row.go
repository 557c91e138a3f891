package metrics

import "math"

// ChannelRow holds every per-row metric for one channel, one kind (all the
// channels of that kind) or the whole dataset. Each Value field is the
// metric of the same name in the catalog (see All); a value that cannot be
// computed is not available with a Reason.
//
// Sums and means use the messages whose value is known: a blank cell is
// left out, never read as zero, and Known says how many cells each figure
// rests on. Ratios of two fields (engagement rate, CPM, response rate, ...)
// use only the messages where both are known. Per-message figures and
// medians count a row standing for several messages (Message.Count) as
// that many messages.
type ChannelRow struct {
	Channel   string       // channel name; "" in kind and total rows
	Kind      Kind         // channel kind: the majority kind of its rows; the kind of a kind row; "" in the total row
	KindMixed bool         // the channel's rows name more than one known kind
	KindBy    KindDecision // channel rows: how Kind was decided, for the channel's first row of that kind; zero in kind and total rows
	Channels  int          // channels in the row: 1 for a channel
	Messages  int          // messages in the row: its rows' counts of messages added up (one per row without a count column)
	Rows      int          // rows of the input in the row

	Known            FieldCounts // known (non-blank, valid) cells per field
	InteractionParts Fields      // interaction columns with at least one known value, the parts summed into Interactions

	// Volume, engagement, cost, broadcast and value metrics: see the
	// catalog variables of the same names for formulas and definitions.
	Reach, ReachPerMessage, MedianReach, PeakReach        Value
	Impressions, ImpressionsPerMessage, MedianImpressions Value
	Followers                                             Value
	AudienceShare, DatasetShare                           Value
	Interactions, InteractionsPerMessage                  Value
	EngagementRateReach, EngagementRateImpressions        Value
	EngagementRateFollowers                               Value
	Reactions, Comments, Shares, Replies                  Value
	ConversationRate, AmplificationRate, ApplauseRate     Value
	ConversationPerThousandFollowers                      Value
	AmplificationPerThousandFollowers                     Value
	ApplausePerThousandFollowers                          Value
	CommentsToReactions, ResponseRate                     Value
	Cost, CPM, CostPerEngagement, CostPerMessage          Value
	ReachPercent, GRP, Frequency                          Value
	AVE                                                   Value

	talk, response pair // comments over reactions, replies over comments, for readings
}

// EngagementRate returns the row's engagement rate by d (by reach for
// DenominatorAuto).
func (r *ChannelRow) EngagementRate(d Denominator) Value {
	switch d {
	case ByImpressions:
		return r.EngagementRateImpressions
	case ByFollowers:
		return r.EngagementRateFollowers
	}
	return r.EngagementRateReach
}

// AudiencePerMessage returns the row's reach or impressions per message,
// according to b.
func (r *ChannelRow) AudiencePerMessage(b Basis) Value {
	if b == BasisImpressions {
		return r.ImpressionsPerMessage
	}
	return r.ReachPerMessage
}

// settings are the resolved options and column presence every row reads.
type settings struct {
	present     Fields
	basis       Basis
	denominator Denominator
	universe    float64 // NaN when not given
	cpm         float64 // NaN when not given
	aveBasis    AVEBasis
	kinds       *kindResolver
}

// newSettings resolves opts against the columns present.
func newSettings(present Fields, opts Options) settings {
	s := settings{
		present:     present,
		basis:       opts.Audience.resolve(present),
		denominator: opts.Denominator.resolve(present),
		universe:    math.NaN(),
		cpm:         math.NaN(),
		aveBasis:    opts.AVEBasis,
		kinds:       newKindResolver(opts.Platform, opts.KindOverrides),
	}
	if opts.Universe > 0 && opts.Universe <= math.MaxFloat64 {
		s.universe = opts.Universe
	}
	if opts.ReferenceCPM > 0 && opts.ReferenceCPM <= math.MaxFloat64 {
		s.cpm = opts.ReferenceCPM
	}
	return s
}

// hasColumn reports whether the data has column f; for needInter, whether
// it has any interaction column.
func (s *settings) hasColumn(f Field) bool {
	if f == needInter {
		for _, p := range interactionParts {
			if s.present.Has(p) {
				return true
			}
		}
		return false
	}
	return s.present.Has(f)
}

// knownIn returns how many cells of f (or rows with interactions, for
// needInter) t knows.
func knownIn(t *tally, f Field) int {
	if f == needInter {
		return t.interN
	}
	return t.known[f]
}

// why explains why a figure of t that needs the fields in needs is not
// available: no messages, then the first absent column, then the first
// column with no value in t, else no message carrying all of them.
func (s *settings) why(t *tally, needs ...Field) Reason {
	if t.messages == 0 {
		return NoMessages
	}
	for _, f := range needs {
		if !s.hasColumn(f) {
			return noColumn[f]
		}
	}
	for _, f := range needs {
		if knownIn(t, f) == 0 {
			return noValues[f]
		}
	}
	return NoOverlap
}

// ratio returns p.num ÷ p.den × scale, or why it is not available. A sum
// that overflowed makes the ratio not finite, even where x ÷ ∞ would give a
// misleading 0.
func (s *settings) ratio(t *tally, p pair, scale float64, needs ...Field) Value {
	switch {
	case p.n == 0:
		return missing(s.why(t, needs...))
	case !finite(p.num, p.den):
		return missing(NotFinite)
	case p.den == 0:
		return missing(ZeroDenominator)
	}
	return known(p.num / p.den * scale)
}

// perMessage is ratio for a figure per message: when the rows that carry
// it stand for no message (counts of 0), it is not available for
// NoMessages rather than for a zero denominator.
func (s *settings) perMessage(t *tally, p pair, scale float64, needs ...Field) Value {
	if p.n > 0 && p.den == 0 {
		return missing(NoMessages)
	}
	return s.ratio(t, p, scale, needs...)
}

// sum returns the sum of f's known cells in t.
func (s *settings) sum(t *tally, f Field) Value {
	if t.known[f] == 0 {
		return missing(s.why(t, f))
	}
	return known(t.sum[f])
}

// followerBasis is what the per-follower rates divide by: the followers
// count, and for each rate the pair (sum of the numerator, Σ messages ×
// followers) over the channels whose followers are known. Messages are
// those of the rows where the numerator is known, weighted by their
// counts.
type followerBasis struct {
	count                              Value
	inter, comments, shares, reactions pair
}

// channelFollowers returns a channel's followers count: the count at the
// latest date when some followers cells are dated, else the largest count.
func (s *settings) channelFollowers(t *tally) followerBasis {
	if t.known[FieldFollowers] == 0 {
		return followerBasis{count: missing(s.why(t, FieldFollowers))}
	}
	f := t.followersMax
	if !t.followersAt.IsZero() {
		f = t.followersLatest
	}
	return s.fixedFollowers(t, f)
}

// fixedFollowers returns the follower basis of t for a known followers count f.
func (s *settings) fixedFollowers(t *tally, f float64) followerBasis {
	per := func(sum float64, n int) pair {
		if n == 0 {
			return pair{}
		}
		return pair{num: sum, den: float64(n) * f, n: 1}
	}
	return followerBasis{
		count:     known(f),
		inter:     per(t.interSum, t.interMsgs),
		comments:  per(t.sum[FieldComments], t.msgKnown[FieldComments]),
		shares:    per(t.sum[FieldShares], t.msgKnown[FieldShares]),
		reactions: per(t.sum[FieldReactions], t.msgKnown[FieldReactions]),
	}
}

// groupFollowers adds up the follower bases of a group's channels: the
// group's followers count is the sum of its channels' counts.
func (s *settings) groupFollowers(t *tally, channels []followerBasis) followerBasis {
	var g followerBasis
	total, any := 0.0, false
	for _, c := range channels {
		if !c.count.OK {
			continue
		}
		any = true
		total += c.count.V
		g.inter.merge(c.inter)
		g.comments.merge(c.comments)
		g.shares.merge(c.shares)
		g.reactions.merge(c.reactions)
	}
	if !any {
		g.count = missing(s.why(t, FieldFollowers))
	} else {
		g.count = known(total)
	}
	return g
}

// row computes the per-row metrics of t, with fol for its followers and
// share for its audience share. The caller labels the row and fills the
// medians and DatasetShare, which need the other rows (see Compute).
func (s *settings) row(t *tally, fol followerBasis, share Value) ChannelRow {
	r := ChannelRow{
		Messages:         t.messages,
		Rows:             t.rows,
		Known:            t.known,
		InteractionParts: t.parts,
		Followers:        fol.count,
		AudienceShare:    share,
		talk:             t.talk,
		response:         t.response,
	}

	r.Reach = s.sum(t, FieldReach)
	r.ReachPerMessage = s.perMessage(t, t.mean(FieldReach), 1, FieldReach)
	r.PeakReach = missing(s.why(t, FieldReach))
	switch {
	case t.msgKnown[FieldReach] > 0:
		r.PeakReach = known(t.peak)
	case t.known[FieldReach] > 0:
		r.PeakReach = missing(NoMessages)
	}
	r.Impressions = s.sum(t, FieldImpressions)
	r.ImpressionsPerMessage = s.perMessage(t, t.mean(FieldImpressions), 1, FieldImpressions)
	r.MedianReach = missing(s.why(t, FieldReach))
	r.MedianImpressions = missing(s.why(t, FieldImpressions))

	interactions := pair{num: t.interSum, den: float64(t.interMsgs), n: t.interN}
	r.Interactions = missing(s.why(t, needInter))
	if t.interN > 0 {
		r.Interactions = known(t.interSum)
	}
	r.InteractionsPerMessage = s.perMessage(t, interactions, 1, needInter)
	r.EngagementRateReach = s.ratio(t, t.erReach, 100, needInter, FieldReach)
	r.EngagementRateImpressions = s.ratio(t, t.erImpr, 100, needInter, FieldImpressions)
	r.EngagementRateFollowers = s.ratio(t, fol.inter, 100, needInter, FieldFollowers)

	r.Reactions = s.sum(t, FieldReactions)
	r.Comments = s.sum(t, FieldComments)
	r.Shares = s.sum(t, FieldShares)
	r.Replies = s.sum(t, FieldReplies)
	r.ConversationRate = s.perMessage(t, t.mean(FieldComments), 1, FieldComments)
	r.AmplificationRate = s.perMessage(t, t.mean(FieldShares), 1, FieldShares)
	r.ApplauseRate = s.perMessage(t, t.mean(FieldReactions), 1, FieldReactions)
	r.ConversationPerThousandFollowers = s.ratio(t, fol.comments, 1000, FieldComments, FieldFollowers)
	r.AmplificationPerThousandFollowers = s.ratio(t, fol.shares, 1000, FieldShares, FieldFollowers)
	r.ApplausePerThousandFollowers = s.ratio(t, fol.reactions, 1000, FieldReactions, FieldFollowers)
	r.CommentsToReactions = s.ratio(t, t.talk, 1, FieldComments, FieldReactions)
	r.ResponseRate = s.ratio(t, t.response, 100, FieldReplies, FieldComments)

	r.Cost = s.sum(t, FieldCost)
	r.CPM = s.ratio(t, t.cpm, 1000, FieldCost, FieldImpressions)
	r.CostPerEngagement = s.ratio(t, t.cpe, 1, FieldCost, needInter)
	r.CostPerMessage = s.perMessage(t, t.mean(FieldCost), 1, FieldCost)

	s.broadcast(&r, t)
	r.AVE = s.ave(t, r.Impressions)
	return r
}

// broadcast fills reach %, GRP and frequency against the universe U:
// reach % = peak reach ÷ U × 100, GRP = impressions ÷ U × 100, frequency =
// GRP ÷ reach % (computed as impressions ÷ peak reach, the same quotient
// without rounding twice).
func (s *settings) broadcast(r *ChannelRow, t *tally) {
	if math.IsNaN(s.universe) {
		r.ReachPercent, r.GRP, r.Frequency = missing(NoUniverse), missing(NoUniverse), missing(NoUniverse)
		return
	}
	r.ReachPercent = r.PeakReach
	if r.PeakReach.OK {
		r.ReachPercent = known(t.peak / s.universe * 100)
	}
	r.GRP = r.Impressions
	if r.Impressions.OK {
		r.GRP = known(t.sum[FieldImpressions] / s.universe * 100)
	}
	switch {
	case !r.ReachPercent.OK:
		r.Frequency = r.ReachPercent
	case !r.GRP.OK:
		r.Frequency = r.GRP
	case t.peak == 0:
		r.Frequency = missing(ZeroDenominator)
	default:
		r.Frequency = known(t.sum[FieldImpressions] / t.peak)
	}
}

// ave returns the advertising value equivalent of t at the reference CPM:
// impressions ÷ 1 000 × CPM, or messages ÷ 1 000 × CPM by mentions.
func (s *settings) ave(t *tally, impressions Value) Value {
	switch {
	case math.IsNaN(s.cpm):
		return missing(NoReferenceCPM)
	case s.aveBasis == AVEByMentions && t.messages == 0:
		return missing(NoMessages)
	case s.aveBasis == AVEByMentions:
		return known(float64(t.messages) / 1000 * s.cpm)
	case !impressions.OK:
		return impressions
	}
	return known(impressions.V / 1000 * s.cpm)
}
