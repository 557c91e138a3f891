package plan

import (
	"fmt"
	"math"
	"reachlab/app/text"
	"slices"
)

// MetricManual is the MetricID of a KPI whose values the user types in. An
// empty MetricID means the same.
const MetricManual = "manual"

// KPI is an indicator that measures an objective: a metric (by the metrics
// engine's id, e.g. "engagement_rate_reach", "conversation_rate",
// "reach_per_message") computed on a dataset, possibly on the rows a Filter
// keeps, or a manual value.
//
// Baseline, Target and ManualCurrent are NaN when not set. A KPI whose Target
// is below its Baseline is a decreasing KPI (e.g. response time in hours).
type KPI struct {
	ID   string
	Name string
	// MetricID names the metric in the metrics engine, or MetricManual.
	MetricID string
	// DatasetID and Column bind the KPI to data when set; the caller's
	// MetricSource interprets them.
	DatasetID string
	Column    string
	// Filter scopes the metric to part of the dataset (some channels, one
	// medium kind, a date range); the zero Filter computes over every row.
	// Manual KPIs keep it but do not use it.
	Filter Filter
	// Unit is shown after values: "%", "h", "messages".
	Unit         string
	Baseline     float64
	BaselineDate Date
	Target       float64
	TargetDate   Date
	// ManualCurrent is the current value typed by the user (manual KPIs).
	ManualCurrent float64
	// History holds dated values for a sparkline, in any order.
	History []Point
}

// Point is a dated KPI value.
type Point struct {
	Date  Date
	Value float64
}

// NewKPI returns a KPI with a fresh ID, the given metric (MetricManual for a
// typed-in value) and missing numbers.
func NewKPI(name, metricID string) KPI {
	return KPI{
		ID: newID(), Name: name, MetricID: metricID,
		Baseline: math.NaN(), Target: math.NaN(), ManualCurrent: math.NaN(),
	}
}

// IsManual reports whether the user types the KPI's values in.
func (k *KPI) IsManual() bool { return k.MetricID == "" || k.MetricID == MetricManual }

// MetricSource supplies the live value of a metric-bound KPI. The metrics
// engine (or the UI on its behalf) implements it; this package never computes
// metrics itself.
type MetricSource interface {
	// MetricValue returns the current value of metricID on the dataset
	// column, or an error saying why it is not available. NaN means
	// missing.
	MetricValue(metricID, datasetID, column string) (float64, error)
}

// MetricQuery is what a metric-bound KPI asks its source for: a metric of a
// dataset (or of one of its columns), over the rows Filter keeps.
type MetricQuery struct {
	MetricID  string
	DatasetID string
	Column    string
	Filter    Filter
}

// FilteredMetricSource is a MetricSource that computes a metric over the
// rows a KPI's Filter keeps (Filter.Keeps says which). KPI.Current asks it
// for every metric-bound KPI, filtered or not.
type FilteredMetricSource interface {
	MetricSource
	// FilteredMetricValue returns the value of q.MetricID over the rows of
	// q.DatasetID that q.Filter keeps, or an error saying why it is not
	// available (ErrNoRows when the filter keeps none). NaN means missing.
	FilteredMetricValue(q MetricQuery) (float64, error)
}

// MetricQueryFunc adapts a function to FilteredMetricSource.
type MetricQueryFunc func(q MetricQuery) (float64, error)

// FilteredMetricValue calls f.
func (f MetricQueryFunc) FilteredMetricValue(q MetricQuery) (float64, error) { return f(q) }

// MetricValue calls f with no filter.
func (f MetricQueryFunc) MetricValue(metricID, datasetID, column string) (float64, error) {
	return f(MetricQuery{MetricID: metricID, DatasetID: datasetID, Column: column})
}

// MetricSourceFunc adapts a function to MetricSource.
type MetricSourceFunc func(metricID, datasetID, column string) (float64, error)

// MetricValue calls f.
func (f MetricSourceFunc) MetricValue(metricID, datasetID, column string) (float64, error) {
	return f(metricID, datasetID, column)
}

