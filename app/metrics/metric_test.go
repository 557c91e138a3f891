package metrics

import (
	"encoding/json"
	"reachlab/app/text"
	"strings"
	"testing"
)

func TestCatalogDefinitionsAreComplete(t *testing.T) {
	seen := map[string]bool{}
	units := map[Unit]bool{UnitCount: true, UnitPercent: true, UnitPerThousand: true, UnitCurrency: true, UnitRatio: true, UnitPoints: true}
	groups := map[Group]bool{GroupVolume: true, GroupEngagement: true, GroupCost: true, GroupBroadcast: true, GroupEquivalence: true, GroupValue: true}
	for _, m := range All() {
		if m.ID == "" || seen[m.ID] {
			t.Errorf("metric id %q is empty or repeated", m.ID)
		}
		seen[m.ID] = true
		for what, txt := range map[string]text.Text{"name": m.Name, "formula": m.Formula, "numerator": m.Numerator, "definition": m.Definition} {
			if strings.TrimSpace(txt.FR) == "" || strings.TrimSpace(txt.EN) == "" {
				t.Errorf("%s: %s lacks French or English: %+v", m.ID, what, txt)
			}
		}
		if !strings.HasSuffix(m.Definition.FR, ".") || !strings.HasSuffix(m.Definition.EN, ".") {
			t.Errorf("%s: definition is not a sentence: %+v", m.ID, m.Definition)
		}
		if (m.Denominator.FR == "") != (m.Denominator.EN == "") {
			t.Errorf("%s: denominator in one language only: %+v", m.ID, m.Denominator)
		}
		if strings.Contains(m.Formula.EN, "÷") && m.Denominator.EN == "" && m.ID != "hhi" {
			t.Errorf("%s: formula divides but no denominator is named", m.ID)
		}
		if !units[m.Unit] || !groups[m.Group] {
			t.Errorf("%s: unit %q or group %q unknown", m.ID, m.Unit, m.Group)
		}
		got, ok := ByID(m.ID)
		if !ok || got.ID != m.ID || got.Name != m.Name {
			t.Errorf("ByID(%q) = %+v, %v", m.ID, got, ok)
		}
	}
	if len(seen) != 42 {
		t.Errorf("catalog has %d metrics, want 42", len(seen))
	}
	if _, ok := ByID("likes"); ok {
		t.Error("ByID found an undeclared metric")
	}
}

func TestCatalogFlags(t *testing.T) {
	var vanity []string
	for _, m := range All() {
		if m.Vanity {
			vanity = append(vanity, m.ID)
		}
	}
	if got := strings.Join(vanity, ","); got != "followers,reactions,applause_rate,applause_per_1000_followers" {
		t.Errorf("vanity metrics = %s, want the likes and fans metrics", got)
	}
	for _, m := range []Metric{AVE, ImpliedCPM} {
		if !strings.Contains(m.Caveat.EN, "Barcelona Principles 3.0") || !strings.Contains(m.Caveat.FR, "Principes de Barcelone 3.0") {
			t.Errorf("%s lacks the Barcelona caveat", m.ID)
		}
	}
	if !strings.Contains(AVE.Definition.EN, "a translation for executives, not the value of communication") ||
		!strings.Contains(AVE.Definition.FR, "une traduction pour les dirigeants, pas la valeur de la communication") {
		t.Errorf("AVE definition does not say it is a translation: %+v", AVE.Definition)
	}
	tests := []struct {
		m    Metric
		unit Unit
		dir  Direction
		fr   string
		en   string
	}{
		{EngagementRateReach, UnitPercent, HigherIsBetter, "interactions ÷ portée × 100", "interactions ÷ reach × 100"},
		{CPM, UnitCurrency, LowerIsBetter, "coût ÷ impressions × 1\u00a0000", "cost ÷ impressions × 1,000"},
		{GRP, UnitPoints, HigherIsBetter, "impressions ÷ univers × 100", "impressions ÷ universe × 100"},
		{Frequency, UnitRatio, NoDirection, "GRP ÷ couverture", "GRP ÷ reach %"},
		{CommentsToReactions, UnitRatio, NoDirection, "commentaires ÷ réactions", "comments ÷ reactions"},
		{ResponseRate, UnitPercent, HigherIsBetter, "réponses de la marque ÷ commentaires × 100", "brand replies ÷ comments × 100"},
		{ConversationPerThousandFollowers, UnitPerThousand, HigherIsBetter, "commentaires par message ÷ abonnés × 1\u00a0000", "comments per message ÷ followers × 1,000"},
	}
	for _, tt := range tests {
		if tt.m.Unit != tt.unit || tt.m.Better != tt.dir || tt.m.Formula.FR != tt.fr || tt.m.Formula.EN != tt.en {
			t.Errorf("%s: %q %q %q / %q", tt.m.ID, tt.m.Unit, tt.m.Better, tt.m.Formula.FR, tt.m.Formula.EN)
		}
	}
}

