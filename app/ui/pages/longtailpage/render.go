package longtailpage

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	ltan "reachlab/app/analysis/longtail"
	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"reachlab/charts/chartview"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render draws the page through shell.Guard: a view that fails shows an
// error box, never stops the program.
func (p *longTailPage) Render() app.UI {
	return shell.Guard(p.l(), "/longtail", p.view)
}

// view is the page's content in the frame.
func (p *longTailPage) view() app.UI {
	l := p.l()
	res := p.res
	return shell.Frame(l, "/longtail", app.Section().Class("page longtail-page").Body(
		app.H1().Text(i18n.T(l, i18n.LongTailTitle)),
		app.P().Class("lead").Text(i18n.T(l, i18n.LongTailIntro)),
		p.renderSettings(l),
		p.renderMessages(l),
		app.If(res != nil && res.Problem == ltan.ProblemNone, func() app.UI {
			return app.Div().ID("results").Body(
				p.renderConcentration(l),
				p.renderCharts(l),
				p.renderFit(l),
			)
		}),
		app.If(res != nil, func() app.UI { return p.renderTime(l) }),
	))
}

// examples are the built-in views a newcomer can open in one click.
var examples = []struct {
	label i18n.Key
	set   ltan.Settings
}{
	{i18n.LongTailExampleAll, ltan.Settings{Dataset: "case:tv-vs-brand", Column: "Reach"}},
	{i18n.LongTailExamplePosts, ltan.Settings{Dataset: "case:tv-vs-brand", Column: "Reach", Channel: "Brand page"}},
	{i18n.LongTailExampleReactions, ltan.Settings{Dataset: "case:tv-vs-brand", Column: "Reactions", Channel: "Brand page"}},
}

// renderSettings draws the dataset, column and rows pickers, each a
// labelled <select>, and the built-in examples.
func (p *longTailPage) renderSettings(l text.Lang) app.UI {
	res := p.res
	var columns, channels []string
	column, channel := p.set.Column, p.set.Channel
	if res != nil {
		columns, channels, column, channel = res.Columns, res.Channels, res.Settings.Column, res.Settings.Channel
		if column != "" && !slices.Contains(columns, column) {
			columns = append(slices.Clone(columns), column) // the URL's column, which the alert explains
		}
	}
	exampleLinks := make([]app.UI, 0, 2*len(examples))
	for i, ex := range examples {
		if i > 0 {
			exampleLinks = append(exampleLinks, app.Text(" · "))
		}
		exampleLinks = append(exampleLinks, app.A().Href(ex.set.Link()).Text(i18n.T(l, ex.label)))
	}
	return app.Section().Class("card settings").Aria("labelledby", "lt-settings-heading").Body(
		app.H2().ID("lt-settings-heading").Text(i18n.T(l, i18n.LongTailSettings)),
		app.If(p.ready && len(p.datasets) == 0, func() app.UI {
			return app.P().Body(
				app.Text(i18n.T(l, i18n.LongTailNoDataset)+" "),
				app.A().Href("/data").Text(i18n.T(l, i18n.LongTailDataLink)),
			)
		}),
		shell.Field("dataset-select", i18n.T(l, i18n.LongTailDataset),
			shell.DatasetSelect(l, "dataset-select", p.datasets, p.set.Dataset, p.onDataset)),
		shell.Field("column-select", i18n.T(l, i18n.LongTailColumn),
			app.Select().ID("column-select").OnChange(p.onColumn).Body(
				app.Range(columns).Slice(func(i int) app.UI {
					return shell.Option(columns[i], columns[i], columns[i] == column)
				}),
			)),
		app.If(len(channels) > 0, func() app.UI {
			return shell.Field("channel-select", i18n.T(l, i18n.LongTailChannel),
				app.Select().ID("channel-select").OnChange(p.onChannel).Body(
					shell.Option("", i18n.T(l, i18n.LongTailAllRows), channel == ""),
					app.Range(channels).Slice(func(i int) app.UI {
						return shell.Option(channels[i], i18n.Tf(l, i18n.LongTailChannelOnly, channels[i]), channels[i] == channel)
					}),
				))
		}),
		app.P().ID("examples").Body(append([]app.UI{app.Text(i18n.T(l, i18n.LongTailExamples) + " ")}, exampleLinks...)...),
	)
}

