package compare

import (
	"cmp"
	"math"
	"slices"
	"time"

	"reachlab/app/i18n"
	"reachlab/app/metrics"
	"reachlab/app/text"
	"reachlab/app/view"
	"reachlab/charts"
)

// The charts' DOM ids; each figure's save buttons are #<id>-save-png and
// #<id>-save-svg.
const (
	ChartSignature    = "compare-signature"
	ChartRate         = "compare-engagement-rate"
	ChartInteractions = "compare-interactions"
	ChartTimeline     = "compare-timeline"
)

// read adds its reading to a chart.
func read(c view.Chart, reading string) view.Chart {
	c.Reading = reading
	return c
}

// legendKinds names the kinds of rep's channels, in display order.
func legendKinds(l text.Lang, rep *metrics.Report) []charts.KindName {
	present := map[metrics.Kind]bool{}
	for i := range rep.Channels {
		present[rep.Channels[i].Kind] = true
	}
	var out []charts.KindName
	for _, k := range append(metrics.Kinds(), metrics.KindUnknown) {
		if present[k] {
			out = append(out, charts.KindName{Kind: string(k), Name: kindName(l, k)})
		}
	}
	return out
}

// audienceName names what counts as audience: "Reach" or "Impressions".
func audienceName(l text.Lang, b metrics.Basis) string {
	if b == metrics.BasisImpressions {
		return i18n.T(l, i18n.CompareImpressions)
	}
	return i18n.T(l, i18n.CompareReach)
}

// signatureFigure is the signature chart: messages against audience per
// message, bubbles sized by interactions. Its reading is the first mass
// media equivalence when the data has one, else the two extreme channels.
func signatureFigure(l text.Lang, rep *metrics.Report, base string) view.Chart {
	audience := audienceName(l, rep.Charts.Basis)
	var (
		bubbles       []charts.SignatureBubble
		items, absent []string
	)
	for _, s := range rep.Charts.Signature {
		a := s.AudiencePerMessage
		if !a.OK || a.V <= 0 {
			why := countText(l, 0)
			if !a.OK {
				why = notAvailable(l, a.Reason)
			}
			absent = append(absent, s.Channel+" ("+why+")")
			continue
		}
		bubbles = append(bubbles, charts.SignatureBubble{
			Channel: s.Channel, Kind: string(s.Kind),
			Messages: float64(s.Messages), Audience: a.V, Interactions: s.Interactions.Float(),
		})
		items = append(items, i18n.Tf(l, i18n.CompareSignatureItem, s.Channel, kindName(l, s.Kind),
			countText(l, float64(s.Messages)), i18n.Auto(l, a.V), valueText(l, metrics.UnitCount, s.Interactions)))
	}
	alt := i18n.Tf(l, i18n.CompareSignatureAlt, lowerFirst(audience), join(l, items))
	if len(absent) > 0 {
		alt += " " + i18n.Tf(l, i18n.CompareSignatureLeftOut, join(l, absent))
	}
	opt := charts.SignatureChart(charts.SignatureTexts{
		Title:    i18n.T(l, i18n.CompareSignatureTitle),
		XAxis:    i18n.T(l, i18n.CompareSignatureX),
		YAxis:    i18n.Tf(l, i18n.CompareSignatureY, audience),
		Size:     i18n.T(l, i18n.CompareSignatureSize),
		Kinds:    legendKinds(l, rep),
		Alt:      alt,
		FileName: base + "-signature",
	}, bubbles)
	return read(opt, signatureReading(l, rep, bubbles))
}

// signatureReading says what the signature chart shows.
func signatureReading(l text.Lang, rep *metrics.Report, bubbles []charts.SignatureBubble) string {
	for _, r := range rep.Readings {
		if r.Code == metrics.OneMassMessageEqualsPosts {
			return readingText(l, r)
		}
	}
	if len(bubbles) == 0 {
		return ""
	}
	// The first bubble with the largest audience, and with the most
	// messages (MaxFunc returns the first of equals).
	top := slices.MaxFunc(bubbles, func(a, b charts.SignatureBubble) int { return cmp.Compare(a.Audience, b.Audience) })
	most := slices.MaxFunc(bubbles, func(a, b charts.SignatureBubble) int { return cmp.Compare(a.Messages, b.Messages) })
	return i18n.Tf(l, i18n.CompareSignatureReading,
		top.Channel, i18n.Auto(l, top.Audience), countText(l, top.Messages),
		most.Channel, countText(l, most.Messages), i18n.Auto(l, most.Audience))
}

