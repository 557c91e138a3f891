package longtailpage

import (
	"errors"
	"math"

	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"
	"reachlab/app/ui/workspace"
)

// problem is why the selected values cannot be measured.
type problem int

const (
	problemNone       problem = iota
	problemNoNumeric          // the dataset has no numeric column
	problemNoColumn           // the URL names a column the dataset lacks
	problemNotNumeric         // the column holds text or dates
	problemTooFew             // fewer than minValues positive values
	problemAllEqual           // every positive value is the same
)

// minValues is the fewest positive values the page measures: the power-law
// fit needs a tail of longtail.DefaultMinTail values, and shares of the top
// 1 % of fewer items mean little.
const minValues = longtail.DefaultMinTail

// fitLinePoints is the number of points of the fitted power law's line:
// evenly spaced in log x, enough for a smooth curve (a straight line for a
// continuous fit).
const fitLinePoints = 64

// analysis is one column of one dataset measured: the concentration, the
// series drawn, the power-law fit, fragmentation and attention. It is
// computed off the UI goroutine and then only read; the likelihood-ratio
// tests and the goodness-of-fit test arrive later (see longTailPage).
type analysis struct {
	set     settings // Column resolved to the column used
	meta    workspace.Meta
	columns []string // the dataset's numeric columns, for the picker
	channel []string // the channel filter's choices (nil: no filter)
	rows    int      // rows selected (all, or those of set.Channel)
	total   int      // rows in the table
	noun    noun

	problem problem
	equalTo float64 // problemAllEqual: the value

	sample *longtail.Sample
	desc   longtail.Description
	fit    longtail.PowerLaw
	fitErr error // why there is no fit; nil when fit is set
	figs   map[text.Lang]figures

	frag fragmentation
	attn attention
}

// hasFit reports whether the power law was fitted.
func (a *analysis) hasFit() bool { return a.problem == problemNone && a.fitErr == nil }

// analyze measures column s.Column of t (the default column when "") over
// the rows of s.Channel. It never fails: what cannot be measured is a
// problem or a fitErr the page explains.
func analyze(t *data.Table, meta workspace.Meta, s settings) *analysis {
	a := &analysis{set: s, meta: meta, columns: numericColumns(t), channel: channelNames(t), total: t.Len(), noun: nounRows}
	if roleColumn(t, roles.Message) != nil {
		a.noun = nounPosts
	}
	if a.channel == nil {
		a.set.Channel = ""
	}
	if a.set.Column == "" {
		a.set.Column = defaultColumn(t)
	}
	rows := selectedRows(t, a.set.Channel)
	a.rows = len(rows)
	a.frag = fragmentationOf(t, rows)
	a.attn = attentionOf(t, rows, a.set.Column)

	col := t.Column(a.set.Column)
	switch {
	case len(a.columns) == 0 && col == nil:
		a.problem = problemNoNumeric
		return a
	case col == nil:
		a.problem = problemNoColumn
		return a
	case !col.Type().Numeric():
		a.problem = problemNotNumeric
		return a
	}

	values := make([]float64, len(rows))
	for i, r := range rows {
		values[i] = col.Float(r)
	}
	a.sample = longtail.NewSample(values)
	// An empty sample's Describe fails but still counts what was left
	// out; it is problemTooFew below.
	a.desc, _ = a.sample.Describe()
	switch {
	case a.sample.N() < minValues:
		a.problem = problemTooFew
		return a
	case a.sample.Distinct() == 1:
		a.problem, a.equalTo = problemAllEqual, a.desc.Min
		return a
	}
	a.fit, a.fitErr = longtail.Fit(a.sample, longtail.Options{})
	a.figs = map[text.Lang]figures{}
	for _, l := range text.Langs {
		a.figs[l] = a.figures(l)
	}
	return a
}

// fitLine is the fitted power law drawn over the CCDF, from x_min to the
// largest value; nil without a fit.
func (a *analysis) fitLine() []longtail.Point {
	if !a.hasFit() || !(a.desc.Max > a.fit.XMin) {
		return nil
	}
	line, err := a.fit.Line(a.desc.Max, fitLinePoints)
	if err != nil {
		return nil
	}
	return line
}

// fitFailure says why the power law could not be fitted, in l.
func fitFailure(l text.Lang, err error) string {
	switch {
	case errors.Is(err, longtail.ErrTooFewValues):
		return i18n.Tf(l, i18n.LongTailFitFailedFew, count(l, longtail.DefaultMinTail))
	case errors.Is(err, longtail.ErrNoVariation):
		return i18n.T(l, i18n.LongTailFitFailedFlat)
	}
	return i18n.Tf(l, i18n.LongTailFitFailed, err.Error())
}

// problemText says in l why the values cannot be measured.
func (a *analysis) problemText(l text.Lang) string {
	switch a.problem {
	case problemNoNumeric:
		return i18n.Tf(l, i18n.LongTailNoNumeric, a.meta.Name)
	case problemNoColumn:
		return i18n.Tf(l, i18n.LongTailNoColumn, a.meta.Name, a.set.Column)
	case problemNotNumeric:
		return i18n.Tf(l, i18n.LongTailNotNumeric, a.set.Column)
	case problemTooFew:
		return i18n.Tf(l, i18n.LongTailTooFew, count(l, a.sample.N()), a.set.Column, count(l, minValues))
	case problemAllEqual:
		return i18n.Tf(l, i18n.LongTailAllEqual, count(l, a.sample.N()), a.set.Column, i18n.Auto(l, a.equalTo))
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
