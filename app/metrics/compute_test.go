package metrics

import (
	"slices"
	"testing"
)

// mixedInput is a small dataset with every column, computed by hand below:
//
//	TV (mass)      2 spots with reach, impressions, audience share and cost, no interactions, no followers
//	Page (social)  4 posts with gaps: some cells of every column are blank
//	Forum (social) 1 undated post with zero reach and zero reactions, no followers
func mixedInput() Input {
	return Input{Present: allFields, Messages: []Message{
		mk("TV", "mass", "2024-03-04", map[Field]float64{FieldReach: 300_000, FieldImpressions: 300_000, FieldAudienceShare: 20, FieldCost: 10_000}),
		mk("Page", "social", "2024-03-01", map[Field]float64{FieldReach: 1000, FieldImpressions: 1500, FieldFollowers: 2000, FieldReactions: 40, FieldComments: 8, FieldShares: 2, FieldClicks: 10, FieldReplies: 4}),
		mk("Page", "social", "2024-03-05", map[Field]float64{FieldReach: 3000, FieldImpressions: 4000, FieldFollowers: 2100, FieldReactions: 100, FieldComments: 20, FieldShares: 10, FieldClicks: 30, FieldReplies: 0, FieldCost: 50}),
		mk("Page", "social", "", map[Field]float64{FieldImpressions: 2000, FieldReactions: 20, FieldShares: 0, FieldCost: 20}),
		mk("TV", "mass", "2024-03-11", map[Field]float64{FieldReach: 500_000, FieldImpressions: 500_000, FieldAudienceShare: 30, FieldCost: 14_000}),
		mk("Page", "social", "2024-03-09", map[Field]float64{FieldReach: 2000, FieldFollowers: 1900}),
		mk("Forum", "Réseaux sociaux", "", map[Field]float64{FieldReach: 0, FieldImpressions: 0, FieldReactions: 0, FieldComments: 5}),
	}}
}

// mixedOptions values audience against a universe of one million people and
// prices contacts at a reference CPM of 5.
var mixedOptions = Options{Universe: 1_000_000, ReferenceCPM: 5}

