package compare

import (
	"context"

	"reachlab/app/analysis"
	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/view"
)

// measured is one dataset measured with one set of settings.
type measured struct {
	ds   analysis.Dataset
	set  settings
	in   metrics.Input
	rep  metrics.Report
	base string // the base name of exported files
}

// measure turns the dataset's rows into messages and measures them.
// It stops when ctx is done, returning its error, and reports progress as
// metrics.ComputeContext does.
func measure(ctx context.Context, ds analysis.Dataset, s view.CompareSettings, progress func(done, total int64)) (*measured, error) {
	m := &measured{ds: ds, set: check(s), base: fileBase(ds.ID, ds.Name)}
	m.in = ds.Messages(m.set.kind)
	var err error
	m.rep, err = metrics.ComputeContext(ctx, m.in, ds.Options(m.set.options()), progress)
	return m, err
}

// Analyze measures ds with the settings s and writes everything the compare
// page shows in l. On millions of rows it takes seconds: it stops when ctx
// is done, returning ctx's error, and reports progress (when not nil) as
// rows read out of twice the rows.
func Analyze(ctx context.Context, ds analysis.Dataset, s view.CompareSettings, l text.Lang, progress func(done, total int64)) (view.Compare, error) {
	m, err := measure(ctx, ds, s, progress)
	if err != nil {
		return view.Compare{}, err
	}
	rep := &m.rep
	v := view.Compare{
		Settings: m.resolved(),
		Choices:  m.choices(l),
		Status: i18n.Tf(l, i18n.CompareComputed, ds.Name,
			countText(l, float64(rep.Total.Messages)), countText(l, float64(len(rep.Channels)))),
		Readings:    readings(l, rep),
		AVE:         aveOf(l, rep),
		Definitions: definitions(l),
	}
	if !ds.HasRoles() {
		v.NoRoles = i18n.Tf(l, i18n.CompareNoRoles, ds.Name)
	}
	v.Channels, v.Hidden = channelTable(l, rep)
	rate := rep.Options.Denominator.Metric()
	v.ChannelsNote = i18n.Tf(l, i18n.CompareTableNote, metricName(l, rate), rate.Formula.In(l))
	v.Charts = []view.Chart{
		withID(signatureFigure(l, rep, m.base), ChartSignature),
		withID(rateFigure(l, rep, m.base), ChartRate),
		withID(interactionsFigure(l, rep, m.base), ChartInteractions),
	}
	if tl, ok := timelineFigure(l, rep, m.base); ok {
		v.Charts = append(v.Charts, withID(tl, ChartTimeline))
	} else {
		v.NoTimeline = tl.Reading
	}
	v.Equivalences, v.NoEquivalence = equivalences(l, &rep.Equivalences)
	v.Messages = m.messagePage(l)
	v.CSVName = m.base + "-channels.csv"
	if b, err := channelsCSV(l, rep); err == nil {
		v.CSV = string(b)
	}
	return v, nil
}

// resolved are the settings as the engine used them: the automatic
// denominator, audience basis and top count made explicit.
func (m *measured) resolved() view.CompareSettings {
	s := m.set.CompareSettings
	s.Denominator = string(m.rep.Options.Denominator)
	s.Basis = string(m.rep.Options.Audience)
	s.TopK = m.rep.Options.TopK
	s.CPM = m.rep.Options.ReferenceCPM
	s.Universe = m.rep.Options.Universe
	return s
}

// choices are the options of the page's selects, the ones in use selected.
func (m *measured) choices(l text.Lang) view.CompareChoices {
	opts := m.rep.Options
	c := view.CompareChoices{
		Kinds: []view.Choice{{Value: "", Label: i18n.T(l, i18n.CompareKindFromData), Selected: m.set.kind == metrics.KindUnknown}},
		AVEBases: []view.Choice{
			{Value: string(metrics.AVEByImpressions), Label: i18n.T(l, i18n.CompareAVEImpressions), Selected: opts.AVEBasis == metrics.AVEByImpressions},
			{Value: string(metrics.AVEByMentions), Label: i18n.T(l, i18n.CompareAVEMentions), Selected: opts.AVEBasis == metrics.AVEByMentions},
		},
	}
	for _, k := range metrics.Kinds() {
		c.Kinds = append(c.Kinds, view.Choice{Value: string(k), Label: kindName(l, k), Selected: k == m.set.kind})
	}
	for _, d := range denominators {
		c.Denominators = append(c.Denominators, view.Choice{Value: string(d), Label: denominatorName(l, d), Selected: d == opts.Denominator})
	}
	for _, b := range bases {
		c.Bases = append(c.Bases, view.Choice{Value: string(b), Label: basisName(l, b), Selected: b == opts.Audience})
	}
	return c
}

// denominatorName says what a denominator divides by.
func denominatorName(l text.Lang, d metrics.Denominator) string {
	switch d {
	case metrics.ByImpressions:
		return i18n.T(l, i18n.CompareByImpressions)
	case metrics.ByFollowers:
		return i18n.T(l, i18n.CompareByFollowers)
	}
	return i18n.T(l, i18n.CompareByReach)
}

// basisName says what an audience basis counts.
func basisName(l text.Lang, b metrics.Basis) string {
	if b == metrics.BasisImpressions {
		return i18n.T(l, i18n.CompareBasisImpressions)
	}
	return i18n.T(l, i18n.CompareBasisReach)
}

func withID(c view.Chart, id string) view.Chart {
	c.ID = id
	return c
}
