package metrics

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// summaryTable is a strategist's table of one row per channel:
//
//	Channel, Kind, Messages, Reach, Reactions, Comments, Shares, Cost
//	TF1, TV, 1, 5400000, , , , 85000
//	Facebook, Facebook, 42, 120000, 3100, 410, 220, 1500
//	LinkedIn, LinkedIn, 12, 38000, 900, 60, 45, 0
func summaryTable() Input {
	row := func(ch, kind string, n, reach, reactions, comments, shares, cost float64) Message {
		m := NewMessage(ch, kind)
		m.Count, m.Reach, m.Reactions, m.Comments, m.Shares, m.Cost = n, reach, reactions, comments, shares, cost
		return m
	}
	return Input{
		Messages: []Message{
			row("TF1", "TV", 1, 5_400_000, nan(), nan(), nan(), 85_000),
			row("Facebook", "Facebook", 42, 120_000, 3100, 410, 220, 1500),
			row("LinkedIn", "LinkedIn", 12, 38_000, 900, 60, 45, 0),
		},
		Present: FieldsOf(FieldKind, FieldMessageCount, FieldReach, FieldReactions, FieldComments, FieldShares, FieldCost),
	}
}

// TestSummaryTable checks the golden figures of a channel summary table:
// every per-message figure divides by the messages each row stands for.
func TestSummaryTable(t *testing.T) {
	rep := Compute(summaryTable(), Options{})
	tv, fb, li := channel(t, &rep, "TF1"), channel(t, &rep, "Facebook"), channel(t, &rep, "LinkedIn")
	if tv.Kind != KindMass || fb.Kind != KindSocial || li.Kind != KindSocial {
		t.Fatalf("kinds %q %q %q, want mass, social, social", tv.Kind, fb.Kind, li.Kind)
	}
	if tv.Messages != 1 || fb.Messages != 42 || fb.Rows != 1 || rep.Total.Messages != 55 || rep.Total.Rows != 3 {
		t.Errorf("messages %d %d (rows %d), total %d in %d rows", tv.Messages, fb.Messages, fb.Rows, rep.Total.Messages, rep.Total.Rows)
	}
	if fb.Known[FieldMessageCount] != 1 || rep.Total.Known[FieldMessageCount] != 3 {
		t.Errorf("rows with a count: %d, total %d", fb.Known[FieldMessageCount], rep.Total.Known[FieldMessageCount])
	}
	social := kindRow(t, &rep, KindSocial)
	runChecks(t, []check{
		{name: "Facebook reach per message", got: fb.ReachPerMessage, want: 120_000.0 / 42}, // 2,857.1
		{name: "Facebook median reach", got: fb.MedianReach, want: 120_000.0 / 42},
		{name: "Facebook peak reach", got: fb.PeakReach, want: 120_000.0 / 42},
		{name: "Facebook reach", got: fb.Reach, want: 120_000},
		{name: "Facebook interactions per message", got: fb.InteractionsPerMessage, want: 3730.0 / 42},
		{name: "Facebook conversation rate", got: fb.ConversationRate, want: 410.0 / 42},
		{name: "Facebook amplification rate", got: fb.AmplificationRate, want: 220.0 / 42},
		{name: "Facebook applause rate", got: fb.ApplauseRate, want: 3100.0 / 42},
		{name: "Facebook cost per message", got: fb.CostPerMessage, want: 1500.0 / 42},
		{name: "Facebook engagement rate (reach)", got: fb.EngagementRateReach, want: 3730.0 / 120_000 * 100},
		{name: "TF1 reach per message", got: tv.ReachPerMessage, want: 5_400_000},
		{name: "TF1 cost per message", got: tv.CostPerMessage, want: 85_000},
		{name: "LinkedIn reach per message", got: li.ReachPerMessage, want: 38_000.0 / 12},
		// 54 social posts: 42 of 2,857.1 and 12 of 3,166.7; the 27th and 28th are both 2,857.1.
		{name: "social median reach", got: social.MedianReach, want: 120_000.0 / 42},
		{name: "social reach per message", got: social.ReachPerMessage, want: 158_000.0 / 54},
		{name: "social peak reach", got: social.PeakReach, want: 38_000.0 / 12},
		{name: "total reach per message", got: rep.Total.ReachPerMessage, want: 5_558_000.0 / 55},
		// One TV spot reaches as many people as 1,890 typical posts.
		{name: "posts per TF1 spot", got: rep.Equivalences.Rows[0].Posts, want: 1890},
		{name: "rate TF1 would need", got: rep.Equivalences.Rows[0].RequiredRate, want: 4735.0 / 5_400_000 * 100},
	})
	if rep.Equivalences.SocialMessages != 54 {
		t.Errorf("social messages = %d, want 54", rep.Equivalences.SocialMessages)
	}
	if p := rep.Charts.Signature[1]; p.Messages != 42 || !near(p.AudiencePerMessage.V, 120_000.0/42) {
		t.Errorf("signature point %+v", p)
	}
	rows := rep.MessageRows(summaryTable(), 0, 3)
	if rows[1].Count != 42 || !near(rows[1].Interactions.V, 3730) || rows[0].Count != 1 {
		t.Errorf("message rows %+v", rows)
	}

	// Without the count column, each row is one message, as before.
	in := summaryTable()
	in.Present = in.Present &^ FieldsOf(FieldMessageCount)
	rep = Compute(in, Options{})
	if fb := channel(t, &rep, "Facebook"); fb.Messages != 1 || fb.ReachPerMessage.V != 120_000 {
		t.Errorf("without counts: %d messages, reach per message %v", fb.Messages, fb.ReachPerMessage)
	}
}

