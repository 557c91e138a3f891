package compare

import (
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/view"
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

// aveOf is the advertising value equivalent: what the contacts of all
// channels come to at the reference CPM, and the Kodak case.
func aveOf(l text.Lang, rep *metrics.Report) view.AVE {
	kodak := kodakCPM()
	return view.AVE{
		Result:   aveText(l, rep),
		Kodak:    i18n.Tf(l, i18n.CompareKodak, countText(l, kodak.V), i18n.Auto(l, kodak.V/1000)),
		KodakCPM: kodak.V,
	}
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
