package longtail

import (
	"cmp"
	"errors"
	"math"
	"slices"

	"reachlab/app/data"
	"reachlab/app/data/roles"
	"reachlab/app/i18n"
	"reachlab/app/longtail"
	"reachlab/app/text"
	"reachlab/charts"
)

// TopK is the number of leading channels the fragmentation table counts
// apart, as the French DTT case counts its historic channels.
const TopK = 4

// fragChartLines is the most channels drawn one by one on the shares chart
// (the palette's distinct colours, one kept for the others together).
const fragChartLines = 7

// Fragmentation is the audience's concentration among channels, period by
// period, when the table has a channel column and an audience-share column.
type Fragmentation struct {
	Available bool                           // the table has both columns
	Fractions bool                           // shares were read as fractions of 1, not percentages
	Skipped   int                            // selected rows without a channel or a share
	Periods   []longtail.PeriodConcentration // each period's concentration, in time order
	Err       error                          // the engine refused the shares
	ErrRow    int                            // the table row (1-based, header excluded) err is about; 0 if none
	Chart     map[text.Lang]Chart            // the shares chart in every language; absent for fewer than two periods
}

// fragmentationOf measures fragmentation over the given rows of t: channels
// from the column with role channel, shares from the first numeric column
// with role share, periods from the column with role date (one period for
// every row when there is none, periods in time order when it holds dates).
//
// Units: a Percent column is in percent; a Number column is read as
// fractions when every share is at most 1, every period adds up to at most
// 1 and some period to at least ½ (a table of fractions), in percent
// otherwise, as the role defines it.
func fragmentationOf(t *data.Table, rows []int) Fragmentation {
	channel := roleColumn(t, roles.Channel)
	var share *data.Column
	for _, c := range t.Columns() {
		if c.Role() == roles.Share && c.Type().Numeric() {
			share = c
			break
		}
	}
	if channel == nil || share == nil {
		return Fragmentation{}
	}
	f := Fragmentation{Available: true}
	period := roleColumn(t, roles.Date)
	if period != nil && period.Type() == data.Date {
		rows = slices.Clone(rows)
		slices.SortStableFunc(rows, func(a, b int) int { return cmp.Compare(period.Float(a), period.Float(b)) })
	}
	var in []longtail.AudienceShare
	var tableRow []int
	sums := map[string]float64{}
	allSmall := true
	for _, r := range rows {
		v := share.Float(r)
		if channel.Missing(r) || math.IsNaN(v) {
			f.Skipped++
			continue
		}
		p := ""
		if period != nil {
			p = period.Cell(r)
		}
		in = append(in, longtail.AudienceShare{Period: p, Channel: channel.Cell(r), Share: v})
		tableRow = append(tableRow, r)
		sums[p] += v
		allSmall = allSmall && v <= 1
	}
	largest := 0.0
	for _, s := range sums {
		largest = max(largest, s)
	}
	f.Fractions = share.Type() == data.Number && allSmall && largest <= 1+1e-9 && largest >= 0.5
	if !f.Fractions {
		for i := range in {
			in[i].Share /= 100
		}
	}
	f.Periods, f.Err = longtail.Fragmentation(in, TopK)
	if f.Err != nil {
		var e *longtail.Error
		if errors.As(f.Err, &e) && e.Row >= 0 && e.Row < len(tableRow) {
			f.ErrRow = tableRow[e.Row] + 1
		}
		return f
	}
	if len(f.Periods) >= 2 {
		f.Chart = map[text.Lang]Chart{}
		for _, l := range text.Langs {
			f.Chart[l] = sharesFigure(l, in, f.Periods)
		}
	}
	return f
}

