package comparepage

import (
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderDefinitions lists every metric the page can show with its id,
// name, formula, numerator, denominator, unit, definition and caveats.
// Each term has the id def-<metric id>, which the table headers link to.
func renderDefinitions(l text.Lang) app.UI {
	all := metrics.All()
	lang := l
	return app.Section().Class("card").Aria("labelledby", "definitions-heading").Body(
		app.H2().ID("definitions-heading").Text(i18n.T(l, i18n.CompareDefinitions)),
		app.Dl().ID("definitions").Body(
			app.Range(all).Slice(func(i int) app.UI {
				m := all[i]
				return app.Div().Class("definition").Body(
					app.Dt().ID("def-"+m.ID).TabIndex(-1).Body(
						app.Strong().Text(m.Name.In(lang)),
						app.Text(" "),
						app.Code().Text(m.ID),
					),
					app.Dd().Body(
						app.P().Text(m.Definition.In(lang)),
						term(l, i18n.CompareFormula, m.Formula.In(lang)),
						term(l, i18n.CompareNumerator, m.Numerator.In(lang)),
						app.If(m.Denominator.EN != "", func() app.UI {
							return term(l, i18n.CompareDenominatorTerm, m.Denominator.In(lang))
						}),
						term(l, i18n.CompareUnit, unitName(l, m.Unit)),
						app.If(m.Caveat.EN != "", func() app.UI {
							return term(l, i18n.CompareCaveat, m.Caveat.In(lang))
						}),
						app.If(m.Vanity, func() app.UI {
							return app.P().Class("vanity").Text(i18n.T(l, i18n.CompareVanity))
						}),
					),
				)
			}),
		),
	)
}

// term is one labelled line of a definition.
func term(l text.Lang, label i18n.Key, text string) app.UI {
	return app.P().Body(app.Strong().Text(i18n.T(l, label)+i18n.T(l, i18n.CompareLabelSeparator)), app.Text(text))
}

// unitName says in words what a unit is.
func unitName(l text.Lang, u metrics.Unit) string {
	switch u {
	case metrics.UnitPercent:
		return i18n.T(l, i18n.CompareUnitPercent)
	case metrics.UnitPerThousand:
		return i18n.T(l, i18n.CompareUnitPerThousand)
	case metrics.UnitCurrency:
		return i18n.T(l, i18n.CompareUnitCurrency)
	case metrics.UnitRatio:
		return i18n.T(l, i18n.CompareUnitRatio)
	case metrics.UnitPoints:
		return i18n.T(l, i18n.CompareUnitPoints)
	}
	return i18n.T(l, i18n.CompareUnitCount)
}