// Current returns the KPI's current value.
//
// A manual KPI gives ManualCurrent, or when that is missing the value of its
// latest History point (ties: the last one in the list); with neither it
// returns NaN and ErrNoValue. A metric-bound KPI asks src: through
// FilteredMetricValue when src is a FilteredMetricSource, else through
// MetricValue when the KPI has no filter. It returns NaN and ErrNoSource when
// src is nil, NaN and ErrFilterUnsupported when the KPI has a filter and src
// cannot apply it (a value over every row would be judged against a target
// set for the scope), NaN and the source's error (wrapped with the KPI name)
// when the source fails, NaN and ErrNoValue when the source returns NaN or
// ±Inf.
func (k *KPI) Current(src MetricSource) (float64, error) {
	if k.IsManual() {
		if finite(k.ManualCurrent) {
			return k.ManualCurrent, nil
		}
		if h := k.Sparkline(); len(h) > 0 && finite(h[len(h)-1].Value) {
			return h[len(h)-1].Value, nil
		}
		return math.NaN(), fmt.Errorf("KPI %q: %w", k.Name, ErrNoValue)
	}
	if src == nil {
		return math.NaN(), fmt.Errorf("KPI %q: %w", k.Name, ErrNoSource)
	}
	var v float64
	var err error
	if fs, ok := src.(FilteredMetricSource); ok {
		v, err = fs.FilteredMetricValue(MetricQuery{MetricID: k.MetricID, DatasetID: k.DatasetID, Column: k.Column, Filter: k.Filter})
	} else if !k.Filter.IsZero() {
		return math.NaN(), fmt.Errorf("KPI %q: %w", k.Name, ErrFilterUnsupported)
	} else {
		v, err = src.MetricValue(k.MetricID, k.DatasetID, k.Column)
	}
	if err != nil {
		return math.NaN(), fmt.Errorf("KPI %q: %w", k.Name, err)
	}
	if !finite(v) {
		return math.NaN(), fmt.Errorf("KPI %q: %w", k.Name, ErrNoValue)
	}
	return v, nil
}

// Sparkline returns a copy of History sorted by date (stable: points of the
// same day keep their order), without points whose value is missing.
func (k *KPI) Sparkline() []Point {
	out := make([]Point, 0, len(k.History))
	for _, p := range k.History {
		if finite(p.Value) {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b Point) int { return a.Date.Compare(b.Date) })
	return out
}

// ProgressStatus says where a KPI stands against its target.
type ProgressStatus string

// Progress statuses.
const (
	OnTrack  ProgressStatus = "on_track"
	Behind   ProgressStatus = "behind"
	Achieved ProgressStatus = "achieved"
	// Regressed: the KPI moved away from its target, past its baseline
	// (Fraction < 0). "−110 %, behind" would suggest a matter of pace; the
	// KPI is worse than where it started.
	Regressed    ProgressStatus = "regressed"
	NotAvailable ProgressStatus = "not_available"
)

var progressStatusTexts = map[ProgressStatus]text.Text{
	OnTrack:      {FR: "en bonne voie", EN: "on track"},
	Behind:       {FR: "en retard", EN: "behind"},
	Achieved:     {FR: "atteint", EN: "achieved"},
	Regressed:    {FR: "en recul sur le point de départ", EN: "worse than the baseline"},
	NotAvailable: {FR: "non disponible", EN: "not available"},
}

// Text names the status in lang.
func (s ProgressStatus) Text(lang text.Lang) string { return progressStatusTexts[s].In(lang) }

// MissingReason says why a progress is NotAvailable.
type MissingReason string

// Reasons a KPI progress is not available.
const (
	MissingNone      MissingReason = ""
	MissingCurrent   MissingReason = "no_current"   // no current value
	MissingBaseline  MissingReason = "no_baseline"  // no baseline
	MissingTarget    MissingReason = "no_target"    // no target
	MissingDirection MissingReason = "no_direction" // target equals baseline and current differs
)

