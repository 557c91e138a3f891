package longtailpage

import (
	"net/url"

	ltan "reachlab/app/analysis/longtail"
	"reachlab/app/data/roles"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderTime is the time and fragmentation section: attention over time
// when the data has several rows per post, the audience's fragmentation
// among channels when it has audience shares, and the French DTT case as
// an illustration.
func (p *longTailPage) renderTime(l text.Lang) app.UI {
	return app.Section().ID("time").Class("card").Aria("labelledby", "time-heading").Body(
		app.H2().ID("time-heading").Text(i18n.T(l, i18n.LongTailTimeHeading)),
		p.renderAttention(l),
		p.renderFragmentation(l),
		renderDTT(l),
	)
}

func (p *longTailPage) renderAttention(l text.Lang) app.UI {
	a := p.res.Attention
	body := []app.UI{app.H3().Text(i18n.T(l, i18n.LongTailAttnHeading))}
	switch a.Status {
	case ltan.AttentionNoColumns:
		body = append(body, app.P().ID("attention-note").Class("muted").Text(i18n.T(l, i18n.LongTailAttnNoColumns)))
	case ltan.AttentionOneRow:
		body = append(body, app.P().ID("attention-note").Class("muted").Text(i18n.T(l, i18n.LongTailAttnOneRow)))
	case ltan.AttentionBadRows:
		body = append(body, app.P().ID("attention-note").Class("error").Attr("role", "alert").Text(i18n.Tf(l, i18n.LongTailAttnBadRows, ltan.Count(l, a.ErrRow))))
	case ltan.AttentionReady:
		how := i18n.LongTailAttnDaily
		if a.Cumulative {
			how = i18n.LongTailAttnCumulative
		}
		half := i18n.T(l, i18n.LongTailAttnNoHalfLife)
		if a.Result.HalfLifePosts > 0 {
			half = i18n.Tf(l, i18n.LongTailAttnHalfLife, i18n.Auto(l, a.Result.MedianHalfLife), ltan.Count(l, a.Result.HalfLifePosts))
		}
		pooled := a.Result.Pooled
		body = append(body,
			app.P().Class("muted").Text(i18n.Tf(l, how, ltan.Count(l, a.Posts))),
			app.Table().ID("attention").Class("grid").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(i18n.T(l, i18n.LongTailAttnColDay)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailAttnColShare)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailAttnColPosts)),
				)),
				app.TBody().Body(app.Range(pooled).Slice(func(i int) app.UI {
					s := pooled[i]
					share := i18n.T(l, i18n.LongTailAttnUnobserved)
					if s.Status == longtail.Available {
						share = ltan.SharePercent(l, s.Share)
					}
					return app.Tr().Body(
						app.Th().Scope("row").Text(i18n.Auto(l, s.Day)),
						app.Td().Class("num").Text(share),
						app.Td().Class("num").Text(ltan.Count(l, s.Posts)),
					)
				})),
			),
			app.P().ID("attention-half-life").Text(half),
		)
	}
	return app.Div().ID("attention-section").Body(body...)
}

func (p *longTailPage) renderFragmentation(l text.Lang) app.UI {
	f := p.res.Fragmentation
	body := []app.UI{app.H3().Text(i18n.T(l, i18n.LongTailFragHeading))}
	switch {
	case !f.Available:
		body = append(body, app.P().ID("fragmentation-note").Class("muted").Body(
			app.Text(i18n.Tf(l, i18n.LongTailFragMissing, roles.Channel.Name(l), roles.Share.Name(l), roles.Date.Name(l))+" "),
			app.A().Href("/data?dataset="+url.QueryEscape(p.res.Dataset.ID)).Text(i18n.T(l, i18n.LongTailDataLink)),
		))
	case f.Err != nil:
		body = append(body, app.P().ID("fragmentation-note").Class("error").Attr("role", "alert").Text(i18n.Tf(l, i18n.LongTailFragBadRows, ltan.Count(l, f.ErrRow))))
	default:
		units := i18n.LongTailFragPercent
		if f.Fractions {
			units = i18n.LongTailFragFractions
		}
		note := i18n.T(l, units)
		if f.Skipped > 0 {
			note += " " + i18n.Tf(l, i18n.LongTailFragSkipped, ltan.Count(l, f.Skipped))
		}
		periods := f.Periods
		body = append(body,
			app.P().Class("muted").Text(note),
			app.Div().Class("table-scroll").Body(app.Table().ID("fragmentation").Class("grid").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(i18n.T(l, i18n.LongTailColPeriod)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColChannels)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColCoverage)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColHHI)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColEffective)),
					app.Th().Scope("col").Class("num").Text(i18n.Tf(l, i18n.LongTailColTop, ltan.Count(l, ltan.TopK))),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColOthers)),
				)),
				app.TBody().Body(app.Range(periods).Slice(func(i int) app.UI {
					c := periods[i]
					return app.Tr().Body(
						app.Th().Scope("row").Text(ltan.PeriodLabel(l, c.Period)),
						app.Td().Class("num").Text(ltan.Count(l, c.Channels)),
						app.Td().Class("num").Text(ltan.SharePercent(l, c.Coverage)),
						app.Td().Class("num").Text(ltan.NotAvailable(l, 10000*c.HHIListed, 0)),
						app.Td().Class("num").Text(ltan.NotAvailable(l, c.EffectiveChannels, 1)),
						app.Td().Class("num").Text(ltan.SharePercent(l, c.TopShare)),
						app.Td().Class("num").Text(i18n.Tf(l, i18n.LongTailOthersValue, ltan.SharePercent(l, c.OutsideTop), ltan.Count(l, c.OutsideTopN))),
					)
				})),
			)),
			app.Ul().Class("muted").Body(
				app.Li().Text(i18n.T(l, i18n.LongTailDefFragHHI)),
				app.Li().Text(i18n.T(l, i18n.LongTailDefFragEffective)),
			),
		)
		if fig, ok := f.Chart[l]; ok {
			body = append(body, drawFigure(l, "lt-shares", fig))
		} else if len(periods) > 0 {
			body = append(body, app.P().Class("reading").Text(ltan.PeriodSentence(l, periods[0])))
		}
	}
	return app.Div().ID("fragmentation-section").Body(body...)
}

// renderDTT is the French DTT case, computed with the engine on an even
// split and labelled as an illustration.
func renderDTT(l text.Lang) app.UI {
	return app.Div().ID("dtt").Body(
		app.H3().Text(i18n.T(l, i18n.LongTailDTTHeading)),
		app.P().Body(
			app.Span().Class("badge").Text(i18n.T(l, i18n.LongTailDTTBadge)),
			app.Text(" "+i18n.Tf(l, i18n.LongTailDTTText,
				ltan.Count(l, ltan.DTT.Channels), ltan.SharePercent(l, ltan.DTT.Coverage), ltan.SharePercent(l, ltan.DTT.TopShare),
				i18n.Number(l, 10000*ltan.DTT.HHIListed, 0), i18n.Number(l, ltan.DTT.EffectiveChannels, 0), ltan.SharePercent(l, 1-ltan.DTT.Coverage))),
		),
		app.P().Class("muted").Text(i18n.T(l, i18n.LongTailDTTSource)),
	)
}