// TestSummaryKinds checks the medium kinds read from the kind cells'
// names, and their rules.
func TestSummaryKinds(t *testing.T) {
	rep := Compute(summaryTable(), Options{})
	want := []KindDecision{
		{Kind: KindMass, Rule: KindByMedium, Value: "TV", Medium: "tv"},
		{Kind: KindSocial, Rule: KindByMedium, Value: "Facebook", Medium: "facebook"},
		{Kind: KindSocial, Rule: KindByMedium, Value: "LinkedIn", Medium: "linkedin"},
	}
	if !reflect.DeepEqual(rep.KindDecisions, want) {
		t.Errorf("decisions = %+v", rep.KindDecisions)
	}
	if got := channel(t, &rep, "TF1").KindBy; got != want[0] {
		t.Errorf("TF1 kind decided by %+v", got)
	}
	if got := rep.KindDecisions[0].Explain(); got.EN != "The kind column says “TV”: television, a mass medium." ||
		got.FR != "La colonne de type indique « TV » : la télévision, un média de masse." {
		t.Errorf("explanation %+v", got)
	}
	// The user makes LinkedIn a paid medium.
	rep = Compute(summaryTable(), Options{KindOverrides: map[string]Kind{"linkedin": KindPaid}})
	if li := channel(t, &rep, "LinkedIn"); li.Kind != KindPaid || li.KindBy.Rule != KindByOverride {
		t.Errorf("override: %q by %+v", li.Kind, li.KindBy)
	}
	// Without a kind column, the channels' names decide.
	in := summaryTable()
	in.Present = in.Present &^ FieldsOf(FieldKind)
	in.Messages[0].Channel = "TF1 20h"
	rep = Compute(in, Options{})
	if tv := channel(t, &rep, "TF1 20h"); tv.Kind != KindMass || tv.KindBy.Rule != KindByChannel || tv.KindBy.Medium != "tv" {
		t.Errorf("TF1 20h: %q by %+v", tv.Kind, tv.KindBy)
	}
}