func (p *longTailPage) onColumn(ctx app.Context, e app.Event) {
	c := shell.Value(ctx)
	p.change(ctx, func(s *ltan.Settings) { s.Column = c })
}

func (p *longTailPage) onChannel(ctx app.Context, e app.Event) {
	c := shell.Value(ctx)
	p.change(ctx, func(s *ltan.Settings) { s.Channel = c })
}

// renderMessages shows what went right (status) and wrong (alerts), where
// screen readers announce them.
func (p *longTailPage) renderMessages(l text.Lang) app.UI {
	var status string
	var alerts []string
	res := p.res
	switch {
	case p.loading != "":
		status = i18n.Tf(l, i18n.LongTailLoading, p.loading)
	case p.loadErr != "":
		alerts = append(alerts, p.loadErr)
	case res != nil && res.Problem != ltan.ProblemNone:
		alerts = append(alerts, res.ProblemText(l))
	case res != nil:
		status = i18n.Tf(l, i18n.LongTailComputed, res.Dataset.Name, res.Settings.Column, ltan.Count(l, res.Description.N+res.Description.Excluded.Total()))
		if res.Settings.Channel != "" {
			status += " " + i18n.Tf(l, i18n.LongTailRowsShown, ltan.Count(l, res.Rows), ltan.Count(l, res.Total), res.Settings.Channel)
		}
		if res.FitErr != nil {
			alerts = append(alerts, ltan.FitFailure(l, res.FitErr))
		}
	}
	if p.compsErr != nil {
		alerts = append(alerts, i18n.Tf(l, i18n.LongTailCompareFailed, p.compsErr.Error()))
	}
	if p.storageErr != nil {
		alerts = append(alerts, i18n.Tf(l, i18n.LongTailStorageOff, p.storageErr.Error()))
	}
	return app.Div().Class("messages").Body(
		app.Div().ID("lt-status").Attr("role", "status").Body(
			app.If(status != "", func() app.UI { return app.P().Class("ok").Text(status) }),
		),
		app.Div().ID("lt-alerts").Attr("role", "alert").Body(
			app.Range(alerts).Slice(func(i int) app.UI { return app.P().Class("error").Text(alerts[i]) }),
			app.If(res != nil && (res.Problem == ltan.ProblemNotNumeric || res.Problem == ltan.ProblemNoNumeric), func() app.UI {
				return app.P().Body(app.A().Href("/data?dataset=" + url.QueryEscape(res.Dataset.ID)).Text(i18n.T(l, i18n.LongTailDataLink)))
			}),
			app.If(res != nil && res.Problem == ltan.ProblemTooFew, func() app.UI {
				return app.P().Text(ltan.ExcludedSentence(l, res.Description))
			}),
		),
	)
}

// measure is one figure of a definition list: its name, its value (with the
// raw number in data-value, for tests and for copying), and its definition.
func measure(id, name, value string, raw float64, definition string) app.UI {
	return app.Div().Body(
		app.Dt().Text(name),
		app.Dd().ID(id).DataSet("value", strconv.FormatFloat(raw, 'g', -1, 64)).Text(value),
		app.If(definition != "", func() app.UI { return app.Dd().Class("muted").Text(definition) }),
	)
}

