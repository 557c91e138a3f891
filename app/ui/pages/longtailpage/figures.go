package longtailpage

import (
	"math"

	"reachlab/app/i18n"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/charts"
)

// figure is one chart with its computed reading.
type figure struct {
	option  view.Chart
	reading string
	err     error // the series could not be drawn (never for a sample's own series)
}

// figures are the page's charts in one language.
type figures struct {
	rankSize, ccdf, lorenz figure
}

// figures builds the charts of a in l. Called once per language when the
// analysis is made, so that re-rendering (as the goodness-of-fit test
// reports progress) never rebuilds them.
func (a *analysis) figures(l text.Lang) figures {
	return figures{rankSize: a.rankSizeFigure(l), ccdf: a.ccdfFigure(l), lorenz: a.lorenzFigure(l)}
}

func (a *analysis) rankSizeFigure(l text.Lang) figure {
	d, col := a.desc, a.set.Column
	opt, err := charts.LongTailRankSize(charts.LongTailTexts{
		Title:    i18n.T(l, i18n.LongTailRankTitle),
		XAxis:    i18n.T(l, i18n.LongTailRankX),
		YAxis:    i18n.Tf(l, i18n.LongTailLogAxis, col),
		Data:     col,
		Alt:      i18n.Tf(l, i18n.LongTailRankAlt, count(l, d.N), col, i18n.Auto(l, d.Max), i18n.Auto(l, d.Min)),
		FileName: "rank-size",
	}, a.sample.RankSize())
	return figure{
		option:  opt,
		err:     err,
		reading: i18n.Tf(l, i18n.LongTailRankReading, i18n.Auto(l, d.Max), i18n.Auto(l, ratio(d.Max, d.Median)), i18n.Auto(l, d.Median)),
	}
}

func (a *analysis) ccdfFigure(l text.Lang) figure {
	d, col := a.desc, a.set.Column
	t := charts.LongTailTexts{
		Title:    i18n.T(l, i18n.LongTailCCDFTitle),
		XAxis:    i18n.Tf(l, i18n.LongTailLogAxis, col),
		YAxis:    i18n.T(l, i18n.LongTailCCDFY),
		Data:     i18n.T(l, i18n.LongTailCCDFData),
		Alt:      i18n.Tf(l, i18n.LongTailCCDFAlt, i18n.Auto(l, d.Min), sharePercent(l, 1/float64(d.N)), i18n.Auto(l, d.Max)),
		FileName: "ccdf",
	}
	reading := i18n.T(l, i18n.LongTailCCDFReadingNoFit)
	if a.hasFit() {
		f := a.fit
		xmin, alpha := i18n.Auto(l, f.XMin), i18n.Number(l, f.Alpha, 2)
		t.Fit = i18n.Tf(l, i18n.LongTailCCDFFit, xmin, alpha)
		t.Alt += " " + i18n.Tf(l, i18n.LongTailCCDFAltFit, alpha, xmin)
		reading = i18n.Tf(l, i18n.LongTailCCDFReading,
			count(l, f.NTail), count(l, f.N), sharePercent(l, float64(f.NTail)/float64(f.N)), xmin,
			i18n.Number(l, 1-f.Alpha, 2), i18n.Auto(l, math.Pow(10, f.Alpha-1)))
	}
	opt, err := charts.LongTailCCDF(t, a.sample.CCDF(), a.fitLine())
	return figure{option: opt, reading: reading, err: err}
}

func (a *analysis) lorenzFigure(l text.Lang) figure {
	d := a.desc
	items := a.noun.word(l, 2)
	// The top 20 % are k = ⌈0.2·n⌉ items; the others are the bottom n − k.
	top := d.Top[2]
	topItems := float64(top.Items) / float64(d.N)
	return figure{
		option: charts.LongTailLorenz(charts.LongTailTexts{
			Title:    i18n.T(l, i18n.LongTailLorenzTitle),
			XAxis:    i18n.Tf(l, i18n.LongTailLorenzX, items),
			YAxis:    i18n.Tf(l, i18n.LongTailLorenzY, a.set.Column),
			Data:     i18n.T(l, i18n.LongTailLorenzTitle),
			Equality: i18n.T(l, i18n.LongTailLorenzEquality),
			Alt:      i18n.Tf(l, i18n.LongTailLorenzAlt, count(l, d.N), i18n.Number(l, d.Gini, 2)),
			FileName: "lorenz",
		}, a.sample.Lorenz()),
		reading: i18n.Tf(l, i18n.LongTailLorenzReading,
			sharePercent(l, 1-topItems), items, sharePercent(l, 1-top.Share),
			sharePercent(l, topItems), sharePercent(l, top.Share), i18n.Number(l, d.Gini, 2)),
	}
}
