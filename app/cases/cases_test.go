package cases

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"reachlab/app/data"
	"reachlab/app/data/load"
	"reachlab/app/data/roles"
	"reachlab/app/text"
)

func TestTVvsBrand(t *testing.T) {
	c := TVvsBrand()
	if len(c.Messages) != 49 || c.Messages[0].Reach != 5_200_000 || c.Messages[0].Kind != "mass" {
		t.Fatalf("case = %d messages, first %+v", len(c.Messages), c.Messages[0])
	}
}

// TestAll checks what every case owes its readers: both languages, unique
// ids, and a known source for every row.
func TestAll(t *testing.T) {
	all := All()
	if len(all) != 6 || all[0].ID != "tv-vs-brand" {
		t.Fatalf("All = %d cases, first %q", len(all), all[0].ID)
	}
	urlSafe := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	ids := map[string]bool{}
	for _, c := range all {
		if !urlSafe.MatchString(c.ID) || ids[c.ID] {
			t.Errorf("case id %q is not URL-safe or not unique", c.ID)
		}
		ids[c.ID] = true
		if got, ok := ByID(c.ID); !ok || got.ID != c.ID {
			t.Errorf("ByID(%q) = %q, %v", c.ID, got.ID, ok)
		}
		for _, l := range text.Langs {
			if c.Title.In(l) == "" || c.Question.In(l) == "" {
				t.Errorf("case %s has no %s title or question", c.ID, l)
			}
		}
		known := map[string]bool{}
		for _, s := range c.Sources {
			known[s.ID] = true
			for _, l := range text.Langs {
				if s.Text(l) == "" {
					t.Errorf("source %s has no %s label", s.ID, l)
				}
			}
		}
		messages := map[string]bool{}
		for _, m := range c.Messages {
			if !known[m.Source] {
				t.Errorf("%s: message %s cites unknown source %q", c.ID, m.ID, m.Source)
			}
			if m.ID == "" || messages[m.ID] {
				t.Errorf("%s: message id %q is empty or repeated", c.ID, m.ID)
			}
			messages[m.ID] = true
		}
	}
	if _, ok := ByID("no-such-case"); ok {
		t.Error("ByID found a case that does not exist")
	}
}

func TestCSV(t *testing.T) {
	b := TVvsBrand().CSV()
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
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
	// Other code and saved workspaces rely on these exact bytes.
	if sum := fmt.Sprintf("%x", sha256.Sum256(b)); sum != "46c3a01aec0adb147fdee63dbfba3824af9c20d8f2c5d66c2e0dd3ab4039af76" {
		t.Errorf("the TV-versus-brand CSV changed: sha256 %s", sum)
	}
	if quote(`a "b", c`) != `"a ""b"", c"` {
		t.Error("quote does not escape")
	}
}

// The header of each case's CSV, as the data page shows it.
var wantHeaders = map[string]string{
	"tv-vs-brand":         "Post ID,Channel,Kind,Date,Reach,Reactions,Comments,Shares",
	"fan-page-engagement": "Post ID,Channel,Kind,Date,Reach,Followers,Reactions,Comments,Shares",
	"linkedin-sponsored":  "Post ID,Channel,Kind,Date,Reactions,Comments,Brand replies",
	"viral-video":         "Post ID,Channel,Kind,Views",
	"dtt-fragmentation":   "Post ID,Channel,Kind,Period,Audience share (%)",
	"kodak-mentions":      "Post ID,Channel,Kind,Period,Impressions (mentions)",
}

// The role each header must get from the role detector, and the count each
// numeric column holds.
var (
	wantRoles = map[string]roles.Role{
		"Post ID": roles.Message, "Channel": roles.Channel, "Kind": roles.Kind,
		"Period": roles.Date, "Date": roles.Date,
		"Reach": roles.Reach, "Views": roles.Impressions, "Impressions (mentions)": roles.Impressions,
		"Followers": roles.Followers, "Reactions": roles.Reactions, "Comments": roles.Comments,
		"Shares": roles.Shares, "Brand replies": roles.Replies, "Audience share (%)": roles.Share,
	}
	counts = map[string]func(Message) float64{
		"Reach":                  func(m Message) float64 { return m.Reach },
		"Views":                  func(m Message) float64 { return m.Impressions },
		"Impressions (mentions)": func(m Message) float64 { return m.Mentions },
		"Followers":              func(m Message) float64 { return m.Followers },
		"Reactions":              func(m Message) float64 { return m.Reactions },
		"Comments":               func(m Message) float64 { return m.Comments },
		"Shares":                 func(m Message) float64 { return m.Shares },
		"Brand replies":          func(m Message) float64 { return m.Replies },
		"Audience share (%)":     func(m Message) float64 { return m.Share },
	}
)

// wantType is the type the reader must give a column: numbers for counts,
// dates for ISO dates, text otherwise. Periods are years (numbers) for the
// DTT case and months ("2010-01", text) for Kodak's.
func wantType(caseID, header string) data.Type {
	switch {
	case counts[header] != nil, header == "Period" && caseID == "dtt-fragmentation":
		return data.Number
	case header == "Date":
		return data.Date
	}
	return data.Text
}