// TestResolveKind runs the rules on their own.
func TestResolveKind(t *testing.T) {
	tests := []struct {
		kind, channel, platform string
		overrides               map[string]Kind
		want                    Kind
		rule                    KindRule
		medium                  string
	}{
		{"mass", "Facebook", "", nil, KindMass, KindByValue, ""},
		{"Médias sociaux", "", "", nil, KindSocial, KindByValue, ""},
		{"TV", "", "", nil, KindMass, KindByMedium, "tv"},
		{"Télévision", "", "", nil, KindMass, KindByMedium, "tv"},
		{"télé", "", "", nil, KindMass, KindByMedium, "tv"},
		{"Radio", "", "", nil, KindMass, KindByMedium, "radio"},
		{"Presse écrite", "", "", nil, KindMass, KindByMedium, "press"},
		{"print", "", "", nil, KindMass, KindByMedium, "press"},
		{"Cinéma", "", "", nil, KindMass, KindByMedium, "cinema"},
		{"Affichage", "", "", nil, KindMass, KindByMedium, "outdoor"},
		{"OOH", "", "", nil, KindMass, KindByMedium, "outdoor"},
		{"Out-of-home", "", "", nil, KindMass, KindByMedium, "outdoor"},
		{"Facebook", "", "", nil, KindSocial, KindByMedium, "facebook"},
		{"Instagram", "", "", nil, KindSocial, KindByMedium, "instagram"},
		{"LinkedIn", "", "", nil, KindSocial, KindByMedium, "linkedin"},
		{"X", "", "", nil, KindSocial, KindByMedium, "x"},
		{"Twitter", "", "", nil, KindSocial, KindByMedium, "x"},
		{"X (ex-Twitter)", "", "", nil, KindSocial, KindByMedium, "x"},
		{"TikTok", "", "", nil, KindSocial, KindByMedium, "tiktok"},
		{"YouTube", "", "", nil, KindSocial, KindByMedium, "youtube"},
		{"Snapchat", "", "", nil, KindSocial, KindByMedium, "snapchat"},
		{"Pinterest", "", "", nil, KindSocial, KindByMedium, "pinterest"},
		{"Blogs", "", "", nil, KindSocial, KindByMedium, "blog"},
		{"Forums", "", "", nil, KindSocial, KindByMedium, "forum"},
		{"", "Page Facebook de la marque", "", nil, KindSocial, KindByChannel, "facebook"},
		{"", "TF1 20h", "", nil, KindMass, KindByChannel, "tv"},
		{"", "France Inter", "", nil, KindMass, KindByChannel, "radio"},
		{"", "Canal+", "", nil, KindMass, KindByChannel, "tv"},
		{"", "Le Monde", "", nil, KindMass, KindByChannel, "press"},
		{"", "Radio X", "", nil, KindMass, KindByChannel, "radio"},
		{"", "TF1 sur Instagram", "", nil, KindSocial, KindByChannel, "instagram"}, // an account on a network
		{"", "X Factor", "", nil, KindUnknown, KindByNone, ""},
		{"??", "Acme", "", nil, KindUnknown, KindByNone, ""},
		{"", "Acme", "meta-facebook", nil, KindSocial, KindByPlatform, "facebook"},
		{"", "Acme", "tv-audience", nil, KindMass, KindByPlatform, "tv"},
		{"", "Acme", "x-content", nil, KindSocial, KindByPlatform, "x"},
		{"", "Acme", "x-tweet-activity", nil, KindSocial, KindByPlatform, "x"},
		{"", "Acme", "linkedin-page", nil, KindSocial, KindByPlatform, "linkedin"},
		{"", "Acme", "youtube-studio", nil, KindSocial, KindByPlatform, "youtube"},
		{"", "Acme", "social", nil, KindSocial, KindByPlatform, ""},
		{"", "Acme", "generic", nil, KindUnknown, KindByNone, ""},
		{"", "Radio locale", "meta-facebook", nil, KindMass, KindByChannel, "radio"}, // the name before the platform
		{"TV", "Facebook", "", nil, KindMass, KindByMedium, "tv"},                    // the kind cell before the name
		{"TV", "", "", map[string]Kind{" tv ": KindPaid}, KindPaid, KindByOverride, ""},
		{"TV", "Acme", "", map[string]Kind{"ACME": "Owned medium"}, KindOwned, KindByOverride, ""},
		{"", "Acme", "", map[string]Kind{"acme": KindUnknown}, KindUnknown, KindByOverride, ""},
		{"TV", "", "", map[string]Kind{"tv": "bogus"}, KindMass, KindByMedium, "tv"}, // an override to no kind is ignored
	}
	for _, tt := range tests {
		d := ResolveKind(tt.kind, tt.channel, tt.platform, tt.overrides)
		if d.Kind != tt.want || d.Rule != tt.rule || d.Medium != tt.medium {
			t.Errorf("ResolveKind(%q, %q, %q, %v) = %+v, want %q by %q (%q)", tt.kind, tt.channel, tt.platform, tt.overrides, d, tt.want, tt.rule, tt.medium)
		}
		for _, s := range []string{d.Explain().FR, d.Explain().EN} {
			if s == "" || strings.Contains(s, "%!") {
				t.Errorf("%+v: explanation %q", d, s)
			}
		}
	}
	for id := range mediumWords {
		if _, ok := mediumNames[mediumWords[id].id]; !ok {
			t.Errorf("medium %q has no name", mediumWords[id].id)
		}
	}
}

