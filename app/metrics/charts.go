package metrics

// Charts holds the series the charts draw, already computed: the chart
// builders only map them to axes and marks.
type Charts struct {
	Basis       Basis       // what audience counts: reach or impressions
	Denominator Denominator // what the engagement rates divide by

	// Signature is the mass-versus-social chart: one bubble per channel,
	// messages on x, audience per message on y, size by total interactions,
	// colour by kind. Mass media sit top left (few messages, huge audience),
	// social media bottom right. Channels whose audience is not available
	// are listed with a missing value; the chart leaves them out and says so.
	Signature []SignaturePoint

	// Engagement is the engagement rate (by Denominator) and the
	// interactions per message of each channel, for a bar chart.
	Engagement []EngagementBar

	// Timeline is audience and interactions over time per channel.
	Timeline Timeline
}

// SignaturePoint is one channel in the signature chart.
type SignaturePoint struct {
	Channel            string
	Kind               Kind
	Messages           int   // x
	AudiencePerMessage Value // y
	Interactions       Value // bubble size
}

// EngagementBar is one channel in the engagement chart.
type EngagementBar struct {
	Channel                string
	Kind                   Kind
	EngagementRate         Value // percent, by Charts.Denominator
	InteractionsPerMessage Value
}

// charts assembles the chart series from the channel rows.
func (rep *Report) charts(tl Timeline) Charts {
	c := Charts{Basis: rep.s.basis, Denominator: rep.s.denominator, Timeline: tl}
	c.Signature = make([]SignaturePoint, len(rep.Channels))
	c.Engagement = make([]EngagementBar, len(rep.Channels))
	for i := range rep.Channels {
		r := &rep.Channels[i]
		c.Signature[i] = SignaturePoint{
			Channel: r.Channel, Kind: r.Kind, Messages: r.Messages,
			AudiencePerMessage: r.AudiencePerMessage(rep.s.basis), Interactions: r.Interactions,
		}
		c.Engagement[i] = EngagementBar{
			Channel: r.Channel, Kind: r.Kind,
			EngagementRate: r.EngagementRate(rep.s.denominator), InteractionsPerMessage: r.InteractionsPerMessage,
		}
	}
	return c
}