func TestComputeMixedChannels(t *testing.T) {
	rep := Compute(mixedInput(), mixedOptions)
	if got := len(rep.Channels); got != 3 {
		t.Fatalf("got %d channels, want 3", got)
	}
	if got := []string{rep.Channels[0].Channel, rep.Channels[1].Channel, rep.Channels[2].Channel}; !slices.Equal(got, []string{"TV", "Page", "Forum"}) {
		t.Errorf("channel order = %v, want order of first appearance", got)
	}
	tv, page, forum := channel(t, &rep, "TV"), channel(t, &rep, "Page"), channel(t, &rep, "Forum")
	if tv.Kind != KindMass || page.Kind != KindSocial || forum.Kind != KindSocial {
		t.Errorf("kinds = %q %q %q, want mass social social (\"Réseaux sociaux\" reads as social)", tv.Kind, page.Kind, forum.Kind)
	}
	if want := FieldsOf(FieldReactions, FieldComments, FieldShares, FieldClicks); page.InteractionParts != want {
		t.Errorf("Page interaction parts = %v, want reactions+comments+shares+clicks (saves column present but blank)", page.InteractionParts.List())
	}
	if page.Known[FieldReach] != 3 || page.Known[FieldDate] != 3 || page.Known[FieldKind] != 4 {
		t.Errorf("Page known reach/date/kind = %d/%d/%d, want 3/3/4", page.Known[FieldReach], page.Known[FieldDate], page.Known[FieldKind])
	}

	runChecks(t, []check{
		// Page, volume. Reach known on 3 posts: 1000 + 3000 + 2000 = 6000.
		{"Page messages", count(page.Messages), 4, ""},
		{"Page reach", page.Reach, 6000, ""},
		{"Page reach per message", page.ReachPerMessage, 2000, ""},             // 6000 ÷ 3
		{"Page median reach", page.MedianReach, 2000, ""},                      // {1000, 2000, 3000}
		{"Page peak reach", page.PeakReach, 3000, ""},                          //
		{"Page impressions", page.Impressions, 7500, ""},                       // 1500 + 4000 + 2000
		{"Page impressions per message", page.ImpressionsPerMessage, 2500, ""}, // 7500 ÷ 3
		{"Page median impressions", page.MedianImpressions, 2000, ""},          // {1500, 2000, 4000}
		// Followers at the latest date (1900 on 03-09), not the largest (2100).
		{"Page followers", page.Followers, 1900, ""},
		{"Page audience share", page.AudienceShare, 0, NoShare},
		{"Page dataset share", page.DatasetShare, 6000.0 / 806_000 * 100, ""}, // reach 6000 of 300 000 + 500 000 + 6000 + 0

		// Page, engagement. Interactions per post: 40+8+2+10 = 60, 100+20+10+30 = 160,
		// 20+0 = 20 (comments and clicks blank), the fourth post has none.
		{"Page interactions", page.Interactions, 240, ""},
		{"Page interactions per message", page.InteractionsPerMessage, 80, ""},                                   // 240 ÷ 3
		{"Page engagement rate by reach", page.EngagementRateReach, 5.5, ""},                                     // (60 + 160) ÷ (1000 + 3000) × 100
		{"Page engagement rate by impressions", page.EngagementRateImpressions, 3.2, ""},                         // (60 + 160 + 20) ÷ (1500 + 4000 + 2000) × 100
		{"Page engagement rate by followers", page.EngagementRateFollowers, 240.0 / 5700 * 100, ""},              // 80 per post ÷ 1900 × 100 = 4.2105…
		{"Page reactions", page.Reactions, 160, ""},                                                              // 40 + 100 + 20
		{"Page comments", page.Comments, 28, ""},                                                                 // 8 + 20
		{"Page shares", page.Shares, 12, ""},                                                                     // 2 + 10 + 0
		{"Page replies", page.Replies, 4, ""},                                                                    // 4 + 0
		{"Page conversation rate", page.ConversationRate, 14, ""},                                                // 28 ÷ 2
		{"Page amplification rate", page.AmplificationRate, 4, ""},                                               // 12 ÷ 3
		{"Page applause rate", page.ApplauseRate, 160.0 / 3, ""},                                                 // 160 ÷ 3 = 53.33…
		{"Page conversation per 1000 followers", page.ConversationPerThousandFollowers, 14.0 / 1900 * 1000, ""},  // 7.368…
		{"Page amplification per 1000 followers", page.AmplificationPerThousandFollowers, 4.0 / 1900 * 1000, ""}, // 2.105…
		{"Page applause per 1000 followers", page.ApplausePerThousandFollowers, 160.0 / 3 / 1900 * 1000, ""},     // 28.07…
		{"Page comments to reactions", page.CommentsToReactions, 0.2, ""},                                        // (8 + 20) ÷ (40 + 100)
		{"Page response rate", page.ResponseRate, 4.0 / 28 * 100, ""},                                            // (4 + 0) ÷ (8 + 20) × 100 = 14.29 %

		// Page, cost: 50 and 20 on posts 2 and 3.
		{"Page cost", page.Cost, 70, ""},
		{"Page CPM", page.CPM, 70.0 / 6000 * 1000, ""},                       // (50 + 20) ÷ (4000 + 2000) × 1000 = 11.67
		{"Page cost per engagement", page.CostPerEngagement, 70.0 / 180, ""}, // (50 + 20) ÷ (160 + 20)
		{"Page cost per message", page.CostPerMessage, 35, ""},               // 70 ÷ 2

		// Page, against a universe of 1 000 000 and a CPM of 5.
		{"Page reach %", page.ReachPercent, 0.3, ""}, // 3000 ÷ 1 000 000 × 100
		{"Page GRP", page.GRP, 0.75, ""},             // 7500 ÷ 1 000 000 × 100
		{"Page frequency", page.Frequency, 2.5, ""},  // 0.75 ÷ 0.3
		{"Page AVE", page.AVE, 37.5, ""},             // 7500 ÷ 1000 × 5

		// TV: no interaction values (columns present), no followers.
		{"TV reach", tv.Reach, 800_000, ""},
		{"TV reach per message", tv.ReachPerMessage, 400_000, ""},
		{"TV median reach", tv.MedianReach, 400_000, ""}, // (300 000 + 500 000) ÷ 2
		{"TV peak reach", tv.PeakReach, 500_000, ""},
		{"TV followers", tv.Followers, 0, NoFollowers},
		{"TV audience share", tv.AudienceShare, 25, ""}, // (20 + 30) ÷ 2
		{"TV interactions", tv.Interactions, 0, NoInteractions},
		{"TV engagement rate by reach", tv.EngagementRateReach, 0, NoInteractions},
		{"TV engagement rate by followers", tv.EngagementRateFollowers, 0, NoInteractions},
		{"TV conversation rate", tv.ConversationRate, 0, NoComments},
		{"TV comments to reactions", tv.CommentsToReactions, 0, NoComments},
		{"TV response rate", tv.ResponseRate, 0, NoReplies},
		{"TV cost", tv.Cost, 24_000, ""},
		{"TV CPM", tv.CPM, 30, ""}, // 24 000 ÷ 800 000 × 1000
		{"TV cost per engagement", tv.CostPerEngagement, 0, NoInteractions},
		{"TV cost per message", tv.CostPerMessage, 12_000, ""},
		{"TV reach %", tv.ReachPercent, 50, ""}, // 500 000 ÷ 1 000 000 × 100
		{"TV GRP", tv.GRP, 80, ""},              // 800 000 ÷ 1 000 000 × 100
		{"TV frequency", tv.Frequency, 1.6, ""}, // 80 ÷ 50
		{"TV AVE", tv.AVE, 4000, ""},            // 800 000 ÷ 1000 × 5

		// Forum: zero denominators, and a channel with no followers.
		{"Forum reach", forum.Reach, 0, ""},
		{"Forum median reach", forum.MedianReach, 0, ""},
		{"Forum interactions", forum.Interactions, 5, ""},
		{"Forum engagement rate by reach", forum.EngagementRateReach, 0, ZeroDenominator},             // 5 ÷ 0
		{"Forum engagement rate by impressions", forum.EngagementRateImpressions, 0, ZeroDenominator}, // 5 ÷ 0
		{"Forum engagement rate by followers", forum.EngagementRateFollowers, 0, NoFollowers},
		{"Forum conversation per 1000 followers", forum.ConversationPerThousandFollowers, 0, NoFollowers},
		{"Forum comments to reactions", forum.CommentsToReactions, 0, ZeroDenominator}, // 5 ÷ 0
		{"Forum response rate", forum.ResponseRate, 0, NoReplies},
		{"Forum cost", forum.Cost, 0, NoCost},
		{"Forum CPM", forum.CPM, 0, NoCost},
		{"Forum reach %", forum.ReachPercent, 0, ""},
		{"Forum frequency", forum.Frequency, 0, ZeroDenominator}, // 0 ÷ 0 reach
		{"Forum AVE", forum.AVE, 0, ""},                          // 0 impressions
		{"Forum dataset share", forum.DatasetShare, 0, ""},
	})
}

