package comparepage

import (
	"reachlab/app/text"
	"reachlab/app/ui/shell"
	"strconv"

	"reachlab/app/i18n"
	"reachlab/app/metrics"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderSettings draws the dataset picker and the options of the
// computation, each a labelled control.
func (p *comparePage) renderSettings(l text.Lang) app.UI {
	// The engine resolves automatic choices; show what it used.
	denominator, basis := p.set.Denominator, p.set.Basis
	if p.res != nil {
		denominator, basis = p.res.rep.Options.Denominator, p.res.rep.Options.Audience
	}
	kinds := metrics.Kinds()
	return app.Section().Class("card settings").Aria("labelledby", "settings-heading").Body(
		app.H2().ID("settings-heading").Text(i18n.T(l, i18n.CompareSettings)),
		app.If(p.ready && len(p.datasets) == 0, func() app.UI {
			return app.P().Body(
				app.Text(i18n.T(l, i18n.CompareNoDataset)+" "),
				app.A().Href("/data").Text(i18n.T(l, i18n.CompareDataLink)),
			)
		}),
		shell.Field("dataset-select", i18n.T(l, i18n.CompareDataset),
			shell.DatasetSelect(l, "dataset-select", p.datasets, p.set.Dataset, p.onDataset)),
		shell.Field("kind-select", i18n.T(l, i18n.CompareKind),
			app.Select().ID("kind-select").OnChange(p.onKind).Body(
				shell.Option("", i18n.T(l, i18n.CompareKindFromData), p.set.Kind == metrics.KindUnknown),
				app.Range(kinds).Slice(func(i int) app.UI {
					return shell.Option(string(kinds[i]), kindName(l, kinds[i]), kinds[i] == p.set.Kind)
				}),
			)),
		shell.Field("denominator-select", i18n.T(l, i18n.CompareDenominator),
			app.Select().ID("denominator-select").OnChange(p.onDenominator).Body(
				app.Range(denominators).Slice(func(i int) app.UI {
					d := denominators[i]
					return shell.Option(string(d), denominatorName(l, d), d == denominator)
				}),
			)),
		shell.Field("basis-select", i18n.T(l, i18n.CompareBasis),
			app.Select().ID("basis-select").OnChange(p.onBasis).Body(
				app.Range(bases).Slice(func(i int) app.UI {
					b := bases[i]
					return shell.Option(string(b), basisName(l, b), b == basis)
				}),
			)),
		shell.Field("universe-input", i18n.T(l, i18n.CompareUniverse),
			app.Input().Type("number").ID("universe-input").Min(0).Step(1).
				Aria("describedby", "universe-hint").
				Value(numberInput(p.set.Universe)).OnChange(p.onUniverse),
			app.Span().ID("universe-hint").Class("muted").Text(" "+i18n.T(l, i18n.CompareUniverseHint))),
		shell.Field("topk-input", i18n.T(l, i18n.CompareTopK),
			app.Input().Type("number").ID("topk-input").Min(1).Step(1).
				Value(topKInput(p)).OnChange(p.onTopK)),
	)
}

// numberInput writes a setting into a number input: empty when not given.
func numberInput(v float64) string {
	if v <= 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// topKInput is the number of top channels in use.
func topKInput(p *comparePage) string {
	if p.res != nil {
		return strconv.Itoa(p.res.rep.Options.TopK)
	}
	if p.set.TopK > 0 {
		return strconv.Itoa(p.set.TopK)
	}
	return ""
}

// denominatorName says what a denominator divides by.
func denominatorName(l text.Lang, d metrics.Denominator) string {
	switch d {
	case metrics.ByImpressions:
		return i18n.T(l, i18n.CompareByImpressions)
	case metrics.ByFollowers:
		return i18n.T(l, i18n.CompareByFollowers)
	}
	return i18n.T(l, i18n.CompareByReach)
}

// basisName says what an audience basis counts.
func basisName(l text.Lang, b metrics.Basis) string {
	if b == metrics.BasisImpressions {
		return i18n.T(l, i18n.CompareBasisImpressions)
	}
	return i18n.T(l, i18n.CompareBasisReach)
}

func (p *comparePage) onKind(ctx app.Context, e app.Event) {
	k := metrics.Kind(shell.Value(ctx))
	p.change(ctx, func(s *settings) { s.Kind = k })
}

func (p *comparePage) onDenominator(ctx app.Context, e app.Event) {
	d := metrics.Denominator(shell.Value(ctx))
	p.change(ctx, func(s *settings) { s.Denominator = d })
}

func (p *comparePage) onBasis(ctx app.Context, e app.Event) {
	b := metrics.Basis(shell.Value(ctx))
	p.change(ctx, func(s *settings) { s.Basis = b })
}

func (p *comparePage) onUniverse(ctx app.Context, e app.Event) {
	v := positive(shell.Value(ctx))
	p.change(ctx, func(s *settings) { s.Universe = v })
}

func (p *comparePage) onTopK(ctx app.Context, e app.Event) {
	k, err := strconv.Atoi(shell.Value(ctx))
	if err != nil || k < 1 {
		k = 0
	}
	p.change(ctx, func(s *settings) { s.TopK = k })
}

func (p *comparePage) onDataset(ctx app.Context, e app.Event) {
	id := shell.Value(ctx)
	p.drill = drill{}
	p.change(ctx, func(s *settings) { s.Dataset = id })
}
