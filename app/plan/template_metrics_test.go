package plan_test

import (
	"errors"
	"fmt"
	"math"
	"testing"
	"time"

	"reachlab/app/cases"
	"reachlab/app/metrics"
	"reachlab/app/plan"
	"reachlab/app/text"
)

// caseSource is a FilteredMetricSource over the built-in cases, computed as
// the plan page computes a KPI: metrics.Compute over the rows, then the
// "all channels" row (rep.Total.Metric). Rows are kept with Filter.Keeps.
type caseSource struct{}

func (caseSource) MetricValue(metricID, datasetID, column string) (float64, error) {
	return caseSource{}.FilteredMetricValue(plan.MetricQuery{MetricID: metricID, DatasetID: datasetID, Column: column})
}

func (caseSource) FilteredMetricValue(q plan.MetricQuery) (float64, error) {
	if q.DatasetID == "" {
		return math.NaN(), plan.ErrNoDataset
	}
	c, ok := cases.ByID(q.DatasetID)
	if !ok {
		return math.NaN(), fmt.Errorf("%w: %q", plan.ErrDatasetMissing, q.DatasetID)
	}
	var in metrics.Input
	for _, m := range c.Messages {
		day, _ := plan.ParseDate(m.Date)
		if !q.Filter.Keeps(m.Channel, string(metrics.ParseKind(m.Kind)), day) {
			continue
		}
		msg := metrics.NewMessage(m.Channel, m.Kind)
		msg.ID = m.ID
		if !day.IsZero() {
			msg.Date = day.Time()
		}
		msg.Reach, msg.Impressions, msg.Followers = m.Reach, m.Impressions, m.Followers
		msg.Reactions, msg.Comments, msg.Shares, msg.Replies = m.Reactions, m.Comments, m.Shares, m.Replies
		msg.AudienceShare = m.Share
		in.Messages = append(in.Messages, msg)
	}
	if len(in.Messages) == 0 {
		return math.NaN(), plan.ErrNoRows
	}
	in.Present = metrics.InferFields(in.Messages)
	rep := metrics.Compute(in, metrics.Options{})
	v, ok := rep.Total.Metric(q.MetricID)
	if !ok {
		return math.NaN(), fmt.Errorf("%w: %q", plan.ErrUnknownMetric, q.MetricID)
	}
	if !v.OK {
		return math.NaN(), fmt.Errorf("%w: %s", plan.ErrNoValue, v.Reason.Text().In("en"))
	}
	return v.V, nil
}

// templateKPIs lists every KPI of every template, in both languages.
func templateKPIs() map[string]plan.KPI {
	out := map[string]plan.KPI{}
	now := time.Date(2025, 1, 6, 9, 0, 0, 0, time.UTC)
	for _, tpl := range plan.Templates() {
		for _, lang := range []text.Lang{text.FR, text.EN} {
			p := plan.NewFromTemplate(tpl.ID, lang, now)
			for i, ph := range p.Phases {
				for j, o := range ph.Objectives {
					for k, kpi := range o.KPIs {
						out[fmt.Sprintf("%s/%s/phases[%d].objectives[%d].kpis[%d]", tpl.ID, lang, i, j, k)] = kpi
					}
				}
			}
		}
	}
	return out
}

// TestTemplateKPIMetricsExist: every template KPI that reads a metric names
// a metric of the catalog that has a value for a whole dataset (the
// "all channels" row the plan page reads), and its unit agrees with the
// metric's. Issue 15: the three-phases template named "engagement_rate",
// which does not exist, and gave a conversation rate (comments per
// message) in percent.
func TestTemplateKPIMetricsExist(t *testing.T) {
	n := 0
	for path, k := range templateKPIs() {
		if k.IsManual() {
			continue
		}
		n++
		m, ok := metrics.ByID(k.MetricID)
		switch {
		case !ok:
			t.Errorf("%s %q: metric %q is not in the catalog", path, k.Name, k.MetricID)
			continue
		case !m.PerRow():
			t.Errorf("%s %q: metric %q has no value for a whole dataset", path, k.Name, k.MetricID)
		}
		if (m.Unit == metrics.UnitPercent) != (k.Unit == "%") {
			t.Errorf("%s %q: unit %q, the metric's is %s", path, k.Name, k.Unit, m.Unit)
		}
	}
	if n == 0 {
		t.Fatal("no template KPI reads a metric")
	}
}

// TestTemplateKPIsResolveOnACase: every template KPI that reads a metric
// gets a value from the built-in case of a brand page's posts, through the
// same path as the plan page.
func TestTemplateKPIsResolveOnACase(t *testing.T) {
	const dataset = "fan-page-engagement" // posts with reach, reactions, comments, shares, followers
	for path, k := range templateKPIs() {
		if k.IsManual() {
			continue
		}
		k.DatasetID = dataset
		v, err := k.Current(caseSource{})
		if err != nil || v <= 0 {
			t.Errorf("%s %q (%s) on %s: %v, %v", path, k.Name, k.MetricID, dataset, v, err)
		}
	}
}

// TestScopedKPIOnACase computes a KPI over the rows its filter keeps: the
// reach per message of the TV-versus-brand case is the TV news's 5.2
// million diluted over 49 messages; scoped to social media it is the
// brand page's own.
func TestScopedKPIOnACase(t *testing.T) {
	k := plan.NewKPI("Reach per post", "reach_per_message")
	k.DatasetID = "tv-vs-brand"
	all, err := k.Current(caseSource{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		filter plan.Filter
		check  func(v float64) bool
		err    error
	}{
		{"social media", plan.Filter{Kind: "social"}, func(v float64) bool { return v > 1000 && v < all/10 }, nil},
		{"the brand page", plan.Filter{}.WithChannels("Brand page"), func(v float64) bool { return v > 1000 && v < all/10 }, nil},
		{"mass media", plan.Filter{Kind: "mass"}, func(v float64) bool { return v == 5_200_000 }, nil},
		{"a channel the data lacks", plan.Filter{}.WithChannels("Instagram"), nil, plan.ErrNoRows},
		// The TV news is undated: a date range keeps only posts.
		{"a date range", plan.Filter{From: plan.NewDate(2026, 3, 1), To: plan.NewDate(2026, 3, 31)}, func(v float64) bool { return v > 1000 && v < all/10 }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k.Filter = tt.filter
			v, err := k.Current(caseSource{})
			if tt.err != nil {
				if err == nil || !errors.Is(err, tt.err) {
					t.Fatalf("Current = %v, %v; want %v", v, err, tt.err)
				}
				return
			}
			if err != nil || !tt.check(v) {
				t.Errorf("Current = %v, %v (over all rows %v)", v, err, all)
			}
		})
	}
}