// TestMessageCounts checks counts that are missing, zero or invalid.
func TestMessageCounts(t *testing.T) {
	present := FieldsOf(FieldMessageCount, FieldReach, FieldComments)
	msgs := []Message{
		mk("A", "", "", map[Field]float64{FieldMessageCount: nan(), FieldReach: 100, FieldComments: 4}), // one message
		mk("A", "", "", map[Field]float64{FieldMessageCount: 3, FieldReach: 600, FieldComments: 6}),
		mk("A", "", "", map[Field]float64{FieldMessageCount: -2, FieldReach: 50}),     // invalid: one message
		mk("A", "", "", map[Field]float64{FieldMessageCount: 2.5, FieldReach: 50}),    // invalid
		mk("A", "", "", map[Field]float64{FieldMessageCount: inf(), FieldReach: 50}),  // invalid
		mk("A", "", "", map[Field]float64{FieldMessageCount: 2e9, FieldReach: 50}),    // invalid: more than MaxMessageCount
		mk("B", "", "", map[Field]float64{FieldMessageCount: 0, FieldReach: 1000}),    // no message
		mk("C", "", "", map[Field]float64{FieldMessageCount: 0}),                      // no message, no reach
		mk("C", "", "", map[Field]float64{FieldMessageCount: 5, FieldComments: 10}),   // reach unknown
		mk("D", "", "", map[Field]float64{FieldMessageCount: 1e9, FieldReach: 2e9}),   // the largest count
		mk("E", "", "", map[Field]float64{FieldMessageCount: 4, FieldReach: nan()}),   // reach blank
		mk("E", "", "", map[Field]float64{FieldMessageCount: nan(), FieldReach: 300}), // one message
	}
	rep := Compute(Input{Messages: msgs, Present: present}, Options{})
	if rep.Invalid[FieldMessageCount] != 4 {
		t.Errorf("invalid counts = %d, want 4", rep.Invalid[FieldMessageCount])
	}
	a, b, c, d, e := channel(t, &rep, "A"), channel(t, &rep, "B"), channel(t, &rep, "C"), channel(t, &rep, "D"), channel(t, &rep, "E")
	if a.Messages != 8 || b.Messages != 0 || c.Messages != 5 || e.Messages != 5 || a.Known[FieldMessageCount] != 1 {
		t.Errorf("messages %d %d %d %d, known counts %d", a.Messages, b.Messages, c.Messages, e.Messages, a.Known[FieldMessageCount])
	}
	runChecks(t, []check{
		// A: 1 + 3 + 4 × 1 messages; reach 100 + 600 + 4 × 50.
		{name: "A reach per message", got: a.ReachPerMessage, want: 900.0 / 8},
		// A's messages: 100, 200, 200, 200, 50, 50, 50, 50: the 4th and 5th of 8 are 50 and 100.
		{name: "A median reach", got: a.MedianReach, want: 75},
		{name: "A peak reach", got: a.PeakReach, want: 200},
		{name: "A conversation rate", got: a.ConversationRate, want: 10.0 / 4},
		{name: "B reach", got: b.Reach, want: 1000},
		{name: "B reach per message", got: b.ReachPerMessage, why: NoMessages},
		{name: "B median reach", got: b.MedianReach, why: NoMessages},
		{name: "B peak reach", got: b.PeakReach, why: NoMessages},
		{name: "C reach per message", got: c.ReachPerMessage, why: NoReach},
		{name: "C conversation rate", got: c.ConversationRate, want: 2},
		{name: "D reach per message", got: d.ReachPerMessage, want: 2},
		{name: "E reach per message", got: e.ReachPerMessage, want: 300},
		{name: "E median reach", got: e.MedianReach, want: 300},
		{name: "total messages as a count", got: count(rep.Total.Messages), want: 8 + 0 + 5 + 1e9 + 5},
	})
}

