package longtail

import (
	"net/url"
	"slices"
	"testing"

	ltt "reachlab/app/analysis/longtail/longtailtest"
	"reachlab/app/data/roles"
)

const postsCSV = `post,channel,title,likes,views,reach
p1,Page A,Hello,3,100,80
p2,Page A,World,5,200,150
p3,Page B,Again,1,50,40
`

func TestDefaultColumn(t *testing.T) {
	cases := []struct {
		name  string
		roles map[string]roles.Role
		want  string
	}{
		{"reach first", map[string]roles.Role{"views": roles.Impressions, "reach": roles.Reach}, "reach"},
		{"else impressions", map[string]roles.Role{"views": roles.Impressions}, "views"},
		{"else the first numeric", nil, "likes"},
	}
	for _, c := range cases {
		if got := defaultColumn(ltt.ReadTable(t, postsCSV, c.roles)); got != c.want {
			t.Errorf("%s: default column %q, want %q", c.name, got, c.want)
		}
	}
	if got := defaultColumn(ltt.ReadTable(t, "name,city\nAnn,Paris\nBob,Lyon\n", nil)); got != "" {
		t.Errorf("a table without numbers: default column %q, want none", got)
	}
}

func TestChannelsAndRows(t *testing.T) {
	tb := ltt.ReadTable(t, postsCSV, map[string]roles.Role{"channel": roles.Channel})
	if got := channelNames(tb); !slices.Equal(got, []string{"Page A", "Page B"}) {
		t.Errorf("channels %v", got)
	}
	if got := selectedRows(tb, "Page B"); !slices.Equal(got, []int{2}) {
		t.Errorf("rows of Page B: %v", got)
	}
	if got := selectedRows(tb, ""); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("all rows: %v", got)
	}
	if got := channelNames(ltt.ReadTable(t, postsCSV, nil)); got != nil {
		t.Errorf("without a channel column: %v", got)
	}
}

func TestSettingsInTheURL(t *testing.T) {
	q, _ := url.ParseQuery("dataset=case%3Atv-vs-brand&column=Reach&channel=Brand+page&resamples=250")
	s := SettingsFrom(q)
	want := Settings{Dataset: "case:tv-vs-brand", Column: "Reach", Channel: "Brand page", Resamples: 250}
	if s != want {
		t.Errorf("settings %+v, want %+v", s, want)
	}
	if got := s.Link(); got != "/longtail?channel=Brand+page&column=Reach&dataset=case%3Atv-vs-brand&resamples=250" {
		t.Errorf("link %q", got)
	}
	// An unknown number of resamples falls back to the default, which the
	// URL leaves out.
	q, _ = url.ParseQuery("dataset=x&resamples=7")
	if s := SettingsFrom(q); s.Resamples != 1000 || s.Link() != "/longtail?dataset=x" {
		t.Errorf("settings %+v, link %q", s, s.Link())
	}
	if !s.SameData(Settings{Dataset: s.Dataset, Column: s.Column, Channel: s.Channel, Resamples: 100}) {
		t.Error("a change of resamples alone should keep the analysis")
	}
}
