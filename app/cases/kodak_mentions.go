package cases

import (
	"fmt"
	"reachlab/app/text"
)

// Kodak's claim at the 2011 ESCP conference: a social media presence worth
// KodakClaimedValue dollars of ad space, for KodakMonthlyMentions mentions a
// month.
const (
	KodakClaimedValue    = 2_400_000
	KodakMonthlyMentions = 300_000
)

// KodakMentions is an illustrative year of Kodak's mentions, 300,000 a month
// on average, to set against the $2.4M of ad-space equivalent they were
// said to be worth.
func KodakMentions() Case {
	c := Case{
		ID: "kodak-mentions",
		Title: text.Text{
			EN: "Kodak: 300,000 mentions a month “worth” $2.4M",
			FR: "Kodak : 300\u00a0000 mentions par mois qui « valent » 2,4\u00a0M$",
		},
		Question: text.Text{
			EN: "What is a mention worth, and who sets the price?",
			FR: "Que vaut une mention, et qui en fixe le prix ?",
		},
		Sources: []Source{SourceKodakESCP2011, SourceIllustrativeMentions},
	}
	for i, n := range monthlyMentions {
		period := fmt.Sprintf("2010-%02d", i+1)
		m := message("mentions-"+period, "Social mentions", "earned", SourceIllustrativeMentions.ID)
		m.Period, m.Mentions = period, n
		c.Messages = append(c.Messages, m)
	}
	return c
}

// monthlyMentions are the mentions of each month of 2010, the year before
// the conference: 3,600,000 in all, 300,000 a month on average, rising
// towards the year-end season.
var monthlyMentions = []float64{
	262_000, 248_000, 281_000, 289_000, 297_000, 284_000,
	276_000, 291_000, 318_000, 326_000, 352_000, 376_000,
}