// renderConcentration says how concentrated the values are, in sentences
// and in figures, each with its definition.
func (p *longTailPage) renderConcentration(l text.Lang) app.UI {
	res := p.res
	d, w := res.Description, res.Noun
	items := func(n int) string { return ltan.Count(l, n) + " " + w.Word(l, n) }
	tops := make([]app.UI, len(d.Top))
	for i, t := range d.Top {
		pct := strconv.Itoa(int(t.Fraction*100 + 0.5))
		tops[i] = measure("top-"+pct, i18n.Tf(l, i18n.LongTailTopShare, ltan.FractionLabel(l, t.Fraction)),
			i18n.Tf(l, i18n.LongTailTopValue, ltan.SharePercent(l, t.Share), items(t.Items)), t.Share, "")
	}
	return app.Section().ID("concentration").Class("card").Aria("labelledby", "concentration-heading").Body(
		app.H2().ID("concentration-heading").Text(i18n.T(l, i18n.LongTailConcHeading)),
		app.P().ID("top-sentence").Class("reading").Text(ltan.TopSentence(l, d, w, res.Settings.Column)),
		app.P().ID("half-sentence").Text(ltan.HalfSentence(l, d, w)),
		app.P().ID("excluded").Text(ltan.ExcludedSentence(l, d)),
		app.Dl().Class("measures").Body(append(tops,
			measure("gini", i18n.T(l, i18n.LongTailGini), i18n.Number(l, d.Gini, 2), d.Gini, i18n.T(l, i18n.LongTailDefGini)),
			measure("hhi", i18n.T(l, i18n.LongTailHHI),
				i18n.Tf(l, i18n.LongTailHHIValue, i18n.Number(l, d.HHIPoints, 0), i18n.Number(l, d.EffectiveNumber, 1), w.Word(l, 2)),
				d.HHIPoints, i18n.T(l, i18n.LongTailDefHHI)),
			measure("half-count", i18n.T(l, i18n.LongTailHalf),
				i18n.Tf(l, i18n.LongTailTopValue, items(d.HalfCount), ltan.SharePercent(l, d.HalfFraction)),
				float64(d.HalfCount), i18n.T(l, i18n.LongTailDefHalf)),
		)...),
		app.Details().Body(
			app.Summary().Text(i18n.T(l, i18n.LongTailDefinitions)),
			app.Ul().Body(
				app.Li().Text(i18n.T(l, i18n.LongTailDefTop)),
				app.Li().Text(i18n.T(l, i18n.LongTailDefExcluded)),
			),
		),
	)
}

// renderCharts draws the rank–size, CCDF and Lorenz charts, each with its
// text alternative and computed reading.
func (p *longTailPage) renderCharts(l text.Lang) app.UI {
	figs := p.res.Charts[l]
	return app.Section().ID("charts").Class("card").Aria("labelledby", "charts-heading").Body(
		app.H2().ID("charts-heading").Text(i18n.T(l, i18n.LongTailChartsHeading)),
		drawFigure(l, "lt-rank-size", figs.RankSize),
		drawFigure(l, "lt-ccdf", figs.CCDF),
		drawFigure(l, "lt-lorenz", figs.Lorenz),
	)
}

// drawFigure draws a figure, or says why it cannot be drawn.
func drawFigure(l text.Lang, id string, f ltan.Chart) app.UI {
	if f.Err != nil {
		return app.P().Class("error").Attr("role", "alert").Text(i18n.Tf(l, i18n.LongTailChartFailed, f.Err.Error()))
	}
	return &chartview.Figure{ID: id, Chart: f.Option, Reading: f.Reading, SaveLabel: i18n.T(l, i18n.ChartSave)}
}

// renderFit says in plain words whether a power law describes the tail,
// with the goodness-of-fit test and the numbers behind it one click away.
func (p *longTailPage) renderFit(l text.Lang) app.UI {
	res := p.res
	if !res.HasFit() {
		return app.Section().ID("fit").Class("card").Aria("labelledby", "fit-heading").Body(
			app.H2().ID("fit-heading").Text(i18n.T(l, i18n.LongTailFitHeading)),
			app.P().Text(ltan.FitFailure(l, res.FitErr)),
		)
	}
	return app.Section().ID("fit").Class("card").Aria("labelledby", "fit-heading").Body(
		app.H2().ID("fit-heading").Text(i18n.T(l, i18n.LongTailFitHeading)),
		app.P().ID("fit-sentence").Class("reading").Text(strings.Join(ltan.FitSentences(l, res.Fit, p.comps, p.boot.result), " ")),
		app.If(p.comparing, func() app.UI {
			return app.Div().ID("compare-busy").Class("progress").Attr("role", "status").Body(
				app.Progress().Aria("label", i18n.T(l, i18n.LongTailComparing)),
				app.Span().Text(i18n.T(l, i18n.LongTailComparing)),
			)
		}),
		p.renderBootstrap(l),
		p.renderNumbers(l),
	)
}

func (p *longTailPage) onDataset(ctx app.Context, e app.Event) {
	id := shell.Value(ctx)
	p.change(ctx, func(s *ltan.Settings) { *s = ltan.Settings{Dataset: id, Resamples: s.Resamples} })
}
