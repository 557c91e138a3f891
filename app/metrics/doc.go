// Package metrics answers "is this channel a mass medium?" by setting the
// reach of mass media against the engagement of social media, channel by
// channel, from a list of messages.
//
//	in := metrics.Input{Present: metrics.FieldsOf(metrics.FieldKind, metrics.FieldReach, metrics.FieldReactions, metrics.FieldComments)}
//	tv := metrics.NewMessage("TF1 20h", "mass")
//	tv.Reach = 5_200_000
//	in.Messages = append(in.Messages, tv)
//	for _, reach := range []float64{1200, 2889, 4100} {
//		post := metrics.NewMessage("LinkedIn", "social")
//		post.Reach, post.Reactions, post.Comments = reach, 39, 22
//		in.Messages = append(in.Messages, post)
//	}
//	rep := metrics.Compute(in, metrics.Options{})
//	rep.Equivalences.Rows[0].Posts             // 1799.93: 5 200 000 ÷ 2 889, the median post
//	rep.Channels[1].CommentsToReactions        // 0.5641: 66 comments ÷ 117 reactions
//	rep.Channels[0].EngagementRateReach.Reason // NoInteractions: the TV row has no interaction values
//
// # Definitions
//
// Every figure is a declared Metric (All, ByID) with a stable id, a French
// and English name, its formula written for people, its numerator and
// named denominator, its unit, which way is better, a one-sentence
// definition, and a Vanity flag for likes or fans taken alone. The UI shows
// these next to each figure; the plan page warns on vanity KPIs.
//
// # Missing is not zero
//
// A measure a message lacks is NaN in Message and is left out, never
// counted as 0. A figure that cannot be computed is a Value with OK false
// and a Reason (NoCostColumn, NoFollowers, ZeroDenominator, NoUniverse, ...)
// that has French and English text. Input.Present tells a column absent from
// the data (NoCostColumn) from a column whose cells are blank (NoCost).
//
// # Rows that stand for several messages
//
// A strategist's table often has one row per channel: "TV, 1 spot,
// 5 400 000 viewers; Facebook, 42 posts, 120 000 reach". Message.Count
// (the column of role "message_count", FieldMessageCount in
// Input.Present) says how many messages a row stands for; its measures are
// then totals over them. Every per-message figure divides by messages, not
// rows — reach per message is total reach ÷ total messages, 120 000 ÷ 42 =
// 2 857.1 for that Facebook row — and every median counts a row of n
// messages as n messages of its average (a weighted median), so that a
// summary table gives the figures of its messages written out one by one.
// Ratios of two totals (engagement rate, CPM, comments per reaction) do not
// change. A blank count is one message; a count of 0 is a row of no message
// whose totals still add up; an invalid count (negative, fractional,
// infinite, above MaxMessageCount) is one message, counted in
// Report.Invalid.
//
// # Medium kinds
//
// ResolveKind decides each row's kind: from the kind cell, when it names a
// kind ("social") or a medium ("TV", "Presse", "Facebook"), else from the
// channel's name ("Page Facebook", "TF1 20h"), else from the platform the
// file was recognised as (Options.Platform); television, radio, press,
// cinema and outdoor are mass media, social networks, blogs and forums
// social media. The user's choices per value (Options.KindOverrides) come
// first. Report.KindDecisions lists each deciding value with its rule, and
// KindDecision.Explain says it in a sentence.
//
// # What Compute returns
//
// Compute returns a Report: a ChannelRow per channel, per kind and for the
// whole dataset; the Concentration of the audience (Herfindahl–Hirschman
// index, effective number of channels, top-k share); the Equivalences
// between mass and social media; Readings, findings as codes and numbers for
// the UI to phrase; and Charts: the signature chart (messages against
// audience per message), engagement by channel, and the timeline.
// Report.MessageRows gives per-message figures a page at a time, and
// WriteChannelsCSV exports the channel table.
//
// Money figures (CPM, cost per engagement, advertising value equivalent)
// are in the dataset's currency. The advertising value equivalent needs a
// reference CPM from the user and is a translation for executives, not the
// value of communication (AMEC's Barcelona Principles 3.0, principle 5).
//
// The package reads no columns itself: the analysis layer (reachlab/app/analysis)
// converts a typed table and its column roles (reachlab/app/data/roles) into
// an Input, with FieldOf and Message.Set for the roles (the "message_count"
// column into Message.Count), and passes the kind cells as they are written.
package metrics
