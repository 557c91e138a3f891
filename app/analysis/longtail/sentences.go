package longtail

import (
	"strings"

	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"
)

// Noun is what the rows of a dataset are, for the sentences: posts when the
// table identifies messages, rows otherwise.
type Noun int

const (
	nounRows Noun = iota
	nounPosts
)

// Word returns the noun for n items in l.
func (w Noun) Word(l text.Lang, n int) string {
	one, many := i18n.LongTailNounRow, i18n.LongTailNounRows
	if w == nounPosts {
		one, many = i18n.LongTailNounPost, i18n.LongTailNounPosts
	}
	if n == 1 {
		return i18n.T(l, one)
	}
	return i18n.T(l, many)
}

// TopSentence says what share of the total the top 10 % of items carry:
// "The top 10% of posts (5 of 49) carry 98% of the total “Reach”."
func TopSentence(l text.Lang, d longtail.Description, w Noun, column string) string {
	top := d.Top[1]
	return i18n.Tf(l, i18n.LongTailTopSentence,
		FractionLabel(l, top.Fraction), w.Word(l, d.N), Count(l, top.Items), Count(l, d.N),
		SharePercent(l, top.Share), column)
}

// HalfSentence says how few items make half of the total.
func HalfSentence(l text.Lang, d longtail.Description, w Noun) string {
	return i18n.Tf(l, i18n.LongTailHalfSentence, Count(l, d.HalfCount), w.Word(l, d.HalfCount), SharePercent(l, d.HalfFraction))
}

// ExcludedSentence says how many values were left out and why, or that none
// was.
func ExcludedSentence(l text.Lang, d longtail.Description) string {
	ex := d.Excluded
	total := d.N + ex.Total()
	if ex.Total() == 0 {
		return i18n.Tf(l, i18n.LongTailExcludedNone, Count(l, total))
	}
	var reasons []string
	for _, r := range []struct {
		n   int
		key i18n.Key
	}{
		{ex.Zero, i18n.LongTailExcludedZero},
		{ex.Negative, i18n.LongTailExcludedNegative},
		{ex.NaN, i18n.LongTailExcludedBlank},
		{ex.Inf, i18n.LongTailExcludedInfinite},
	} {
		if r.n > 0 {
			reasons = append(reasons, i18n.Tf(l, r.key, Count(l, r.n)))
		}
	}
	key := i18n.LongTailExcludedMany
	if ex.Total() == 1 {
		key = i18n.LongTailExcludedOne
	}
	return i18n.Tf(l, key, Count(l, ex.Total()), Count(l, total), strings.Join(reasons, ", "))
}

// alternativeKeys are the words for each alternative law: its name as a
// subject ("a lognormal"), after a comparative ("than a lognormal", "qu'une
// loi log-normale"), and as a table heading.
var alternativeKeys = map[longtail.Alternative]struct{ subject, than, heading i18n.Key }{
	longtail.Lognormal:            {i18n.LongTailAltLognormal, i18n.LongTailThanLognormal, i18n.LongTailNameLognormal},
	longtail.Exponential:          {i18n.LongTailAltExponential, i18n.LongTailThanExponential, i18n.LongTailNameExponential},
	longtail.StretchedExponential: {i18n.LongTailAltStretched, i18n.LongTailThanStretched, i18n.LongTailNameStretched},
	longtail.PowerLawWithCutoff:   {i18n.LongTailAltCutoff, i18n.LongTailThanCutoff, i18n.LongTailNameCutoff},
	longtail.Poisson:              {i18n.LongTailAltPoisson, i18n.LongTailThanPoisson, i18n.LongTailNamePoisson},
}

// FitSentences says in plain words what the fit found, from Judge's
// verdict on the goodness-of-fit test (nil until it has run) and the
// likelihood-ratio tests (nil until they have run):
//
//   - a first sentence on the power law itself: where its tail starts and
//     whether it is plausible (p ≥ 0.1), ruled out, beaten by a cut-off,
//     or not yet tested;
//   - then, for the non-nested alternatives that could be fitted, which fit
//     significantly better, which the data cannot tell apart from the power
//     law, and which the power law beats.
func FitSentences(l text.Lang, fit longtail.PowerLaw, comps []longtail.Comparison, gof *longtail.GoodnessOfFit) []string {
	v := longtail.Judge(gof, comps)
	xmin := i18n.Auto(l, fit.XMin)
	var p string
	if gof != nil {
		p = PEquals(l, gof.P, gof.Resamples)
	}
	var out []string
	switch v.Support {
	case longtail.SupportWithCutoff:
		out = append(out, i18n.Tf(l, i18n.LongTailFitCutoff, xmin))
		if gof != nil {
			out = append(out, i18n.Tf(l, i18n.LongTailFitCutoffGoF, p))
		}
	case longtail.SupportNotAssessed:
		out = append(out, i18n.Tf(l, i18n.LongTailFitUntested, xmin, Count(l, fit.NTail), Count(l, fit.N), i18n.Number(l, fit.Alpha, 2)))
	case longtail.SupportNone:
		if v.PowerLawPlausible {
			out = append(out, i18n.Tf(l, i18n.LongTailFitOutdone, xmin, p))
		} else {
			out = append(out, i18n.Tf(l, i18n.LongTailFitRuledOut, xmin, p, i18n.Number(l, longtail.PlausibilityLevel, 1)))
		}
	default: // good, moderate
		out = append(out, i18n.Tf(l, i18n.LongTailFitPlausible, xmin, p))
	}

	var better, tied, worse []string
	for _, c := range comps {
		if c.Nested || c.Err != nil {
			continue
		}
		k := alternativeKeys[c.Alternative]
		switch c.Preference {
		case longtail.FavoursAlternative:
			better = append(better, i18n.T(l, k.subject))
		case longtail.Inconclusive:
			tied = append(tied, i18n.T(l, k.subject))
		case longtail.FavoursPowerLaw:
			worse = append(worse, i18n.T(l, k.than))
		}
	}
	plural := func(items []string, one, many i18n.Key) string {
		key := many
		if len(items) == 1 {
			key = one
		}
		return capitalize(i18n.Tf(l, key, joinList(l, items)))
	}
	if len(better) > 0 {
		out = append(out, plural(better, i18n.LongTailBetterOne, i18n.LongTailBetterMany))
	}
	if len(tied) > 0 {
		out = append(out, plural(tied, i18n.LongTailTiedOne, i18n.LongTailTiedMany))
	}
	if len(worse) > 0 {
		out = append(out, i18n.Tf(l, i18n.LongTailWorse, joinList(l, worse)))
	}
	return out
}

// AlternativeName is the name of alternative law a as a table heading, in l.
func AlternativeName(l text.Lang, a longtail.Alternative) string {
	return i18n.T(l, alternativeKeys[a].heading)
}
