package longtailpage

import (
	"strings"

	ltan "reachlab/app/analysis/longtail"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// parameterSymbols are the symbols of the alternatives' parameters, named
// by the engine's stable identifiers.
var parameterSymbols = map[string]string{"mu": "μ", "sigma": "σ", "lambda": "λ", "beta": "β", "alpha": "α"}

// renderNumbers lists the numbers behind the sentences, each with a
// one-line definition, in a <details> closed by default: the fit, the
// goodness-of-fit p, and every likelihood-ratio test.
func (p *longTailPage) renderNumbers(l text.Lang) app.UI {
	f := p.res.Fit
	kind := i18n.T(l, i18n.LongTailKindContinuous)
	if f.Kind == longtail.KindDiscrete {
		kind = i18n.T(l, i18n.LongTailKindDiscrete)
	}
	pText, pRaw := i18n.T(l, i18n.LongTailPNotYet), -1.0
	if g := p.boot.result; g != nil {
		pText, pRaw = ltan.BootstrapP(l, g.P, g.Resamples), g.P
	}
	return app.Details().ID("fit-numbers").Body(
		app.Summary().Text(i18n.T(l, i18n.LongTailNumbers)),
		app.Dl().Class("measures").Body(
			measure("fit-kind", i18n.T(l, i18n.LongTailKind), kind, float64(f.Kind), i18n.T(l, i18n.LongTailDefKind)),
			measure("fit-xmin", "x_min", i18n.Auto(l, f.XMin), f.XMin, i18n.T(l, i18n.LongTailDefXMin)),
			measure("fit-alpha", "α", i18n.Tf(l, i18n.LongTailPlusMinus, i18n.Number(l, f.Alpha, 2), i18n.Number(l, f.AlphaStdErr, 2)), f.Alpha, i18n.T(l, i18n.LongTailDefAlpha)),
			measure("fit-ntail", "n_tail", i18n.Tf(l, i18n.LongTailOf, ltan.Count(l, f.NTail), ltan.Count(l, f.N)), float64(f.NTail), i18n.T(l, i18n.LongTailDefNTail)),
			measure("fit-d", "D", i18n.Number(l, f.D, 4), f.D, i18n.T(l, i18n.LongTailDefD)),
			measure("fit-p", "p", pText, pRaw, i18n.T(l, i18n.LongTailDefP)),
		),
		app.H3().Text(i18n.T(l, i18n.LongTailLRHeading)),
		app.If(p.comparing, func() app.UI { return app.P().Class("muted").Text(i18n.T(l, i18n.LongTailComparing)) }),
		app.If(len(p.comps) > 0, func() app.UI { return p.renderComparisons(l) }),
		app.Ul().Class("muted").Body(
			app.Li().Text(i18n.T(l, i18n.LongTailDefLR)),
			app.Li().Text(i18n.T(l, i18n.LongTailDefLRP)),
		),
	)
}

// renderComparisons is the table of likelihood-ratio tests.
func (p *longTailPage) renderComparisons(l text.Lang) app.UI {
	comps := p.comps
	return app.Div().Class("table-scroll").Body(app.Table().ID("lr-tests").Class("grid").Body(
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(i18n.T(l, i18n.LongTailColLaw)),
			app.Th().Scope("col").Text(i18n.T(l, i18n.LongTailColParams)),
			app.Th().Scope("col").Class("num").Text("LR"),
			app.Th().Scope("col").Class("num").Text("p"),
			app.Th().Scope("col").Text(i18n.T(l, i18n.LongTailColFavours)),
		)),
		app.TBody().Body(app.Range(comps).Slice(func(i int) app.UI {
			c := comps[i]
			name := ltan.AlternativeName(l, c.Alternative)
			if c.Err != nil {
				return app.Tr().DataSet("alternative", c.Alternative.String()).Body(
					app.Th().Scope("row").Text(name),
					app.Td().ColSpan(4).Text(i18n.T(l, i18n.LongTailNotFitted)),
				)
			}
			params := make([]string, len(c.Parameters))
			for j, prm := range c.Parameters {
				params[j] = parameterSymbols[prm.Name] + " = " + i18n.Auto(l, prm.Value)
			}
			return app.Tr().DataSet("alternative", c.Alternative.String()).Body(
				app.Th().Scope("row").Text(name),
				app.Td().Text(strings.Join(params, ", ")),
				app.Td().Class("num").Text(i18n.Number(l, c.LR, 3)),
				app.Td().Class("num").Text(ltan.PValue(l, c.P)),
				app.Td().Text(preferenceText(l, c.Preference)),
			)
		})),
	))
}

// preferenceText says which side a likelihood-ratio test favours.
func preferenceText(l text.Lang, pref longtail.Preference) string {
	switch pref {
	case longtail.FavoursPowerLaw:
		return i18n.T(l, i18n.LongTailFavoursPowerLaw)
	case longtail.FavoursAlternative:
		return i18n.T(l, i18n.LongTailFavoursAlternative)
	}
	return i18n.T(l, i18n.LongTailFavoursNeither)
}
