package plan

import (
	"errors"
	"math"
	"testing"
)

func TestKPIProgress(t *testing.T) {
	nan := math.NaN()
	jan1, jul1, dec31 := NewDate(2025, 1, 1), NewDate(2025, 7, 1), NewDate(2025, 12, 31)
	tests := []struct {
		name                    string
		baseline, target        float64
		baseDate, targetDate    Date
		current                 float64
		asOf                    Date
		fraction, distance, exp float64
		status                  ProgressStatus
		reason                  MissingReason
	}{
		{"increasing, no pace", 100, 300, Date{}, Date{}, 150, Date{}, 0.25, 150, nan, OnTrack, ""},
		{"increasing, worse than baseline", 100, 300, Date{}, Date{}, 90, Date{}, -0.05, 210, nan, Regressed, ""},
		{"increasing, worse than baseline with pace", 100, 300, jan1, dec31, 90, jul1, -0.05, 210, 181.0 / 364, Regressed, ""},
		{"increasing, back at the baseline", 100, 300, jan1, dec31, 100, jul1, 0, 200, 181.0 / 364, Behind, ""},
		{"increasing, achieved", 100, 300, Date{}, Date{}, 300, Date{}, 1, 0, nan, Achieved, ""},
		{"increasing, beyond", 100, 300, Date{}, Date{}, 350, Date{}, 1.25, -50, nan, Achieved, ""},
		// 2025-01-01 → 2025-07-01 is 181 days of 364: expected 181/364.
		{"increasing, ahead of pace", 100, 300, jan1, dec31, 250, jul1, 0.75, 50, 181.0 / 364, OnTrack, ""},
		{"increasing, behind pace", 100, 300, jan1, dec31, 180, jul1, 0.4, 120, 181.0 / 364, Behind, ""},
		{"past the target date", 100, 300, jan1, jul1, 299, dec31, 0.995, 1, 1, Behind, ""},
		{"before the baseline date", 100, 300, jul1, dec31, 100, jan1, 0, 200, 0, OnTrack, ""},
		{"decreasing (response time)", 24, 4, Date{}, Date{}, 14, Date{}, 0.5, 10, nan, OnTrack, ""},
		{"decreasing, achieved", 24, 4, Date{}, Date{}, 3, Date{}, 1.05, -1, nan, Achieved, ""},
		{"decreasing, worse", 24, 4, Date{}, Date{}, 30, Date{}, -0.3, 26, nan, Regressed, ""},
		{"decreasing with pace", 24, 4, jan1, dec31, 20, jul1, 0.2, 16, 181.0 / 364, Behind, ""},
		{"equal baseline and target, met", 5, 5, Date{}, Date{}, 5, Date{}, 1, 0, nan, Achieved, ""},
		{"equal baseline and target, missed", 5, 5, Date{}, Date{}, 6, Date{}, nan, nan, nan, NotAvailable, MissingDirection},
		{"missing current", 1, 2, Date{}, Date{}, nan, Date{}, nan, nan, nan, NotAvailable, MissingCurrent},
		{"infinite current", 1, 2, Date{}, Date{}, math.Inf(1), Date{}, nan, nan, nan, NotAvailable, MissingCurrent},
		{"missing baseline", nan, 2, Date{}, Date{}, 1, Date{}, nan, nan, nan, NotAvailable, MissingBaseline},
		{"missing target", 1, nan, Date{}, Date{}, 1, Date{}, nan, nan, nan, NotAvailable, MissingTarget},
		{"rounding lands on the target", 0.1, 0.3, Date{}, Date{}, 0.1 + 0.2, Date{}, 1, 0, nan, Achieved, ""},
		{"target date before baseline date: no pace", 100, 300, dec31, jan1, 150, jul1, 0.25, 150, nan, OnTrack, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := KPI{Baseline: tt.baseline, Target: tt.target, BaselineDate: tt.baseDate, TargetDate: tt.targetDate}
			p := k.Progress(tt.current, tt.asOf)
			if !sameFloat(p.Fraction, tt.fraction) || !sameFloat(p.Distance, tt.distance) || !sameFloat(p.Expected, tt.exp) {
				t.Errorf("fraction %v distance %v expected %v, want %v %v %v", p.Fraction, p.Distance, p.Expected, tt.fraction, tt.distance, tt.exp)
			}
			if p.Status != tt.status || p.Reason != tt.reason {
				t.Errorf("status %q (%q), want %q (%q)", p.Status, p.Reason, tt.status, tt.reason)
			}
		})
	}
}

