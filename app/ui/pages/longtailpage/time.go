package longtailpage

import (
	"math"
	"net/url"

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
	a := p.res.attn
	body := []app.UI{app.H3().Text(i18n.T(l, i18n.LongTailAttnHeading))}
	switch a.status {
	case attnNoColumns:
		body = append(body, app.P().ID("attention-note").Class("muted").Text(i18n.T(l, i18n.LongTailAttnNoColumns)))
	case attnOneRow:
		body = append(body, app.P().ID("attention-note").Class("muted").Text(i18n.T(l, i18n.LongTailAttnOneRow)))
	case attnBadRows:
		body = append(body, app.P().ID("attention-note").Class("error").Attr("role", "alert").Text(i18n.Tf(l, i18n.LongTailAttnBadRows, count(l, a.errRow))))
	case attnReady:
		how := i18n.LongTailAttnDaily
		if a.cumulative {
			how = i18n.LongTailAttnCumulative
		}
		half := i18n.T(l, i18n.LongTailAttnNoHalfLife)
		if a.result.HalfLifePosts > 0 {
			half = i18n.Tf(l, i18n.LongTailAttnHalfLife, i18n.Auto(l, a.result.MedianHalfLife), count(l, a.result.HalfLifePosts))
		}
		pooled := a.result.Pooled
		body = append(body,
			app.P().Class("muted").Text(i18n.Tf(l, how, count(l, a.posts))),
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
						share = sharePercent(l, s.Share)
					}
					return app.Tr().Body(
						app.Th().Scope("row").Text(i18n.Auto(l, s.Day)),
						app.Td().Class("num").Text(share),
						app.Td().Class("num").Text(count(l, s.Posts)),
					)
				})),
			),
			app.P().ID("attention-half-life").Text(half),
		)
	}
	return app.Div().ID("attention-section").Body(body...)
}

func (p *longTailPage) renderFragmentation(l text.Lang) app.UI {
	f := p.res.frag
	body := []app.UI{app.H3().Text(i18n.T(l, i18n.LongTailFragHeading))}
	switch {
	case !f.available:
		body = append(body, app.P().ID("fragmentation-note").Class("muted").Body(
			app.Text(i18n.Tf(l, i18n.LongTailFragMissing, roles.Channel.Name(l), roles.Share.Name(l), roles.Date.Name(l))+" "),
			app.A().Href("/data?dataset="+url.QueryEscape(p.res.meta.ID)).Text(i18n.T(l, i18n.LongTailDataLink)),
		))
	case f.err != nil:
		body = append(body, app.P().ID("fragmentation-note").Class("error").Attr("role", "alert").Text(i18n.Tf(l, i18n.LongTailFragBadRows, count(l, f.errRow))))
	default:
		units := i18n.LongTailFragPercent
		if f.fractions {
			units = i18n.LongTailFragFractions
		}
		note := i18n.T(l, units)
		if f.skipped > 0 {
			note += " " + i18n.Tf(l, i18n.LongTailFragSkipped, count(l, f.skipped))
		}
		periods := f.periods
		body = append(body,
			app.P().Class("muted").Text(note),
			app.Div().Class("table-scroll").Body(app.Table().ID("fragmentation").Class("grid").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(i18n.T(l, i18n.LongTailColPeriod)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColChannels)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColCoverage)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColHHI)),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColEffective)),
					app.Th().Scope("col").Class("num").Text(i18n.Tf(l, i18n.LongTailColTop, count(l, fragTopK))),
					app.Th().Scope("col").Class("num").Text(i18n.T(l, i18n.LongTailColOthers)),
				)),
				app.TBody().Body(app.Range(periods).Slice(func(i int) app.UI {
					c := periods[i]
					return app.Tr().Body(
						app.Th().Scope("row").Text(periodLabel(l, c.Period)),
						app.Td().Class("num").Text(count(l, c.Channels)),
						app.Td().Class("num").Text(sharePercent(l, c.Coverage)),
						app.Td().Class("num").Text(notAvailable(l, 10000*c.HHIListed, 0)),
						app.Td().Class("num").Text(notAvailable(l, c.EffectiveChannels, 1)),
						app.Td().Class("num").Text(sharePercent(l, c.TopShare)),
						app.Td().Class("num").Text(i18n.Tf(l, i18n.LongTailOthersValue, sharePercent(l, c.OutsideTop), count(l, c.OutsideTopN))),
					)
				})),
			)),
			app.Ul().Class("muted").Body(
				app.Li().Text(i18n.T(l, i18n.LongTailDefFragHHI)),
				app.Li().Text(i18n.T(l, i18n.LongTailDefFragEffective)),
			),
		)
		if fig, ok := f.chart[l]; ok {
			body = append(body, drawFigure(l, "lt-shares", fig))
		} else if len(periods) > 0 {
			body = append(body, app.P().Class("reading").Text(periodSentence(l, periods[0])))
		}
	}
	return app.Div().ID("fragmentation-section").Body(body...)
}

// notAvailable formats v, or says it is not available (never NaN).
func notAvailable(l text.Lang, v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return i18n.T(l, i18n.LongTailNotAvailable)
	}
	return i18n.Number(l, v, decimals)
}

// renderDTT is the French DTT case, computed with the engine on an even
// split and labelled as an illustration.
func renderDTT(l text.Lang) app.UI {
	return app.Div().ID("dtt").Body(
		app.H3().Text(i18n.T(l, i18n.LongTailDTTHeading)),
		app.P().Body(
			app.Span().Class("badge").Text(i18n.T(l, i18n.LongTailDTTBadge)),
			app.Text(" "+i18n.Tf(l, i18n.LongTailDTTText,
				count(l, dtt.Channels), sharePercent(l, dtt.Coverage), sharePercent(l, dtt.TopShare),
				i18n.Number(l, 10000*dtt.HHIListed, 0), i18n.Number(l, dtt.EffectiveChannels, 0), sharePercent(l, 1-dtt.Coverage))),
		),
		app.P().Class("muted").Text(i18n.T(l, i18n.LongTailDTTSource)),
	)
}