func TestComputeMixedGroups(t *testing.T) {
	rep := Compute(mixedInput(), mixedOptions)
	if got := len(rep.Kinds); got != 2 {
		t.Fatalf("got %d kind rows, want 2 (mass, social)", got)
	}
	if rep.Kinds[0].Kind != KindMass || rep.Kinds[1].Kind != KindSocial {
		t.Errorf("kind rows = %q, %q, want mass then social", rep.Kinds[0].Kind, rep.Kinds[1].Kind)
	}
	social, total := kindRow(t, &rep, KindSocial), &rep.Total
	if social.Channels != 2 || social.Messages != 5 || total.Channels != 3 || total.Messages != 7 {
		t.Errorf("social %d channels %d messages, total %d/%d; want 2/5 and 3/7", social.Channels, social.Messages, total.Channels, total.Messages)
	}
	runChecks(t, []check{
		// Social = Page + Forum. Reach known on 4 posts: 1000, 3000, 2000, 0.
		{"social reach", social.Reach, 6000, ""},
		{"social reach per message", social.ReachPerMessage, 1500, ""},    // 6000 ÷ 4
		{"social median reach", social.MedianReach, 1500, ""},             // (1000 + 2000) ÷ 2
		{"social median impressions", social.MedianImpressions, 1750, ""}, // {0, 1500, 2000, 4000} → (1500 + 2000) ÷ 2
		{"social followers", social.Followers, 1900, ""},                  // Page 1900 + Forum none
		{"social audience share", social.AudienceShare, 0, NoShare},
		{"social interactions", social.Interactions, 245, ""},                         // 240 + 5
		{"social interactions per message", social.InteractionsPerMessage, 61.25, ""}, // 245 ÷ 4
		{"social engagement rate by reach", social.EngagementRateReach, 5.625, ""},    // (220 + 5) ÷ (4000 + 0) × 100
		// By followers, only channels with followers count: Page's 240 ÷ (3 × 1900).
		{"social engagement rate by followers", social.EngagementRateFollowers, 240.0 / 5700 * 100, ""},
		{"social comments to reactions", social.CommentsToReactions, 33.0 / 140, ""}, // (28 + 5) ÷ (140 + 0)
		{"social response rate", social.ResponseRate, 4.0 / 28 * 100, ""},            // Forum has no replies
		{"social frequency", social.Frequency, 2.5, ""},                              // 7500 ÷ 3000

		// Total: all 7 messages.
		{"total reach", total.Reach, 806_000, ""},
		{"total median reach", total.MedianReach, 2500, ""},   // {0, 1000, 2000, 3000, 300 000, 500 000} → (2000 + 3000) ÷ 2
		{"total audience share", total.AudienceShare, 25, ""}, // TV's 25, the only channel with a share
		{"total dataset share", total.DatasetShare, 100, ""},
		{"total cost", total.Cost, 24_070, ""},
		{"total CPM", total.CPM, 24_070.0 / 806_000 * 1000, ""}, // impressions paired with cost: 800 000 + 4000 + 2000
		{"total GRP", total.GRP, 80.75, ""},                     // 807 500 ÷ 1 000 000 × 100
		{"total reach %", total.ReachPercent, 50, ""},           // peak 500 000
	})
}
