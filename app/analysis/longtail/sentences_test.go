package longtail

import (
	"errors"
	"math"
	"strings"
	"testing"

	"reachlab/app/longtail"
	"reachlab/app/text"
)

// tenPosts are ten reach figures adding up to 200: the largest, 100, is half
// of the total and the top 10 % (one post) on its own; with four values
// that cannot count (0, −3 and two blanks).
var tenPosts = []float64{100, 50, 10, 10, 10, 5, 5, 5, 3, 2, 0, -3, math.NaN(), math.NaN()}

func describe(t *testing.T, xs []float64) longtail.Description {
	t.Helper()
	d, err := longtail.NewSample(xs).Describe()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestConcentrationSentences(t *testing.T) {
	d := describe(t, tenPosts)
	nbsp := "\u00a0"
	cases := []struct {
		name, got, want string
	}{
		{"top en", TopSentence(text.EN, d, nounPosts, "Reach"),
			"The top 10% of posts (1 of 10) carry 50% of the total “Reach”."},
		{"top fr", TopSentence(text.FR, d, nounPosts, "Reach"),
			"Les 10" + nbsp + "% de publications en tête (1 sur 10) portent 50" + nbsp + "% du total de «" + nbsp + "Reach" + nbsp + "»."},
		{"top rows", TopSentence(text.EN, d, nounRows, "count"),
			"The top 10% of rows (1 of 10) carry 50% of the total “count”."},
		{"half en", HalfSentence(text.EN, d, nounPosts), "Half of the total comes from 1 post, 10% of them."},
		{"half fr", HalfSentence(text.FR, d, nounPosts), "La moitié du total vient de 1 publication, soit 10" + nbsp + "% d'entre elles."},
		{"excluded en", ExcludedSentence(text.EN, d),
			"4 of 14 values are left out (zero: 1, negative: 1, blank or unreadable: 2): shares, log–log charts and the power-law fit need positive numbers."},
		{"excluded fr", ExcludedSentence(text.FR, d),
			"4 valeurs sur 14 sont écartées (nulles" + nbsp + ": 1, négatives" + nbsp + ": 1, vides ou illisibles" + nbsp + ": 2)" + nbsp + ": les parts, les graphiques log–log et l'ajustement en loi de puissance demandent des nombres positifs."},
		{"one excluded", ExcludedSentence(text.EN, describe(t, append([]float64{0}, tenPosts[:10]...))),
			"1 of 11 values is left out (zero: 1): shares, log–log charts and the power-law fit need positive numbers."},
		{"none excluded", ExcludedSentence(text.EN, describe(t, tenPosts[:10])), "All 10 values are positive numbers: none is left out."},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, c.got, c.want)
		}
	}
}

func TestFitSentences(t *testing.T) {
	fit := longtail.PowerLaw{Kind: longtail.KindContinuous, XMin: 1200, Alpha: 2.5, NTail: 300, N: 1000}
	lognormalTied := longtail.Comparison{Alternative: longtail.Lognormal, LR: -0.5, P: 0.6, Preference: longtail.Inconclusive}
	lognormalWins := longtail.Comparison{Alternative: longtail.Lognormal, LR: -2, P: 0.04, Preference: longtail.FavoursAlternative}
	exponentialBeaten := longtail.Comparison{Alternative: longtail.Exponential, LR: 3, P: 0.003, Preference: longtail.FavoursPowerLaw}
	stretchedTied := longtail.Comparison{Alternative: longtail.StretchedExponential, LR: -0.3, P: 0.7, Preference: longtail.Inconclusive}
	cutoffTied := longtail.Comparison{Alternative: longtail.PowerLawWithCutoff, Nested: true, LR: -0.5, P: 0.3, Preference: longtail.Inconclusive}
	cutoffWins := longtail.Comparison{Alternative: longtail.PowerLawWithCutoff, Nested: true, LR: -4, P: 0.004, Preference: longtail.FavoursAlternative}
	poissonFailed := longtail.Comparison{Alternative: longtail.Poisson, LR: math.NaN(), P: math.NaN(), Err: errors.New("no fit")}
	plausible := &longtail.GoodnessOfFit{P: 0.41, Resamples: 1000, Plausible: true}
	nbsp := "\u00a0"

	cases := []struct {
		name  string
		l     text.Lang
		comps []longtail.Comparison
		gof   *longtail.GoodnessOfFit
		want  string
	}{
		{"moderate", text.EN, []longtail.Comparison{lognormalTied, exponentialBeaten, stretchedTied, cutoffTied}, plausible,
			"A power law is plausible above 1,200 (p = 0.41). A lognormal and a stretched exponential fit as well: the data cannot tell them from the power law. The power law fits significantly better than an exponential."},
		{"moderate fr", text.FR, []longtail.Comparison{lognormalTied, exponentialBeaten, stretchedTied, cutoffTied}, plausible,
			"Une loi de puissance est plausible au-delà de 1" + nbsp + "200 (p = 0,41). Une loi log-normale et une exponentielle étirée conviennent aussi bien" + nbsp + ": les données ne permettent pas de les distinguer de la loi de puissance. La loi de puissance convient nettement mieux qu'une loi exponentielle."},
		{"not yet tested", text.EN, []longtail.Comparison{lognormalTied, poissonFailed}, nil,
			"Above 1,200 (300 of 1,000 values), the values fall off like a power law with exponent α = 2.50. Whether a power law is plausible is for the goodness-of-fit test below to say. A lognormal fits as well: the data cannot tell the two apart."},
		{"not yet compared", text.FR, nil, nil,
			"Au-delà de 1" + nbsp + "200 (300 valeurs sur 1" + nbsp + "000), les valeurs décroissent comme une loi de puissance d'exposant α = 2,50. Le test d'adéquation ci-dessous dira si une loi de puissance est plausible."},
		{"ruled out", text.EN, []longtail.Comparison{exponentialBeaten}, &longtail.GoodnessOfFit{P: 0.02, Resamples: 1000},
			"A power law is ruled out above 1,200: the goodness-of-fit test gives p = 0.02, below 0.1. The power law fits significantly better than an exponential."},
		{"cut-off", text.EN, []longtail.Comparison{cutoffWins}, &longtail.GoodnessOfFit{P: 0, Resamples: 100},
			"Above 1,200, the values follow a power law with an exponential cut-off: the largest values fall off faster than a pure power law predicts, and the test favours the cut-off significantly. The goodness-of-fit test of the pure power law gives p < 0.01."},
		{"outdone", text.EN, []longtail.Comparison{lognormalWins, exponentialBeaten}, &longtail.GoodnessOfFit{P: 0.5, Resamples: 250, Plausible: true},
			"A power law passes the goodness-of-fit test above 1,200 (p = 0.50), but it is not the best description. A lognormal fits significantly better. The power law fits significantly better than an exponential."},
		{"outdone fr", text.FR, []longtail.Comparison{lognormalWins}, &longtail.GoodnessOfFit{P: 0.5, Resamples: 250, Plausible: true},
			"Une loi de puissance passe le test d'adéquation au-delà de 1" + nbsp + "200 (p = 0,50), mais ce n'est pas la meilleure description. Une loi log-normale convient nettement mieux."},
	}
	for _, c := range cases {
		if got := strings.Join(FitSentences(c.l, fit, c.comps, c.gof), " "); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
