package metrics

import (
	"math"
	"time"
)

// MessageRow holds the metrics of one message. Its figures use the same
// formulas as a channel row restricted to that message.
type MessageRow struct {
	Index   int       // position in the Input
	Channel string    // the message's channel
	Kind    Kind      // the message's own kind (its channel's kind is in Report.Channels)
	ID      string    // Message.ID
	Text    string    // Message.Text
	Date    time.Time // Message.Date when valid, else the zero time
	Count   int       // messages the row stands for (Message.Count; 1 without a valid count): its per-message figures divide by it

	Audience                          Value  // reach or impressions, per Report.Options.Audience
	Interactions                      Value  // sum of the known interaction parts
	InteractionParts                  Fields // parts summed
	Followers                         Value  // the message's followers cell, else its channel's followers
	EngagementRate                    Value  // by Report.Options.Denominator; by followers: interactions ÷ Followers × 100
	CommentsToReactions, ResponseRate Value
	CPM, CostPerEngagement            Value
	ReachPercent, GRP, Frequency      Value // against Options.Universe; frequency = impressions ÷ reach
	AVE                               Value
}

// MessageRows returns the rows of messages lo to hi−1 of in, which must be
// the Input the report was computed from. The range is clipped to the
// messages. Rows are computed on demand, a page at a time, so that a
// million messages never need a million rows at once.
func (rep *Report) MessageRows(in Input, lo, hi int) []MessageRow {
	lo, hi = max(lo, 0), min(hi, in.Len())
	if lo >= hi {
		return nil
	}
	s := &rep.s
	out := make([]MessageRow, 0, hi-lo)
	var (
		c       cells
		invalid FieldCounts
		buf     Message
	)
	for i := lo; i < hi; i++ {
		m := in.message(i, &buf)
		clean(m, s.present, &c, &invalid)
		kind := ""
		if s.present.Has(FieldKind) {
			kind = m.Kind
		}
		k := s.kinds.resolve(kind, m.Channel).Kind
		d := time.Time{}
		if s.present.Has(FieldDate) && validDate(m.Date) {
			d = m.Date
		}
		w, _ := weight(m, s.present, nil)
		var t tally
		t.add(&c, k, d, w, false)

		fol := s.channelFollowers(&t)
		if ci, ok := rep.index[m.Channel]; ok && math.IsNaN(c[FieldFollowers]) {
			if f := rep.Channels[ci].Followers; f.OK {
				fol = s.fixedFollowers(&t, f.V)
			}
		}
		r := s.row(&t, fol, missing(NoShare))
		out = append(out, MessageRow{
			Index: i, Channel: m.Channel, Kind: k, ID: m.ID, Text: m.Text, Date: d, Count: w,
			Audience:            rep.audienceSum(&r),
			Interactions:        r.Interactions,
			InteractionParts:    r.InteractionParts,
			Followers:           fol.count,
			EngagementRate:      r.EngagementRate(s.denominator),
			CommentsToReactions: r.CommentsToReactions,
			ResponseRate:        r.ResponseRate,
			CPM:                 r.CPM,
			CostPerEngagement:   r.CostPerEngagement,
			ReachPercent:        r.ReachPercent,
			GRP:                 r.GRP,
			Frequency:           r.Frequency,
			AVE:                 r.AVE,
		})
	}
	return out
}

// ChannelMessages returns how many messages channel ch has, and the
// positions in the Input of its messages lo to hi−1 in input order (the
// range clipped to them), for a page of one channel's messages.
func (rep *Report) ChannelMessages(ch string, lo, hi int) (n int, page []int) {
	ci, ok := rep.index[ch]
	if !ok {
		return 0, nil
	}
	for i, c := range rep.chanOf {
		if int(c) != ci {
			continue
		}
		if n >= lo && n < hi {
			page = append(page, i)
		}
		n++
	}
	return n, page
}