var missingReasonTexts = map[MissingReason]text.Text{
	MissingCurrent:   {FR: "pas de valeur actuelle", EN: "no current value"},
	MissingBaseline:  {FR: "pas de point de départ", EN: "no baseline"},
	MissingTarget:    {FR: "pas de cible", EN: "no target"},
	MissingDirection: {FR: "cible égale au point de départ : sens de progrès inconnu", EN: "target equals baseline: direction of progress unknown"},
}

// Text explains the reason in lang ("" for MissingNone).
func (r MissingReason) Text(lang text.Lang) string { return missingReasonTexts[r].In(lang) }

// KPIProgress is a KPI's position between its baseline and its target.
type KPIProgress struct {
	// Fraction = (current − Baseline) / (Target − Baseline): 0 at the
	// baseline, 1 at the target, above 1 beyond it, below 0 when the KPI
	// moved the wrong way. The same formula serves decreasing KPIs (both
	// differences are negative). NaN when not available.
	Fraction float64
	// Distance is what is left to reach the target, in the KPI's unit and
	// in the direction of progress: (Target − current) × sign(Target −
	// Baseline). Positive: still to go; 0: on target; negative: beyond.
	// NaN when not available.
	Distance float64
	// Expected is the Fraction a straight-line pace would have reached at
	// the asOf date: days from BaselineDate to asOf over days from
	// BaselineDate to TargetDate, clamped to 0…1. NaN when a date is
	// missing or TargetDate is not after BaselineDate.
	Expected float64
	Status   ProgressStatus
	// Reason is set when Status is NotAvailable.
	Reason MissingReason
}

// achievedTolerance absorbs rounding when current lands on the target.
const achievedTolerance = 1e-9

// Progress places current (e.g. from Current) between Baseline and Target at
// the date asOf (usually today; the zero Date skips the pace comparison).
//
// Status is:
//   - NotAvailable when current, Baseline or Target is NaN or ±Inf, or when
//     Target == Baseline and current differs (no direction to judge by);
//   - Achieved when Fraction ≥ 1 (within 1e-9), or Target == Baseline ==
//     current (then Fraction is 1 and Distance 0);
//   - Regressed when Fraction < 0: current is on the wrong side of the
//     baseline, whatever the pace;
//   - with a pace (Expected known): OnTrack when Fraction ≥ Expected, Behind
//     otherwise (so a KPI not achieved by its TargetDate is Behind);
//   - without a pace: OnTrack.
//
// Baseline and Target must be measured on the same scope as current: for a
// filtered KPI, over the rows its Filter keeps (Current does so).
func (k *KPI) Progress(current float64, asOf Date) KPIProgress {
	p := KPIProgress{Fraction: math.NaN(), Distance: math.NaN(), Expected: math.NaN(), Status: NotAvailable}
	switch {
	case !finite(current):
		p.Reason = MissingCurrent
		return p
	case !finite(k.Baseline):
		p.Reason = MissingBaseline
		return p
	case !finite(k.Target):
		p.Reason = MissingTarget
		return p
	}
	span := k.Target - k.Baseline
	if span == 0 {
		if current == k.Target {
			p.Fraction, p.Distance, p.Status = 1, 0, Achieved
		} else {
			p.Reason = MissingDirection
		}
		return p
	}
	p.Fraction = (current - k.Baseline) / span
	p.Distance = k.Target - current
	if span < 0 {
		p.Distance = -p.Distance
	}
	if !asOf.IsZero() && !k.BaselineDate.IsZero() && k.TargetDate.After(k.BaselineDate) {
		e := float64(DaysBetween(k.BaselineDate, asOf)) / float64(DaysBetween(k.BaselineDate, k.TargetDate))
		p.Expected = math.Min(1, math.Max(0, e))
	}
	switch {
	case p.Fraction >= 1-achievedTolerance:
		p.Status = Achieved
	case p.Fraction < 0:
		p.Status = Regressed
	case math.IsNaN(p.Expected) || p.Fraction >= p.Expected:
		p.Status = OnTrack
	default:
		p.Status = Behind
	}
	return p
}
