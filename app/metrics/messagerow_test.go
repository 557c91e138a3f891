package metrics

import "testing"

func TestMessageRows(t *testing.T) {
	in := mixedInput()
	rep := Compute(in, mixedOptions)
	rows := rep.MessageRows(in, 0, len(in.Messages))
	if len(rows) != 7 {
		t.Fatalf("got %d rows, want 7", len(rows))
	}
	p1, p3, forum := rows[1], rows[3], rows[6]
	if p1.Index != 1 || p1.Channel != "Page" || p1.Kind != KindSocial || p1.Date.IsZero() || !p3.Date.IsZero() {
		t.Errorf("row 1 = %+v", p1)
	}
	if want := FieldsOf(FieldReactions, FieldComments, FieldShares, FieldClicks); p1.InteractionParts != want {
		t.Errorf("row 1 parts = %v", p1.InteractionParts.List())
	}
	runChecks(t, []check{
		// Post 1: reach 1000, impressions 1500, 40 + 8 + 2 + 10 = 60 interactions, 4 replies to 8 comments.
		{"post 1 audience", p1.Audience, 1000, ""},
		{"post 1 interactions", p1.Interactions, 60, ""},
		{"post 1 followers (own cell)", p1.Followers, 2000, ""},
		{"post 1 engagement rate", p1.EngagementRate, 6, ""},              // 60 ÷ 1000 × 100
		{"post 1 comments to reactions", p1.CommentsToReactions, 0.2, ""}, // 8 ÷ 40
		{"post 1 response rate", p1.ResponseRate, 50, ""},                 // 4 ÷ 8 × 100
		{"post 1 CPM", p1.CPM, 0, NoCost},
		{"post 1 reach %", p1.ReachPercent, 0.1, ""}, // 1000 ÷ 1 000 000 × 100
		{"post 1 GRP", p1.GRP, 0.15, ""},             // 1500 ÷ 1 000 000 × 100
		{"post 1 frequency", p1.Frequency, 1.5, ""},  // 1500 ÷ 1000
		{"post 1 AVE", p1.AVE, 7.5, ""},              // 1500 ÷ 1000 × 5
		// Post 3: no reach, no followers cell (the channel's 1900 is used).
		{"post 3 audience", p3.Audience, 0, NoReach},
		{"post 3 engagement rate", p3.EngagementRate, 0, NoReach},
		{"post 3 followers (channel)", p3.Followers, 1900, ""},
		{"post 3 CPM", p3.CPM, 10, ""},                              // 20 ÷ 2000 × 1000
		{"post 3 cost per engagement", p3.CostPerEngagement, 1, ""}, // 20 ÷ 20
		// Forum: reach 0.
		{"forum engagement rate", forum.EngagementRate, 0, ZeroDenominator},
		{"TV spot 1 frequency", rows[0].Frequency, 1, ""},
		{"TV spot 1 engagement", rows[0].EngagementRate, 0, NoInteractions},
	})

	byFollowers := Compute(in, Options{Denominator: ByFollowers})
	rows = byFollowers.MessageRows(in, 3, 4)
	runChecks(t, []check{
		{"post 3 engagement by followers", rows[0].EngagementRate, 20.0 / 1900 * 100, ""}, // 20 ÷ 1900 × 100 = 1.05 %
	})
	rows = byFollowers.MessageRows(in, 6, 7)
	runChecks(t, []check{
		{"forum engagement by followers", rows[0].EngagementRate, 0, NoFollowers},
	})
}

func TestMessageRowsRange(t *testing.T) {
	in := mixedInput()
	rep := Compute(in, Options{})
	tests := []struct {
		lo, hi, n, first int
	}{
		{-5, 2, 2, 0},
		{5, 100, 2, 5},
		{3, 3, 0, 0},
		{4, 2, 0, 0},
	}
	for _, tt := range tests {
		rows := rep.MessageRows(in, tt.lo, tt.hi)
		if len(rows) != tt.n || (tt.n > 0 && rows[0].Index != tt.first) {
			t.Errorf("MessageRows(%d, %d) gave %d rows, want %d from %d", tt.lo, tt.hi, len(rows), tt.n, tt.first)
		}
	}
}
