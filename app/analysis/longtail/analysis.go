package longtail

import (
	"errors"
	"math"

	"reachlab/app/analysis"
	"reachlab/app/data/roles"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"
)

// Problem is why the selected values cannot be measured.
type Problem int

// The problems; ProblemNone when the values were measured.
const (
	ProblemNone       Problem = iota // measured
	ProblemNoNumeric                 // the dataset has no numeric column
	ProblemNoColumn                  // the URL names a column the dataset lacks
	ProblemNotNumeric                // the column holds text or dates
	ProblemTooFew                    // fewer positive values than the fit needs
	ProblemAllEqual                  // every positive value is the same
)

// minValues is the fewest positive values the page measures: the power-law
// fit needs a tail of longtail.DefaultMinTail values, and shares of the top
// 1 % of fewer items mean little.
const minValues = longtail.DefaultMinTail

// fitLinePoints is the number of points of the fitted power law's line:
// evenly spaced in log x, enough for a smooth curve (a straight line for a
// continuous fit).
const fitLinePoints = 64

// Analysis is one column of one dataset measured: the concentration, the
// series drawn, the power-law fit, fragmentation and attention. It is
// computed off the UI goroutine and then only read; the likelihood-ratio
// tests and the goodness-of-fit test arrive later (see longtail.Compare and
// longtail.Bootstrap).
type Analysis struct {
	Settings Settings         // Column resolved to the column used
	Dataset  analysis.Dataset // the dataset measured
	Columns  []string         // the dataset's numeric columns, for the picker
	Channels []string         // the channel filter's choices (nil: no filter)
	Rows     int              // rows selected (all, or those of Settings.Channel)
	Total    int              // rows in the table
	Noun     Noun             // what the rows are: posts or rows

	Problem Problem // why the values cannot be measured; ProblemNone when they were
	equalTo float64 // ProblemAllEqual: the value

	Sample      *longtail.Sample     // the selected values; nil for ProblemNoNumeric, ProblemNoColumn and ProblemNotNumeric
	Description longtail.Description // the concentration of Sample
	Fit         longtail.PowerLaw    // the power law fitted to Sample's tail, when HasFit
	FitErr      error                // why there is no fit; nil when Fit is set
	Charts      map[text.Lang]Charts // the charts in every language; nil unless Problem is ProblemNone

	Fragmentation Fragmentation // the audience's concentration among channels
	Attention     Attention     // when the interactions arrive
}

// HasFit reports whether the power law was fitted.
func (a *Analysis) HasFit() bool { return a.Problem == ProblemNone && a.FitErr == nil }

// Analyze measures column s.Column of t (the default column when "") over
// the rows of s.Channel. It never fails: what cannot be measured is a
// problem or a fitErr the page explains.
func Analyze(meta analysis.Dataset, s Settings) *Analysis {
	t := meta.Table
	a := &Analysis{Settings: s, Dataset: meta, Columns: analysis.NumericColumns(t), Channels: channelNames(t), Total: t.Len(), Noun: nounRows}
	if roleColumn(t, roles.Message) != nil {
		a.Noun = nounPosts
	}
	if a.Channels == nil {
		a.Settings.Channel = ""
	}
	if a.Settings.Column == "" {
		a.Settings.Column = defaultColumn(t)
	}
	rows := selectedRows(t, a.Settings.Channel)
	a.Rows = len(rows)
	a.Fragmentation = fragmentationOf(t, rows)
	a.Attention = attentionOf(t, rows, a.Settings.Column)

	col := t.Column(a.Settings.Column)
	switch {
	case len(a.Columns) == 0 && col == nil:
		a.Problem = ProblemNoNumeric
		return a
	case col == nil:
		a.Problem = ProblemNoColumn
		return a
	case !col.Type().Numeric():
		a.Problem = ProblemNotNumeric
		return a
	}

	values := make([]float64, len(rows))
	for i, r := range rows {
		values[i] = col.Float(r)
	}
	a.Sample = longtail.NewSample(values)
	// An empty sample's Describe fails but still counts what was left
	// out; it is ProblemTooFew below.
	a.Description, _ = a.Sample.Describe()
	switch {
	case a.Sample.N() < minValues:
		a.Problem = ProblemTooFew
		return a
	case a.Sample.Distinct() == 1:
		a.Problem, a.equalTo = ProblemAllEqual, a.Description.Min
		return a
	}
	a.Fit, a.FitErr = longtail.Fit(a.Sample, longtail.Options{})
	a.Charts = map[text.Lang]Charts{}
	for _, l := range text.Langs {
		a.Charts[l] = a.figures(l)
	}
	return a
}

// fitLine is the fitted power law drawn over the CCDF, from x_min to the
// largest value; nil without a fit.
func (a *Analysis) fitLine() []longtail.Point {
	if !a.HasFit() || !(a.Description.Max > a.Fit.XMin) {
		return nil
	}
	line, err := a.Fit.Line(a.Description.Max, fitLinePoints)
	if err != nil {
		return nil
	}
	return line
}

// FitFailure says why the power law could not be fitted, in l.
func FitFailure(l text.Lang, err error) string {
	switch {
	case errors.Is(err, longtail.ErrTooFewValues):
		return i18n.Tf(l, i18n.LongTailFitFailedFew, Count(l, longtail.DefaultMinTail))
	case errors.Is(err, longtail.ErrNoVariation):
		return i18n.T(l, i18n.LongTailFitFailedFlat)
	}
	return i18n.Tf(l, i18n.LongTailFitFailed, err.Error())
}

// ProblemText says in l why the values cannot be measured.
func (a *Analysis) ProblemText(l text.Lang) string {
	switch a.Problem {
	case ProblemNoNumeric:
		return i18n.Tf(l, i18n.LongTailNoNumeric, a.Dataset.Name)
	case ProblemNoColumn:
		return i18n.Tf(l, i18n.LongTailNoColumn, a.Dataset.Name, a.Settings.Column)
	case ProblemNotNumeric:
		return i18n.Tf(l, i18n.LongTailNotNumeric, a.Settings.Column)
	case ProblemTooFew:
		return i18n.Tf(l, i18n.LongTailTooFew, Count(l, a.Sample.N()), a.Settings.Column, Count(l, minValues))
	case ProblemAllEqual:
		return i18n.Tf(l, i18n.LongTailAllEqual, Count(l, a.Sample.N()), a.Settings.Column, i18n.Auto(l, a.equalTo))
	}
	return ""
}

// ratio is a/b, NaN when b is 0.
func ratio(a, b float64) float64 {
	if b == 0 {
		return math.NaN()
	}
	return a / b
}