// rateFigure is the bar chart of the engagement rate by the report's
// denominator, which the axis names.
func rateFigure(l text.Lang, rep *metrics.Report, base string) view.Chart {
	m := rep.Options.Denominator.Metric()
	return barsFigure(l, rep, m, func(b metrics.EngagementBar) metrics.Value { return b.EngagementRate }, nil,
		i18n.T(l, i18n.CompareRateTitle)+" — "+metricName(l, m),
		i18n.Tf(l, i18n.CompareRateAxis, metricName(l, m), m.Formula.In(l)),
		base+"-engagement-rate")
}

// interactionsFigure is the bar chart of interactions per message.
func interactionsFigure(l text.Lang, rep *metrics.Report, base string) view.Chart {
	m := metrics.InteractionsPerMessage
	return barsFigure(l, rep, m, func(b metrics.EngagementBar) metrics.Value { return b.InteractionsPerMessage }, nil,
		i18n.T(l, i18n.CompareIPMTitle),
		i18n.Tf(l, i18n.CompareIPMAxis, metricName(l, m), m.Formula.In(l)),
		base+"-interactions-per-message")
}

// barsFigure draws one figure of rep's engagement bars by channel, largest
// first and missing values last, and reads the highest and lowest. note,
// when not nil, gives the text written above a channel's bar.
func barsFigure(l text.Lang, rep *metrics.Report, m metrics.Metric, pick func(metrics.EngagementBar) metrics.Value, note func(metrics.EngagementBar) string, title, axis, file string) view.Chart {
	bars := slices.Clone(rep.Charts.Engagement)
	slices.SortStableFunc(bars, func(a, b metrics.EngagementBar) int {
		va, vb := pick(a), pick(b)
		switch {
		case va.OK && vb.OK:
			return cmp.Compare(vb.V, va.V)
		case va.OK:
			return -1
		case vb.OK:
			return 1
		}
		return 0
	})
	name := metricName(l, m)
	var (
		values        []charts.ChannelValue
		items, absent []string
		available     []metrics.EngagementBar
	)
	for _, b := range bars {
		v := pick(b)
		cv := charts.ChannelValue{Channel: b.Channel, Kind: string(b.Kind), Value: v.Float()}
		if note != nil {
			cv.Note = note(b)
		}
		values = append(values, cv)
		items = append(items, b.Channel+" "+valueText(l, m.Unit, v))
		if v.OK {
			available = append(available, b)
		} else {
			absent = append(absent, b.Channel+" ("+v.Reason.Text().In(l)+")")
		}
	}
	opt := charts.ChannelBars(charts.BarTexts{
		Title:    title,
		YAxis:    axis,
		Kinds:    legendKinds(l, rep),
		Percent:  m.Unit == metrics.UnitPercent,
		Alt:      i18n.Tf(l, i18n.CompareBarsAlt, name, join(l, items)),
		FileName: file,
	}, values)

	var reading string
	switch len(available) {
	case 0:
		reading = i18n.Tf(l, i18n.CompareBarsNone, name)
	case 1:
		b := available[0]
		reading = i18n.Tf(l, i18n.CompareBarsOne, name, b.Channel, formatValue(l, m.Unit, pick(b).V))
	default:
		hi, lo := available[0], available[len(available)-1]
		reading = i18n.Tf(l, i18n.CompareBarsHighLow, name,
			hi.Channel, formatValue(l, m.Unit, pick(hi).V), lo.Channel, formatValue(l, m.Unit, pick(lo).V))
	}
	if len(absent) > 0 && len(available) > 0 {
		reading += " " + i18n.Tf(l, i18n.CompareBarsMissing, join(l, absent))
	}
	return read(opt, reading)
}

