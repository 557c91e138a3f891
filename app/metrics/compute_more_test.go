package metrics

import (
	"math"
	"testing"
	"time"
)

func TestComputeMixedEquivalencesAndReadings(t *testing.T) {
	rep := Compute(mixedInput(), mixedOptions)
	e := rep.Equivalences
	if e.Reason != ReasonNone || len(e.Rows) != 1 || e.Rows[0].Channel != "TV" || e.SocialMessages != 5 {
		t.Fatalf("equivalences = %+v, want one row for TV over 5 social messages", e)
	}
	runChecks(t, []check{
		{"median social audience", e.MedianSocialAudience, 1500, ""},
		{"social interactions", e.SocialInteractions, 245, ""},
		{"TV audience per message", e.Rows[0].AudiencePerMessage, 400_000, ""},
		{"posts per TV spot", e.Rows[0].Posts, 400_000.0 / 1500, ""},            // 266.67
		{"required TV rate", e.Rows[0].RequiredRate, 245.0 / 400_000 * 100, ""}, // 0.06125 %
	})
	want := []Reading{
		{Code: OneMassMessageEqualsPosts, Channel: "TV", Basis: BasisReach, Audience: 400_000, MedianAudience: 1500, Ratio: 400_000.0 / 1500, Posts: 267},
		{Code: MassMessageRateToMatchSocial, Channel: "TV", Basis: BasisReach, Audience: 400_000, Interactions: 245, Rate: 0.06125},
		// Reach shares: TV 800 000 of 806 000 = 99.26 %, Page 0.74 %, Forum 0 %.
		// HHI = 99.2556² + 0.7444² = 9851.67 + 0.55 = 9852.2; effective channels 10 000 ÷ 9852.2 = 1.015.
		{Code: AudienceConcentrated, Channel: "TV", Channels: 3, HHI: (800_000.0*800_000 + 6000*6000) / (806_000.0 * 806_000) * 10_000,
			EffectiveChannels: 806_000.0 * 806_000 / (800_000.0*800_000 + 6000*6000), TopK: 4, TopShare: 100},
		// Page: replies known on 2 posts with 8 + 20 comments, 4 + 0 answered.
		{Code: CommentsUnanswered, Channel: "Page", Comments: 28, Replies: 4, Unanswered: 24, Rate: 4.0 / 28 * 100},
	}
	assertReadings(t, rep.Readings, want)
}

