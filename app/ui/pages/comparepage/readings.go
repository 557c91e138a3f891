package comparepage

import (
	"math"
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
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

// renderReadings draws the findings as sentences and the table of
// equivalences between mass and social media.
func (p *comparePage) renderReadings(l text.Lang) app.UI {
	rep := &p.res.rep
	var sentences []string
	for _, r := range rep.Readings {
		if s := readingText(l, r); s != "" {
			sentences = append(sentences, s)
		}
	}
	eq := &rep.Equivalences
	return app.Section().Class("card").Aria("labelledby", "readings-heading").Body(
		app.H2().ID("readings-heading").Text(i18n.T(l, i18n.CompareReadingsHeading)),
		app.If(len(sentences) == 0, func() app.UI {
			return app.P().ID("readings-none").Text(i18n.T(l, i18n.CompareReadingsNone))
		}),
		app.Ul().ID("readings").Body(app.Range(sentences).Slice(func(i int) app.UI {
			return app.Li().Text(sentences[i])
		})),
		app.H3().Text(i18n.T(l, i18n.CompareEquivalences)),
		app.If(eq.Reason != metrics.ReasonNone, func() app.UI {
			return app.P().ID("equivalences-none").Text(i18n.Tf(l, i18n.CompareEqNone, eq.Reason.Text().In(l)))
		}).Else(func() app.UI {
			return renderEquivalences(l, eq)
		}),
	)
}

// renderEquivalences draws one row per mass channel: its audience per
// message, the median social post, and the two equivalences.
func renderEquivalences(l text.Lang, eq *metrics.Equivalences) app.UI {
	posts, rate := metrics.PostsPerMassMessage, metrics.RequiredMassEngagementRate
	defHeader := func(m metrics.Metric) app.UI {
		return app.Th().Scope("col").DataSet("metric", m.ID).Body(app.A().Href("#def-" + m.ID).Text(headerName(l, m)))
	}
	return app.Div().Class("table-scroll").Body(
		app.Table().ID("equivalences").Class("grid").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(i18n.T(l, i18n.CompareEqMass)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.CompareEqAudience)+" ("+lowerFirst(audienceName(l, eq.Basis))+")"),
				app.Th().Scope("col").Text(i18n.T(l, i18n.CompareEqMedian)),
				defHeader(posts),
				defHeader(rate),
			)),
			app.TBody().Body(app.Range(eq.Rows).Slice(func(i int) app.UI {
				r := eq.Rows[i]
				cell := func(figure string) app.HTMLTd {
					return app.Td().DataSet("channel", r.Channel).DataSet("metric", figure)
				}
				return app.Tr().Body(
					app.Th().Scope("row").Text(r.Channel),
					valueCell(l, cell("audience_per_message"), metrics.UnitCount, r.AudiencePerMessage),
					valueCell(l, cell("median_social_audience"), metrics.UnitCount, eq.MedianSocialAudience),
					valueCell(l, cell(posts.ID), posts.Unit, r.Posts),
					valueCell(l, cell(rate.ID), rate.Unit, r.RequiredRate),
				)
			})),
		),
	)
}
