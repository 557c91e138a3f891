package charts

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s changed; run go test ./charts -update if that is intended\ngot:\n%s", name, got)
	}
}

func indent(t *testing.T, raw string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		t.Fatalf("option is not JSON: %v", err)
	}
	b, _ := json.MarshalIndent(v, "", "  ")
	return string(b) + "\n"
}

func TestReachPerMessage(t *testing.T) {
	o := ReachPerMessage(ReachTexts{
		Title: "One TV message against posts",
		YAxis: "People reached per message",
		Kinds: []KindName{{"mass", "TV"}, {"social", "Posts"}},
		Alt:   "A TV message reaching 5,200,000 people, then 2 posts.",
	}, []MessageReach{
		{"TF1 20h", 5_200_000, "mass"},
		{"post-01", 3000, "social"},
		{"post-02", 0, "social"}, // cannot sit on a log axis: left blank
	})
	golden(t, "reach_per_message.json", indent(t, o.Option))

	var opt struct {
		XAxis []struct {
			Data []string `json:"data"`
		} `json:"xAxis"`
		YAxis []struct {
			Type string `json:"type"`
		} `json:"yAxis"`
		Series []struct {
			Data []struct {
				Value any `json:"value"`
			} `json:"data"`
			ItemStyle struct {
				Color string `json:"color"`
			} `json:"itemStyle"`
		} `json:"series"`
		Aria struct {
			Enabled bool `json:"enabled"`
			Decal   struct {
				Show bool `json:"show"`
			} `json:"decal"`
		} `json:"aria"`
	}
	if err := json.Unmarshal([]byte(o.Option), &opt); err != nil {
		t.Fatal(err)
	}
	// Validate() must have filled the category axis (go-echarts leaves it
	// empty otherwise).
	if len(opt.XAxis) != 1 || len(opt.XAxis[0].Data) != 3 {
		t.Errorf("x axis categories = %+v, want the three messages", opt.XAxis)
	}
	if opt.YAxis[0].Type != "log" {
		t.Errorf("y axis type = %q, want log", opt.YAxis[0].Type)
	}
	if len(opt.Series) != 2 || opt.Series[0].ItemStyle.Color != Orange || opt.Series[1].ItemStyle.Color != Blue {
		t.Errorf("series colours = %+v, want mass orange then social blue", opt.Series)
	}
	if v := opt.Series[1].Data[2].Value; v != "-" {
		t.Errorf("a zero reach is drawn as %v, want a gap", v)
	}
	if !opt.Aria.Enabled || !opt.Aria.Decal.Show {
		t.Error("aria and decals must be on: charts must not rely on colour alone")
	}
	if strings.Contains(o.Option, "function") || strings.Contains(o.Option, "=>") {
		t.Error("an option carries JavaScript; use a named formatter")
	}
	if o.Alt == "" || o.FileName == "" {
		t.Error("an option needs a text alternative and a file name")
	}
}

func TestTextIsNotMarkup(t *testing.T) {
	o := ReachPerMessage(ReachTexts{Title: `<img src=x onerror=alert(1)>`, Kinds: []KindName{{"social", "<b>posts</b>"}}},
		[]MessageReach{{"<script>alert(1)</script>", 10, "social"}})
	if strings.Contains(o.Option, "<script>") || strings.Contains(o.Option, "<img") {
		t.Errorf("user text reaches the option unescaped: %s", o.Option)
	}
}

func TestKindColor(t *testing.T) {
	seen := map[string]string{}
	for _, k := range []string{"mass", "social", "owned", "earned", "paid"} {
		c := KindColor(k)
		if prev, ok := seen[c]; ok {
			t.Errorf("%s and %s share colour %s", k, prev, c)
		}
		seen[c] = k
	}
}
