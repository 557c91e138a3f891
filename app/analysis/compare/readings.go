package compare

import (
	"math"
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"

	"reachlab/app/view"
)

// readingText phrases one of the engine's findings in l, with its figures
// and, for the equivalences, the division that gives them.
func readingText(l text.Lang, r metrics.Reading) string {
	switch r.Code {
	case metrics.OneMassMessageEqualsPosts:
		k := i18n.CompareReadingPosts
		if r.Basis == metrics.BasisImpressions {
			k = i18n.CompareReadingPostsShown
		}
		return i18n.Tf(l, k, r.Channel, countText(l, r.Posts),
			countText(l, r.Audience), medianText(l, r.MedianAudience), i18n.Number(l, r.Ratio, 1))
	case metrics.MassMessageRateToMatchSocial:
		return i18n.Tf(l, i18n.CompareReadingRate, countText(l, r.Interactions), r.Channel, percentText(l, r.Rate),
			countText(l, r.Interactions), countText(l, r.Audience))
	case metrics.ConversationNotAudience:
		return i18n.Tf(l, i18n.CompareReadingTalk, r.Channel, countText(l, r.Comments), countText(l, r.Reactions), i18n.Auto(l, r.Ratio))
	case metrics.CommentsUnanswered:
		return i18n.Tf(l, i18n.CompareReadingUnanswered, r.Channel, countText(l, r.Replies), countText(l, r.Comments),
			percentText(l, r.Rate), countText(l, r.Unanswered))
	case metrics.AudienceFragmented, metrics.AudienceModeratelyConcentrated, metrics.AudienceConcentrated:
		k := i18n.CompareReadingSpread
		switch r.Code {
		case metrics.AudienceModeratelyConcentrated:
			k = i18n.CompareReadingModerate
		case metrics.AudienceConcentrated:
			k = i18n.CompareReadingConcentr
		}
		return i18n.Tf(l, k, strconv.Itoa(r.Channels), countText(l, r.HHI), i18n.Auto(l, r.EffectiveChannels),
			strconv.Itoa(r.TopK), percentText(l, r.TopShare), r.Channel)
	}
	return ""
}

// medianText writes a median of counts, a whole number or a half (the
// mean of the two middle values), exactly.
func medianText(l text.Lang, v float64) string {
	if v == math.Trunc(v) {
		return countText(l, v)
	}
	return i18n.Number(l, v, 1)
}

// readings phrases the engine's findings as sentences.
func readings(l text.Lang, rep *metrics.Report) []string {
	out := []string{}
	for _, r := range rep.Readings {
		if s := readingText(l, r); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// equivalences is the table of equivalences between mass and social media:
// one row per mass channel, its audience per message, the median social
// post, and the two equivalences; or, when there is none, why.
func equivalences(l text.Lang, eq *metrics.Equivalences) (*view.Table, string) {
	if eq.Reason != metrics.ReasonNone {
		return nil, i18n.Tf(l, i18n.CompareEqNone, eq.Reason.Text().In(l))
	}
	posts, rate := metrics.PostsPerMassMessage, metrics.RequiredMassEngagementRate
	t := &view.Table{Columns: []view.Column{
		{Key: "channel", Name: i18n.T(l, i18n.CompareEqMass)},
		{Key: "audience_per_message", Name: i18n.T(l, i18n.CompareEqAudience) + " (" + lowerFirst(audienceName(l, eq.Basis)) + ")", Numeric: true},
		{Key: "median_social_audience", Name: i18n.T(l, i18n.CompareEqMedian), Numeric: true},
		{Key: posts.ID, Name: headerName(l, posts), Def: posts.ID, Numeric: true},
		{Key: rate.ID, Name: headerName(l, rate), Def: rate.ID, Numeric: true},
	}}
	for _, r := range eq.Rows {
		t.Rows = append(t.Rows, view.Row{Kind: "channel", ID: r.Channel, Cells: []view.Cell{
			{Text: r.Channel},
			valueCell(l, metrics.UnitCount, r.AudiencePerMessage),
			valueCell(l, metrics.UnitCount, eq.MedianSocialAudience),
			valueCell(l, posts.Unit, r.Posts),
			valueCell(l, rate.Unit, r.RequiredRate),
		}})
	}
	return t, ""
}