func TestKPICurrent(t *testing.T) {
	errDown := errors.New("dataset not loaded")
	src := MetricSourceFunc(func(metric, dataset, column string) (float64, error) {
		switch {
		case metric == "engagement_rate" && dataset == "ds1" && column == "Likes":
			return 2.5, nil
		case metric == "reach_per_message":
			return math.NaN(), nil
		}
		return math.NaN(), errDown
	})
	history := []Point{{NewDate(2025, 3, 1), 7}, {NewDate(2025, 1, 1), 3}, {NewDate(2025, 2, 1), math.NaN()}}
	tests := []struct {
		name string
		kpi  KPI
		src  MetricSource
		want float64
		err  error
	}{
		{"manual value", KPI{MetricID: MetricManual, ManualCurrent: 4, History: history}, nil, 4, nil},
		{"latest history point", KPI{MetricID: "", ManualCurrent: math.NaN(), History: history}, nil, 7, nil},
		{"manual without value", KPI{MetricID: MetricManual, ManualCurrent: math.NaN()}, src, math.NaN(), ErrNoValue},
		{"metric from source", KPI{MetricID: "engagement_rate", DatasetID: "ds1", Column: "Likes", ManualCurrent: 9}, src, 2.5, nil},
		{"metric without source", KPI{MetricID: "engagement_rate"}, nil, math.NaN(), ErrNoSource},
		{"source error", KPI{MetricID: "conversation_rate"}, src, math.NaN(), errDown},
		{"source NaN", KPI{MetricID: "reach_per_message"}, src, math.NaN(), ErrNoValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.kpi.Current(tt.src)
			if !sameFloat(got, tt.want) || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
				t.Fatalf("Current = %v, %v; want %v, %v", got, err, tt.want, tt.err)
			}
		})
	}
}

func TestKPISparkline(t *testing.T) {
	k := KPI{History: []Point{{NewDate(2025, 3, 1), 7}, {NewDate(2025, 1, 1), 3}, {NewDate(2025, 2, 1), math.NaN()}, {NewDate(2025, 1, 1), 4}}}
	got := k.Sparkline()
	want := []Point{{NewDate(2025, 1, 1), 3}, {NewDate(2025, 1, 1), 4}, {NewDate(2025, 3, 1), 7}}
	if d := diff(got, want); d != "" {
		t.Fatalf("Sparkline = %v, want %v (%s)", got, want, d)
	}
	if k.History[0].Value != 7 {
		t.Error("Sparkline sorted History in place")
	}
}

func TestVanity(t *testing.T) {
	tests := []struct {
		metric string
		want   bool
	}{
		{"likes", true}, {"fans", true}, {"followers", true}, {"reactions", true},
		{"page_likes", true}, {"subscribers", true},
		{"engagement_rate", false}, {"conversation_rate", false}, {"reach_per_message", false},
		{MetricManual, false}, {"", false}, {"Likes", false},
	}
	for _, tt := range tests {
		k := NewKPI("k", tt.metric)
		if k.Vanity() != tt.want || IsVanityMetric(tt.metric) != tt.want {
			t.Errorf("%q: vanity %v, want %v", tt.metric, k.Vanity(), tt.want)
		}
	}
	list := VanityMetrics()
	list[0] = "changed"
	if !IsVanityMetric("likes") {
		t.Error("VanityMetrics returned the package's own slice")
	}
}

func TestNewKPIMissingNumbers(t *testing.T) {
	k := NewKPI("Délai", MetricManual)
	if !math.IsNaN(k.Baseline) || !math.IsNaN(k.Target) || !math.IsNaN(k.ManualCurrent) || !k.IsManual() || len(k.ID) != 36 {
		t.Fatalf("NewKPI = %+v", k)
	}
}
