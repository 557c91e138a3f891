package cases

import (
	"strings"
	"testing"

	"reachlab/app/i18n"
)

func TestTVvsBrand(t *testing.T) {
	c := TVvsBrand()
	if len(c.Messages) != 49 || c.Messages[0].Reach != 5_200_000 || c.Messages[0].Kind != "mass" {
		t.Fatalf("case = %d messages, first %+v", len(c.Messages), c.Messages[0])
	}
	known := map[string]bool{}
	for _, s := range c.Sources {
		known[s.ID] = true
		for _, l := range i18n.Langs {
			if s.Text(l) == "" {
				t.Errorf("source %s has no %s label", s.ID, l)
			}
		}
	}
	for _, m := range c.Messages {
		if !known[m.Source] {
			t.Errorf("message %s cites unknown source %q", m.ID, m.Source)
		}
	}
}

func TestCSV(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(TVvsBrand().CSV())), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines, want header + 49", len(lines))
	}
	if lines[0] != "Post ID,Channel,Kind,Date,Reach,Reactions,Comments,Shares" {
		t.Errorf("header = %q", lines[0])
	}
	// The TV programme has no social counts: blank, not 0.
	if lines[1] != "tf1-20h,TF1 20h,mass,,5200000,,," {
		t.Errorf("TV row = %q", lines[1])
	}
	if lines[2] != "post-01,Brand page,social,2026-03-02,1460,41,3,10" {
		t.Errorf("first post = %q", lines[2])
	}
	if quote(`a "b", c`) != `"a ""b"", c"` {
		t.Error("quote does not escape")
	}
}
