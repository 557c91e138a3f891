package comparepage

import (
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The Kodak case (ESCP social media conference, Paris, 2011): a social
// media presence valued at $2.4M of ad-space equivalent for 300,000
// mentions a month.
const (
	kodakValue    = 2_400_000
	kodakMentions = 300_000
)

// kodakCPM is the cost per thousand mentions the Kodak figure assumes:
// 2,400,000 ÷ 300,000 × 1,000 = 8,000.
func kodakCPM() metrics.Value { return metrics.ImpliedCostPerThousand(kodakValue, kodakMentions) }

// renderAVE draws the advertising value equivalent: what it is not, the
// reference CPM and what it prices, the equivalent of all channels, and
// the Kodak case.
func (p *comparePage) renderAVE(l text.Lang) app.UI {
	rep := &p.res.rep
	kodak := kodakCPM()
	return app.Section().ID("ave").Class("card").Aria("labelledby", "ave-heading").Body(
		app.H2().ID("ave-heading").Text(i18n.T(l, i18n.CompareAVEHeading)),
		app.P().ID("ave-caveat").Text(i18n.T(l, i18n.CompareAVEIntro)),
		shell.Field("cpm-input", i18n.T(l, i18n.CompareAVECPM),
			app.Input().Type("number").ID("cpm-input").Min(0).Attr("step", "any").
				Value(numberInput(p.set.CPM)).OnChange(p.onCPM)),
		shell.Field("ave-basis-select", i18n.T(l, i18n.CompareAVEBasis),
			app.Select().ID("ave-basis-select").OnChange(p.onAVEBasis).Body(
				shell.Option(string(metrics.AVEByImpressions), i18n.T(l, i18n.CompareAVEImpressions), p.set.AVEBasis == metrics.AVEByImpressions),
				shell.Option(string(metrics.AVEByMentions), i18n.T(l, i18n.CompareAVEMentions), p.set.AVEBasis == metrics.AVEByMentions),
			)),
		app.P().ID("ave-result").Text(aveText(l, rep)),
		app.H3().ID("kodak-heading").Text(i18n.T(l, i18n.CompareKodakHeading)),
		app.P().ID("kodak").Text(i18n.Tf(l, i18n.CompareKodak, countText(l, kodak.V), i18n.Auto(l, kodak.V/1000))),
		app.P().Class("muted").Text(i18n.T(l, i18n.CompareKodakSource)),
		app.P().Body(
			app.Button().Type("button").ID("kodak-apply").Text(i18n.T(l, i18n.CompareKodakApply)).
				OnClick(func(ctx app.Context, e app.Event) {
					p.change(ctx, func(s *settings) { s.CPM, s.AVEBasis = kodak.V, metrics.AVEByMentions })
				}),
		),
	)
}

// aveText says what the contacts of all channels come to at the reference
// CPM, with the formula, or why it cannot be said.
func aveText(l text.Lang, rep *metrics.Report) string {
	ave := rep.Total.AVE
	if !ave.OK {
		return i18n.Tf(l, i18n.CompareAVEMissing, ave.Reason.Text().In(l))
	}
	cpm := rep.Options.ReferenceCPM
	contacts, word := rep.Total.Impressions.V, i18n.T(l, i18n.CompareAVEImpressions)
	if rep.Options.AVEBasis == metrics.AVEByMentions {
		contacts, word = float64(rep.Total.Messages), i18n.T(l, i18n.CompareMentions)
	}
	return i18n.Tf(l, i18n.CompareAVEResult, i18n.Auto(l, cpm), countText(l, contacts), word,
		i18n.Auto(l, ave.V), countText(l, contacts), i18n.Auto(l, cpm))
}

func (p *comparePage) onCPM(ctx app.Context, e app.Event) {
	v := positive(shell.Value(ctx))
	p.change(ctx, func(s *settings) { s.CPM = v })
}

func (p *comparePage) onAVEBasis(ctx app.Context, e app.Event) {
	b := metrics.AVEBasis(shell.Value(ctx))
	p.change(ctx, func(s *settings) { s.AVEBasis = b })
}