// expand writes each message standing for w messages out as w messages
// with its measures divided by w (followers and audience share, which are
// not totals, kept), so that a summary table and its detail can be
// compared.
func expand(in Input) Input {
	out := Input{Present: in.Present &^ FieldsOf(FieldMessageCount)}
	for _, m := range in.Messages {
		w := 1
		if in.Present.Has(FieldMessageCount) && validCount(m.Count) {
			w = int(m.Count)
		}
		for range w {
			e := m
			e.Count = nan()
			for _, p := range []*float64{&e.Reach, &e.Impressions, &e.Reactions, &e.Comments, &e.Shares, &e.Clicks, &e.Saves, &e.Replies, &e.Cost} {
				*p /= float64(w)
			}
			out.Messages = append(out.Messages, e)
		}
	}
	return out
}

// TestSummaryEqualsDetail checks that a table of rows standing for several
// messages gives the per-message figures and medians of the same messages
// written out one by one, on random tables.
func TestSummaryEqualsDetail(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 2026))
	kinds := []string{"mass", "social", "TV", "Facebook", ""}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for trial := range 200 {
		in := Input{Present: allFields}
		for range 1 + r.IntN(12) {
			m := NewMessage(string(rune('A'+r.IntN(4))), kinds[r.IntN(len(kinds))])
			m.Count = float64(1 + r.IntN(9))
			m.Date = day.AddDate(0, 0, r.IntN(40))
			for _, p := range []*float64{&m.Reach, &m.Impressions, &m.Reactions, &m.Comments, &m.Shares, &m.Clicks, &m.Saves, &m.Replies, &m.Cost} {
				if r.IntN(6) > 0 {
					*p = float64(r.IntN(5000)) * m.Count
				}
			}
			if r.IntN(2) == 0 {
				m.Followers = float64(1000 + r.IntN(9000))
			}
			if r.IntN(2) == 0 {
				m.AudienceShare = float64(r.IntN(30))
			}
			in.Messages = append(in.Messages, m)
		}
		opts := Options{Universe: 1e6, ReferenceCPM: 5, AVEBasis: []AVEBasis{AVEByImpressions, AVEByMentions}[trial%2]}
		sum, detail := Compute(in, opts), Compute(expand(in), opts)
		rows := func(rep *Report) []*ChannelRow {
			out := []*ChannelRow{&rep.Total}
			for i := range rep.Channels {
				out = append(out, &rep.Channels[i])
			}
			for i := range rep.Kinds {
				out = append(out, &rep.Kinds[i])
			}
			return out
		}
		a, b := rows(&sum), rows(&detail)
		if len(a) != len(b) {
			t.Fatalf("trial %d: %d rows, %d in detail", trial, len(a), len(b))
		}
		for i := range a {
			if a[i].Messages != b[i].Messages {
				t.Fatalf("trial %d row %d: %d messages, %d in detail", trial, i, a[i].Messages, b[i].Messages)
			}
			for _, m := range All() {
				va, _ := a[i].Metric(m.ID)
				vb, _ := b[i].Metric(m.ID)
				if va.OK != vb.OK || va.OK && math.Abs(va.V-vb.V) > 1e-9*math.Max(1, math.Abs(vb.V)) {
					t.Fatalf("trial %d row %q/%q %s: %v, %v in detail", trial, a[i].Channel, a[i].Kind, m.ID, va, vb)
				}
			}
		}
		for i, e := range sum.Equivalences.Rows {
			f := detail.Equivalences.Rows[i]
			if e.Posts.OK != f.Posts.OK || e.Posts.OK && !near2(e.Posts.V, f.Posts.V) {
				t.Fatalf("trial %d: posts per mass message %v, %v in detail", trial, e.Posts, f.Posts)
			}
		}
		for ci, s := range sum.Charts.Timeline.Series {
			for bi, p := range s.Points {
				q := detail.Charts.Timeline.Series[ci].Points[bi]
				if p.Messages != q.Messages || p.Audience.OK != q.Audience.OK || p.Audience.OK && !near2(p.Audience.V, q.Audience.V) {
					t.Fatalf("trial %d: timeline point %+v, %+v in detail", trial, p, q)
				}
			}
		}
	}
}