// timelineFigure is audience and interactions over time, and reports
// whether there is one; without one, the figure's reading says why.
func timelineFigure(l text.Lang, rep *metrics.Report, base string) (view.Chart, bool) {
	tl := &rep.Charts.Timeline
	if tl.Reason != metrics.ReasonNone || len(tl.Starts) == 0 {
		r := tl.Reason
		if r == metrics.ReasonNone {
			r = metrics.NoDates
		}
		return view.Chart{Reading: i18n.Tf(l, i18n.CompareNoTimeline, r.Text().In(l))}, false
	}
	labels := make([]string, len(tl.Starts))
	for i, t := range tl.Starts {
		labels[i] = bucketLabel(tl.Bucket, t)
	}
	audience, bucket := audienceName(l, tl.Basis), bucketName(l, tl.Bucket)
	// Channels without a dated message with a value (a TV programme
	// given without its date) have no line.
	var (
		series   []charts.ChannelTimeline
		channels []string
	)
	peak, peakAt, peakOf := math.Inf(-1), "", ""
	zero := false
	for _, s := range tl.Series {
		c := charts.ChannelTimeline{Channel: s.Channel, Audience: make([]float64, len(s.Points)), Interactions: make([]float64, len(s.Points))}
		drawn := false
		for j, pt := range s.Points {
			c.Audience[j], c.Interactions[j] = pt.Audience.Float(), pt.Interactions.Float()
			drawn = drawn || pt.Audience.OK || pt.Interactions.OK
			if pt.Audience.OK && pt.Audience.V > peak {
				peak, peakAt, peakOf = pt.Audience.V, labels[j], s.Channel
			}
			zero = zero || pt.Audience.OK && pt.Audience.V == 0
		}
		if drawn {
			series = append(series, c)
			channels = append(channels, s.Channel)
		}
	}
	first, last := labels[0], labels[len(labels)-1]
	axis := i18n.T(l, i18n.CompareAxisReach)
	if tl.Basis == metrics.BasisImpressions {
		axis = i18n.T(l, i18n.CompareAxisImpressions)
	}
	opt := charts.TimelineChart(charts.TimelineTexts{
		Title:              i18n.Tf(l, i18n.CompareTimelineTitle, audience, bucket),
		AudienceAxis:       axis,
		InteractionsAxis:   i18n.T(l, i18n.CompareTimelineTalk),
		AudienceSeries:     lowerFirst(audience),
		InteractionsSeries: lowerFirst(i18n.T(l, i18n.CompareTimelineTalk)),
		Alt:                i18n.Tf(l, i18n.CompareTimelineAlt, bucket, first, last, lowerFirst(audience), join(l, channels)),
		FileName:           base + "-timeline",
	}, labels, series)

	reading := i18n.Tf(l, i18n.CompareTimelineReading, countText(l, float64(tl.Dated)), first, last)
	if peakAt != "" {
		reading += " " + i18n.Tf(l, i18n.CompareTimelinePeak, bucket, lowerFirst(audience), peakAt, i18n.Auto(l, peak), peakOf)
	}
	if tl.Undated > 0 {
		reading += " " + i18n.Tf(l, i18n.CompareTimelineUndated, countText(l, float64(tl.Undated)))
	}
	if zero && charts.AudienceLog(series) {
		reading += " " + i18n.T(l, i18n.CompareTimelineLogGaps)
	}
	return read(opt, reading), true
}

// bucketLabel names a time bucket by its start: the day for days and weeks
// (weeks start on Monday), the month, or the year.
func bucketLabel(b metrics.Bucket, t time.Time) string {
	switch b {
	case metrics.BucketMonth:
		return t.Format("2006-01")
	case metrics.BucketYear:
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}

// bucketName names a time step in l.
func bucketName(l text.Lang, b metrics.Bucket) string {
	switch b {
	case metrics.BucketWeek:
		return i18n.T(l, i18n.CompareBucketWeek)
	case metrics.BucketMonth:
		return i18n.T(l, i18n.CompareBucketMonth)
	case metrics.BucketYear:
		return i18n.T(l, i18n.CompareBucketYear)
	}
	return i18n.T(l, i18n.CompareBucketDay)
}