// assertReadings compares readings field by field, floats to 12 digits.
func assertReadings(t *testing.T, got, want []Reading) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d readings %+v, want %d %+v", len(got), got, len(want), want)
	}
	for i := range want {
		g, w := got[i], want[i]
		floats := [][2]float64{
			{g.Audience, w.Audience}, {g.MedianAudience, w.MedianAudience}, {g.Posts, w.Posts}, {g.Ratio, w.Ratio},
			{g.Interactions, w.Interactions}, {g.Rate, w.Rate}, {g.Comments, w.Comments}, {g.Reactions, w.Reactions},
			{g.Replies, w.Replies}, {g.Unanswered, w.Unanswered}, {g.HHI, w.HHI}, {g.EffectiveChannels, w.EffectiveChannels},
			{g.TopShare, w.TopShare},
		}
		ok := g.Code == w.Code && g.Channel == w.Channel && g.Basis == w.Basis && g.Channels == w.Channels && g.TopK == w.TopK
		for _, f := range floats {
			ok = ok && near(f[0], f[1])
		}
		if !ok {
			t.Errorf("reading %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func TestComputeMissingColumns(t *testing.T) {
	// The same messages without cost, followers and replies columns: their
	// values are ignored (not read as zero) and every figure that needs them
	// says which column is missing.
	in := mixedInput()
	in.Present = allFields &^ FieldsOf(FieldCost, FieldFollowers, FieldReplies)
	rep := Compute(in, Options{})
	page := channel(t, &rep, "Page")
	runChecks(t, []check{
		{"cost", page.Cost, 0, NoCostColumn},
		{"CPM", page.CPM, 0, NoCostColumn},
		{"cost per engagement", page.CostPerEngagement, 0, NoCostColumn},
		{"cost per message", page.CostPerMessage, 0, NoCostColumn},
		{"followers", page.Followers, 0, NoFollowersColumn},
		{"engagement rate by followers", page.EngagementRateFollowers, 0, NoFollowersColumn},
		{"applause per 1000 followers", page.ApplausePerThousandFollowers, 0, NoFollowersColumn},
		{"response rate", page.ResponseRate, 0, NoRepliesColumn},
		{"replies", page.Replies, 0, NoRepliesColumn},
		{"reach % without universe", page.ReachPercent, 0, NoUniverse},
		{"GRP without universe", page.GRP, 0, NoUniverse},
		{"frequency without universe", page.Frequency, 0, NoUniverse},
		{"AVE without reference CPM", page.AVE, 0, NoReferenceCPM},
		{"total cost", rep.Total.Cost, 0, NoCostColumn},
		{"engagement rate by reach still there", page.EngagementRateReach, 5.5, ""},
	})
	for _, r := range rep.Readings {
		if r.Code == CommentsUnanswered {
			t.Errorf("got reading %+v without a replies column", r)
		}
	}

	// No interaction column at all.
	in.Present = FieldsOf(FieldReach, FieldKind)
	rep = Compute(in, Options{})
	runChecks(t, []check{
		{"interactions", rep.Total.Interactions, 0, NoInteractionColumns},
		{"engagement rate", rep.Total.EngagementRateReach, 0, NoInteractionColumns},
		{"required mass rate", rep.Equivalences.Rows[0].RequiredRate, 0, NoInteractionColumns},
		{"impressions", rep.Total.Impressions, 0, NoImpressionsColumn},
		{"reach", rep.Total.Reach, 806_000, ""},
	})
}

func TestComputeIgnoresValuesOfAbsentColumns(t *testing.T) {
	m := mk("A", "social", "", map[Field]float64{FieldReach: 100, FieldCost: 7})
	rep := Compute(Input{Messages: []Message{m}, Present: FieldsOf(FieldReach)}, Options{})
	runChecks(t, []check{
		{"reach", rep.Total.Reach, 100, ""},
		{"cost set but column absent", rep.Total.Cost, 0, NoCostColumn},
	})
	if rep.Channels[0].Kind != KindUnknown {
		t.Errorf("kind = %q without a kind column, want unknown", rep.Channels[0].Kind)
	}
}

func TestComputeInvalidValues(t *testing.T) {
	// Negative and infinite cells are treated as missing and counted; so is a
	// date in year 12 000.
	msgs := []Message{
		mk("A", "social", "", map[Field]float64{FieldReach: -5, FieldReactions: 10}),
		mk("A", "social", "", map[Field]float64{FieldReach: math.Inf(1), FieldReactions: 2}),
		mk("A", "social", "2024-01-02", map[Field]float64{FieldReach: 40, FieldReactions: math.Inf(-1)}),
	}
	msgs[1].Date = time.Date(12_000, 1, 1, 0, 0, 0, 0, time.UTC)
	rep := Compute(Input{Messages: msgs, Present: allFields}, Options{})
	if rep.Invalid[FieldReach] != 2 || rep.Invalid[FieldReactions] != 1 || rep.Invalid[FieldDate] != 1 {
		t.Errorf("invalid reach/reactions/date = %d/%d/%d, want 2/1/1", rep.Invalid[FieldReach], rep.Invalid[FieldReactions], rep.Invalid[FieldDate])
	}
	runChecks(t, []check{
		{"reach", rep.Total.Reach, 40, ""},
		{"reactions", rep.Total.Reactions, 12, ""},
		{"engagement rate by reach", rep.Total.EngagementRateReach, 0, NoOverlap}, // reach only on the post without reactions
	})
	if rep.Charts.Timeline.Dated != 1 || rep.Charts.Timeline.Undated != 2 {
		t.Errorf("timeline dated/undated = %d/%d, want 1/2", rep.Charts.Timeline.Dated, rep.Charts.Timeline.Undated)
	}
}

func TestComputeOverflowIsNotFinite(t *testing.T) {
	big := math.MaxFloat64
	msgs := []Message{
		mk("A", "social", "", map[Field]float64{FieldReach: big, FieldReactions: big}),
		mk("A", "social", "", map[Field]float64{FieldReach: big, FieldReactions: big}),
	}
	rep := Compute(Input{Messages: msgs, Present: allFields}, Options{})
	runChecks(t, []check{
		{"reach sum overflows", rep.Total.Reach, 0, NotFinite},
		{"engagement rate ∞ ÷ ∞", rep.Total.EngagementRateReach, 0, NotFinite},
		{"median of two huge values", rep.Total.MedianReach, big, ""}, // max + (max − max) ÷ 2, no overflow
		{"peak reach", rep.Total.PeakReach, big, ""},
	})
}

func TestChannelKindIsMajority(t *testing.T) {
	msgs := []Message{
		mk("A", "mass", "", nil), mk("A", "MASS MEDIA", "", nil), mk("A", "social", "", nil), mk("A", "", "", nil), mk("A", "??", "", nil),
		mk("B", "social", "", nil), mk("B", "mass", "", nil), // tie: mass is listed first
		mk("C", "", "", nil), mk("C", "podcast", "", nil), // names no medium ResolveKind knows
		mk("D", "owned", "", nil),
	}
	rep := Compute(Input{Messages: msgs, Present: FieldsOf(FieldKind)}, Options{})
	tests := []struct {
		channel string
		kind    Kind
		mixed   bool
	}{
		{"A", KindMass, true},
		{"B", KindMass, true},
		{"C", KindUnknown, false},
		{"D", KindOwned, false},
	}
	for _, tt := range tests {
		r := channel(t, &rep, tt.channel)
		if r.Kind != tt.kind || r.KindMixed != tt.mixed {
			t.Errorf("channel %s: kind %q mixed %v, want %q %v", tt.channel, r.Kind, r.KindMixed, tt.kind, tt.mixed)
		}
	}
	var kinds []Kind
	for _, k := range rep.Kinds {
		kinds = append(kinds, k.Kind)
	}
	if len(kinds) != 3 || kinds[0] != KindMass || kinds[1] != KindOwned || kinds[2] != KindUnknown {
		t.Errorf("kind rows = %q, want mass, owned, unknown", kinds)
	}
}

func TestComputeResolvesAutomaticOptions(t *testing.T) {
	tests := []struct {
		name    string
		present Fields
		opts    Options
		denom   Denominator
		basis   Basis
		topK    int
	}{
		{"reach present", FieldsOf(FieldReach, FieldImpressions, FieldFollowers), Options{}, ByReach, BasisReach, 4},
		{"impressions only", FieldsOf(FieldImpressions, FieldFollowers), Options{}, ByImpressions, BasisImpressions, 4},
		{"followers only", FieldsOf(FieldFollowers), Options{TopK: -1}, ByFollowers, BasisReach, 4},
		{"nothing", 0, Options{}, ByReach, BasisReach, 4},
		{"chosen", FieldsOf(FieldReach), Options{Denominator: ByFollowers, Audience: BasisImpressions, TopK: 2}, ByFollowers, BasisImpressions, 2},
	}
	for _, tt := range tests {
		rep := Compute(Input{Present: tt.present}, tt.opts)
		if rep.Options.Denominator != tt.denom || rep.Options.Audience != tt.basis || rep.Options.TopK != tt.topK {
			t.Errorf("%s: resolved %q %q %d, want %q %q %d", tt.name, rep.Options.Denominator, rep.Options.Audience, rep.Options.TopK, tt.denom, tt.basis, tt.topK)
		}
		if rep.Charts.Denominator != tt.denom || rep.Charts.Basis != tt.basis {
			t.Errorf("%s: charts say %q %q, want %q %q", tt.name, rep.Charts.Denominator, rep.Charts.Basis, tt.denom, tt.basis)
		}
	}
}

func TestComputeEmptyInput(t *testing.T) {
	rep := Compute(Input{Present: allFields}, mixedOptions)
	if len(rep.Channels) != 0 || len(rep.Kinds) != 0 || rep.Total.Messages != 0 {
		t.Fatalf("empty input gave %d channels, %d kinds, %d messages", len(rep.Channels), len(rep.Kinds), rep.Total.Messages)
	}
	runChecks(t, []check{
		{"messages", count(rep.Total.Messages), 0, ""},
		{"reach", rep.Total.Reach, 0, NoMessages},
		{"engagement rate", rep.Total.EngagementRateReach, 0, NoMessages},
		{"followers", rep.Total.Followers, 0, NoMessages},
		{"AVE", rep.Total.AVE, 0, NoMessages},
		{"HHI", rep.Concentration.HHI, 0, NoMessages},
		{"median social audience", rep.Equivalences.MedianSocialAudience, 0, NoSocialMedium},
	})
	if rep.Equivalences.Reason != NoMassMedium || rep.Charts.Timeline.Reason != NoDates || len(rep.Readings) != 0 {
		t.Errorf("equivalences %q, timeline %q, %d readings; want no_mass_medium, no_dates, none",
			rep.Equivalences.Reason, rep.Charts.Timeline.Reason, len(rep.Readings))
	}
}