func TestRowMetricByID(t *testing.T) {
	rep := Compute(mixedInput(), mixedOptions)
	page := channel(t, &rep, "Page")
	perRow := 0
	for _, m := range All() {
		v, ok := page.Metric(m.ID)
		if ok != m.PerRow() {
			t.Errorf("%s: Metric ok = %v, PerRow = %v", m.ID, ok, m.PerRow())
		}
		if ok {
			perRow++
			if !v.OK && v.Reason == ReasonNone {
				t.Errorf("%s: missing without a reason", m.ID)
			}
		}
	}
	if perRow != 36 {
		t.Errorf("%d per-row metrics, want 36", perRow)
	}
	runChecks(t, []check{
		{"engagement_rate_reach by id", mustMetric(t, page, "engagement_rate_reach"), 5.5, ""},
		{"messages by id", mustMetric(t, page, "messages"), 4, ""},
		{"cpm by id", mustMetric(t, page, "cpm"), 70.0 / 6000 * 1000, ""},
	})
	if _, ok := page.Metric("hhi"); ok {
		t.Error("hhi has a per-row value")
	}
}

func mustMetric(t *testing.T, r *ChannelRow, id string) Value {
	t.Helper()
	v, ok := r.Metric(id)
	if !ok {
		t.Fatalf("no metric %q", id)
	}
	return v
}

func TestDenominatorMetric(t *testing.T) {
	for d, want := range map[Denominator]string{
		DenominatorAuto: "engagement_rate_reach", ByReach: "engagement_rate_reach",
		ByImpressions: "engagement_rate_impressions", ByFollowers: "engagement_rate_followers",
	} {
		if got := d.Metric().ID; got != want {
			t.Errorf("%q.Metric() = %s, want %s", d, got, want)
		}
	}
}

func TestReasonsHaveTexts(t *testing.T) {
	for _, r := range Reasons() {
		txt := r.Text()
		if txt.FR == "" || txt.EN == "" {
			t.Errorf("reason %q lacks a French or English text", r)
		}
	}
	if got := NoCostColumn.Text().In(text.EN); got != "no cost column" {
		t.Errorf("no cost column reads %q", got)
	}
	if got := NoCostColumn.Text().In(text.FR); got != "pas de colonne de coût" {
		t.Errorf("no cost column reads %q in French", got)
	}
}

func TestMetricJSON(t *testing.T) {
	b, err := json.Marshal(EngagementRateReach)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"ID":"engagement_rate_reach"`,
		`"Formula":{"en":"interactions ÷ reach × 100","fr":"interactions ÷ portée × 100"}`,
		`"Unit":"percent"`, `"Better":"higher"`,
		`"Inputs":["reach","reactions","comments","shares","clicks","saves"]`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
	if FieldAudienceShare.String() != "share" {
		t.Errorf("FieldAudienceShare reads %q", FieldAudienceShare.String())
	}
}