// sharesFigure draws the shares of the fragChartLines channels with the
// largest mean share over the periods (a period where a channel is not
// listed counts as 0), and the other channels together.
func sharesFigure(l text.Lang, in []longtail.AudienceShare, periods []longtail.PeriodConcentration) Chart {
	index := map[string]int{}
	labels := make([]string, len(periods))
	for i, p := range periods {
		index[p.Period] = i
		labels[i] = PeriodLabel(l, p.Period)
	}
	byChannel := map[string][]float64{}
	var order []string
	for _, r := range in {
		s, ok := byChannel[r.Channel]
		if !ok {
			s = make([]float64, len(periods))
			for i := range s {
				s[i] = math.NaN()
			}
			order = append(order, r.Channel)
			byChannel[r.Channel] = s
		}
		s[index[r.Period]] = 100 * r.Share
	}
	total := func(c string) float64 {
		total := 0.0
		for _, v := range byChannel[c] {
			if !math.IsNaN(v) {
				total += v
			}
		}
		return total
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(total(b), total(a)) })
	shown := order[:min(len(order), fragChartLines)]
	var series []charts.LongTailShareSeries
	for _, c := range shown {
		series = append(series, charts.LongTailShareSeries{Channel: c, Shares: byChannel[c]})
	}
	if rest := len(order) - len(shown); rest > 0 {
		others := make([]float64, len(periods))
		for i, p := range periods {
			others[i] = 100 * p.Coverage
			for _, c := range shown {
				if v := byChannel[c][i]; !math.IsNaN(v) {
					others[i] -= v
				}
			}
			others[i] = max(others[i], 0)
		}
		series = append(series, charts.LongTailShareSeries{Channel: i18n.Tf(l, i18n.LongTailSharesOthers, Count(l, rest)), Shares: others})
	}
	first, last := periods[0], periods[len(periods)-1]
	return Chart{
		Option: charts.LongTailShares(charts.LongTailTexts{
			Title:    i18n.T(l, i18n.LongTailSharesTitle),
			XAxis:    i18n.T(l, i18n.LongTailColPeriod),
			YAxis:    i18n.T(l, i18n.LongTailSharesY),
			Alt:      i18n.Tf(l, i18n.LongTailSharesAlt, Count(l, len(order)), Count(l, len(periods)), labels[0], labels[len(labels)-1]),
			FileName: "audience-shares",
		}, labels, series),
		Reading: PeriodSentence(l, first) + " " + PeriodSentence(l, last),
	}
}

// PeriodLabel names a period; "" is the single period of a table without
// dates.
func PeriodLabel(l text.Lang, p string) string {
	if p == "" {
		return i18n.T(l, i18n.LongTailAllRows)
	}
	return p
}

// PeriodSentence says how concentrated one period's audience is.
func PeriodSentence(l text.Lang, p longtail.PeriodConcentration) string {
	return i18n.Tf(l, i18n.LongTailPeriodSentence, PeriodLabel(l, p.Period), Count(l, p.TopK), SharePercent(l, p.TopShare),
		Count(l, p.OutsideTopN), SharePercent(l, p.OutsideTop), NotAvailable(l, 10000*p.HHIListed, 0), NotAvailable(l, p.EffectiveChannels, 1))
}

// The French digital terrestrial TV case (Yann Gourvennec, Visionary
// Marketing, 30 March 2015): the 19 newer DTT channels drew about 25 % of
// the TV audience.
const (
	dttChannels = 19
	dttShare    = 0.25
)

// dttIllustration measures an even split of dttShare among dttChannels
// channels with the engine: each holds dttShare/dttChannels; among
// themselves their HHI is 1/19 (526 points), as concentrated as 19 equal
// channels. It is an illustration, not measured shares.
func dttIllustration() longtail.PeriodConcentration {
	rows := make([]longtail.AudienceShare, dttChannels)
	for i := range rows {
		rows[i] = longtail.AudienceShare{Period: "2015", Channel: string(rune('A' + i)), Share: dttShare / dttChannels}
	}
	p, err := longtail.Fragmentation(rows, 1)
	if err != nil {
		// 19 shares of 0.25/19 are valid input: an error is a bug.
		panic("longtailpage: DTT illustration: " + err.Error())
	}
	return p[0]
}

// DTT is the DTT illustration, computed once.
var DTT = dttIllustration()