// near2 reports whether a and b agree to 9 significant digits.
func near2(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// TestWeightedMedian compares the weighted median with the median of the
// values written out.
func TestWeightedMedian(t *testing.T) {
	if _, ok := weightedMedian(nil, nil); ok {
		t.Error("median of nothing")
	}
	if _, ok := weightedMedian([]float64{1, 2}, []float64{0, 0}); ok {
		t.Error("median of zero weights")
	}
	r := rand.New(rand.NewPCG(3, 5))
	for trial := range 2000 {
		n := 1 + r.IntN(40)
		xs, ws := make([]float64, n), make([]float64, n)
		var out []float64
		for i := range n {
			xs[i] = float64(r.IntN(20)) // many ties
			if trial%3 == 0 {
				xs[i] = float64(i) // sorted: the fallback to sorting
			}
			ws[i] = float64(r.IntN(5))
			for range int(ws[i]) {
				out = append(out, xs[i])
			}
		}
		got, ok := weightedMedian(xs, ws)
		want, wantOK := median(out)
		if ok != wantOK || ok && got != want {
			t.Fatalf("trial %d: weighted median %v %v, median of %v is %v %v", trial, got, ok, out, want, wantOK)
		}
	}
	// An adversarial order for the pivots still ends.
	n := 1 << 14
	xs, ws := make([]float64, n), make([]float64, n)
	for i := range xs {
		xs[i], ws[i] = float64(i%2*n+i), 1
	}
	if m, ok := weightedMedian(xs, ws); !ok || math.IsNaN(m) {
		t.Error("no median of a large input")
	}
}

// TestCatalogSaysCounts checks that the definitions of per-message
// figures and medians say how rows standing for several messages count.
func TestCatalogSaysCounts(t *testing.T) {
	for _, m := range []Metric{ReachPerMessage, ImpressionsPerMessage, InteractionsPerMessage, ConversationRate,
		AmplificationRate, ApplauseRate, CostPerMessage} {
		if !strings.HasSuffix(m.Formula.EN, countedEN) || !strings.HasSuffix(m.Formula.FR, countedFR) {
			t.Errorf("%s: formula %q does not say how summary rows count", m.ID, m.Formula.EN)
		}
	}
	for _, m := range []Metric{MedianReach, MedianImpressions} {
		if !strings.HasSuffix(m.Formula.EN, typicalEN) || !strings.HasSuffix(m.Formula.FR, typicalFR) {
			t.Errorf("%s: formula %q does not say how summary rows count", m.ID, m.Formula.EN)
		}
	}
	for _, m := range []Metric{Messages, ReachPerMessage, MedianReach, PeakReach, ImpressionsPerMessage, MedianImpressions,
		AudienceShare, InteractionsPerMessage, EngagementRateFollowers, ConversationRate, AmplificationRate, ApplauseRate,
		ConversationPerThousandFollowers, AmplificationPerThousandFollowers, ApplausePerThousandFollowers, CostPerMessage,
		ReachPercent, PostsPerMassMessage, RequiredMassEngagementRate} {
		has := false
		for _, f := range m.Inputs {
			has = has || f == FieldMessageCount
		}
		if !has {
			t.Errorf("%s does not list the count of messages among its inputs", m.ID)
		}
	}
}
