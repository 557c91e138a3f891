package longtail

import (
	"math"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/charts"
)

// Chart is one chart with its computed reading.
type Chart struct {
	Option  view.Chart // the chart to draw
	Reading string     // what the chart shows, in a sentence or two
	Err     error      // the series could not be drawn (never for a sample's own series)
}

// Charts are the page's charts in one language.
type Charts struct {
	RankSize Chart // the values by rank, on log axes
	CCDF     Chart // the CCDF with the fitted power law
	Lorenz   Chart // the Lorenz curve
}

// figures builds the charts of a in l. Called once per language when the
// analysis is made, so that re-rendering (as the goodness-of-fit test
// reports progress) never rebuilds them.
func (a *Analysis) figures(l text.Lang) Charts {
	return Charts{RankSize: a.rankSizeFigure(l), CCDF: a.ccdfFigure(l), Lorenz: a.lorenzFigure(l)}
}

func (a *Analysis) rankSizeFigure(l text.Lang) Chart {
	d, col := a.Description, a.Settings.Column
	opt, err := charts.LongTailRankSize(charts.LongTailTexts{
		Title:    i18n.T(l, i18n.LongTailRankTitle),
		XAxis:    i18n.T(l, i18n.LongTailRankX),
		YAxis:    i18n.Tf(l, i18n.LongTailLogAxis, col),
		Data:     col,
		Alt:      i18n.Tf(l, i18n.LongTailRankAlt, Count(l, d.N), col, i18n.Auto(l, d.Max), i18n.Auto(l, d.Min)),
		FileName: "rank-size",
	}, a.Sample.RankSize())
	return Chart{
		Option:  opt,
		Err:     err,
		Reading: i18n.Tf(l, i18n.LongTailRankReading, i18n.Auto(l, d.Max), i18n.Auto(l, ratio(d.Max, d.Median)), i18n.Auto(l, d.Median)),
	}
}

func (a *Analysis) ccdfFigure(l text.Lang) Chart {
	d, col := a.Description, a.Settings.Column
	t := charts.LongTailTexts{
		Title:    i18n.T(l, i18n.LongTailCCDFTitle),
		XAxis:    i18n.Tf(l, i18n.LongTailLogAxis, col),
		YAxis:    i18n.T(l, i18n.LongTailCCDFY),
		Data:     i18n.T(l, i18n.LongTailCCDFData),
		Alt:      i18n.Tf(l, i18n.LongTailCCDFAlt, i18n.Auto(l, d.Min), SharePercent(l, 1/float64(d.N)), i18n.Auto(l, d.Max)),
		FileName: "ccdf",
	}
	reading := i18n.T(l, i18n.LongTailCCDFReadingNoFit)
	if a.HasFit() {
		f := a.Fit
		xmin, alpha := i18n.Auto(l, f.XMin), i18n.Number(l, f.Alpha, 2)
		t.Fit = i18n.Tf(l, i18n.LongTailCCDFFit, xmin, alpha)
		t.Alt += " " + i18n.Tf(l, i18n.LongTailCCDFAltFit, alpha, xmin)
		reading = i18n.Tf(l, i18n.LongTailCCDFReading,
			Count(l, f.NTail), Count(l, f.N), SharePercent(l, float64(f.NTail)/float64(f.N)), xmin,
			i18n.Number(l, 1-f.Alpha, 2), i18n.Auto(l, math.Pow(10, f.Alpha-1)))
	}
	opt, err := charts.LongTailCCDF(t, a.Sample.CCDF(), a.fitLine())
	return Chart{Option: opt, Reading: reading, Err: err}
}

func (a *Analysis) lorenzFigure(l text.Lang) Chart {
	d := a.Description
	items := a.Noun.Word(l, 2)
	// The top 20 % are k = ⌈0.2·n⌉ items; the others are the bottom n − k.
	top := d.Top[2]
	topItems := float64(top.Items) / float64(d.N)
	return Chart{
		Option: charts.LongTailLorenz(charts.LongTailTexts{
			Title:    i18n.T(l, i18n.LongTailLorenzTitle),
			XAxis:    i18n.Tf(l, i18n.LongTailLorenzX, items),
			YAxis:    i18n.Tf(l, i18n.LongTailLorenzY, a.Settings.Column),
			Data:     i18n.T(l, i18n.LongTailLorenzTitle),
			Equality: i18n.T(l, i18n.LongTailLorenzEquality),
			Alt:      i18n.Tf(l, i18n.LongTailLorenzAlt, Count(l, d.N), i18n.Number(l, d.Gini, 2)),
			FileName: "lorenz",
		}, a.Sample.Lorenz()),
		Reading: i18n.Tf(l, i18n.LongTailLorenzReading,
			SharePercent(l, 1-topItems), items, SharePercent(l, 1-top.Share),
			SharePercent(l, topItems), SharePercent(l, top.Share), i18n.Number(l, d.Gini, 2)),
	}
}
