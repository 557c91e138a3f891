package metrics

// Options tune Compute. The zero value is ready to use: engagement rates by
// reach (or the first denominator the data has), audience measured by reach,
// no universe, no reference CPM, top 4 channels, automatic time buckets.
type Options struct {
	// Denominator divides interactions in the engagement rate shown in the
	// charts and readings. Every row carries all three rates anyway.
	// DenominatorAuto picks ByReach if the reach column is present, else
	// ByImpressions, else ByFollowers, else ByReach.
	Denominator Denominator

	// Audience is what "audience per message" counts in the signature chart,
	// the timeline, the equivalences and the dataset shares. BasisAuto picks
	// reach if the reach column is present, else impressions.
	Audience Basis

	// Universe is the number of people in the target population (for
	// example all French people aged 4 and over for TV). It enables reach %,
	// GRP and frequency. Zero, negative or non-finite means not given.
	Universe float64

	// ReferenceCPM is the cost per thousand contacts to value audience at
	// (advertising value equivalent). Zero, negative or non-finite means not
	// given, and AVE is not available.
	ReferenceCPM float64

	// AVEBasis says what ReferenceCPM prices: impressions (the default) or
	// mentions, where each message counts as one mention.
	AVEBasis AVEBasis

	// TopK is the number of largest channels whose share Concentration
	// sums. Zero or negative means 4 (the classic four-firm ratio).
	TopK int

	// Bucket is the time step of the timeline. BucketAuto picks it from the
	// date span (see Bucket).
	Bucket Bucket

	// Platform is the platform the data was recognised as: an id of
	// reachlab/app/data/platform ("meta-facebook", "tv-audience"), a
	// medium's name or a kind. It decides the medium kind of the rows whose
	// kind cell and channel name name none (see ResolveKind). "" and
	// "generic" decide nothing.
	Platform string

	// KindOverrides sets the medium kind of values, kind cells or channel
	// names as written (compared without case, accents or extra spaces),
	// over every other rule (see ResolveKind): the user's corrections to
	// Report.KindDecisions. nil means none.
	KindOverrides map[string]Kind
}

// Denominator is what the engagement rate divides interactions by.
type Denominator string

// The engagement rate denominators.
const (
	DenominatorAuto Denominator = ""            // ByReach, ByImpressions or ByFollowers, the first the data has
	ByReach         Denominator = "reach"       // interactions ÷ reach × 100, on messages where both are known
	ByImpressions   Denominator = "impressions" // interactions ÷ impressions × 100, on messages where both are known
	ByFollowers     Denominator = "followers"   // interactions per message ÷ followers × 100
)

// Metric returns the engagement rate metric that uses d; DenominatorAuto
// and unknown values give the rate by reach.
func (d Denominator) Metric() Metric {
	switch d {
	case ByImpressions:
		return EngagementRateImpressions
	case ByFollowers:
		return EngagementRateFollowers
	}
	return EngagementRateReach
}

// resolve returns d, or for DenominatorAuto the first denominator present.
func (d Denominator) resolve(present Fields) Denominator {
	switch d {
	case ByReach, ByImpressions, ByFollowers:
		return d
	}
	switch {
	case present.Has(FieldReach):
		return ByReach
	case present.Has(FieldImpressions):
		return ByImpressions
	case present.Has(FieldFollowers):
		return ByFollowers
	}
	return ByReach
}

// Basis is what counts as a message's audience: its reach or its
// impressions. The two are never mixed in one report.
type Basis string

// The audience bases.
const (
	BasisAuto        Basis = ""            // reach if the reach column is present, else impressions
	BasisReach       Basis = "reach"       // distinct people reached
	BasisImpressions Basis = "impressions" // times shown
)

// resolve returns b, or for BasisAuto the first basis present.
func (b Basis) resolve(present Fields) Basis {
	switch b {
	case BasisReach, BasisImpressions:
		return b
	}
	if !present.Has(FieldReach) && present.Has(FieldImpressions) {
		return BasisImpressions
	}
	return BasisReach
}

// Field returns the field b reads.
func (b Basis) Field() Field {
	if b == BasisImpressions {
		return FieldImpressions
	}
	return FieldReach
}

// AVEBasis is what a reference CPM prices.
type AVEBasis string

// The AVE bases.
const (
	AVEByImpressions AVEBasis = ""         // AVE = impressions ÷ 1 000 × CPM
	AVEByMentions    AVEBasis = "mentions" // AVE = mentions ÷ 1 000 × CPM, one message = one mention
)
