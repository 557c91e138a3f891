package planpage

import (
	"context"
	"math"
	"strings"
	"testing"

	"reachlab/app/data/load"
	"reachlab/app/store"
	"reachlab/app/ui/workspace"
)

func TestDataSourceGivesKPIsTheirValues(t *testing.T) {
	ctx := context.Background()
	w := workspace.New(store.NewMemory(), workspace.BuiltInCases()...)
	m, _, err := w.Add(ctx, load.Source{Name: "mentions.csv", Bytes: []byte("Day,Mentions,Note\n2026-01-01,120,a\n2026-01-02,,b\n2026-01-03,80,c\n")}, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := newDataSource(ctx, w, "en")

	// 49 messages reach 5,200,000 + 178,940 people.
	v, err := src.MetricValue("reach_per_message", "case:tv-vs-brand", "")
	if err != nil || math.Abs(v-5_378_940.0/49) > 1e-6 {
		t.Errorf("reach per message = %v, %v; want %v", v, err, 5_378_940.0/49)
	}
	// A blank cell is missing, not 0.
	if v, err := src.MetricValue(columnTotal, m.ID, "Mentions"); err != nil || v != 200 {
		t.Errorf("column total = %v, %v; want 200", v, err)
	}

	for _, c := range []struct{ metric, dataset, column, want string }{
		{"reach_per_message", "", "", "no dataset"},
		{columnTotal, m.ID, "Note", "not numeric"},
		{columnTotal, m.ID, "Views", "no column"},
		{"cpm", "case:tv-vs-brand", "", "cost"},
		{"no_such_metric", "case:tv-vs-brand", "", "not a metric"},
		{"reach", "no-such-dataset", "", ""},
	} {
		v, err := src.MetricValue(c.metric, c.dataset, c.column)
		if err == nil || !math.IsNaN(v) || !strings.Contains(strings.ToLower(err.Error()), c.want) {
			t.Errorf("MetricValue(%q, %q, %q) = %v, %v; want NaN and an error about %q", c.metric, c.dataset, c.column, v, err, c.want)
		}
	}
}

func TestKnownTemplate(t *testing.T) {
	if !knownTemplate("three_phases") || knownTemplate("nope") || knownTemplate("") {
		t.Error("knownTemplate does not match the plan templates")
	}
}
