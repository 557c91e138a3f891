package cases

import (
	"fmt"
	"reachlab/app/text"
)

// FanPageEngagement is an illustrative fan page of about 10 million
// followers whose posts average 200 interactions: an engagement rate by
// followers of 0.002 %, the figure of the 2016 interview.
func FanPageEngagement() Case {
	c := Case{
		ID: "fan-page-engagement",
		Title: text.Text{
			EN: "A page with 10 million followers and a 0.002% engagement rate",
			FR: "Une page de 10 millions d'abonnés et un taux d'engagement de 0,002\u00a0%",
		},
		Question: text.Text{
			EN: "What does an engagement rate tell an executive, and what does it hide?",
			FR: "Que dit un taux d'engagement à un dirigeant, et que cache-t-il ?",
		},
		Sources: []Source{SourceGourvennec2016Engagement, SourceIllustrativeFanPage},
	}
	for i, p := range fanPosts {
		m := message(fmt.Sprintf("post-%02d", i+1), "Fan page", "social", SourceIllustrativeFanPage.ID)
		m.Date, m.Reach, m.Reactions, m.Comments, m.Shares = p.date, p.reach, p.reactions, p.comments, p.shares
		// The page gains a thousand followers between posts and reaches
		// 10,000,000 with the last one.
		m.Followers = 10_000_000 - 1_000*float64(len(fanPosts)-1-i)
		c.Messages = append(c.Messages, m)
	}
	return c
}

// fanPosts are the illustrative page's posts: reach drawn once from a
// lognormal law (median ≈ 40,000, σ = 0.6) and rounded to hundreds,
// interactions about 0.4 % of reach, scaled so that they total 6,000 (200 a
// post), split into 81 % reactions, 7 % comments and 12 % shares.
var fanPosts = []struct {
	date                               string
	reach, reactions, comments, shares float64
}{
	{"2015-11-02", 38100, 75, 6, 11}, {"2015-11-04", 103900, 186, 16, 27},
	{"2015-11-06", 38500, 241, 21, 36}, {"2015-11-09", 50100, 147, 13, 22},
	{"2015-11-11", 37400, 140, 12, 21}, {"2015-11-13", 20300, 67, 6, 10},
	{"2015-11-16", 36000, 146, 13, 22}, {"2015-11-18", 44200, 189, 16, 28},
	{"2015-11-20", 55200, 270, 23, 40}, {"2015-11-23", 37700, 99, 9, 15},
	{"2015-11-25", 29400, 73, 6, 11}, {"2015-11-27", 15900, 29, 2, 4},
	{"2015-11-30", 40900, 115, 10, 17}, {"2015-12-02", 27800, 77, 7, 12},
	{"2015-12-04", 28300, 159, 14, 24}, {"2015-12-07", 99900, 444, 38, 66},
	{"2015-12-09", 73200, 318, 28, 47}, {"2015-12-11", 87100, 310, 27, 46},
	{"2015-12-14", 57600, 133, 11, 20}, {"2015-12-16", 30600, 67, 6, 10},
	{"2015-12-18", 22700, 102, 9, 15}, {"2015-12-21", 39000, 251, 22, 37},
	{"2015-12-23", 20500, 117, 10, 17}, {"2015-12-25", 49200, 221, 19, 33},
	{"2015-12-28", 98200, 411, 35, 61}, {"2015-12-30", 19300, 48, 4, 7},
	{"2016-01-01", 37000, 51, 4, 8}, {"2016-01-04", 29800, 56, 5, 8},
	{"2016-01-06", 38300, 215, 19, 32}, {"2016-01-08", 32500, 101, 9, 15},
}