// TestCasesLoad reads every case's CSV as the data page does and checks
// that each column gets its role and type by itself, and that every cell
// reads back, missing counts as missing rather than 0.
func TestCasesLoad(t *testing.T) {
	for _, c := range All() {
		b := c.CSV()
		if header, _, _ := strings.Cut(string(b), "\n"); header != wantHeaders[c.ID] {
			t.Errorf("%s: header %q, want %q", c.ID, header, wantHeaders[c.ID])
		}
		tbl, _, err := load.Read(context.Background(), load.Source{Name: c.Title.In(text.EN), Kind: load.CSV, Bytes: b}, load.Options{Locale: "en"})
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		if tbl.Len() != len(c.Messages) || len(tbl.Issues) != 0 {
			t.Fatalf("%s: %d rows for %d messages, issues %v", c.ID, tbl.Len(), len(c.Messages), tbl.Issues)
		}
		cells := map[string]func(Message) string{}
		for _, col := range columns {
			cells[col.header] = col.cell
		}
		for _, col := range tbl.Columns() {
			name := col.Name()
			if col.Role() != wantRoles[name] || col.Type() != wantType(c.ID, name) {
				t.Errorf("%s: column %q is %s with role %q, want %s with role %q",
					c.ID, name, col.Type(), col.Role(), wantType(c.ID, name), wantRoles[name])
			}
			for i, m := range c.Messages {
				if count := counts[name]; count != nil {
					v := count(m)
					if math.IsNaN(v) != col.Missing(i) || !math.IsNaN(v) && col.Float(i) != v {
						t.Errorf("%s: %s of %s reads %q (missing %v), want %v", c.ID, name, m.ID, col.Cell(i), col.Missing(i), v)
					}
					continue
				}
				if want := cells[name](m); col.Cell(i) != want || col.Missing(i) != (want == "") {
					t.Errorf("%s: %s of %s reads %q, want %q", c.ID, name, m.ID, col.Cell(i), want)
				}
			}
		}
	}
}

func TestLinkedInSponsored(t *testing.T) {
	post := LinkedInSponsored().Messages[0]
	if post.Reactions != 39 || post.Comments != 22 || post.Replies != 0 || !math.IsNaN(post.Reach) || post.Date != "" {
		t.Errorf("sponsored post = %+v; want 39 likes, 22 comments, 0 replies, reach and date unknown", post)
	}
}

func TestFanPageEngagement(t *testing.T) {
	c := FanPageEngagement()
	interactions := 0.0
	for _, m := range c.Messages {
		interactions += m.Reactions + m.Comments + m.Shares
	}
	followers := c.Messages[len(c.Messages)-1].Followers // the latest count, as the engine takes it
	// Engagement rate by followers: interactions per post ÷ followers × 100.
	if rate := interactions / float64(len(c.Messages)) / followers * 100; math.Abs(rate-0.002) > 1e-9 {
		t.Errorf("engagement rate by followers = %v %%, want 0.002 %%", rate)
	}
}

func TestViralVideo(t *testing.T) {
	c := ViralVideo()
	if len(c.Messages) != pageVideos+1 || c.Messages[0].Impressions != 6_000_000 {
		t.Fatalf("%d videos, first %+v", len(c.Messages), c.Messages[0])
	}
	for i, m := range c.Messages[1:] {
		if m.Impressions < videoMinViews || i > 0 && m.Impressions > c.Messages[i].Impressions {
			t.Errorf("%s: %v views, not a decreasing tail from %d up", m.ID, m.Impressions, videoMinViews)
		}
	}
	if first := c.Messages[1].Impressions; first != 44024 {
		t.Errorf("the page's most viewed video has %v views, want 44,024 (the formula changed?)", first)
	}
}

func TestKodakMentions(t *testing.T) {
	total := 0.0
	for _, m := range KodakMentions().Messages {
		total += m.Mentions
	}
	if total != 12*KodakMonthlyMentions {
		t.Errorf("a year of mentions = %v, want 12 × %d", total, KodakMonthlyMentions)
	}
}

func TestDTTFragmentation(t *testing.T) {
	dtt := map[string]float64{}
	channels := map[string]int{}
	var periods []string
	for _, m := range DTTFragmentation().Messages {
		if len(periods) == 0 || periods[len(periods)-1] != m.Period {
			periods = append(periods, m.Period) // rows come period by period
		}
		if strings.HasPrefix(m.Channel, "DTT ") {
			dtt[m.Period] += m.Share
			channels[m.Period]++
		}
	}
	last := periods[len(periods)-1]
	if math.Abs(dtt[last]-25) > 1e-9 || channels[last] != 19 {
		t.Errorf("%s: %d DTT channels share %v %%, want 19 sharing 25 %%", last, channels[last], dtt[last])
	}
	for i := 1; i < len(periods); i++ {
		if dtt[periods[i]] <= dtt[periods[i-1]] || periods[i] <= periods[i-1] {
			t.Errorf("DTT share does not grow from %s to %s", periods[i-1], periods[i])
		}
	}
}
