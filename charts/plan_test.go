package charts

import (
	"encoding/json"
	"math"
	"reachlab/app/view"
	"strings"
	"testing"
)

// decode parses an option's JSON into generic maps.
func decode(t *testing.T, o view.Chart) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(o.Option), &m); err != nil {
		t.Fatalf("option JSON: %v\n%s", err, o.Option)
	}
	return m
}

// first returns the first element of a JSON array, or the value itself
// when it is an object (go-echarts writes single axes either way).
func first(v any) map[string]any {
	if a, ok := v.([]any); ok {
		return a[0].(map[string]any)
	}
	return v.(map[string]any)
}

func TestPlanGantt(t *testing.T) {
	const day = 86_400_000
	bars := []GanttBar{
		{Label: "Train <b>moderators</b>", Start: 10 * day, End: 20 * day},
		{Label: "Charter", Start: 15 * day, End: 40 * day, Done: true},
	}
	o := PlanGantt(GanttTexts{Title: "Timeline", Today: "Today", Alt: "2 actions"}, bars, 30*day)
	m := decode(t, o)
	y := first(m["yAxis"])
	labels := y["data"].([]any)
	// Plan order top to bottom: ECharts draws the first category at the bottom.
	// A done action says so in its label, not by colour alone.
	if labels[0] != "✓ Charter" || labels[1] != "Train <b>moderators</b>" {
		t.Errorf("labels = %v", labels)
	}
	series := m["series"].([]any)
	// The offset bars stay invisible: no colour and no aria decal.
	if style := series[0].(map[string]any)["itemStyle"].(map[string]any); style["color"] != "transparent" || first(style["decal"])["symbol"] != "none" {
		t.Errorf("offset bars drawn with %v", style)
	}
	if series[0].(map[string]any)["silent"] != true {
		t.Error("the offset bars answer the mouse")
	}
	if tip := first(m["tooltip"]); tip["formatter"] != "{b}" {
		t.Errorf("tooltip %v, want the action's whole name", tip)
	}
	if legend := first(m["legend"]); legend["show"] != false {
		t.Errorf("legend %v; the offset series must not be listed", legend)
	}
	offsets := series[0].(map[string]any)["data"].([]any)
	spans := series[1].(map[string]any)["data"].([]any)
	if v := offsets[1].(map[string]any)["value"].(float64); v != 10*day {
		t.Errorf("first bar starts at %v, want %v", v, 10*day)
	}
	if v := spans[1].(map[string]any)["value"].(float64); v != 10*day {
		t.Errorf("first bar lasts %v, want %v", v, 10*day)
	}
	done := spans[0].(map[string]any)["itemStyle"].(map[string]any)["color"]
	if done != Green {
		t.Errorf("a done action is drawn %v, want green", done)
	}
	x := first(m["xAxis"])
	if x["min"].(float64) != 10*day || x["max"].(float64) != 40*day {
		t.Errorf("time axis %v–%v, want the actions' span", x["min"], x["max"])
	}
	if !strings.Contains(o.Option, `"xAxis":`+"2592000000") && !strings.Contains(o.Option, "2592000000") {
		t.Error("no line at today")
	}
	if o.Alt != "2 actions" || o.FileName != "reachlab-plan-timeline" {
		t.Errorf("alt %q, file %q", o.Alt, o.FileName)
	}
}

func TestPlanGanttTodayOutsideTheActions(t *testing.T) {
	o := PlanGantt(GanttTexts{Title: "T", Today: "Today"}, nil, 5)
	x := first(decode(t, o)["xAxis"])
	if x["min"].(float64) != 5 || x["max"].(float64) != 5 {
		t.Errorf("an empty timeline spans %v–%v, want today only", x["min"], x["max"])
	}
}

func TestBudgetBars(t *testing.T) {
	o := BudgetBars("Budget", "alt", "budget", []Amount{{"Phase 1", 3000}, {"Phase 2", 1000}})
	m := decode(t, o)
	labels := first(m["yAxis"])["data"].([]any)
	data := m["series"].([]any)[0].(map[string]any)["data"].([]any)
	if labels[1] != "Phase 1" || data[1].(map[string]any)["value"].(float64) != 3000 {
		t.Errorf("largest first from the top: labels %v, data %v", labels, data)
	}
}

func TestMaturityRadar(t *testing.T) {
	o := MaturityRadar("Maturity", "alt", []RadarAxis{{"People", 62.4}, {"Process", math.NaN()}})
	m := decode(t, o)
	values := m["series"].([]any)[0].(map[string]any)["data"].([]any)[0].(map[string]any)["value"].([]any)
	if values[0].(float64) != 62 || values[1] != "-" {
		t.Errorf("values = %v, want 62 and a gap for the dimension not assessed", values)
	}
	ind := m["radar"]
	if !strings.Contains(o.Option, `"max":100`) || ind == nil {
		t.Error("scores are not out of 100")
	}
}
